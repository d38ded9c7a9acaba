"""The people pane on screen: a windowed table of an organisation's members, read a page
at a time, sorted and searched in SQL — from the console's cache."""

from __future__ import annotations

from typing import Any

from conftest import LiveServer, org_named
from PySide6.QtCore import Qt
from test_console import signed_in_console
from test_writes import METTE, QUIET

from hubdesk.ui.models.people import PERSON_ROLE, PeopleModel


def test_the_members_of_an_organisation_page_sort_and_search(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    nordlys = org_named(live_server.db, "Nordlys")
    console = signed_in_console(qtbot, make_console, live_server, METTE, timing=QUIET)
    window = console.window
    window.reveal(nordlys.id)
    pane = window.people
    qtbot.waitUntil(lambda: pane.isVisible() and pane.model.org_id == nordlys.id, timeout=10_000)
    model = pane.model
    qtmodeltester.check(model)
    everyone = model.rowCount()
    assert everyone >= 4
    names = [model.index(r, PeopleModel.NAME).data() for r in range(everyone)]
    sofie = names.index("Sofie Nørgaard")
    assert model.index(sofie, PeopleModel.ROLE).data() == "Owner"
    assert model.index(sofie, PeopleModel.SEAT).data() in ("Billable", "Free")
    window.grab().save("/tmp/hubdesk-people.png")
    pane.grab().save("/tmp/hubdesk-people-pane.png")

    # a page at a time: two rows, then more as a view asks for them (the pane's own view
    # fetches as far as it shows; this model has no view)
    alone = PeopleModel(console.controller.read)
    alone.page_size = 2
    alone.show(nordlys.id)
    assert alone.rowCount() == 2 and alone.canFetchMore()
    while alone.canFetchMore():
        alone.fetchMore()
    assert [alone.index(r, PeopleModel.NAME).data() for r in range(everyone)] == names
    qtmodeltester.check(alone)

    pane.table.sortByColumn(PeopleModel.EMAIL, Qt.SortOrder.DescendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    emails = [model.index(r, PeopleModel.EMAIL).data() for r in range(model.rowCount())]
    assert emails == sorted(emails, reverse=True) and len(emails) == everyone

    pane.search.setText("NØRGAARD")
    qtbot.waitUntil(lambda: model.rowCount() < everyone, timeout=5_000)
    found = [model.index(r, 0).data(PERSON_ROLE) for r in range(model.rowCount())]
    assert any(p.email == "sofie@nordlys-arkitekter.dk" for p in found)
    pane.search.setText("nobody-by-this-name")
    qtbot.waitUntil(lambda: model.rowCount() == 0 and pane.empty.isVisible(), timeout=5_000)
    assert "Nobody matches" in pane.empty.text()
