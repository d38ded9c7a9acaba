""" "Log in as" on screen: the banner with both identities and the way back, against the
real server; the scratch cache is gone afterwards."""

from __future__ import annotations

from typing import Any

from conftest import LiveServer, org_named
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from test_console import signed_in_console
from test_writes import METTE, QUIET

from hubdesk.models.activity import AuditEvent
from hubdesk.models.base import utcnow


def test_a_hub_administrator_logs_in_as_a_tenant_and_returns(
    qtbot: Any, make_console: Any, live_server: LiveServer, monkeypatch: Any
) -> None:
    db = live_server.db
    hub, nordlys = org_named(db, "Havnehuset"), org_named(db, "Nordlys")
    since = utcnow()
    console = signed_in_console(qtbot, make_console, live_server, METTE, timing=QUIET)
    window, c = console.window, console.controller
    mine = c.session
    assert mine is not None

    window.reveal(hub.id)
    qtbot.waitUntil(lambda: window.detail.org_id == hub.id, timeout=10_000)
    qtbot.wait(200)
    assert not window.log_in_as.action.isEnabled()  # her own hub: she is herself there

    window.reveal(nordlys.id)
    qtbot.waitUntil(lambda: window.log_in_as.action.isEnabled(), timeout=10_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.log_in_as.action.trigger()
    qtbot.waitUntil(lambda: c.session is not None and c.session.opened_from is mine, timeout=15_000)
    banner = window.log_in_as.banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)
    text = banner.text.text()
    assert "Nordlys" in text and "Sofie Nørgaard" in text and "Mette Kjær Andersen" in text
    assert 25 <= banner.minutes_left() <= 30
    session = c.session
    assert session is not None and session.scratch is not None and session.scratch.exists()
    qtbot.waitUntil(
        lambda: c.last_sync() is not None and window.tree_model.rowCount() > 0, timeout=20_000
    )
    qtbot.waitUntil(lambda: window.detail.org_id == nordlys.id, timeout=10_000)
    assert not window.log_in_as.action.isEnabled()  # not from inside another one
    window.grab().save("/tmp/hubdesk-log-in-as.png")

    scratch = session.scratch
    banner.back.click()
    qtbot.waitUntil(lambda: c.session is mine, timeout=15_000)
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert not scratch.exists()  # nothing of the sub-account's view stays behind
    with db.reading() as s:
        actions = list(
            s.scalars(
                select(AuditEvent.action).where(
                    AuditEvent.occurred_at >= since, AuditEvent.action.like("impersonation.%")
                )
            )
        )
    assert sorted(actions) == ["impersonation.end", "impersonation.start"]
