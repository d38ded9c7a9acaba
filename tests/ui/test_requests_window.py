"""Lunch and requests on screen: the week's lunch overview and the report chart of a hub,
from the console's cache."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from conftest import LiveServer, org_named
from test_console import signed_in_console
from test_writes import METTE, QUIET

from hubdesk.services.cache.service_requests import week_of
from hubdesk.ui.widgets.service_requests import RequestsWindow


def test_a_hub_sees_the_weeks_lunch_orders_and_a_request_report(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    hub = org_named(live_server.db, "Havnehuset")
    console = signed_in_console(qtbot, make_console, live_server, METTE, timing=QUIET)
    window = console.window
    window.reveal(hub.id)
    qtbot.waitUntil(lambda: window.detail.org_id == hub.id, timeout=10_000)
    requests = window.show_requests()
    assert isinstance(requests, RequestsWindow)
    model = requests.lunch_model
    qtbot.waitUntil(lambda: model.overview is not None and model.rowCount() > 1, timeout=10_000)
    qtmodeltester.check(model)
    overview = model.overview
    assert overview is not None and len(overview.days) == 7
    totals = model.rowCount() - 1
    assert model.index(totals, 0).data() == "Total"
    week_total = model.index(totals, model.columnCount() - 1).data()
    assert week_total == str(overview.total) and overview.total > 0
    assert "Week" in requests.week_label.text()
    requests.resize(980, 560)
    requests.grab().save("/tmp/hubdesk-lunch-overview.png")

    this_week = requests.monday
    requests.previous.click()
    qtbot.waitUntil(
        lambda: model.overview is not None and model.overview.days[0] == this_week - timedelta(7)
    )
    requests.this_week.click()
    qtbot.waitUntil(
        lambda: model.overview is not None and model.overview.days[0] == week_of(this_week)
    )

    requests.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(requests.chart.series()) == 1, timeout=10_000)
    assert requests.child.count() > 1  # every sub-account to filter by
    nordlys = org_named(live_server.db, "Nordlys")
    requests.child.setCurrentIndex(requests.child.findData(nordlys.id))
    qtbot.waitUntil(lambda: requests.child.currentData() == nordlys.id)
    qtbot.wait(300)
    assert len(requests.chart.series()) == 1
    requests.grab().save("/tmp/hubdesk-request-report.png")
