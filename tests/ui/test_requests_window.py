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


def test_a_tenant_orders_a_request_and_moves_it_on(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    from sqlalchemy import select
    from test_writes import SOFIE

    from hubdesk.models.activity import ServiceRequest
    from hubdesk.ui.widgets.request_list import NewRequestDialog

    nordlys = org_named(live_server.db, "Nordlys")
    console = signed_in_console(qtbot, make_console, live_server, SOFIE, timing=QUIET)
    window = console.window
    window.reveal(nordlys.id)
    qtbot.waitUntil(lambda: window.detail.org_id == nordlys.id, timeout=10_000)
    requests = window.show_requests()
    assert requests is not None
    requests.tabs.setCurrentWidget(requests.requests)
    listing = requests.requests
    qtmodeltester.check(listing.model)
    before = listing.model.rowCount()

    dialog = listing.order()
    assert isinstance(dialog, NewRequestDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("handyman"))
    dialog.title.setText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.isVisible()  # says why, keeps the entry
    dialog.title.setText("Lampen i mødelokalet blinker")
    dialog.quantity.setValue(2)
    dialog.accept()
    qtbot.waitUntil(lambda: listing.model.rowCount() == before + 1)  # at once, from the outbox

    def on_server() -> ServiceRequest | None:
        with live_server.db.reading() as s:
            return s.scalar(
                select(ServiceRequest).where(ServiceRequest.title == "Lampen i mødelokalet blinker")
            )

    qtbot.waitUntil(lambda: on_server() is not None, timeout=15_000)
    row = next(
        r for r in range(listing.model.rowCount())
        if listing.model.item_at(r).title == "Lampen i mødelokalet blinker"  # type: ignore[union-attr]
    )  # fmt: skip
    qtbot.waitUntil(lambda: listing.model.item_at(row).version > 0, timeout=15_000)  # type: ignore[union-attr]
    listing.table.selectRow(row)
    assert listing.status.isEnabled()
    listing.status.setCurrentIndex(listing.status.findData("cancelled"))
    listing.status.activated.emit(listing.status.currentIndex())
    qtbot.waitUntil(lambda: (on_server() or ServiceRequest()).status == "cancelled", timeout=15_000)
    requests.grab().save("/tmp/hubdesk-requests.png")
