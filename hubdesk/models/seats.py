"""Seats and roles at an organisation — one set of rules for the server (which grows a
seat plan when a billable seat needs it) and the console (which shows the price effect
of a change before it is saved), read with the same models: how many billable and free
seats an organisation has (and its subtree), which roles can be given there, and what a
role change costs.

A seat is a membership that is not suspended; it is billable when its role can create
appointments or take payments (:mod:`hubdesk.domain.seats`). Seats are paid through a
seat plan: the nearest subscription to a seat-plan product at the organisation or above.
A plan covers the billable seats of its organisation's subtree, except the parts below
that hold a plan of their own (a chain's plan and each salon's). It is bought for
``quantity`` seats; a billable seat beyond that makes the plan one seat larger.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from hubdesk.domain.enums import MembershipStatus, ProductKind, SubscriptionStatus
from hubdesk.domain.permissions import BuiltinRole, is_within, path_ids, path_upper_bound
from hubdesk.domain.seats import SeatCount, is_billable
from hubdesk.models.commerce import Product, Subscription
from hubdesk.models.orgs import Membership, Role
from hubdesk.models.orgs import Organisation as Org


@dataclass(frozen=True, slots=True)
class RoleChoice:
    id: str
    name: str
    description: str
    builtin: bool
    permissions: frozenset[str]
    org_id: str | None = None  # where a custom role is defined
    version: int = 0

    @property
    def billable(self) -> bool:
        return is_billable(self.permissions)


def roles_at(conn: Connection, org_path: str) -> list[RoleChoice]:
    """The roles that can be given at the organisation at ``org_path``: the built-in ones
    (platform support only at the platform) and the custom roles of it and above it."""
    rows = conn.execute(
        select(
            Role.id,
            Role.name,
            Role.description,
            Role.builtin,
            Role.permissions,
            Role.key,
            Role.org_id,
            Role.version,
        )
        .where(Role.org_id.is_(None) | Role.org_id.in_(path_ids(org_path)))
        .order_by(Role.builtin.desc(), func.lower(Role.name), Role.id)
    ).all()
    at_platform = len(path_ids(org_path)) == 1
    return [
        RoleChoice(i, n, d or "", bool(b), frozenset(p or []), o, int(v))
        for i, n, d, b, p, key, o, v in rows
        if key != BuiltinRole.PLATFORM_SUPPORT or at_platform
    ]


def _billable_role_ids(conn: Connection) -> set[str]:
    return {i for i, p in conn.execute(select(Role.id, Role.permissions)) if is_billable(p or [])}


def _count(conn: Connection, where: Iterable[object], billable: set[str]) -> SeatCount:
    rows = conn.execute(
        select(Membership.role_id, func.count())
        .join(Org, Org.id == Membership.org_id)
        .where(Membership.status != MembershipStatus.SUSPENDED, *where)  # type: ignore[arg-type]
        .group_by(Membership.role_id)
    ).all()
    paid = sum(n for role_id, n in rows if role_id in billable)
    return SeatCount(paid, sum(n for _r, n in rows) - paid)


@dataclass(frozen=True, slots=True)
class Seats:
    here: SeatCount  # the organisation's own members
    subtree: SeatCount  # its own and everyone's below it


def seat_counts(conn: Connection, org_id: str) -> Seats:
    path = conn.scalar(select(Org.path).where(Org.id == org_id))
    if path is None:
        return Seats(SeatCount(), SeatCount())
    billable = _billable_role_ids(conn)
    return Seats(
        here=_count(conn, [Membership.org_id == org_id], billable),
        subtree=_subtree_count(conn, path, billable),
    )


@dataclass(frozen=True, slots=True)
class SeatPlan:
    subscription_id: str
    product: str
    unit_cents: int
    currency: str
    quantity: int  # seats bought
    used: int  # billable seats in the plan's organisation and below
    org_name: str  # where the plan is held


def seat_plan(conn: Connection, org_path: str) -> SeatPlan | None:
    """The seat plan that pays for seats at ``org_path``: the nearest one at or above it."""
    row = conn.execute(
        select(
            Subscription.id,
            Product.name,
            Product.monthly_price_cents,
            Product.currency,
            Subscription.quantity,
            Org.name,
            Org.path,
        )
        .join(Product, Product.id == Subscription.product_id)
        .join(Org, Org.id == Subscription.org_id)
        .where(
            Product.kind == ProductKind.SEAT_PLAN,
            Subscription.status != SubscriptionStatus.CANCELLED,
            Subscription.org_id.in_(path_ids(org_path)),
        )
        .order_by(Org.depth.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    sub_id, name, unit, currency, quantity, org_name, plan_path = row
    billable = _billable_role_ids(conn)
    used = _subtree_count(conn, plan_path, billable).billable
    for inner in _inner_plans(conn, plan_path):
        used -= _subtree_count(conn, inner, billable).billable
    return SeatPlan(sub_id, name, int(unit), currency, int(quantity), int(used), org_name)


def _subtree_count(conn: Connection, path: str, billable: set[str]) -> SeatCount:
    return _count(conn, [Org.path >= path, Org.path < path_upper_bound(path)], billable)


def _inner_plans(conn: Connection, path: str) -> list[str]:
    """The topmost organisations strictly below ``path`` holding a seat plan of their own."""
    paths = sorted(
        set(
            conn.scalars(
                select(Org.path)
                .join(Subscription, Subscription.org_id == Org.id)
                .join(Product, Product.id == Subscription.product_id)
                .where(
                    Product.kind == ProductKind.SEAT_PLAN,
                    Subscription.status != SubscriptionStatus.CANCELLED,
                    Org.path > path,
                    Org.path < path_upper_bound(path),
                )
            )
        )
    )
    roots: list[str] = []
    for inner in paths:
        if not (roots and is_within(inner, roots[-1])):
            roots.append(inner)
    return roots


@dataclass(frozen=True, slots=True)
class PriceEffect:
    """What giving a person another role (or a first one, or none) does to the bill."""

    billable_before: bool
    billable_after: bool
    plan: SeatPlan | None
    monthly_cents: int  # the change of the monthly bill (0 when the plan has room)

    @property
    def seats_change(self) -> int:
        return int(self.billable_after) - int(self.billable_before)


def price_effect(
    conn: Connection, org_path: str, before: Iterable[str] | None, after: Iterable[str] | None
) -> PriceEffect:
    """The price effect at ``org_path`` of a seat going from a role with ``before``
    permissions to one with ``after`` (``None``: no seat; a person added or removed)."""
    was = before is not None and is_billable(before)
    will = after is not None and is_billable(after)
    plan = seat_plan(conn, org_path)
    cents = 0
    if plan is not None and was != will:
        after_used = plan.used + (1 if will else -1)
        cents = plan.unit_cents * (max(after_used, plan.quantity) - max(plan.used, plan.quantity))
    return PriceEffect(was, will, plan, cents)
