"""Seat pricing: a seat is billable when its role can create appointments or take payments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hubdesk.domain.permissions import BILLABLE_PERMISSIONS, Permission


def is_billable(role_permissions: Iterable[Permission | str]) -> bool:
    held = {Permission(p) for p in role_permissions}
    return not held.isdisjoint(BILLABLE_PERMISSIONS)


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
