"""The demo data set: five scenarios from the help-centre articles in ``shared/seeds``.

``generate_demo(db)`` fills a freshly migrated database. The data are deterministic:
the same ids and rows on every run, with dates relative to today (so trial days left,
renewals and overdue invoices look real). See ``docs/demo-data.md``.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from hubdesk.domain.permissions import BuiltinRole
from hubdesk.server.bootstrap import ensure_foundation
from hubdesk.server.db import Database
from hubdesk.server.demo import dealers, officehub, partner, reseller, salons
from hubdesk.server.demo.accounts import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    SUPPORT_EMAIL,
    DemoAccount,
    demo_sign_ins,
)
from hubdesk.server.demo.builder import Builder
from hubdesk.server.security import hash_password

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "DEMO_TOTP_SECRET",
    "SUPPORT_EMAIL",
    "DemoAccount",
    "demo_sign_ins",
    "generate_demo",
]

SEED = 20_240_611
SCENARIOS = (officehub, dealers, salons, partner, reseller)


def generate_demo(db: Database, today: date | None = None) -> None:
    """Fill a freshly migrated database with the demo data set (one transaction), dated
    back from ``today`` (default: the real one)."""
    password_hash = hash_password(DEMO_PASSWORD)  # argon2 is slow: hashed once, reused
    today = today or datetime.now(UTC).date()
    with db.writing() as session:
        platform = ensure_foundation(session)
        b = Builder(session, random.Random(SEED), today, password_hash, platform)
        support = b.person("Alex Morgan", SUPPORT_EMAIL, "en", b.at(2400))
        b.member(
            support, platform, BuiltinRole.PLATFORM_SUPPORT, b.at(2400), title="hubdesk Support"
        )
        b.credential(support)
        for scenario in SCENARIOS:
            with b.side_stream(scenario.__name__):  # one scenario's changes stay in it
                scenario.build(b)
        for days in range(1, 60, 3):
            b.sign_in(support, platform, b.work_time(days))
        b.finish()
