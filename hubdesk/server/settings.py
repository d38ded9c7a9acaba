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
    invite_days: int = 14  # an invite's link works this long (a resend starts it again)
    public_url: str | None = None  # how people reach this server (links in mail); None: as asked
    # Outgoing mail (no SMTP host: the local mailbox of the demo, GET /demo/mailbox)
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_timeout_seconds: float = 15.0
    mail_from: str = "hubdesk <no-reply@hubdesk.invalid>"
    mail_poll_seconds: float = 30.0  # also look for due retries this often
