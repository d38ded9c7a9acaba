"""Seats, roles and price effects at an organisation (Qt-free, against the demo data,
counted again in Python)."""

from __future__ import annotations

from conftest import org_named
from sqlalchemy import select

from hubdesk.domain.permissions import BUILTIN_ROLE_PERMISSIONS, BuiltinRole
from hubdesk.domain.seats import is_billable
from hubdesk.models import Membership, Organisation, Role
from hubdesk.models.commerce import Subscription
from hubdesk.models.seats import price_effect, roles_at, seat_counts, seat_plan
from hubdesk.server.db import Database

SPECIALIST = sorted(p.value for p in BUILTIN_ROLE_PERMISSIONS[BuiltinRole.SPECIALIST])
MARKETER = sorted(p.value for p in BUILTIN_ROLE_PERMISSIONS[BuiltinRole.MARKETER])


def counted(db: Database, org_ids: set[str]) -> tuple[int, int]:
    with db.reading() as s:
        perms = {r.id: r.permissions for r in s.scalars(select(Role))}
        seats = [
            is_billable(perms[m.role_id])
            for m in s.scalars(select(Membership).where(Membership.org_id.in_(org_ids)))
            if m.status != "suspended"
        ]
    return sum(seats), len(seats) - sum(seats)


def subtree_ids(db: Database, org: Organisation) -> set[str]:
    with db.reading() as s:
        return set(s.scalars(select(Organisation.id).where(Organisation.path.startswith(org.path))))


def test_seat_counts_here_and_rolled_up_the_tree(demo_db: Database) -> None:
    for name in ("Aranyhaj Szépségszalonok", "Havnehuset", "Aranyhaj Győr"):
        org = org_named(demo_db, name)
        with demo_db.reading() as s:
            seats = seat_counts(s.connection(), org.id)
        here, below = counted(demo_db, {org.id}), counted(demo_db, subtree_ids(demo_db, org))
        assert (seats.here.billable, seats.here.free) == here, name
        assert (seats.subtree.billable, seats.subtree.free) == below, name
        assert seats.subtree.total >= seats.here.total


def test_each_salon_pays_through_its_own_plan_and_the_price_effect(demo_db: Database) -> None:
    gyor = org_named(demo_db, "Aranyhaj Győr")
    with demo_db.reading() as s:
        conn = s.connection()
        plan = seat_plan(conn, gyor.path)
        bought = s.scalar(select(Subscription.quantity).where(Subscription.org_id == gyor.id))
        gaining = price_effect(conn, gyor.path, MARKETER, SPECIALIST)
        losing = price_effect(conn, gyor.path, SPECIALIST, MARKETER)
        same = price_effect(conn, gyor.path, SPECIALIST, SPECIALIST)
        added = price_effect(conn, gyor.path, None, SPECIALIST)
    assert plan is not None and plan.currency == "HUF" and plan.quantity == bought
    assert plan.used == counted(demo_db, {gyor.id})[0] == bought  # the demo buys what it uses
    assert (gaining.seats_change, gaining.monthly_cents) == (1, plan.unit_cents)
    assert added.monthly_cents == plan.unit_cents
    # Fewer billable seats: the plan keeps what was bought (a seat is freed, no refund).
    assert (losing.seats_change, losing.monthly_cents) == (-1, 0)
    assert (same.seats_change, same.monthly_cents) == (0, 0)


def test_no_plan_no_price_and_the_roles_that_can_be_given(demo_db: Database) -> None:
    nordlys = org_named(demo_db, "Nordlys")
    with demo_db.reading() as s:
        conn = s.connection()
        effect = price_effect(conn, nordlys.path, MARKETER, SPECIALIST)
        names = [r.name for r in roles_at(conn, nordlys.path)]
    assert effect.plan is None and effect.monthly_cents == 0 and effect.seats_change == 1
    # the hub's own role flows down to its tenant; hubdesk's staff role is not offered
    assert "Medarbejder (bestiller)" in names and "Platform Support" not in names
    assert names.index("Owner") < names.index("Medarbejder (bestiller)")
