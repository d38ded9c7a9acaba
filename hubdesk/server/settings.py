"""Server settings (from the command line or the environment)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    demo: bool = False
    access_ttl_seconds: int = 15 * 60
    impersonation_minutes: int = 30  # how long a "log in as" grant lasts
    refresh_ttl_seconds: int = 30 * 24 * 3600
    max_failed_sign_ins: int = 10
    lockout_seconds: int = 300
    max_body_bytes: int = 1_000_000
    invite_days: int = 14  # an invite's link works this long (a resend starts it again)
    rules_minutes: int = 60  # licence rules run on this schedule too (time passes)
    auto_invoice: bool = False  # issue last month's invoices in the background round
    audit_key_file: str | None = None  # the audit signing key (None: see audit_signing)
    checkpoint_minutes: int = 10  # sign the audit chains' heads this often
    tombstone_days: int = 90  # the feed forgets deletions this old (older cursors: a reset)
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

    @classmethod
    def from_env(
        cls, database_url: str, demo: bool = False, env: Mapping[str, str] | None = None
    ) -> Settings:
        """Settings with mail and link options from the environment (so worker processes
        get the same): ``HUBDESK_SMTP_HOST``, ``HUBDESK_SMTP_PORT``, ``HUBDESK_SMTP_USER``,
        ``HUBDESK_SMTP_PASSWORD``, ``HUBDESK_SMTP_STARTTLS`` (1/0), ``HUBDESK_MAIL_FROM``,
        ``HUBDESK_PUBLIC_URL``, ``HUBDESK_INVITE_DAYS``, ``HUBDESK_RULES_MINUTES``,
        ``HUBDESK_AUTO_INVOICE`` (1/0), ``HUBDESK_AUDIT_KEY_FILE``,
        ``HUBDESK_CHECKPOINT_MINUTES``, ``HUBDESK_TOMBSTONE_DAYS``. Raises ValueError on a
        bad value."""
        e = os.environ if env is None else env

        def number(name: str, default: int) -> int:
            raw = e.get(name)
            if raw is None or raw == "":
                return default
            try:
                value = int(raw)
            except ValueError:
                raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
            if value <= 0:
                raise ValueError(f"{name} must be more than 0, not {value}")
            return value

        base = cls(database_url=database_url, demo=demo)
        return cls(
            database_url=database_url,
            demo=demo,
            smtp_host=e.get("HUBDESK_SMTP_HOST") or None,
            smtp_port=number("HUBDESK_SMTP_PORT", base.smtp_port),
            smtp_user=e.get("HUBDESK_SMTP_USER") or None,
            smtp_password=e.get("HUBDESK_SMTP_PASSWORD") or None,
            smtp_starttls=e.get("HUBDESK_SMTP_STARTTLS", "0") == "1",
            mail_from=e.get("HUBDESK_MAIL_FROM") or base.mail_from,
            public_url=(e.get("HUBDESK_PUBLIC_URL") or "").rstrip("/") or None,
            invite_days=number("HUBDESK_INVITE_DAYS", base.invite_days),
            rules_minutes=number("HUBDESK_RULES_MINUTES", base.rules_minutes),
            auto_invoice=e.get("HUBDESK_AUTO_INVOICE", "0") == "1",
            audit_key_file=e.get("HUBDESK_AUDIT_KEY_FILE") or None,
            checkpoint_minutes=number("HUBDESK_CHECKPOINT_MINUTES", base.checkpoint_minutes),
            tombstone_days=number("HUBDESK_TOMBSTONE_DAYS", base.tombstone_days),
        )
