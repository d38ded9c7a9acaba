"""Service requests read from the cache: the hub's lunch overview and its request report.

Both cover an organisation's whole subtree (a hub and its sub-accounts) and run in SQL
over the ``(org_id, requested_for)`` index; the console shows them without a round trip
to the server, offline too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Connection, and_, func, select

from hubdesk.domain.enums import RequestKind, RequestStatus
from hubdesk.domain.permissions import path_upper_bound
from hubdesk.models.activity import ServiceRequest
from hubdesk.models.orgs import Organisation

Org = Organisation
Req = ServiceRequest


@dataclass(frozen=True, slots=True)
class LunchRow:
    """One sub-account's lunches, per day of the overview."""

    org_id: str
    name: str
    per_day: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.per_day)


@dataclass(frozen=True, slots=True)
class LunchOverview:
    """Lunches ordered per day and per sub-account (cancelled orders not counted)."""

    days: tuple[date, ...]
    rows: tuple[LunchRow, ...]  # by name

    @property
    def per_day(self) -> tuple[int, ...]:
        return tuple(sum(r.per_day[i] for r in self.rows) for i in range(len(self.days)))

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rows)


def _subtree(conn: Connection, org_id: str) -> ColumnElement[bool] | None:
    path = conn.scalar(select(Org.path).where(Org.id == org_id))
    if path is None:
        return None
    return and_(Org.path >= path, Org.path < path_upper_bound(path))


def week_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def lunch_overview(
    conn: Connection, org_id: str, first_day: date, days: int = 7
) -> LunchOverview | None:
    """The lunch orders of ``org_id``'s subtree from ``first_day`` on (None: not cached)."""
    subtree = _subtree(conn, org_id)
    if subtree is None:
        return None
    span = tuple(first_day + timedelta(days=i) for i in range(days))
    rows = conn.execute(
        select(Req.org_id, Org.name, Req.requested_for, func.sum(Req.quantity))
        .join(Org, Org.id == Req.org_id)
        .where(
            subtree,
            Req.kind == RequestKind.LUNCH,
            Req.status != RequestStatus.CANCELLED,
            Req.requested_for >= span[0],
            Req.requested_for <= span[-1],
        )
        .group_by(Req.org_id, Org.name, Req.requested_for)
    ).all()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * days)
    for org, name, day, quantity in rows:
        counts[org, name][(day - first_day).days] += int(quantity or 0)
    ordered = sorted(counts.items(), key=lambda item: (item[0][1].casefold(), item[0][0]))
    return LunchOverview(
        span, tuple(LunchRow(org, name, tuple(per_day)) for (org, name), per_day in ordered)
    )


@dataclass(frozen=True, slots=True)
class RequestReport:
    """Requests per week and kind (and the sub-accounts one may filter by)."""

    weeks: tuple[date, ...]  # Mondays, oldest first
    counts: dict[str, tuple[int, ...]]  # kind → count per week
    children: tuple[tuple[str, str], ...]  # (id, name) of the direct sub-accounts


def request_report(
    conn: Connection,
    org_id: str,
    last_week: date,
    weeks: int = 12,
    *,
    child_id: str | None = None,
    status: str | None = None,
) -> RequestReport | None:
    """Requests of ``org_id``'s subtree (or of one child's subtree) per week and kind,
    for the ``weeks`` weeks up to ``last_week``; optionally of one status only."""
    subtree = _subtree(conn, child_id or org_id)
    if subtree is None:
        return None
    mondays = tuple(week_of(last_week) - timedelta(weeks=weeks - 1 - i) for i in range(weeks))
    end = mondays[-1] + timedelta(days=6)
    conditions: list[ColumnElement[bool]] = [
        subtree,
        Req.requested_for >= mondays[0],
        Req.requested_for <= end,
    ]
    if status is not None:
        conditions.append(Req.status == status)
    rows = conn.execute(
        select(Req.kind, Req.requested_for, func.count())
        .join(Org, Org.id == Req.org_id)
        .where(*conditions)
        .group_by(Req.kind, Req.requested_for)
    ).all()
    counts: dict[str, list[int]] = {str(kind): [0] * weeks for kind in RequestKind}
    for kind, day, count in rows:
        counts[str(kind)][(week_of(day) - mondays[0]).days // 7] += int(count)
    children = conn.execute(
        select(Org.id, Org.name).where(Org.parent_id == org_id).order_by(Org.name_fold, Org.id)
    ).all()
    return RequestReport(
        mondays,
        {kind: tuple(values) for kind, values in counts.items()},
        tuple((child, name) for child, name in children),
    )


@dataclass(frozen=True, slots=True)
class RequestRow:
    """A service request as the list shows it."""

    id: str
    org_id: str
    org_name: str
    kind: str
    title: str
    status: str
    requested_for: date
    quantity: int
    notes: str
    version: int  # 0: not taken by the server yet


def requests_of(conn: Connection, org_id: str, limit: int = 1000) -> list[RequestRow]:
    """The service requests of ``org_id``'s subtree, the latest day first."""
    subtree = _subtree(conn, org_id)
    if subtree is None:
        return []
    rows = conn.execute(
        select(
            Req.id,
            Req.org_id,
            Org.name,
            Req.kind,
            Req.title,
            Req.status,
            Req.requested_for,
            Req.quantity,
            Req.notes,
            Req.version,
        )
        .join(Org, Org.id == Req.org_id)
        .where(subtree)
        .order_by(Req.requested_for.desc(), Org.name_fold, Req.id)
        .limit(limit)
    ).all()
    return [
        RequestRow(i, o, n, str(k), t, str(s), d, q, notes, v)
        for i, o, n, k, t, s, d, q, notes, v in rows
    ]


def subtree_orgs(conn: Connection, org_id: str, limit: int = 2000) -> list[tuple[str, str, str]]:
    """(id, name, path) of ``org_id`` and the organisations below it, top first."""
    subtree = _subtree(conn, org_id)
    if subtree is None:
        return []
    rows = conn.execute(
        select(Org.id, Org.name, Org.path)
        .where(subtree)
        .order_by(Org.depth, Org.name_fold, Org.id)
        .limit(limit)
    ).all()
    return [(i, n, p) for i, n, p in rows]


def org_path(conn: Connection, org_id: str) -> str | None:
    path: str | None = conn.scalar(select(Org.path).where(Org.id == org_id))
    return path
