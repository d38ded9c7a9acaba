"""Tables only the console's cache has (its own metadata; never on the server)."""

from __future__ import annotations

from sqlalchemy import MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class CacheBase(DeclarativeBase):
    metadata = MetaData()


class CacheState(CacheBase):
    """Key/value state of the cache: the feed cursor, the scope roots, last sync time."""

    __tablename__ = "cache_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
