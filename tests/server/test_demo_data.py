"""The demo data set and the large benchmark generator produce valid, consistent data."""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pyotp
import pytest
from conftest import changes_of
from sqlalchemy import func, select

from hubdesk.domain import audit_chain
from hubdesk.domain.enums import InviteStatus, OrgKind
from hubdesk.domain.permissions import BuiltinRole
from hubdesk.models import (
    AuditEvent,
    Deal,
    Invite,
    Membership,
    Organisation,
    Person,
    Role,
    synced_tables,
)
from hubdesk.models.base import UTCDateTime
from hubdesk.models.registry import ENTITIES
from hubdesk.models.server_only import Credential, SyncIndex
from hubdesk.server.app import create_app
from hubdesk.server.bootstrap import PLATFORM_ID, builtin_role_id
from hubdesk.server.db import Database, migrate
from hubdesk.server.demo import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    demo_sign_ins,
    generate_demo,
)
from hubdesk.server.demo.large import generate_large
from hubdesk.server.security import verify_password
from hubdesk.server.settings import Settings
from hubdesk.wire.entities import WIRE_MODELS

TOP_LEVEL = {
    "Havnehuset Kontorhotel": OrgKind.HUB,
    "Aurelia Automobile Deutschland": OrgKind.BRAND,
    "Aranyhaj Szépségszalonok": OrgKind.COMPANY,
    "CyberNord Compliance": OrgKind.PARTNER,
    "Nordmoln Partner": OrgKind.RESELLER,
}


def _fresh(path: Path) -> Database:
    db = Database.open(f"sqlite:///{path}")
    migrate(db)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = _fresh(tmp_path_factory.mktemp("demo") / "d.sqlite")
    generate_demo(db)
    yield db
    db.dispose()


