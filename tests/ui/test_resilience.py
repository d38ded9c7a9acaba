"""The console under a broken server and hostile text: it says so, keeps working, renders
nothing as HTML."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from conftest import WIRE_PAIR, WIRE_PERSON, CannedServer
from PySide6.QtCore import Qt

from hubdesk.domain.seats import SeatCount
from hubdesk.services.cache.queries import OrgCounts, OrgDetail
from hubdesk.ui.app import Options
from hubdesk.ui.widgets.org_detail import DetailData, OrgDetailPane

PERSON = WIRE_PERSON | {"display_name": "Ida <b>Holm</b>"}
PAIR = WIRE_PAIR | {"person": PERSON}


def test_a_failing_sync_shows_one_non_blocking_error_and_work_goes_on(
    qtbot: Any, make_console: Any, canned_server: CannedServer
) -> None:
    canned_server.answer("/api/v1/auth/login", 200, json.dumps(PAIR).encode())
    canned_server.answer("/api/v1/me", 200, json.dumps({"person": PERSON, "grants": []}).encode())
    canned_server.answer("/api/v1/sync/changes", 500, b"upstream exploded")
    console = make_console(Options(server=canned_server.url))
    console.window.show()
    console.start()
    qtbot.waitUntil(lambda: console.sign_in_dialog is not None)
    dialog = console.sign_in_dialog
    dialog.email.setText("ida@nord.dk")
    dialog.password.setText("pw")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    window = console.window
    qtbot.waitUntil(lambda: window._error_box is not None and window._error_box.isVisible())
    box = window._error_box
    assert "server had a problem" in box.text() and "500" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "Offline" in window.status.connection.text()
    # the box does not block: background work still finishes while it is open
    done: list[int] = []

    async def work() -> int:
        return await console.bg.run(lambda: 42)

    console.bg.spawn(work(), on_done=done.append)
    qtbot.waitUntil(lambda: done == [42])
    # the same failure again does not stack a second box
    console.controller.sync_now()
    qtbot.waitUntil(lambda: not console.controller.syncing)
    assert window._error_box is box and box.isVisible()
    assert window.status.who.textFormat() == Qt.TextFormat.PlainText
    assert "<b>" in window.status.who.text()  # shown literally


def test_names_are_never_rendered_as_html(qtbot: Any) -> None:
    pane = OrgDetailPane(today=lambda: date(2026, 11, 23))
    qtbot.addWidget(pane)
    hostile = '<img src="http://evil.example/x.png"><b>Evil</b> ApS'
    detail = OrgDetail(
        id="1b4e28ba-2fa1-41d2-883f-0016d3cca427",
        name=hostile,
        kind="tenant",
        path="/a/",
        lifecycle="active",
        commercial="trial",
        trial_ends_on=date(2026, 11, 30),
        subscription_started_on=None,
        renews_on=None,
        legal_name=hostile,
        vat_number=None,
        address="<script>x</script>",
        postal_code=None,
        city=None,
        country=None,
        phone=None,
        contact_name="<i>Ida</i>",
        contact_email=None,
        trail=("<u>Hub</u>",),
    )
    counts = OrgCounts(0, 0, 1, 1, SeatCount(1, 0), SeatCount(1, 0))
    pane.show_data(DetailData(detail, counts))
    assert pane.title.text() == hostile
    assert pane.title.textFormat() == Qt.TextFormat.PlainText
    for label in pane.findChildren(type(pane.title)):
        assert label.textFormat() in (Qt.TextFormat.PlainText,) or "<" not in label.text(), (
            label.text()
        )
    assert "&lt;u&gt;Hub&lt;/u&gt;" in pane.subtitle.toolTip()
    status = pane.commercial.values[pane.tr("Status")].text()
    assert "7" in status  # trial days left, counted from "today"
