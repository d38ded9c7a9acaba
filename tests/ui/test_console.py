"""The console on screen (offscreen Qt) against the real server on loopback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyotp
import pytest
from conftest import CannedServer, LiveServer
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from hubdesk.models import Organisation
from hubdesk.services.tokens import MemoryTokenStore
from hubdesk.ui.app import Console, Options
from hubdesk.ui.models.org_tree import ORG_ID_ROLE

SUPPORT = ("support@hubdesk.example", "hubdesk-demo")
TOTP_EMAIL = "eszter.kovacs@aranyhaj.hu"
TOTP_SECRET = "HUBDESKDEMOSALONOWNER2STEP234567"


def sign_in(
    qtbot: Any, console: Console, email: str, password: str, code: str | None = None
) -> None:
    qtbot.waitUntil(
        lambda: console.sign_in_dialog is not None and console.sign_in_dialog.isVisible()
    )
    dialog = console.sign_in_dialog
    assert dialog is not None
    dialog.email.setText(email)
    dialog.password.setText(password)
    if code is not None:
        dialog.code.setText(code)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def wait_synced(qtbot: Any, console: Console) -> None:
    c = console.controller
    qtbot.waitUntil(
        lambda: c.session is not None and not c.syncing and c.last_sync() is not None,
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: console.window.tree_model.rowCount() > 0, timeout=10_000)


def signed_in_console(
    qtbot: Any,
    make_console: Any,
    server: LiveServer,
    who: tuple[str, str] = SUPPORT,
    **options: Any,
) -> Console:
    """A console on screen, signed in as ``who`` and synced (``options``: of the console)."""
    console = make_console(Options(server=server.url, **options))
    console.window.show()
    console.start()
    sign_in(qtbot, console, *who)
    wait_synced(qtbot, console)
    return console


def test_sign_in_shows_the_demo_tree_and_details(
    qtbot: Any, make_console: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, make_console, live_server)
    window = console.window
    model = window.tree_model
    root = model.index(0, 0)
    assert root.data() == "hubdesk platform"
    qtbot.waitUntil(lambda: window.tree.isExpanded(root))
    names = {model.index(r, 0, root).data() for r in range(model.rowCount(root))}
    assert {
        "Havnehuset Kontorhotel",
        "Aurelia Automobile Deutschland",
        "CyberNord Compliance",
    } <= names
    with live_server.db.reading() as session:
        top_level = session.scalar(select(func.count()).where(Organisation.depth == 1))
    assert model.rowCount(root) == top_level
    qtbot.waitUntil(lambda: window.detail.org_id is not None)
    assert window.detail.title.text() == "hubdesk platform"
    assert "Online" in window.status.connection.text()
    assert "Synced" in window.status.synced.text()
    window.grab().save(str(tmp_path / "console.png"))


def test_the_filter_finds_a_deep_organisation_and_reveals_it(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    console = signed_in_console(qtbot, make_console, live_server)
    window = console.window
    with live_server.db.reading() as session:
        orgs = session.scalars(
            select(Organisation).order_by(Organisation.depth.desc(), Organisation.name)
        ).all()
    folded = [o.name_fold for o in orgs]

    def typed(org: Organisation) -> str:  # the part after the dash, typed without accents
        return org.name_fold.rsplit("– ", 1)[-1]

    deep = next(o for o in orgs if typed(o).isascii() and sum(typed(o) in f for f in folded) == 1)
    assert deep.depth >= 3, deep.name
    window.search.setFocus()
    qtbot.keyClicks(window.search, typed(deep))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tree.currentIndex().data(ORG_ID_ROLE) == deep.id, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.title.text() == deep.name, timeout=10_000)
    index = window.tree.currentIndex()
    while index.parent().isValid():
        assert window.tree.isExpanded(index.parent())
        index = index.parent()
    contact = window.detail.contact.values[window.detail.tr("Contact person")].text()
    assert contact == (deep.contact_name or "—")


def test_wrong_password_gives_a_clear_message(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    console = make_console(Options(server=live_server.url))
    console.start()
    sign_in(qtbot, console, SUPPORT[0], "not the password")
    dialog = console.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "email or password is wrong" in dialog.error.text()
    assert dialog.isVisible() and console.controller.session is None


def test_two_step_prompt_then_wrong_then_right_code(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    console = make_console(Options(server=live_server.url))
    console.start()
    sign_in(qtbot, console, TOTP_EMAIL, "hubdesk-demo")
    dialog = console.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.code.isVisible())
    assert "6-digit code" in dialog.error.text()
    good = pyotp.TOTP(TOTP_SECRET).now()
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    dialog.code.setText(wrong)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong or was used" in dialog.error.text())
    dialog.code.setText(good)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_synced(qtbot, console)
    assert console.controller.session is not None
    assert console.controller.session.account.email == TOTP_EMAIL


def test_an_unreachable_server_gives_a_clear_message(qtbot: Any, make_console: Any) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    console = make_console(Options(server=f"http://127.0.0.1:{port}"))
    console.start()
    sign_in(qtbot, console, *SUPPORT)
    dialog = console.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Cannot reach the server" in dialog.error.text()
    assert dialog.ok.isEnabled()


@pytest.mark.parametrize(
    "body", [b"<html>502 Bad Gateway</html>", b'{"access_token": 1}', b"\x00\xff" * 50]
)
def test_a_server_answering_garbage_gives_a_clear_message(
    qtbot: Any, make_console: Any, canned_server: CannedServer, body: bytes
) -> None:
    canned_server.answer("/api/v1/auth/login", 200, body)
    console = make_console(Options(server=canned_server.url))
    console.start()
    sign_in(qtbot, console, *SUPPORT)
    dialog = console.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "cannot use; nothing was changed" in dialog.error.text()
    assert console.controller.session is None


def test_offline_start_reads_the_cache(
    qtbot: Any, make_console: Any, live_server: LiveServer, test_keyring: Any
) -> None:
    from hubdesk.services.tokens import default_token_store

    tokens = default_token_store()
    assert tokens.secure
    first = make_console(Options(server=live_server.url), tokens)
    first.start()
    sign_in(qtbot, first, *SUPPORT)
    wait_synced(qtbot, first)
    loaded = first.window.tree_model.loaded_count()
    live_server.stop()
    second = make_console(Options(server=live_server.url), default_token_store())
    second.window.show()
    second.start()
    qtbot.waitUntil(lambda: second.controller.session is not None, timeout=15_000)
    qtbot.waitUntil(lambda: second.window.tree_model.rowCount() > 0, timeout=10_000)
    assert second.sign_in_dialog is None  # no password asked
    qtbot.waitUntil(lambda: "Offline" in second.window.status.connection.text(), timeout=15_000)
    assert second.window.tree_model.loaded_count() >= 1 and loaded >= 1


def test_switching_accounts_without_signing_in_again(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    console = signed_in_console(qtbot, make_console, live_server)
    support = console.controller.session
    assert support is not None
    dialog = console.ask_sign_in()
    sign_in(qtbot, console, "sofie@nordlys-arkitekter.dk", "hubdesk-demo")
    qtbot.waitUntil(lambda: console.controller.session is not support, timeout=15_000)
    wait_synced(qtbot, console)
    model = console.window.tree_model
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "Nordlys Arkitekter ApS")
    assert model.rowCount() == 1
    assert not dialog.isVisible()
    console.window.switcher.rebuild()
    actions = [a for a in console.window.switcher.menu_.actions() if a.isCheckable()]
    assert len(actions) == 2
    target = next(a for a in actions if not a.isChecked())
    target.trigger()
    qtbot.waitUntil(lambda: console.controller.session is support, timeout=10_000)
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "hubdesk platform")


def test_window_geometry_and_splitter_are_restored(qtbot: Any, make_console: Any) -> None:
    first = make_console()
    first.window.resize(701, 523)  # inside the offscreen platform's 800×800 screen
    first.window.splitter.setSizes([250, 451])
    first.window.show()
    sizes = first.window.splitter.sizes()
    first.window.close()
    second = make_console()
    second.window.show()
    assert (second.window.width(), second.window.height()) == (701, 523)
    assert second.window.splitter.sizes() == sizes


def test_no_keyring_is_said_plainly(qtbot: Any, make_console: Any) -> None:
    console = make_console(tokens=MemoryTokenStore())
    assert not console.tokens.secure
    assert "No secure keyring" in console.tokens.description


def test_sign_out_returns_to_the_sign_in_dialog(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    console = signed_in_console(qtbot, make_console, live_server)
    first_dialog = console.sign_in_dialog
    console.window.sign_out()
    qtbot.waitUntil(lambda: console.controller.session is None, timeout=10_000)
    qtbot.waitUntil(
        lambda: console.sign_in_dialog is not first_dialog and console.sign_in_dialog.isVisible()
    )
    assert console.window.tree_model.rowCount() == 0
    assert console.book.all() == []
    assert "Not signed in" in console.window.status.connection.text()


def test_a_person_in_several_top_level_organisations_switches_between_them(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    freja = ("freja@lundregnskab.dk", "hubdesk-demo")  # accountant of two hubs
    console = signed_in_console(qtbot, make_console, live_server, freja)
    window, model = console.window, console.window.tree_model
    assert model.rowCount() >= 2
    roots = {model.index(r, 0).data() for r in range(model.rowCount())}
    switcher = window.switcher
    switcher.rebuild()
    entries = {a.text(): a for a in switcher.menu_.actions() if a.isCheckable()}
    assert "All organisations" in entries and entries["All organisations"].isChecked()
    chosen = next(name for name in sorted(roots) if name in entries)
    entries[chosen].trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 0).data() == chosen)
    assert chosen in switcher.text()
    qtbot.waitUntil(lambda: window.detail.org_id is not None)
    switcher.rebuild()
    entries = {a.text(): a for a in switcher.menu_.actions() if a.isCheckable()}
    assert entries[chosen].isChecked()
    entries["All organisations"].trigger()
    qtbot.waitUntil(lambda: model.rowCount() == len(roots))
