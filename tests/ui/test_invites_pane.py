"""The invites pane on screen: invite, see it at once, resend, cancel (real server)."""

from __future__ import annotations

from typing import Any

from conftest import LiveServer, org_named
from PySide6.QtCore import Qt
from sqlalchemy import select
from test_console import sign_in, wait_synced
from test_writes import QUIET

from hubdesk.models import Invite
from hubdesk.ui.app import Console, Options
from hubdesk.ui.widgets.invites import InviteDialog

METTE = ("mette.kjaer@havnehuset.dk", "hubdesk-demo")


def server_invite(server: LiveServer, email: str) -> Invite | None:
    with server.db.reading() as s:
        return s.scalar(select(Invite).where(Invite.email == email))


def test_a_hub_administrator_invites_resends_and_cancels(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    hub = org_named(live_server.db, "Havnehuset")
    console: Console = make_console(Options(server=live_server.url, timing=QUIET))
    console.window.show()
    console.start()
    sign_in(qtbot, console, *METTE)
    wait_synced(qtbot, console)
    window = console.window
    window.reveal(hub.id)
    pane = window.invites
    qtbot.waitUntil(lambda: pane.isVisible() and pane.org_id == hub.id, timeout=10_000)
    qtmodeltester.check(pane.model)
    before = pane.model.rowCount()
    assert before > 0  # the demo hub has invited its tenants

    qtbot.mouseClick(pane.invite, Qt.MouseButton.LeftButton)
    dialog = pane.findChild(InviteDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.email.setText("not an address")
    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()  # says why, stays open
    dialog.email.setText("ida@fjord-studio.dk")
    dialog.contact.setText("Ida Fjord")
    dialog.company.setText("Fjord Studio ApS")
    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.rowCount() == before + 1)  # at once, from the outbox
    qtbot.waitUntil(lambda: server_invite(live_server, "ida@fjord-studio.dk") is not None)
    window.grab().save("/tmp/hubdesk-invites.png")

    row = next(
        r for r in range(pane.model.rowCount())
        if pane.model.invite_at(r).email == "ida@fjord-studio.dk"  # type: ignore[union-attr]
    )  # fmt: skip
    qtbot.waitUntil(lambda: pane.model.invite_at(row).version > 0, timeout=10_000)  # type: ignore[union-attr]
    pane.table.selectRow(row)
    qtbot.waitUntil(lambda: pane.resend.isEnabled())
    qtbot.mouseClick(pane.resend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: server_invite(live_server, "ida@fjord-studio.dk").sent_count == 2,  # type: ignore[union-attr]
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: pane.resend.isEnabled(), timeout=10_000)
    qtbot.mouseClick(pane.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: server_invite(live_server, "ida@fjord-studio.dk").status == "cancelled",  # type: ignore[union-attr]
        timeout=10_000,
    )
    qtmodeltester.check(pane.model)


def test_the_pane_is_not_there_without_the_invite_permission(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    console: Console = make_console(Options(server=live_server.url, timing=QUIET))
    console.window.show()
    console.start()
    sign_in(qtbot, console, "reka.nagy@aranyhaj.hu", "hubdesk-demo")
    wait_synced(qtbot, console)
    qtbot.waitUntil(lambda: console.window.detail.org_id is not None)
    assert not console.window.invites.isVisible()


def test_the_demo_mailbox_shows_the_invite_mail(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    hub = org_named(live_server.db, "Havnehuset")
    console: Console = make_console(Options(server=live_server.url, timing=QUIET))
    console.window.show()
    console.start()
    sign_in(qtbot, console, *METTE)
    wait_synced(qtbot, console)
    window = console.window
    window.reveal(hub.id)
    pane = window.invites
    qtbot.waitUntil(lambda: pane.isVisible() and pane.org_id == hub.id, timeout=10_000)
    qtbot.mouseClick(pane.invite, Qt.MouseButton.LeftButton)
    dialog = pane.findChild(InviteDialog)
    assert dialog is not None
    dialog.email.setText("bo@bolge.dk")
    dialog.contact.setText("Bo")
    dialog.company.setText("Bølge Studio")
    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: server_invite(live_server, "bo@bolge.dk") is not None)

    window.mailbox_action.trigger()
    box = window._mailbox
    assert box is not None
    qtbot.waitUntil(lambda: box.model.rowCount() > 0, timeout=15_000)
    qtmodeltester.check(box.model)
    qtbot.waitUntil(lambda: "bo@bolge.dk" in box.body.toPlainText())
    assert "/onboarding/" in box.body.toPlainText()
    box.grab().save("/tmp/hubdesk-mailbox.png")


def test_the_detail_says_who_gets_a_sub_accounts_notifications(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    from hubdesk.services.cache import queries

    db = live_server.db
    hub = org_named(db, "Havnehuset")
    with db.reading() as s:
        from hubdesk.models import Organisation

        waiting = s.scalar(
            select(Organisation)
            .where(Organisation.lifecycle.in_(("invited", "onboarding")))
            .where(Organisation.parent_id == hub.id)
            .order_by(Organisation.name)
        )
        assert waiting is not None  # a tenant of the hub, not set up yet
    console: Console = make_console(Options(server=live_server.url, timing=QUIET))
    console.window.show()
    console.start()
    sign_in(qtbot, console, *METTE)
    wait_synced(qtbot, console)
    before = console.controller.read(lambda conn: queries.notification_recipients(conn, waiting.id))
    assert before is not None and before.via_parent and "Mette Kjær Andersen" in before.names
    nordlys = org_named(db, "Nordlys")  # set up: its owner
    after = console.controller.read(lambda conn: queries.notification_recipients(conn, nordlys.id))
    assert after is not None and not after.via_parent and after.names == ("Sofie Nørgaard",)

    console.window.reveal(waiting.id)
    detail = console.window.detail
    label = detail.contact.values[detail.tr("Notifications to")]
    qtbot.waitUntil(lambda: "until it is set up" in label.text(), timeout=10_000)
    assert hub.id != waiting.id
