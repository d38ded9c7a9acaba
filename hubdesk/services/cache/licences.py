"""An organisation's licences from the cache: its subscriptions and who holds them, its
rules in words, and the dry run of a rule change — who gains, who loses, what it does to
the monthly bill — worked out by the same engine the server applies
(:mod:`hubdesk.domain.licences`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from hubdesk.domain import licences as engine
from hubdesk.domain.permissions import path_upper_bound
from hubdesk.models.commerce import LicenceAssignment, LicenceRule, Product
from hubdesk.models.licence_data import Plan, load
from hubdesk.models.orgs import Group, Membership, Organisation, Person


def plans_of(conn: Connection, org_id: str) -> list[Plan]:
    """The organisation's subscriptions, with how many licences are given."""
    found = load(conn, org_id)
    return list(found.plans.values()) if found is not None else []


@dataclass(frozen=True, slots=True)
class HolderRow:
    assignment_id: str
    version: int
    person_id: str
    name: str
    email: str
    rule: str  # the rule that gave it ("" when given by hand)
    since: datetime


def holders_of(conn: Connection, subscription_id: str) -> list[HolderRow]:
    rows = conn.execute(
        select(
            LicenceAssignment.id,
            LicenceAssignment.version,
            Person.id,
            Person.display_name,
            Person.email,
            LicenceRule.name,
            LicenceAssignment.assigned_at,
        )
        .join(Person, Person.id == LicenceAssignment.person_id)
        .outerjoin(LicenceRule, LicenceRule.id == LicenceAssignment.rule_id)
        .where(LicenceAssignment.subscription_id == subscription_id)
        .order_by(Person.name_fold, Person.id)
    ).all()
    return [HolderRow(a, int(v), p, n, e, r or "", t) for a, v, p, n, e, r, t in rows]


def members_without(
    conn: Connection, org_id: str, subscription_id: str, limit: int = 5000
) -> list[tuple[str, str]]:
    """(id, "name <email>") of members of the organisation's subtree without that licence."""
    path = conn.scalar(select(Organisation.path).where(Organisation.id == org_id)) or "/"
    holding = select(LicenceAssignment.person_id).where(
        LicenceAssignment.subscription_id == subscription_id
    )
    rows = conn.execute(
        select(Person.id, Person.display_name, Person.email)
        .join(Membership, Membership.person_id == Person.id)
        .join(Organisation, Organisation.id == Membership.org_id)
        .where(
            Organisation.path >= path,
            Organisation.path < path_upper_bound(path),
            Person.id.not_in(holding),
        )
        .group_by(Person.id, Person.display_name, Person.email, Person.name_fold)
        .order_by(Person.name_fold, Person.id)
        .limit(limit)
    ).all()
    return [(i, f"{n} <{e}>") for i, n, e in rows]


@dataclass(frozen=True, slots=True)
class RuleRow:
    """A rule as the rules list shows it, and as the rule editor starts from."""

    id: str
    version: int
    name: str
    priority: int
    condition: str
    params: dict[str, Any]
    action: str
    product_id: str
    target_product_id: str | None
    enabled: bool
    subject: str  # the unit's or group's name (condition org_unit / group)
    product: str
    target: str


def rules_of(conn: Connection, org_id: str) -> list[RuleRow]:
    products = dict(conn.execute(select(Product.id, Product.name)).all())
    rows = conn.execute(
        select(LicenceRule.__table__)
        .where(LicenceRule.org_id == org_id)
        .order_by(LicenceRule.priority, LicenceRule.id)
    ).all()
    ids = {str(v) for r in rows for v in (r.params or {}).values()}
    names = dict(
        conn.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_(ids))
        ).all()
    )
    names.update(conn.execute(select(Group.id, Group.name).where(Group.id.in_(ids))).all())
    return [
        RuleRow(
            r.id,
            int(r.version),
            r.name,
            int(r.priority),
            str(r.condition),
            dict(r.params or {}),
            str(r.action),
            r.product_id,
            r.target_product_id,
            bool(r.enabled),
            next((names[str(v)] for v in (r.params or {}).values() if str(v) in names), ""),
            products.get(r.product_id, ""),
            products.get(r.target_product_id or "", ""),
        )
        for r in rows
    ]