def _snapshot(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every synced row, by table, ordered by id (the foundation's timestamps left out)."""
    foundation = {PLATFORM_ID, *(builtin_role_id(r) for r in BuiltinRole)}
    out: dict[str, list[dict[str, Any]]] = {}
    with db.reading() as session:
        for table in synced_tables():
            rows = []
            for row in session.execute(select(table).order_by(table.c.id)).mappings():
                data = dict(row)
                if data["id"] in foundation:
                    data.pop("created_at"), data.pop("updated_at")
                rows.append(data)
            out[table.name] = rows
    return out


def test_generation_is_deterministic(demo: Database, tmp_path: Path) -> None:
    again = _fresh(tmp_path / "again.sqlite")
    generate_demo(again)
    first, second = _snapshot(demo), _snapshot(again)
    again.dispose()
    assert {t: len(r) for t, r in first.items()} == {t: len(r) for t, r in second.items()}
    for table, rows in first.items():
        assert [r["id"] for r in rows] == [r["id"] for r in second[table]], table
        assert rows == second[table], table


# Who is where with which role and licence: the same whatever the day the demo is made on
# (times relative to that day). Sign-ins, lunch orders and invoices follow the calendar.
SAME_EVERY_DAY = {
    "people": {"first_sign_in_at", "last_sign_in_at"},  # columns that may differ
    "memberships": set(),
    "groups": set(),
    "group_members": set(),
    "licence_rules": set(),
    "licence_assignments": set(),
}


def _relative(db: Database, today: date) -> dict[str, list[dict[str, Any]]]:
    midnight = datetime.combine(today, datetime.min.time(), UTC)
    tables = {t.name: t for t in synced_tables()}
    out: dict[str, list[dict[str, Any]]] = {}
    with db.reading() as session:
        for name, calendar in SAME_EVERY_DAY.items():
            table = tables[name]
            rows = []
            for row in session.execute(select(table).order_by(table.c.id)).mappings():
                data = {k: v for k, v in row.items() if k not in calendar}
                for key, value in data.items():
                    if isinstance(value, datetime):
                        data[key] = value - midnight
                rows.append(data)
            out[name] = rows
    return out


def test_the_same_people_roles_and_licences_on_every_day_of_the_week(tmp_path: Path) -> None:
    """Weekday-dependent activity draws from streams of its own: a test that names a
    demo person's licence or role holds on a Saturday as on a Wednesday."""
    days = [date(2026, 11, 28) + timedelta(days=n) for n in (0, 1, 2, 4)]  # Sat … Wed
    snapshots = []
    for day in days:
        db = _fresh(tmp_path / f"{day}.sqlite")
        generate_demo(db, day)
        snapshots.append(_relative(db, day))
        db.dispose()
    first = snapshots[0]
    assert all(first[name] for name in SAME_EVERY_DAY)
    for day, other in zip(days[1:], snapshots[1:], strict=True):
        for name in SAME_EVERY_DAY:
            assert other[name] == first[name], (day, name)


def test_every_scenario_has_its_top_level_organisation(demo: Database) -> None:
    with demo.reading() as session:
        tops = session.execute(
            select(Organisation.name, Organisation.kind).where(Organisation.depth == 1)
        ).all()
        counts = {
            kind: session.scalar(
                select(func.count()).select_from(Organisation).where(Organisation.kind == kind)
            )
            or 0
            for kind in (OrgKind.TENANT, OrgKind.DEALER, OrgKind.LOCATION, OrgKind.CUSTOMER)
        }
        depth = session.scalar(select(func.max(Organisation.depth)))
    found = dict(tops)
    for name, kind in TOP_LEVEL.items():
        assert found.get(name) == kind, name
    assert counts[OrgKind.TENANT] >= 8
    assert counts[OrgKind.DEALER] >= 5
    assert counts[OrgKind.LOCATION] >= 4
    assert counts[OrgKind.CUSTOMER] >= 25
    assert depth == 4  # brand → dealer → business unit → team


def test_organisations_are_consistent(demo: Database) -> None:
    with demo.reading() as session:
        orgs = {o.id: o for o in session.scalars(select(Organisation))}
    for org in orgs.values():
        if org.parent_id is None:
            assert org.id == PLATFORM_ID
            continue
        parent = orgs[org.parent_id]
        assert org.path == f"{parent.path}{org.id}/"
        assert org.depth == parent.depth + 1


def test_nothing_happened_in_the_future(demo: Database) -> None:
    now = datetime.now(UTC)
    with demo.reading() as session:
        for table in synced_tables():
            stamps = [c for c in table.c if isinstance(c.type, UTCDateTime)]
            stamps = [c for c in stamps if c.name not in {"expires_at"}]
            for row in session.execute(select(*stamps)):
                assert all(v is None or v <= now for v in row), (table.name, row)
            created, updated = table.c.created_at, table.c.updated_at
            bad = session.scalar(select(func.count()).where(created > updated))
            assert bad == 0, table.name


def test_invites_in_every_state(demo: Database) -> None:
    with demo.reading() as session:
        states = Counter(session.scalars(select(Invite.status)))
    assert set(states) == set(InviteStatus)


def test_people_emails_are_lower_case_and_unique(demo: Database) -> None:
    with demo.reading() as session:
        emails = list(session.scalars(select(Person.email)))
        multi = session.execute(
            select(Membership.person_id, func.count(func.distinct(Organisation.path)))
            .join(Organisation, Organisation.id == Membership.org_id)
            .group_by(Membership.person_id)
            .having(func.count() > 1)
        ).all()
        custom = session.scalar(select(func.count()).select_from(Role).where(~Role.builtin))
    assert all(e == e.lower() for e in emails)
    assert len(emails) == len(set(emails))
    assert multi, "someone must belong to several organisations (account switching)"
    assert custom and custom >= 1


def _check_sync_index(db: Database) -> None:
    """Every synced row has exactly one change-feed entry, with the right scoping org."""
    with db.reading() as session:
        index = session.execute(
            select(SyncIndex.entity_type, SyncIndex.entity_id, SyncIndex.org_id)
        ).all()
        keys = Counter((t, i) for t, i, _ in index)
        assert max(keys.values()) == 1
        org_of = {(t, i): o for t, i, o in index}
        expected: set[tuple[str, str]] = set()
        for spec in ENTITIES:
            table = spec.model.__table__
            org_col = "id" if spec.model is Organisation else "org_id"
            has_org = org_col in table.c
            cols = [table.c.id] + ([table.c[org_col]] if has_org else [])
            for row in session.execute(select(*cols)):
                key = (spec.name, row[0])
                expected.add(key)
                assert org_of.get(key, "missing") == (row[1] if has_org else None), key
        assert set(keys) == expected


def _check_chains(db: Database) -> int:
    """Every audit chain verifies, in chain_seq order, and belongs to a depth-1 org."""
    chains: dict[str, list[AuditEvent]] = defaultdict(list)
    with db.reading() as session:
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.chain_seq)):
            chains[event.chain_id].append(event)
        top = set(session.scalars(select(Organisation.id).where(Organisation.depth <= 1)))
    for chain_id, events in chains.items():
        assert chain_id in top
        prev = audit_chain.GENESIS
        for seq, event in enumerate(events, start=1):
            assert event.chain_seq == seq
            assert event.prev_hash == prev
            fields = {name: getattr(event, name) for name in audit_chain.CHAINED_FIELDS}
            assert event.hash == audit_chain.event_hash(prev, fields), (chain_id, seq)
            prev = event.hash
        times = [e.occurred_at for e in events]
        assert times == sorted(times)
    return sum(len(e) for e in chains.values())


def test_sync_index_covers_every_row_once(demo: Database) -> None:
    _check_sync_index(demo)


def test_audit_chains_verify(demo: Database) -> None:
    count = _check_chains(demo)
    assert 300 <= count <= 1500
    with demo.reading() as session:
        actions = set(session.scalars(select(AuditEvent.action)))
        impersonated = session.scalar(
            select(func.count()).where(AuditEvent.impersonator_id.is_not(None))
        )
    assert {"auth.sign_in", "auth.sign_in_failed", "org.update", "membership.create"} <= actions
    assert {"invite.send", "licence.assign", "subscription.update", "data.export"} <= actions
    assert {"impersonation.start", "impersonation.end", "role.update"} <= actions
    assert impersonated and impersonated >= 6


