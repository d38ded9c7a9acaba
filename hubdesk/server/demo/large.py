"""A large synthetic data set for benchmarks: ``hubdesk-server generate``.

Rows go in with SQLAlchemy Core bulk inserts, ``CHUNK`` rows per statement and one
transaction per chunk, so memory stays flat however large the data set is. Only the
organisation tree's ids and paths and the people's ids are kept in memory (they are
needed to place memberships and audit events); audit events are generated, hashed and
written chunk by chunk. Everything follows from ``seed``; only timestamps move with
the day it runs.

Shape: a few partners, hubs, a brand and a reseller at depth 1; ``orgs`` organisations
over depths 1–5 with skewed (Pareto) fan-outs and one node with exactly
``big_node_children`` direct children ("Bench: 10k children"); ``customers`` customer
accounts under the partners, each with a deal; ``people`` people with one or two
memberships; ``audit_events`` events hash-chained per top-level organisation.
"""

from __future__ import annotations

import itertools
import random
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from hubdesk.domain import audit_chain
from hubdesk.domain.enums import Commercial, DealStage, Lifecycle, OrgKind
from hubdesk.domain.permissions import BuiltinRole
from hubdesk.domain.text import fold
from hubdesk.models.base import Base
from hubdesk.models.orgs import Membership, Person
from hubdesk.models.server_only import Credential, SyncIndex
from hubdesk.server.bootstrap import PLATFORM_ID, builtin_role_id, ensure_foundation, stable_id
from hubdesk.server.db import Database
from hubdesk.server.demo.accounts import DEMO_PASSWORD, SUPPORT_EMAIL
from hubdesk.server.demo.large_words import (
    ACTIONS,
    DEVICES,
    FRAMEWORKS,
    KINDS_BELOW,
    NAMES,
    TOP_LEVEL,
    company_name,
)
from hubdesk.server.feed import write_index
from hubdesk.server.security import hash_password

TABLES = Base.metadata.tables
CHUNK = 10_000
BIG_NODE_NAME = "Bench: 10k children"
DEPTH_SHARES = (0.10, 0.25, 0.35, 0.30)  # of the remaining organisations, depths 2..5
ROLE_WEIGHTS = (
    (BuiltinRole.OWNER, 8),
    (BuiltinRole.ADMINISTRATOR, 20),
    (BuiltinRole.SPECIALIST, 32),
    (BuiltinRole.CALL_CENTER, 10),
    (BuiltinRole.ACCOUNTANT, 12),
    (BuiltinRole.MARKETER, 18),
)


class _Ids:
    """UUIDv7-style ids: time-ordered (so B-tree inserts append) and seeded."""

    def __init__(self, rng: random.Random, start: datetime) -> None:
        self._rng = rng
        self._ms = int(start.timestamp() * 1000)

    def __call__(self) -> str:
        self._ms += 1
        rand = self._rng.getrandbits(74)
        value = (self._ms << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62)
        return str(uuid.UUID(int=value | (rand & ((1 << 62) - 1))))


class _Org:
    __slots__ = ("chain", "domain", "id", "path")

    def __init__(self, oid: str, path: str, chain: str, domain: str) -> None:
        self.id, self.path, self.chain, self.domain = oid, path, chain, domain


