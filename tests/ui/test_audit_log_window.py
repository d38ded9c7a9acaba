"""The audit log window on screen, over a synced cache of the demo: the organisation's
log and everything in scope, a search, an action family, a date range, an event in full
with its before and after, and the jumps to the actor's and the target's events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from conftest import LiveServer, org_named
from sqlalchemy import func, or_, select
from test_console import signed_in_console
from test_writes import QUIET

from hubdesk.domain.permissions import path_upper_bound
from hubdesk.models.activity import AuditEvent
from hubdesk.models.orgs import Organisation
from hubdesk.ui.qt import QtCore
from hubdesk.ui.widgets.audit_log import AuditLogWindow


def _events(window: AuditLogWindow) -> list[Any]:
    model = window.model
    return [model.event_at(r) for r in range(model.rowCount())]


def test_review_search_filter_and_jump(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    db = live_server.db
    hub = org_named(db, "Havnehuset")
    console = signed_in_console(qtbot, make_console, live_server, timing=QUIET)
    window = console.window
    window.reveal(hub.id)
    qtbot.waitUntil(lambda: window.detail.org_id == hub.id, timeout=10_000)
    log = window.show_audit_log()
    assert isinstance(log, AuditLogWindow)
    qtbot.waitUntil(lambda: not log._indexing, timeout=20_000)
    # the whole cached log verified against the server's signed checkpoints
    bar = log.verification
    qtbot.waitUntil(lambda: not bar.running and bar.result is not None, timeout=30_000)
    verified = log.verification.result
    assert verified is not None and verified.ok and verified.verified > 0, verified
    assert "Verified up to event" in log.verification.label.text()
    qtmodeltester.check(log.model)
    subtree = select(Organisation.id).where(
        Organisation.path >= hub.path, Organisation.path < path_upper_bound(hub.path)
    )
    with db.reading() as s:
        in_hub = s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.org_id.in_(subtree))
        )
        everything = s.scalar(select(func.count()).select_from(AuditEvent))
    # the organisation's log: everything at Havnehuset and below, newest first
    assert log.model.total == in_hub
    rows = _events(log)
    assert all(r is not None for r in rows)
    assert [r.stamp for r in rows] == sorted((r.stamp for r in rows), reverse=True)
    assert log.panel.shown is not None  # the newest event is shown in full

    # everything in scope (platform support: all of it, but events after the last pull)
    log.scope.setCurrentIndex(0)
    assert everything - 5 <= log.model.total <= everything
    # the last row costs about what the first does: one page read, from the other end
    before = log.model.pages_read
    last = log.model.event_at(log.model.total - 1)
    assert last is not None and log.model.pages_read == before + 1
    with db.reading() as s:
        oldest = s.scalars(select(AuditEvent).order_by(AuditEvent.occurred_at).limit(1)).one()
    assert last.id == oldest.id

    # an action family, then a search within it
    family = log.action.findData("membership.")
    assert family >= 0
    log.action.setCurrentIndex(family)
    assert log.model.total > 0
    assert all(r.action.startswith("membership.") for r in _events(log))
    log.action.setCurrentIndex(0)
    qtbot.keyClicks(log.search, "mette")
    qtbot.waitUntil(lambda: log.filter.text == "mette", timeout=5_000)
    with db.reading() as s:
        like = "%mette%"
        expected = s.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(
                or_(
                    AuditEvent.actor_name.ilike(like),
                    AuditEvent.impersonator_name.ilike(like),
                    AuditEvent.target_name.ilike(like),
                    func.cast(AuditEvent.before, AuditEvent.target_name.type).ilike(like),
                    func.cast(AuditEvent.after, AuditEvent.target_name.type).ilike(like),
                )
            )
        )
    assert log.model.total > 0 and abs(log.model.total - expected) <= 5  # own sign-ins aside
    assert log.count.text().split()[0] == str(log.model.total)

    # an event that changed something: its before beside its after
    log.search.clear()
    log._apply_search()
    change = log.action.findData("role.update")
    assert change >= 0
    log.action.setCurrentIndex(change)
    log.table.selectRow(0)
    shown = log.panel.shown
    assert shown is not None and shown.row.action == "role.update"
    qtmodeltester.check(log.panel.changes)
    kinds = {c.kind for c in shown.changes}
    assert kinds & {"changed", "added", "removed"}
    log.grab().save("/tmp/hubdesk-audit-diff.png")

    # from the event: the actor's other events, then the target's history
    actor = shown.row.actor_id
    log.panel.actor.click()
    assert log.actor_chip.isVisible() and log.filter.actor_id == actor
    log.action.setCurrentIndex(0)
    actor_rows = _events(log)
    assert actor_rows and all(r.actor_id == actor for r in actor_rows)
    with db.reading() as s:
        assert len(actor_rows) == s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.actor_id == actor)
        )
    log.table.selectRow(0)
    target = log.panel.shown.row.target_id if log.panel.shown else None
    if target is not None:
        log.panel.target.click()
        assert not log.actor_chip.isVisible() and log.target_chip.isVisible()
        assert all(r.target_id == target for r in _events(log))
    log.target_chip.click()
    assert log.filter.target_id is None and log.filter.actor_id is None

    # a date range: one day, in local time
    newest = log.model.event_at(0)
    assert newest is not None
    day = newest.occurred_at.astimezone().date()
    log.since.setDate(QtCore.QDate(day.year, day.month, day.day))
    log.until.setDate(QtCore.QDate(day.year, day.month, day.day))
    log.since_on.setChecked(True)
    log.until_on.setChecked(True)
    start = datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)
    with db.reading() as s:
        on_day = s.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(
                AuditEvent.occurred_at >= start,
                AuditEvent.occurred_at < start + timedelta(days=1),
            )
        )
    assert abs(log.model.total - on_day) <= 5 and log.model.total > 0
    assert all(r.occurred_at.astimezone().date() == day for r in _events(log))

    # a screenshot with a filter, a search and the diff open
    log.since_on.setChecked(False)
    log.until_on.setChecked(False)
    log.scope.setCurrentIndex(1)
    log.action.setCurrentIndex(log.action.findData("membership."))
    with db.reading() as s:  # somebody who changed memberships at Havnehuset or below
        actor = s.scalars(
            select(AuditEvent.actor_name)
            .where(AuditEvent.org_id.in_(subtree), AuditEvent.action.startswith("membership."))
            .limit(1)
        ).one()
    first_name = actor.split()[0].lower()
    qtbot.keyClicks(log.search, first_name)
    qtbot.waitUntil(lambda: log.filter.text == first_name, timeout=5_000)
    assert log.model.total > 0
    shown = (
        next(
            row
            for row in range(log.model.total)
            if (e := log.model.event_at(row)) and e.action != "membership.create"
        )
        if any(
            (e := log.model.event_at(r)) and e.action != "membership.create"
            for r in range(log.model.total)
        )
        else 0
    )
    log.table.selectRow(shown)
    log.grab().save("/tmp/hubdesk-audit-search.png")


def test_a_long_list_is_counted_in_full_and_reached_anywhere(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer, monkeypatch: Any
) -> None:
    from hubdesk.ui.models import audit_log as model_module

    monkeypatch.setattr(model_module, "FIRST_COUNT", 40)
    console = signed_in_console(qtbot, make_console, live_server, timing=QUIET)
    log = console.window.show_audit_log()
    assert isinstance(log, AuditLogWindow)
    log.scope.setCurrentIndex(0)
    # first the first 40, at once; then all of them, counted in a worker
    qtbot.waitUntil(lambda: not log.model.partial, timeout=20_000)
    qtmodeltester.check(log.model)
    with console.window.c.session.cache.reading() as conn:  # type: ignore[union-attr]
        stored = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM audit_events ORDER BY occurred_at DESC, rowid DESC"
            )
        ]
    assert log.model.total == len(stored) > 400
    assert log.count.text().split()[0] == str(len(stored))
    for row in (len(stored) // 2, len(stored) - 1, 450, 41, 0):
        fresh = model_module.AuditLogModel(console.window.c.read)
        fresh.show(log.filter)
        fresh.counted(log.filter, True, log.model._anchors)  # type: ignore[arg-type]
        before = fresh.pages_read
        event = fresh.event_at(row)
        assert event is not None and event.id == stored[row]
        assert fresh.pages_read == before + 1  # one page, wherever the row is
