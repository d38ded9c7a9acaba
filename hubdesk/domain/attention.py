"""What about a customer account needs a partner's attention, and why.

The rules (issue 7) are computed from facts the console's cache holds, for a given
day: a trial ending within 7 days, a renewal within 30 days, an invitation pending for
more than 7 days, an unpaid or overdue invoice, licences bought but not given to anyone,
and no activity for 30 days. Each item carries the figure that explains it ("ends in 3
days"), so the reason can be shown, not only the flag.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

TRIAL_ENDING_DAYS = 7
RENEWAL_DAYS = 30
INVITE_PENDING_DAYS = 7
QUIET_DAYS = 30


class Need(enum.StrEnum):
    TRIAL_ENDING = "trial_ending"
    RENEWAL_SOON = "renewal_soon"
    INVITE_PENDING = "invite_pending"
    INVOICE_OVERDUE = "invoice_overdue"
    INVOICE_UNPAID = "invoice_unpaid"
    LICENCES_UNASSIGNED = "licences_unassigned"
    NO_ACTIVITY = "no_activity"


@dataclass(frozen=True, slots=True)
class Facts:
    """One customer account as the rules see it."""

    commercial: str  # trial / active / closed / none
    trial_ends_on: date | None = None
    renews_on: date | None = None
    oldest_pending_invite: date | None = None  # the day the oldest still-pending one was sent
    unpaid_invoices: int = 0  # unpaid, not yet due
    overdue_invoices: int = 0  # unpaid past their due date
    unassigned_licences: int = 0  # bought, given to nobody
    last_activity: date | None = None  # None: never
    since: date | None = None  # when the account began (no activity counts from here)


@dataclass(frozen=True, slots=True)
class Item:
    need: Need
    figure: int  # days (left, pending, quiet) or a count (invoices, licences)


def attention(facts: Facts, today: date) -> list[Item]:
    """The items needing attention, most pressing first (a closed account needs none)."""
    if facts.commercial == "closed":
        return []
    items: list[Item] = []
    if facts.commercial == "trial" and facts.trial_ends_on is not None:
        left = (facts.trial_ends_on - today).days
        if 0 <= left <= TRIAL_ENDING_DAYS:
            items.append(Item(Need.TRIAL_ENDING, left))
    if facts.overdue_invoices:
        items.append(Item(Need.INVOICE_OVERDUE, facts.overdue_invoices))
    if facts.commercial == "active" and facts.renews_on is not None:
        left = (facts.renews_on - today).days
        if 0 <= left <= RENEWAL_DAYS:
            items.append(Item(Need.RENEWAL_SOON, left))
    if facts.unpaid_invoices:
        items.append(Item(Need.INVOICE_UNPAID, facts.unpaid_invoices))
    if facts.oldest_pending_invite is not None:
        pending = (today - facts.oldest_pending_invite).days
        if pending > INVITE_PENDING_DAYS:
            items.append(Item(Need.INVITE_PENDING, pending))
    if facts.unassigned_licences > 0:
        items.append(Item(Need.LICENCES_UNASSIGNED, facts.unassigned_licences))
    quiet_from = facts.last_activity or facts.since
    if quiet_from is not None:
        quiet = (today - quiet_from).days
        if quiet >= QUIET_DAYS:
            items.append(Item(Need.NO_ACTIVITY, quiet))
    return items
