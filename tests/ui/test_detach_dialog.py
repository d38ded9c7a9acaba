"""Detaching a sub-account from the console: asked first, queued, and gone from the hub's
tree once the server has it — on screen, against the real server."""

from __future__ import annotations

from typing import Any

from conftest import LiveServer, org_named
from test_console import signed_in_console
from test_writes import METTE, QUIET, SOFIE

from hubdesk.services.cache import queries
from hubdesk.ui.app import Console
from hubdesk.ui.models.org_tree import ORG_ID_ROLE
from hubdesk.ui.qt import QModelIndex
from hubdesk.ui.widgets.detach import DetachQuestion, DetachTarget


def console_of(qtbot: Any, make_console: Any, server: LiveServer, who: tuple[str, str]) -> Console:
    return signed_in_console(qtbot, make_console, server, who, timing=QUIET)


def tree_ids(window: Any) -> set[str]:
    """The ids of the organisations the tree shows (loaded rows, every level)."""
    model, found = window.tree.model(), set()
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.add(index.data(ORG_ID_ROLE))
            pending.append(index)
    return found


def test_a_hub_administrator_detaches_a_tenant(
    qtbot: Any, make_console: Any, live_server: LiveServer, monkeypatch: Any
) -> None:
    db = live_server.db
    hub, nordlys = org_named(db, "Havnehuset"), org_named(db, "Nordlys")
    console = console_of(qtbot, make_console, live_server, METTE)
    window = console.window

    window.reveal(hub.id)  # top-level: nothing to detach it from
    qtbot.waitUntil(lambda: window.detail.org_id == hub.id, timeout=10_000)
    qtbot.wait(200)
    assert not window.detach_action.isEnabled()

    window.reveal(nordlys.id)
    qtbot.waitUntil(lambda: window.detach_action.isEnabled(), timeout=10_000)
    asked: list[DetachQuestion] = []

    def answer(box: DetachQuestion) -> int:
        asked.append(box)
        box.grab().save("/tmp/hubdesk-detach-question.png")
        box.detach_button.click()
        return 0

    monkeypatch.setattr(DetachQuestion, "exec", answer)
    window.detach_action.trigger()
    assert len(asked) == 1
    assert "Nordlys" in asked[0].text() and "Havnehuset" in asked[0].text()

    def in_cache() -> bool:
        return console.controller.read(lambda conn: queries.detail(conn, nordlys.id)) is not None

    qtbot.waitUntil(lambda: not in_cache(), timeout=15_000)  # pushed, then purged by the pull
    with db.reading() as s:
        from hubdesk.models import Organisation

        moved = s.get(Organisation, nordlys.id)
        assert moved is not None and moved.lifecycle == "detached"
    qtbot.waitUntil(lambda: nordlys.id not in tree_ids(window), timeout=10_000)  # view refreshed
    qtbot.waitUntil(lambda: window.detail.org_id != nordlys.id, timeout=10_000)
    window.grab().save("/tmp/hubdesk-after-detach.png")


def test_cancel_detaches_nothing_and_an_owner_cannot_detach_from_the_hub(
    qtbot: Any, make_console: Any, live_server: LiveServer, monkeypatch: Any
) -> None:
    nordlys = org_named(live_server.db, "Nordlys")
    console = console_of(qtbot, make_console, live_server, SOFIE)
    window = console.window
    window.reveal(nordlys.id)
    qtbot.waitUntil(lambda: window.detail.org_id == nordlys.id, timeout=10_000)
    qtbot.wait(200)
    assert not window.detach_action.isEnabled()  # she owns it; the hub decides
    window.detach_action.trigger()  # the shortcut path says why, and queues nothing
    assert console.controller.counts().pending == 0

    target = DetachTarget(nordlys.id, "Nordlys Arkitekter", "Havnehuset", "/x/")
    question = DetachQuestion(window, target)
    assert question.defaultButton() is not question.detach_button  # Cancel is the default
    monkeypatch.setattr(DetachQuestion, "exec", lambda box: box.reject() or 0)
    assert not question.confirmed()
