"""Writing from the console: edit, offline queue, conflicts — on screen, real server."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from conftest import LiveServer, org_named, start_server
from PySide6.QtCore import Qt
from test_console import sign_in, wait_synced

from hubdesk.models import Organisation
from hubdesk.services.engine import Timing
from hubdesk.services.tokens import MemoryTokenStore
from hubdesk.ui.app import Console, Options
from hubdesk.ui.widgets.conflicts import ConflictsDialog
from hubdesk.ui.widgets.org_edit import OrgEditDialog

SOFIE = ("sofie@nordlys-arkitekter.dk", "hubdesk-demo")
METTE = ("mette.kjaer@havnehuset.dk", "hubdesk-demo")
# No long-poll and a long interval: the console pulls only when told to (or after a
# write), so a test decides when it learns of the other person's change.
QUIET = Timing(interval=3600, long_poll=0, backoff_unit=0.05, backoff_max=0.2)


def nordlys(server: LiveServer) -> Organisation:
    org: Organisation = org_named(server.db, "Nordlys")
    return org


def push_as(server: LiveServer, who: tuple[str, str], **fields: Any) -> None:
    """Someone else changes Nordlys through the API."""
    org = nordlys(server)
    with httpx.Client(base_url=server.api) as http:
        token = http.post("/auth/login", json={"email": who[0], "password": who[1]}).json()
        body = {
            "client_id": str(uuid.uuid4()),
            "mutations": [
                {
                    "key": str(uuid.uuid4()),
                    "seq": 1,
                    "op": "organisation.update",
                    "entity_id": org.id,
                    "base_version": org.version,
                    "payload": fields,
                }
            ],
        }
        answer = http.post(
            "/sync/push",
            json=body,
            headers={"Authorization": f"Bearer {token['access_token']}"},
        )
        assert answer.json()["results"][0]["status"] == "applied"


def sofies_console(qtbot: Any, make_console: Any, server: LiveServer, **kw: Any) -> Console:
    console: Console = make_console(Options(server=server.url, timing=QUIET), **kw)
    console.window.show()
    console.start()
    sign_in(qtbot, console, *SOFIE)
    wait_synced(qtbot, console)
    qtbot.waitUntil(lambda: console.window.detail.org_id == nordlys(server).id, timeout=10_000)
    qtbot.waitUntil(lambda: console.window.detail.edit_button.isVisible())
    return console


def edit(qtbot: Any, console: Console, **fields: str) -> None:
    console.window.edit_action.trigger()
    dialog = console.window.findChild(OrgEditDialog)
    assert dialog is not None and dialog.isVisible()
    for name, value in fields.items():
        dialog.fields[name].setText(value)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_an_edit_shows_at_once_and_reaches_the_server(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    console = sofies_console(qtbot, make_console, live_server)
    detail = console.window.detail
    edit(qtbot, console, contact_name="Ida Holm", city="Roskilde")
    qtbot.waitUntil(lambda: detail.contact.values[detail.tr("Contact person")].text() == "Ida Holm")
    qtbot.waitUntil(lambda: nordlys(live_server).contact_name == "Ida Holm", timeout=10_000)
    assert nordlys(live_server).city == "Roskilde"
    qtbot.waitUntil(lambda: not console.window.status.pending.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not detail.write_chip.isVisible(), timeout=10_000)


def test_an_invalid_entry_keeps_the_dialog_open_and_says_why(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    console = sofies_console(qtbot, make_console, live_server)
    console.window.edit_action.trigger()
    dialog = console.window.findChild(OrgEditDialog)
    assert dialog is not None
    dialog.fields["contact_email"].setText("not an address")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "email" in dialog.problem.text()
    dialog.fields["name"].setText("   ")
    dialog.fields["contact_email"].setText("ida@nordlys.dk")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "name" in dialog.problem.text()
    dialog.reject()
    assert console.controller.counts().pending == 0


def test_conflicts_are_listed_theirs_beside_mine_and_each_decision_works(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    console = sofies_console(qtbot, make_console, live_server)
    status = console.window.status

    # Mette changes the contact first; Sofie's edit was made on the older version.
    push_as(live_server, METTE, contact_name="Mette's pick")
    edit(qtbot, console, contact_name="Sofie's pick")
    qtbot.waitUntil(lambda: status.conflicts.isVisible(), timeout=10_000)
    assert nordlys(live_server).contact_name == "Mette's pick"  # nothing overwritten
    chip = console.window.detail.write_chip
    qtbot.waitUntil(lambda: chip.isVisible() and chip.text() == "Not taken by the server")
    qtbot.mouseClick(status.conflicts, Qt.MouseButton.LeftButton)
    dialog = console.window.findChild(ConflictsDialog)
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    row = [dialog.model.index(0, c).data() for c in range(4)]
    assert row == ["Nordlys Arkitekter ApS", "Contact person", "Sofie's pick", "Mette's pick"]
    console.window.grab().save("/tmp/hubdesk-conflict-window.png")
    dialog.grab().save("/tmp/hubdesk-conflicts.png")
    qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: nordlys(live_server).contact_name == "Sofie's pick", timeout=10_000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)

    # Again; this time she takes theirs.
    push_as(live_server, METTE, city="Vejle")
    edit(qtbot, console, city="Køge")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    detail = console.window.detail
    qtbot.waitUntil(lambda: "Vejle" in detail.company.values[detail.tr("Address")].text())
    assert nordlys(live_server).city == "Vejle"

    # And once more, writing a version of her own.
    push_as(live_server, METTE, phone="+45 1111")
    edit(qtbot, console, phone="+45 2222")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(dialog.edit, Qt.MouseButton.LeftButton)
    editor = next(d for d in dialog.findChildren(OrgEditDialog) if d.isVisible())
    assert editor.fields["phone"].text() == "+45 2222"  # mine, filled in over theirs
    editor.fields["phone"].setText("+45 3333")
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: nordlys(live_server).phone == "+45 3333", timeout=10_000)
    qtbot.waitUntil(lambda: not status.conflicts.isVisible(), timeout=10_000)


def test_offline_start_shows_the_cache_queues_writes_and_sends_them_when_back(
    qtbot: Any, make_console: Any, live_server: LiveServer, test_keyring: Any
) -> None:
    from hubdesk.services.tokens import default_token_store

    first = sofies_console(qtbot, make_console, live_server, tokens=default_token_store())
    port = live_server.port
    live_server.stop()
    second: Console = make_console(
        Options(server=live_server.url, timing=QUIET), default_token_store()
    )
    second.window.show()
    second.start()
    qtbot.waitUntil(lambda: second.controller.session is not None, timeout=15_000)
    qtbot.waitUntil(lambda: second.window.detail.org_id == nordlys(live_server).id)
    assert second.sign_in_dialog is None
    qtbot.waitUntil(lambda: "Offline" in second.window.status.connection.text(), timeout=15_000)
    assert first.window.tree_model.rowCount() == second.window.tree_model.rowCount() == 1

    qtbot.waitUntil(lambda: second.window.detail.edit_button.isVisible())  # known grants
    edit(qtbot, second, contact_name="Queued offline")
    status = second.window.status
    qtbot.waitUntil(lambda: status.pending.isVisible())
    assert "1" in status.pending.text()
    qtbot.waitUntil(lambda: second.window.detail.write_chip.isVisible())
    second.window.grab().save("/tmp/hubdesk-offline-pending.png")

    back = start_server(live_server.db, port=port)
    try:
        second.window.sync_action.trigger()  # or the engine's next retry
        qtbot.waitUntil(
            lambda: nordlys(live_server).contact_name == "Queued offline", timeout=15_000
        )
        qtbot.waitUntil(lambda: not status.pending.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: "Online" in status.connection.text(), timeout=10_000)
    finally:
        back.stop()


def test_the_console_refuses_to_edit_without_the_permission(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    console: Console = make_console(Options(server=live_server.url, timing=QUIET))
    console.window.show()
    console.start()
    sign_in(qtbot, console, "reka.nagy@aranyhaj.hu", "hubdesk-demo")
    wait_synced(qtbot, console)
    qtbot.waitUntil(lambda: console.window.detail.org_id is not None)
    assert not console.window.detail.edit_button.isVisible()
    console.window.edit_action.trigger()
    assert console.window.findChild(OrgEditDialog) is None
    assert "may not" in console.window.status.remark.text()
    assert isinstance(console.controller.tokens, MemoryTokenStore)
