"""The console's local cache: one SQLite file per server and account."""

from hubdesk.services.cache.store import Cache

__all__ = ["Cache"]
