"""The lunch overview and the request report against known answers (the demo data,
counted again in Python from every request)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from conftest import org_named
from sqlalchemy import select

from hubdesk.models import Organisation
from hubdesk.models.activity import ServiceRequest
from hubdesk.server.db import Database
from hubdesk.services.cache.service_requests import lunch_overview, request_report, week_of


def in_subtree(db: Database, org_id: str) -> dict[str, str]:
    """id → name of every organisation in ``org_id``'s subtree."""
    with db.reading() as s:
        root = s.get(Organisation, org_id)
        assert root is not None
        return {
            o.id: o.name
            for o in s.scalars(select(Organisation).where(Organisation.path.startswith(root.path)))
        }


def test_the_lunch_overview_counts_every_order_of_the_subtree(demo_db: Database) -> None:
    hub = org_named(demo_db, "Havnehuset")
    orgs = in_subtree(demo_db, hub.id)
    with demo_db.reading() as s:
        lunches = [
            r
            for r in s.scalars(select(ServiceRequest).where(ServiceRequest.kind == "lunch"))
            if r.org_id in orgs and r.status != "cancelled"
        ]
        assert lunches, "the demo hub's tenants order lunch"
        monday = week_of(max(r.requested_for for r in lunches))
        expected: Counter[tuple[str, date]] = Counter()
        for r in lunches:
            if monday <= r.requested_for <= monday + timedelta(days=6):
                expected[r.org_id, r.requested_for] += r.quantity
        overview = lunch_overview(s.connection(), hub.id, monday)
    assert overview is not None and overview.days[0] == monday and len(overview.days) == 7
    found = {
        (row.org_id, day): n
        for row in overview.rows
        for day, n in zip(overview.days, row.per_day, strict=True)
        if n
    }
    assert found == dict(expected)
    assert overview.total == sum(expected.values())
    assert [r.name for r in overview.rows] == sorted(
        (r.name for r in overview.rows), key=str.casefold
    )
    assert all(orgs[r.org_id] == r.name for r in overview.rows)


def test_the_report_counts_per_week_and_kind_and_filters(demo_db: Database) -> None:
    hub = org_named(demo_db, "Havnehuset")
    nordlys = org_named(demo_db, "Nordlys")
    today = date.today()
    with demo_db.reading() as s:
        everything = list(s.scalars(select(ServiceRequest)))
        conn = s.connection()
        report = request_report(conn, hub.id, today)
        of_nordlys = request_report(conn, hub.id, today, child_id=nordlys.id, status="done")
        sibling = s.scalar(
            select(Organisation).where(
                Organisation.parent_id == hub.id,
                Organisation.id != nordlys.id,
                Organisation.lifecycle == "active",
            )
        )
        of_sibling = request_report(conn, hub.id, today, child_id=sibling.id if sibling else None)
    assert report is not None and of_nordlys is not None and of_sibling is not None
    first, last = report.weeks[0], report.weeks[-1] + timedelta(days=6)
    orgs = in_subtree(demo_db, hub.id)

    def count(rows: list[ServiceRequest]) -> Counter[tuple[str, date]]:
        return Counter(
            (str(r.kind), week_of(r.requested_for))
            for r in rows
            if first <= r.requested_for <= last
        )

    def counted(
        found: dict[str, tuple[int, ...]], weeks: tuple[date, ...]
    ) -> dict[tuple[str, date], int]:
        return {
            (kind, week): n
            for kind, values in found.items()
            for week, n in zip(weeks, values, strict=True)
            if n
        }

    assert counted(report.counts, report.weeks) == dict(
        count([r for r in everything if r.org_id in orgs])
    )
    mine = [r for r in everything if r.org_id == nordlys.id and r.status == "done"]
    assert counted(of_nordlys.counts, of_nordlys.weeks) == dict(count(mine))
    assert nordlys.id in {child for child, _name in report.children}
    # a sibling's report holds its own requests only
    assert sibling is not None
    theirs = [r for r in everything if r.org_id == sibling.id]
    assert theirs and counted(of_sibling.counts, of_sibling.weeks) == dict(count(theirs))
