"""An organisation's licences as the rule engine (:mod:`hubdesk.domain.licences`) sees them,
read with the same models by the server (which applies the rules) and the console (which
previews a rule change as a dry run).

The licences of an organisation are its subscriptions (one per product), and who holds
one; its rules touch the people who are members in its subtree (not suspended).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select

from hubdesk.domain.enums import MembershipStatus, SubscriptionStatus, Term
from hubdesk.domain.licences import Holder, Pricing, Rule
from hubdesk.domain.permissions import path_upper_bound
from hubdesk.models.commerce import LicenceAssignment, LicenceRule, Product, Subscription
from hubdesk.models.orgs import Group, GroupMember, Membership, Organisation, Person


@dataclass(frozen=True, slots=True)
class Plan:
    """One subscription: a product bought for the organisation."""

    subscription_id: str
    product_id: str
    product: str
    unit_cents: int
    currency: str
    quantity: int  # licences bought
    term: str
    assigned: int  # licences held
    started_on: date | None = None
    renews_on: date | None = None

    @property
    def unassigned(self) -> int:
        return max(0, self.quantity - self.assigned)

    @property
    def pricing(self) -> Pricing:
        return Pricing(self.unit_cents, self.quantity, self.term == Term.ANNUAL)


@dataclass
class Licences:
    org_id: str
    org_path: str
    holders: list[Holder]
    held: dict[str, frozenset[str]]  # person → products they hold here
    rules: list[Rule]
    plans: dict[str, Plan]  # product → its subscription here
    assignment_ids: dict[tuple[str, str], str] = field(default_factory=dict)  # (person, product)

    def prices(self) -> dict[str, Pricing]:
        return {product: plan.pricing for product, plan in self.plans.items()}


def load(conn: Connection, org_id: str) -> Licences | None:
    path = conn.scalar(select(Organisation.path).where(Organisation.id == org_id))
    if path is None:
        return None
    inside = (Organisation.path >= path) & (Organisation.path < path_upper_bound(path))
    members = conn.execute(
        select(
            Person.id,
            Person.created_at,
            Person.first_sign_in_at,
            Person.last_sign_in_at,
            Organisation.path,
        )
        .join(Membership, Membership.person_id == Person.id)
        .join(Organisation, Organisation.id == Membership.org_id)
        .where(inside, Membership.status != MembershipStatus.SUSPENDED)
    ).all()
    groups: dict[str, set[str]] = {}
    for person_id, group_id in conn.execute(
        select(GroupMember.person_id, GroupMember.group_id)
        .join(Group, Group.id == GroupMember.group_id)
        .join(Organisation, Organisation.id == Group.org_id)
        .where(inside)
    ):
        groups.setdefault(person_id, set()).add(group_id)
    paths: dict[str, list[str]] = {}
    seen: dict[str, tuple[object, object, object]] = {}
    for person_id, created, first, last, org_path in members:
        paths.setdefault(person_id, []).append(org_path)
        seen[person_id] = (created, first, last)
    holders = [
        Holder(
            person_id,
            tuple(sorted(person_paths)),
            frozenset(groups.get(person_id, ())),
            seen[person_id][0],  # type: ignore[arg-type]
            seen[person_id][1],  # type: ignore[arg-type]
            seen[person_id][2],  # type: ignore[arg-type]
        )
        for person_id, person_paths in paths.items()
    ]
    plans, held, assignment_ids = _plans(conn, org_id)
    return Licences(org_id, path, holders, held, _rules(conn, org_id, path), plans, assignment_ids)


def _plans(
    conn: Connection, org_id: str
) -> tuple[dict[str, Plan], dict[str, frozenset[str]], dict[tuple[str, str], str]]:
    subscriptions = conn.execute(
        select(
            Subscription.id,
            Product.id,
            Product.name,
            Product.monthly_price_cents,
            Product.currency,
            Subscription.quantity,
            Subscription.term,
            Subscription.started_on,
            Subscription.renews_on,
        )
        .join(Product, Product.id == Subscription.product_id)
        .where(
            Subscription.org_id == org_id,
            Subscription.status != SubscriptionStatus.CANCELLED,
        )
        .order_by(Product.tier, Product.name)
    ).all()
    product_of = {row[0]: row[1] for row in subscriptions}
    held: dict[str, set[str]] = {}
    assignment_ids: dict[tuple[str, str], str] = {}
    counts: dict[str, int] = {}
    for assignment_id, sub_id, person_id in conn.execute(
        select(
            LicenceAssignment.id, LicenceAssignment.subscription_id, LicenceAssignment.person_id
        ).where(LicenceAssignment.org_id == org_id)
    ):
        product = product_of.get(sub_id)
        if product is None:
            continue
        held.setdefault(person_id, set()).add(product)
        assignment_ids[person_id, product] = assignment_id
        counts[product] = counts.get(product, 0) + 1
    plans = {
        product_id: Plan(
            sub_id,
            product_id,
            name,
            int(unit),
            currency,
            int(qty),
            str(term),
            counts.get(product_id, 0),
            started,
            renews,
        )
        for sub_id, product_id, name, unit, currency, qty, term, started, renews in subscriptions
    }
    return plans, {p: frozenset(s) for p, s in held.items()}, assignment_ids


def _rules(conn: Connection, org_id: str, org_path: str) -> list[Rule]:
    rows = conn.execute(select(LicenceRule.__table__).where(LicenceRule.org_id == org_id)).all()
    units = {str(r.params.get("org_id")) for r in rows if r.params and r.params.get("org_id")}
    unit_paths = dict(
        conn.execute(
            select(Organisation.id, Organisation.path).where(Organisation.id.in_(units))
        ).all()
    )
    return [
        Rule.of(r, org_path, unit_paths.get(str((r.params or {}).get("org_id")), "")) for r in rows
    ]