def test_every_row_is_valid_on_the_wire(demo: Database) -> None:
    with demo.reading() as session:
        for spec in ENTITIES:
            for obj in session.scalars(select(spec.model)):
                WIRE_MODELS[spec.name].model_validate(obj)


def test_demo_accounts_and_two_step(demo: Database) -> None:
    assert DEMO_ACCOUNTS[0].email == "support@hubdesk.example"
    assert [a for a in DEMO_ACCOUNTS if a.totp_secret] == [
        a for a in DEMO_ACCOUNTS if a.totp_secret == DEMO_TOTP_SECRET
    ]
    assert sum(1 for a in DEMO_ACCOUNTS if a.totp_secret) == 1
    lines = demo_sign_ins()
    assert len(lines) == len(DEMO_ACCOUNTS)
    assert sum(DEMO_TOTP_SECRET in line for line in lines) == 1
    with demo.reading() as session:
        hashes = set()
        for account in DEMO_ACCOUNTS:
            person = session.scalar(select(Person).where(Person.email == account.email))
            assert person is not None, account.email
            assert person.display_name == account.display_name
            cred = session.get(Credential, person.id)
            assert cred is not None and cred.password_hash
            hashes.add(cred.password_hash)
            assert person.totp_enabled == (account.totp_secret is not None)
            assert cred.totp_secret == account.totp_secret
        two_step = session.scalar(select(func.count()).where(Person.totp_enabled.is_(True)))
        secrets = session.scalar(select(func.count()).where(Credential.totp_secret.is_not(None)))
    assert two_step == 1 and secrets == 1
    assert len(hashes) == 1 and verify_password(hashes.pop(), DEMO_PASSWORD)


def test_demo_sign_in_and_sync(demo: Database) -> None:
    app = create_app(Settings(database_url=demo.url, demo=True), demo, migrate_first=False)
    asyncio.run(_sign_in_and_sync(app))
    _check_chains(demo)  # the sign-ins were appended to still valid chains


async def _sign_in_and_sync(app: Any) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://demo") as client:
        login = await client.post(
            "/api/v1/auth/login",
            json={"email": "mette.kjaer@havnehuset.dk", "password": DEMO_PASSWORD},
        )
        assert login.status_code == 200, login.text
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        changes: list[dict[str, Any]] = []
        params: dict[str, Any] = {"limit": 1000}
        while True:
            response = await client.get("/api/v1/sync/changes", params=params, headers=headers)
            page = response.json()
            changes += changes_of(page)
            params["cursor"] = page["next_cursor"]
            if not page["has_more"]:
                break
        types = {c["type"] for c in changes}
        assert {"organisation", "invite", "service_request", "audit_event"} <= types
        names = {c["data"]["name"] for c in changes if c["type"] == "organisation"}
        assert "Havnehuset Kontorhotel" in names
        assert "Aurelia Automobile Deutschland" not in names
        owner = {"email": "eszter.kovacs@aranyhaj.hu", "password": DEMO_PASSWORD}
        first = await client.post("/api/v1/auth/login", json=owner)
        assert first.json()["code"] == "totp_required"
        code = pyotp.TOTP(DEMO_TOTP_SECRET).now()
        two_step = await client.post("/api/v1/auth/login", json={**owner, "totp_code": code})
        assert two_step.status_code == 200, two_step.text


def test_large_generator_small(tmp_path: Path) -> None:
    db = _fresh(tmp_path / "large.sqlite")
    stats = generate_large(
        db, orgs=2000, customers=1000, audit_events=20_000, people=500, seed=1,
        big_node_children=500,
    )  # fmt: skip
    assert stats["organisations"] == 2000
    assert stats["customers"] == stats["deals"] == 1000
    assert stats["audit_events"] == 20_000
    assert stats["people"] == 501
    _check_sync_index(db)
    assert _check_chains(db) == 20_000
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(Organisation))
        depths = set(session.scalars(select(Organisation.depth).distinct()))
        big = session.scalar(select(Organisation).where(Organisation.name.like("Bench: %")))
        assert big is not None
        fanout = session.scalar(select(func.count()).where(Organisation.parent_id == big.id))
        customers = session.scalar(
            select(func.count()).where(Organisation.kind == OrgKind.CUSTOMER)
        )
        with_deal = session.scalar(select(func.count(func.distinct(Deal.customer_org_id))))
        support = session.scalar(select(Person).where(Person.email == "support@hubdesk.example"))
        assert support is not None
        grant = session.scalar(select(Membership).where(Membership.person_id == support.id))
        cred = session.get(Credential, support.id)
    assert total == 2000 + 1000 + 1
    assert depths == {0, 1, 2, 3, 4, 5}
    assert fanout == 500 and big.name == "Bench: 500 children"
    assert customers == with_deal == 1000
    assert grant is not None and grant.org_id == PLATFORM_ID
    assert grant.role_id == builtin_role_id(BuiltinRole.PLATFORM_SUPPORT)
    assert cred is not None and verify_password(cred.password_hash, DEMO_PASSWORD)
    db.dispose()
