"""Seat counting and licence pricing as properties (Qt-free): a seat is billable exactly
when its role can create appointments or take payments; counts roll up the tree by
addition; a change's price is the opposite of its undoing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain.licences import Pricing, cost_change
from hubdesk.domain.permissions import (
    BILLABLE_PERMISSIONS,
    BUILTIN_ROLE_PERMISSIONS,
    BuiltinRole,
    Permission,
)
from hubdesk.domain.seats import SeatCount, count_seats, is_billable

roles = st.frozensets(st.sampled_from(list(Permission)))
PRODUCTS = ("starter", "standard", "plus")
holdings = st.dictionaries(
    st.sampled_from([f"p{n}" for n in range(8)]), st.frozensets(st.sampled_from(PRODUCTS))
)
prices = st.fixed_dictionaries(
    {
        p: st.builds(Pricing, st.integers(0, 10_000), st.integers(0, 10), st.booleans())
        for p in PRODUCTS
    }
)


@given(st.lists(roles, max_size=30))
def test_billable_exactly_with_a_service_permission(seats: list[frozenset[Permission]]) -> None:
    counted = count_seats(seats)
    assert counted.total == len(seats)
    assert counted.billable == sum(1 for r in seats if r & BILLABLE_PERMISSIONS)


@given(st.lists(st.lists(roles, max_size=10), max_size=6))
def test_counts_roll_up_the_tree_by_addition(subtrees: list[list[frozenset[Permission]]]) -> None:
    rolled = SeatCount()
    for seats in subtrees:
        rolled = rolled + count_seats(seats)
    assert rolled == count_seats([seat for seats in subtrees for seat in seats])


def test_the_built_in_roles() -> None:
    billable = {r for r in BuiltinRole if is_billable(BUILTIN_ROLE_PERMISSIONS[r])}
    # an owner who provides no service holds a free seat; administrators take payments
    assert billable == {BuiltinRole.ADMINISTRATOR, BuiltinRole.CALL_CENTER, BuiltinRole.SPECIALIST}
    assert not is_billable(["a.permission.from.a.newer.server"])


@given(holdings, holdings, prices)
def test_a_change_costs_the_opposite_of_its_undoing(
    before: dict[str, frozenset[str]], after: dict[str, frozenset[str]], price: dict[str, Pricing]
) -> None:
    assert cost_change(before, before, price) == 0
    assert cost_change(before, after, price) == -cost_change(after, before, price)


@given(st.integers(0, 10_000), st.integers(0, 50), st.booleans(), st.integers(0, 60))
def test_annual_plans_pay_the_commitment_at_least(
    unit: int, bought: int, annual: bool, given_now: int
) -> None:
    pricing = Pricing(unit, bought, annual)
    assert pricing.monthly(given_now + 1) >= pricing.monthly(given_now)
    if annual:
        assert pricing.monthly(given_now) == unit * max(bought, given_now)
    else:
        assert pricing.monthly(given_now) == unit * given_now
