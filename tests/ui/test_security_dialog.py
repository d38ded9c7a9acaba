"""File › Security… on screen against the real server: the consoles signed in as the
person (another one signed out), 2-step sign-in turned on with a code from the app
(the QR code shown) and off again with the password and a code."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pyotp
from conftest import LiveServer
from sqlalchemy import select
from test_console import signed_in_console
from test_writes import QUIET

from hubdesk.models.orgs import Person
from hubdesk.ui.widgets.security import SecurityDialog, code_of

SOFIE = ("sofie@nordlys-arkitekter.dk", "hubdesk-demo")


def _totp_on(server: LiveServer) -> bool:
    with server.db.reading() as s:
        return bool(s.scalar(select(Person.totp_enabled).where(Person.email == SOFIE[0])))


def test_sessions_and_two_step_sign_in(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    other = httpx.post(
        f"{live_server.api}/auth/login",
        json={"email": SOFIE[0], "password": SOFIE[1]},
        headers={"User-Agent": "Sofie's other console"},
    ).json()
    console = signed_in_console(qtbot, make_console, live_server, SOFIE, timing=QUIET)
    window = console.window
    assert window.security_action.isEnabled()
    dialog = window.show_security()
    assert isinstance(dialog, SecurityDialog)
    qtbot.waitUntil(lambda: dialog.sessions.rowCount() >= 2 and not dialog.busy, timeout=10_000)
    qtmodeltester.check(dialog.sessions)
    assert "Off" in dialog.state.text()
    rows = dialog.sessions.rows()
    assert sum(r.current for r in rows) == 1
    # the other console signed out
    theirs = next(r for r in range(len(rows)) if rows[r].device == "Sofie's other console")
    dialog.table.selectRow(theirs)
    assert dialog.sign_out.isEnabled()
    dialog.sign_out.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.sessions.rowCount() == len(rows) - 1)
    gone = httpx.get(
        f"{live_server.api}/me", headers={"Authorization": f"Bearer {other['access_token']}"}
    )
    assert gone.status_code == 401

    # 2-step sign-in on: the QR code and the key, then a code from the app
    left = 30 - time.time() % 30
    if left < 5:
        time.sleep(left + 0.5)
    dialog.toggle.click()
    qtbot.waitUntil(lambda: dialog.setup is not None and not dialog.busy, timeout=10_000)
    assert dialog.setup is not None
    assert not dialog.qr.pixmap().isNull() and dialog.qr.pixmap().width() >= 100
    assert dialog.setup.secret[:4] in dialog.key.text()
    totp = pyotp.TOTP(dialog.setup.secret)
    now = time.time()
    qtbot.keyClicks(dialog.code, "12345")
    dialog.confirm.click()
    assert dialog.problem.isVisible()  # five digits are not a code
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "000 000")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.problem.isVisible() and not _totp_on(live_server)
    dialog.grab().save("/tmp/hubdesk-security-setup.png")
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, totp.at(now))
    dialog.confirm.click()
    qtbot.waitUntil(lambda: dialog.two_step_on and not dialog.busy, timeout=10_000)
    assert _totp_on(live_server) and "On" in dialog.state.text()
    assert not dialog.steps.isVisible()

    # and off again: the password and a (newer) code
    dialog.toggle.click()
    assert dialog.password.isVisible()
    qtbot.keyClicks(dialog.password, SOFIE[1])
    qtbot.keyClicks(dialog.code, totp.at(now + 30))
    dialog.confirm.click()
    qtbot.waitUntil(lambda: not dialog.two_step_on and not dialog.busy, timeout=10_000)
    assert not _totp_on(live_server)
    dialog.grab().save("/tmp/hubdesk-security.png")


def test_a_code_is_six_digits() -> None:
    assert code_of("123 456") == "123456"
    assert code_of(" 123456 ") == "123456"
    assert code_of("12345") is None
    assert code_of("12345a") is None
    assert code_of("1234567") is None