class _Gen:
    def __init__(self, db: Database, rng: random.Random, now: datetime) -> None:
        self.db = db
        self.rng = rng
        self.now = now
        self.new_id = _Ids(rng, now - timedelta(days=1200))
        self.counts: dict[str, int] = {}

    # -- writing ----------------------------------------------------------------------

    def write(
        self, table: Table, rows: list[dict[str, Any]], sync_type: str, org_key: str | None
    ) -> None:
        """Insert ``rows`` (one transaction) and give each a change-feed number.

        ``org_key`` names the column holding the row's scoping organisation ("id" for
        organisations themselves, None for people).
        """
        if not rows:
            return
        with self.db.writing() as session:
            _tune(session)
            session.execute(insert(table), rows)
            entries = [
                (sync_type, r["id"], None if org_key is None else r[org_key], False) for r in rows
            ]
            write_index(session, entries, fresh=True)
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def stamp(self, days_ago_max: float, days_ago_min: float = 1.0) -> datetime:
        days = self.rng.uniform(days_ago_min, days_ago_max)
        return (self.now - timedelta(days=days)).replace(microsecond=0)

    # -- organisations ----------------------------------------------------------------

    def org_row(
        self,
        parent: _Org | None,
        depth: int,
        name: str,
        kind: OrgKind,
        chain: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> tuple[dict[str, Any], _Org]:
        oid = self.new_id()
        path = f"{parent.path if parent else f'/{PLATFORM_ID}/'}{oid}/"
        node = _Org(
            oid,
            path,
            chain or (parent.chain if parent else oid),
            domain or (parent.domain if parent else "example.com"),
        )
        created = self.stamp(1100, 2)
        row = {
            "id": oid,
            "version": 1,
            "created_at": created,
            "updated_at": created,
            "parent_id": parent.id if parent else PLATFORM_ID,
            "path": path,
            "depth": depth,
            "name": name,
            "name_fold": fold(name),
            "kind": kind.value,
            "lifecycle": Lifecycle.ACTIVE.value,
            "commercial": Commercial.NONE.value,
            "trial_ends_on": None,
            "subscription_started_on": None,
            "renews_on": None,
            "billing_org_id": None,
            "legal_name": None,
            "vat_number": None,
            "address": None,
            "postal_code": None,
            "city": None,
            "country": None,
            "phone": None,
            "contact_name": None,
            "contact_email": None,
            "locale": "en",
            "verified_domains": [node.domain] if depth == 1 else [],
        }
        row.update(extra)
        return row, node


def generate_large(
    db: Database,
    *,
    orgs: int,
    customers: int,
    audit_events: int,
    people: int,
    seed: int,
    big_node_children: int = 10_000,
) -> dict[str, int]:
    """Fill a freshly migrated database with a large synthetic data set; returns counts."""
    started = time.perf_counter()
    top_count = len(TOP_LEVEL)
    if orgs < top_count + 1 + big_node_children:
        raise ValueError(f"orgs must be at least {top_count + 1 + big_node_children}")
    if customers < 0 or audit_events < 0 or people < 0:
        raise ValueError("counts must not be negative")
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    gen = _Gen(db, rng, now)
    support = _foundation(db)
    tops, tree = _organisations(gen, orgs, big_node_children)
    partners = [node for node, kind in tops if kind == OrgKind.PARTNER]
    customer_nodes = _customers(gen, partners, customers)
    pools = _people(gen, people, tree + customer_nodes)
    _audit(gen, audit_events, tree + customer_nodes, pools, support)
    with db.writing() as session:
        _analyze(session)
        index_rows = session.scalar(select(func.count()).select_from(SyncIndex)) or 0
    elapsed = time.perf_counter() - started
    return {
        "organisations": gen.counts.get("organisations", 0) - customers,
        "customers": customers,
        "deals": gen.counts.get("deals", 0),
        "people": gen.counts.get("people", 0) + 1,
        "memberships": gen.counts.get("memberships", 0) + 1,
        "audit_events": gen.counts.get("audit_events", 0),
        "sync_index": index_rows,
        "big_node_children": big_node_children,
        "elapsed_ms": round(elapsed * 1000),
        "elapsed_seconds": round(elapsed),
    }


def _tune(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA cache_size=-262144"))  # 256 MiB for this connection


def _analyze(session: Session) -> None:
    """Fresh planner statistics, so the benchmarks' queries use the right indexes."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA analysis_limit=2000"))
    session.execute(text("ANALYZE"))


def _foundation(db: Database) -> tuple[str, str]:
    """The platform, the built-in roles and the platform support sign-in."""
    with db.writing() as session:
        platform = ensure_foundation(session)
        person_id = stable_id("person", SUPPORT_EMAIL)
        name = "Alex Morgan"
        if session.get(Person, person_id) is None:
            session.add(
                Person(
                    id=person_id,
                    email=SUPPORT_EMAIL,
                    display_name=name,
                    name_fold=fold(name),
                    locale="en",
                )
            )
            session.flush()
            session.add(
                Membership(
                    id=stable_id("membership", f"{SUPPORT_EMAIL}@{platform.id}"),
                    person_id=person_id,
                    org_id=platform.id,
                    role_id=builtin_role_id(BuiltinRole.PLATFORM_SUPPORT),
                    title="hubdesk Support",
                )
            )
            session.add(Credential(person_id=person_id, password_hash=hash_password(DEMO_PASSWORD)))
    return person_id, f"{name} <{SUPPORT_EMAIL}>"


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _organisations(
    gen: _Gen, total: int, big: int
) -> tuple[list[tuple[_Org, OrgKind]], list[_Org]]:
    """The tree: depth-1 orgs, the big node and its children, then depths 2..5."""
    rng = gen.rng
    table = TABLES["organisations"]
    top_rows, tops = [], []
    for name, kind, domain in TOP_LEVEL:
        row, node = gen.org_row(None, 1, name, kind, domain=domain)
        top_rows.append(row)
        tops.append((node, kind))
    gen.write(table, top_rows, "organisation", "id")
    kind_of = {node.id: kind for node, kind in tops}
    nodes = [node for node, _ in tops]
    levels: dict[int, list[_Org]] = {1: list(nodes)}

    def children(parents: list[_Org], depth: int) -> Iterator[dict[str, Any]]:
        for parent in parents:
            kind = KINDS_BELOW[kind_of[parent.chain]][depth - 2]
            name = company_name(rng, kind)
            row, node = gen.org_row(parent, depth, name, kind, lifecycle=_lifecycle(rng))
            nodes.append(node)
            levels.setdefault(depth, []).append(node)
            yield row

    # The benchmark's big node (a hub tenant) is no parent candidate: its fan-out is exact.
    hub = next(node for node, kind in tops if kind == OrgKind.HUB)
    name = BIG_NODE_NAME if big == 10_000 else f"Bench: {big:,} children"
    row, big_node = gen.org_row(hub, 2, name, OrgKind.TENANT)
    gen.write(table, [row], "organisation", "id")
    nodes.append(big_node)
    for batch in _chunks(children([big_node] * big, 3)):
        gen.write(table, batch, "organisation", "id")
    rest = total - len(tops) - 1 - big
    counts = [round(rest * share) for share in DEPTH_SHARES[:-1]]
    counts.append(rest - sum(counts))
    for depth, count in zip(range(2, 6), counts, strict=True):
        if depth > 2 and not levels.get(depth - 1):
            depth = 2
        parents = levels[depth - 1]
        weights = [rng.paretovariate(1.1) for _ in parents]
        chosen = sorted(rng.choices(parents, weights=weights, k=count), key=lambda p: p.path)
        for batch in _chunks(children(chosen, depth)):
            gen.write(table, batch, "organisation", "id")
    return tops, nodes


def _lifecycle(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.03:
        return Lifecycle.INVITED.value
    if roll < 0.06:
        return Lifecycle.ONBOARDING.value
    if roll < 0.07:
        return Lifecycle.CLOSED.value
    return Lifecycle.ACTIVE.value


def _customers(gen: _Gen, partners: Sequence[_Org], count: int) -> list[_Org]:
    """Customer accounts under the partners (skewed), each with a deal."""
    rng = gen.rng
    today = gen.now.date()
    weights = [0.45, 0.30, 0.15, 0.10][: len(partners)]
    nodes: list[_Org] = []
    deals: list[dict[str, Any]] = []

    def rows() -> Iterator[dict[str, Any]]:
        for partner in rng.choices(partners, weights=weights, k=count):
            status = rng.choices(("trial", "active", "closed"), weights=(25, 60, 15))[0]
            extra: dict[str, Any] = {}
            if status == "trial":
                extra = {
                    "commercial": Commercial.TRIAL.value,
                    "trial_ends_on": today + timedelta(days=rng.randint(0, 30)),
                }
            elif status == "active":
                started = today - timedelta(days=rng.randint(1, 1000))
                renews = started
                while renews <= today:
                    renews = _next_year(renews)
                extra = {
                    "commercial": Commercial.ACTIVE.value,
                    "subscription_started_on": started,
                    "renews_on": renews,
                }
            else:
                extra = {
                    "commercial": Commercial.CLOSED.value,
                    "lifecycle": Lifecycle.CLOSED.value,
                    "trial_ends_on": today - timedelta(days=rng.randint(1, 400)),
                }
            name = company_name(rng, OrgKind.CUSTOMER)
            row, node = gen.org_row(partner, 2, name, OrgKind.CUSTOMER, **extra)
            nodes.append(node)
            deals.append(_deal(gen, partner, node, status, row["created_at"]))
            yield row

    for batch in _chunks(rows()):
        gen.write(TABLES["organisations"], batch, "organisation", "id")
        gen.write(TABLES["deals"], deals, "deal", "org_id")
        deals.clear()
    return nodes


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _deal(
    gen: _Gen, partner: _Org, customer: _Org, status: str, created: datetime
) -> dict[str, Any]:
    rng = gen.rng
    stage = {"trial": DealStage.OPEN, "active": DealStage.WON, "closed": DealStage.LOST}[status]
    won = stage == DealStage.WON
    tags = rng.sample(
        ("needs attention", "renewal", "upsell", "public sector", "referral"),
        rng.choice((0, 0, 1, 1, 2)),
    )
    return {
        "id": gen.new_id(),
        "version": 1,
        "created_at": created,
        "updated_at": created,
        "org_id": partner.id,
        "customer_org_id": customer.id,
        "stage": stage.value,
        "plan_name": rng.choice(FRAMEWORKS),
        "progress_pct": rng.randint(40, 100) if won else rng.randint(0, 45),
        "value_cents": rng.randint(12, 300) * 100_000,
        "won_at": created + timedelta(days=rng.randint(5, 30)) if won else None,
        "won_by_id": None,
        "tags": tags,
    }


def _people(gen: _Gen, count: int, orgs: list[_Org]) -> dict[str, list[tuple[str, str]]]:
    """People with one membership (a tenth with two); returns actors per audit chain."""
    rng = gen.rng
    pools: dict[str, list[tuple[str, str]]] = {}
    roles = [builtin_role_id(r) for r, _ in ROLE_WEIGHTS]
    role_weights = list(itertools.accumulate(w for _, w in ROLE_WEIGHTS))
    firsts, lasts = NAMES
    memberships: list[dict[str, Any]] = []

    def rows() -> Iterator[dict[str, Any]]:
        for n in range(count):
            first, last = rng.choice(firsts), rng.choice(lasts)
            home = rng.choice(orgs)
            email = f"{fold(first)}.{fold(last)}.{n}@{home.domain}".replace(" ", "")
            pid = gen.new_id()
            created = gen.stamp(1000, 2)
            seen = max(created, gen.stamp(400, 1)) if rng.random() < 0.85 else None
            name = f"{first} {last}"
            homes = [home] if rng.random() > 0.1 else [home, rng.choice(orgs)]
            for k, org in enumerate(homes):
                if k and org is home:
                    continue
                memberships.append(
                    {
                        "id": gen.new_id(),
                        "version": 1,
                        "created_at": created,
                        "updated_at": created,
                        "person_id": pid,
                        "org_id": org.id,
                        "role_id": rng.choices(roles, cum_weights=role_weights)[0],
                        "title": None,
                        "status": "active",
                    }
                )
                pools.setdefault(org.chain, []).append((pid, f"{name} <{email}>"))
            yield {
                "id": pid,
                "version": 1,
                "created_at": created,
                "updated_at": created,
                "email": email,
                "display_name": name,
                "name_fold": fold(name),
                "phone": None,
                "locale": "en",
                "status": "active",
                "totp_enabled": False,
                "first_sign_in_at": created if seen else None,
                "last_sign_in_at": seen,
            }

    for batch in _chunks(rows()):
        gen.write(TABLES["people"], batch, "person", None)
        gen.write(TABLES["memberships"], memberships, "membership", "org_id")
        memberships.clear()
    return pools


def _audit(
    gen: _Gen,
    count: int,
    orgs: list[_Org],
    pools: dict[str, list[tuple[str, str]]],
    support: tuple[str, str],
) -> None:
    """``count`` events over the past year, in time order, hash-chained per top-level org."""
    rng = gen.rng
    heads: dict[str, tuple[int, str]] = {}
    span = timedelta(days=365).total_seconds()
    start = gen.now - timedelta(days=365)
    actions = [a for a, _ in ACTIONS]
    cum_weights = list(itertools.accumulate(w for _, w in ACTIONS))
    step = span / max(count, 1)

    def rows() -> Iterator[dict[str, Any]]:
        for n in range(count):
            org = rng.choice(orgs)
            actor_id, actor_name = rng.choice(pools.get(org.chain) or [support])
            action = rng.choices(actions, cum_weights=cum_weights)[0]
            when = start + timedelta(seconds=int(step * n + rng.random() * step * 0.9))
            event: dict[str, Any] = {
                "id": gen.new_id(),
                "org_id": org.id,
                "chain_id": org.chain,
                "occurred_at": when,
                "actor_id": actor_id,
                "actor_name": actor_name,
                "impersonator_id": None,
                "impersonator_name": None,
                "action": action,
                "target_type": None,
                "target_id": None,
                "target_name": None,
                "before": None,
                "after": None,
                "ip": f"203.0.113.{rng.randint(1, 254)}",
                "device": rng.choice(DEVICES),
            }
            _target(rng, event, org, support)
            seq, prev = heads.get(org.chain, (0, audit_chain.GENESIS))
            event["chain_seq"] = seq + 1
            event["prev_hash"] = prev
            event["hash"] = audit_chain.event_hash(prev, event)
            heads[org.chain] = (seq + 1, event["hash"])
            event.update(version=1, created_at=when, updated_at=when)
            yield event

    for batch in _chunks(rows()):
        gen.write(TABLES["audit_events"], batch, "audit_event", "org_id")


def _target(rng: random.Random, event: dict[str, Any], org: _Org, support: tuple[str, str]) -> None:
    action = event["action"]
    if action.startswith("auth."):
        event.update(
            target_type="person",
            target_id=event["actor_id"],
            target_name=event["actor_name"].split(" <")[0],
        )
        event["after"] = {"reason": "password"} if action.endswith("failed") else None
    elif action == "org.update":
        event.update(
            target_type="organisation",
            target_id=org.id,
            before={"phone": f"+45 {rng.randint(10_000_000, 99_999_999)}"},
            after={"phone": f"+45 {rng.randint(10_000_000, 99_999_999)}"},
        )
    elif action.startswith("impersonation."):
        event.update(impersonator_id=support[0], impersonator_name=support[1])
    elif action == "data.export":
        event.update(
            target_type="report",
            target_name="Audit log",
            after={"format": rng.choice(("csv", "jsonl")), "rows": rng.randint(10, 50_000)},
        )
    elif action == "licence.assign":
        event.update(
            target_type="licence_assignment", target_name="Business Standard", after={"rule": None}
        )
