"""A person's own security on the real server: the consoles signed in as them (sign one
out, sign out all the others) and 2-step sign-in (on with a code from the app, off with
the password and a code). Every change is audited with the address and device it came
from; a "log in as" session changes none of it."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pyotp
from conftest import LiveServer, Pusher, org_named
from sqlalchemy import select

from hubdesk.models.activity import AuditEvent
from hubdesk.models.orgs import Person

METTE = "mette.kjaer@havnehuset.dk"
SOFIE = "sofie@nordlys-arkitekter.dk"
PASSWORD = "hubdesk-demo"


def _login(server: LiveServer, email: str, device: str, code: str | None = None) -> Any:
    body = {"email": email, "password": PASSWORD} | ({"totp_code": code} if code else {})
    return httpx.post(f"{server.api}/auth/login", json=body, headers={"User-Agent": device})


def _auth(tokens: Any, device: str = "test") -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}", "User-Agent": device}


def _events(server: LiveServer, action: str) -> list[AuditEvent]:
    with server.db.reading() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_sessions_are_listed_and_signed_out(live_server: LiveServer) -> None:
    api = live_server.api
    laptop = _login(live_server, METTE, "hubdesk console on a laptop").json()
    desktop = _login(live_server, METTE, "hubdesk console on a desktop").json()
    phone = _login(live_server, METTE, "hubdesk console on a phone").json()
    other = _login(live_server, SOFIE, "Sofie's console").json()
    listed = httpx.get(f"{api}/me/sessions", headers=_auth(laptop)).json()["sessions"]
    devices = {s["device"]: s["current"] for s in listed}
    assert devices["hubdesk console on a laptop"] is True
    assert {"hubdesk console on a desktop", "hubdesk console on a phone"} <= set(devices)
    assert "Sofie's console" not in devices
    # one signed out by its id: its tokens stop working at once
    phone_id = next(s["id"] for s in listed if s["device"] == "hubdesk console on a phone")
    done = httpx.post(f"{api}/me/sessions/{phone_id}/revoke", headers=_auth(laptop, "laptop"))
    assert done.status_code == 200 and done.json() == {"revoked": 1}
    assert httpx.get(f"{api}/me", headers=_auth(phone)).status_code == 401
    # someone else's session is no session of mine
    theirs = httpx.get(f"{api}/me/sessions", headers=_auth(other)).json()["sessions"][0]["id"]
    refused = httpx.post(f"{api}/me/sessions/{theirs}/revoke", headers=_auth(laptop))
    assert refused.status_code == 404
    assert httpx.get(f"{api}/me", headers=_auth(other)).status_code == 200
    # all the others: the desktop's access and refresh tokens both end
    others = httpx.post(f"{api}/me/sessions/revoke-others", headers=_auth(laptop, "laptop"))
    assert others.json()["revoked"] >= 1
    assert httpx.get(f"{api}/me", headers=_auth(desktop)).status_code == 401
    refresh = httpx.post(f"{api}/auth/refresh", json={"refresh_token": desktop["refresh_token"]})
    assert refresh.status_code == 401
    assert httpx.get(f"{api}/me", headers=_auth(laptop)).status_code == 200
    (one,) = _events(live_server, "auth.session_revoke")
    (everyone,) = _events(live_server, "auth.tokens_revoke")
    assert one.after is not None and one.after["device"] == "hubdesk console on a phone"
    for event in (one, everyone):
        assert event.ip == "127.0.0.1" and event.device == "laptop"
        assert event.actor_name.startswith("Mette")


def _step_start() -> None:
    """Start well inside a 30 s step: the codes below are of the previous, the current
    and the next step (the server accepts ±1, each once, in order)."""
    left = 30 - time.time() % 30
    if left < 5:
        time.sleep(left + 0.5)


def test_two_step_sign_in_on_and_off(live_server: LiveServer) -> None:
    api = live_server.api
    tokens = _login(live_server, SOFIE, "console").json()
    headers = _auth(tokens, "console")
    setup = httpx.post(f"{api}/me/two-step/start", headers=headers).json()
    totp = pyotp.TOTP(setup["secret"])
    assert setup["uri"].startswith("otpauth://totp/hubdesk:") and "secret=" in setup["uri"]
    _step_start()
    now = time.time()
    wrong = httpx.post(f"{api}/me/two-step/enable", headers=headers, json={"code": "000000"})
    assert wrong.status_code == 422 and wrong.json()["code"] == "totp_invalid"
    bad = httpx.post(f"{api}/me/two-step/enable", headers=headers, json={"code": "12ab"})
    assert bad.status_code == 422
    on = httpx.post(f"{api}/me/two-step/enable", headers=headers, json={"code": totp.at(now - 30)})
    assert on.status_code == 204
    with live_server.db.reading() as s:
        assert s.scalar(select(Person.totp_enabled).where(Person.email == SOFIE)) is True
    again = httpx.post(f"{api}/me/two-step/start", headers=headers)
    assert again.status_code == 409
    # signing in now asks for a code
    assert _login(live_server, SOFIE, "x").json()["code"] == "totp_required"
    assert _login(live_server, SOFIE, "x", totp.at(now)).status_code == 200
    # off: the password and a code, both
    off_wrong = httpx.post(
        f"{api}/me/two-step/disable",
        headers=headers,
        json={"password": "not it", "code": totp.at(now + 30)},
    )
    assert off_wrong.status_code == 403
    off = httpx.post(
        f"{api}/me/two-step/disable",
        headers=headers,
        json={"password": PASSWORD, "code": totp.at(now + 30)},
    )
    assert off.status_code == 204, off.text
    assert _login(live_server, SOFIE, "x").status_code == 200
    for action in ("auth.totp_enable", "auth.totp_disable_failed", "auth.totp_disable"):
        (event,) = [e for e in _events(live_server, action) if e.actor_name.startswith("Sofie")]
        assert event.device == "console" and event.ip == "127.0.0.1", action


def test_a_log_in_as_session_changes_no_security(live_server: LiveServer) -> None:
    nordlys = org_named(live_server.db, "Nordlys")
    mette = Pusher(live_server, METTE)
    answer = mette.http.post("/auth/impersonate", json={"org_id": nordlys.id})
    assert answer.status_code == 200, answer.text
    as_sofie = {"Authorization": f"Bearer {answer.json()['tokens']['access_token']}"}
    api = live_server.api
    for method, path in (
        ("GET", "/me/sessions"),
        ("POST", "/me/sessions/revoke-others"),
        ("POST", "/me/two-step/start"),
    ):
        refused = httpx.request(method, f"{api}{path}", headers=as_sofie)
        assert refused.status_code == 403, path
    assert _events(live_server, "auth.tokens_revoke") == []
