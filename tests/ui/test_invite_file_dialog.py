"""Inviting from a CSV file on screen: the dry run per row, then the good rows sent —
against the real server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import LiveServer, org_named
from PySide6.QtCore import Qt
from sqlalchemy import select
from test_console import signed_in_console
from test_writes import METTE, QUIET

from hubdesk.models import Invite
from hubdesk.ui.app import Console
from hubdesk.ui.models.invite_file import InviteFileModel
from hubdesk.ui.widgets.invite_file import InviteFileDialog

SHEET = (
    "E-mail;Kontaktperson;Firma\r\n"
    "ida@fjord-studio.dk;Ida Ærø;Fjord Studio ApS\r\n"
    "ikke-en-adresse;Bo Berg;Berg & Co\r\n"
    "lis@hav.dk;;Hav ApS\r\n"
    "IDA@fjord-studio.dk;Ida igen;Fjord Studio ApS\r\n"
    "ole@moen.dk;Ole Møen;Møen Design ApS\r\n"
)


def server_emails(server: LiveServer, hub_id: str) -> set[str]:
    with server.db.reading() as s:
        return set(s.scalars(select(Invite.email).where(Invite.org_id == hub_id)))


def open_dialog(qtbot: Any, make_console: Any, server: LiveServer) -> tuple[Console, Any]:
    hub = org_named(server.db, "Havnehuset")
    console = signed_in_console(qtbot, make_console, server, METTE, timing=QUIET)
    console.window.reveal(hub.id)
    pane = console.window.invites
    qtbot.waitUntil(lambda: pane.isVisible() and pane.org_id == hub.id, timeout=10_000)
    qtbot.mouseClick(pane.from_file, Qt.MouseButton.LeftButton)
    dialog = pane.findChild(InviteFileDialog)
    assert dialog is not None and dialog.isVisible()
    return console, dialog


def results(model: InviteFileModel) -> dict[str, str]:
    return {
        model.index(r, model.LINE).data(): model.index(r, model.RESULT).data()
        for r in range(model.rowCount())
    }


def test_a_spreadsheet_file_is_checked_row_by_row_then_sent(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    hub = org_named(live_server.db, "Havnehuset")
    console, dialog = open_dialog(qtbot, make_console, live_server)
    sheet = tmp_path / "lejere.csv"
    sheet.write_bytes(SHEET.encode("cp1252"))  # what Excel writes on Western Windows
    dialog.load_path(sheet)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert "Windows-1252" in dialog.file_info.text() and "semicolons" in dialog.file_info.text()
    found = results(dialog.model)
    assert found["2"] == "Will be invited" and found["6"] == "Will be invited"
    assert "not a valid email address" in found["3"]
    assert "contact person is missing" in found["4"]
    assert "twice (first on line 2)" in found["5"]
    assert dialog.send.isEnabled() and "2" in dialog.send.text()
    summary = dialog.summary.text()  # (plural forms come from the translator)
    assert summary.startswith("2 ") and "will be invited" in summary and "3 refused" in summary
    before = server_emails(live_server, hub.id)
    dialog.grab().save("/tmp/hubdesk-invite-file-dry-run.png")

    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "queued" in dialog.summary.text(), timeout=10_000)
    assert results(dialog.model)["2"].startswith("Queued")
    assert not dialog.send.isEnabled()  # sent once; a second click cannot send twice
    qtbot.waitUntil(
        lambda: (
            server_emails(live_server, hub.id) - before == {"ida@fjord-studio.dk", "ole@moen.dk"}
        ),
        timeout=15_000,
    )
    dialog.grab().save("/tmp/hubdesk-invite-file-sent.png")

    # the same file again: both have open invites now
    dialog.load_path(sheet)
    qtbot.waitUntil(lambda: "open invite" in results(dialog.model)["2"], timeout=10_000)
    assert not dialog.send.isEnabled()
    assert console.window.invites.model.rowCount() >= 2


def test_a_file_that_is_not_an_invite_list_says_why_and_sends_nothing(
    qtbot: Any, make_console: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    _console, dialog = open_dialog(qtbot, make_console, live_server)
    wrong = tmp_path / "people.csv"
    wrong.write_text("name;city\nIda;Roskilde\n", encoding="utf-8")
    dialog.load_path(wrong)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert "Missing: email, company name" in dialog.problem.text()
    assert dialog.model.rowCount() == 0 and not dialog.send.isEnabled()
    dialog.load_path(tmp_path / "gone.csv")
    qtbot.waitUntil(lambda: "cannot be read" in dialog.problem.text(), timeout=10_000)
