"""Seat pricing: a seat is billable when its role can create appointments or take payments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hubdesk.domain.permissions import BILLABLE_PERMISSIONS, Permission

_BILLABLE_NAMES = frozenset(p.value for p in BILLABLE_PERMISSIONS)


def is_billable(role_permissions: Iterable[Permission | str]) -> bool:
    """Whether a role with these permissions makes a billable seat (names this version
    does not know, from a newer server, make no difference)."""
    return not {str(p) for p in role_permissions}.isdisjoint(_BILLABLE_NAMES)


@dataclass(frozen=True, slots=True)
class SeatCount:
    billable: int = 0
    free: int = 0

    @property
    def total(self) -> int:
        return self.billable + self.free

    def __add__(self, other: SeatCount) -> SeatCount:
        return SeatCount(self.billable + other.billable, self.free + other.free)


def count_seats(role_permission_sets: Iterable[Iterable[Permission | str]]) -> SeatCount:
    billable = free = 0
    for permissions in role_permission_sets:
        if is_billable(permissions):
            billable += 1
        else:
            free += 1
    return SeatCount(billable, free)
