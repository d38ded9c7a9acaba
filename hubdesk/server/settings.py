"""Server settings (from the command line or the environment)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    demo: bool = False
    access_ttl_seconds: int = 15 * 60
    refresh_ttl_seconds: int = 30 * 24 * 3600
    max_failed_sign_ins: int = 10
    lockout_seconds: int = 300
    max_body_bytes: int = 1_000_000