def units_and_groups(
    conn: Connection, org_id: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(id, name) of the organisation's units (itself and below) and of its groups."""
    path = conn.scalar(select(Organisation.path).where(Organisation.id == org_id)) or "/"
    inside = (Organisation.path >= path) & (Organisation.path < path_upper_bound(path))
    units = conn.execute(
        select(Organisation.id, Organisation.name)
        .where(inside)
        .order_by(Organisation.depth, Organisation.name_fold)
        .limit(2000)
    ).all()
    groups = conn.execute(
        select(Group.id, Group.name)
        .join(Organisation, Organisation.id == Group.org_id)
        .where(inside)
        .order_by(Group.name)
    ).all()
    return [(i, n) for i, n in units], [(i, n) for i, n in groups]


@dataclass(frozen=True, slots=True)
class DryRunRow:
    person: str
    licence: str
    gains: bool
    rule: str


@dataclass
class DryRun:
    """What a rule set would change now, compared with what is given."""

    rows: list[DryRunRow] = field(default_factory=list)
    gains: int = 0
    losses: int = 0
    monthly_cents: int = 0
    currency: str = ""
    unsettled: list[str] = field(default_factory=list)  # people the rules never settle for
    no_subscription: list[str] = field(default_factory=list)  # products not bought here


def dry_run(
    conn: Connection,
    org_id: str,
    edited: RuleRow | None = None,
    removed: str | None = None,
    now: datetime | None = None,
) -> DryRun:
    """The organisation's rules with ``edited`` in place of its stored version (or added)
    and ``removed`` left out, run against the licences given now."""
    setting = load(conn, org_id)
    if setting is None:
        return DryRun()
    rules = [r for r in setting.rules if r.id not in (removed, edited.id if edited else None)]
    if edited is not None:
        rules.append(_engine_rule(conn, edited, setting.org_path))
    outcome = engine.run(rules, setting.holders, setting.held, now or datetime.now(UTC))
    names = _people(conn, {c.person_id for c in outcome.changes} | set(outcome.unsettled))
    products = dict(conn.execute(select(Product.id, Product.name)).all())
    rule_names = {r.id: r.name for r in rules}
    result = DryRun(
        currency=next((p.currency for p in setting.plans.values()), ""),
        unsettled=sorted(names.get(p, p) for p in outcome.unsettled),
    )
    applicable = []
    for change in outcome.changes:
        if change.product_id not in setting.plans:
            missing = products.get(change.product_id, change.product_id)
            if missing not in result.no_subscription:
                result.no_subscription.append(missing)
            continue
        applicable.append(change)
        gains = change.verdict == engine.Verdict.GAINS
        result.gains += gains
        result.losses += not gains
        result.rows.append(
            DryRunRow(
                names.get(change.person_id, change.person_id),
                products.get(change.product_id, change.product_id),
                gains,
                rule_names.get(change.rule_id, ""),
            )
        )
    after = engine.apply_changes(setting.held, applicable)
    result.monthly_cents = engine.cost_change(setting.held, after, setting.prices())
    result.rows.sort(key=lambda r: (not r.gains, r.person.casefold(), r.licence))
    return result


def _people(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    wanted = list(ids)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        found.update(
            conn.execute(
                select(Person.id, Person.display_name).where(
                    Person.id.in_(wanted[start : start + 500])
                )
            ).all()
        )
    return found


def _engine_rule(conn: Connection, row: RuleRow, org_path: str) -> engine.Rule:
    unit = str(row.params.get("org_id", ""))
    unit_path = (
        conn.scalar(select(Organisation.path).where(Organisation.id == unit)) if unit else ""
    )
    return engine.Rule.of(row, org_path, unit_path or "")  # a RuleRow reads like a stored rule
