"""What needs a partner's attention, at the edges of every rule (known answers)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hubdesk.domain.attention import Facts, Item, Need, attention

TODAY = date(2026, 12, 2)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        # a trial ending within 7 days (today counts; ended already does not)
        (Facts("trial", trial_ends_on=days(7), last_activity=TODAY), [Item(Need.TRIAL_ENDING, 7)]),
        (Facts("trial", trial_ends_on=days(0), last_activity=TODAY), [Item(Need.TRIAL_ENDING, 0)]),
        (Facts("trial", trial_ends_on=days(8), last_activity=TODAY), []),
        (Facts("trial", trial_ends_on=days(-1), last_activity=TODAY), []),
        # a renewal within 30 days, for an active subscription only
        (Facts("active", renews_on=days(30), last_activity=TODAY), [Item(Need.RENEWAL_SOON, 30)]),
        (Facts("active", renews_on=days(31), last_activity=TODAY), []),
        (Facts("trial", renews_on=days(3), last_activity=TODAY), []),
        # an invitation pending for more than 7 days
        (Facts("active", oldest_pending_invite=days(-8), last_activity=TODAY),
         [Item(Need.INVITE_PENDING, 8)]),
        (Facts("active", oldest_pending_invite=days(-7), last_activity=TODAY), []),
        # invoices: overdue before unpaid, with their counts
        (Facts("active", unpaid_invoices=2, overdue_invoices=1, last_activity=TODAY),
         [Item(Need.INVOICE_OVERDUE, 1), Item(Need.INVOICE_UNPAID, 2)]),
        # licences bought, given to nobody
        (Facts("active", unassigned_licences=3, last_activity=TODAY),
         [Item(Need.LICENCES_UNASSIGNED, 3)]),
        # no activity for 30 days (counted from the start when there never was any)
        (Facts("active", last_activity=days(-30)), [Item(Need.NO_ACTIVITY, 30)]),
        (Facts("active", last_activity=days(-29)), []),
        (Facts("active", since=days(-45)), [Item(Need.NO_ACTIVITY, 45)]),
        (Facts("active", since=days(-5)), []),
        # a closed account needs nothing
        (Facts("closed", overdue_invoices=3, last_activity=days(-400)), []),
        # several at once, most pressing first
        (
            Facts("trial", trial_ends_on=days(2), overdue_invoices=1,
                  oldest_pending_invite=days(-9), unassigned_licences=1,
                  last_activity=days(-31)),
            [Item(Need.TRIAL_ENDING, 2), Item(Need.INVOICE_OVERDUE, 1),
             Item(Need.INVITE_PENDING, 9), Item(Need.LICENCES_UNASSIGNED, 1),
             Item(Need.NO_ACTIVITY, 31)],
        ),
    ],
)  # fmt: skip
def test_attention(facts: Facts, expected: list[Item]) -> None:
    assert attention(facts, TODAY) == expected
