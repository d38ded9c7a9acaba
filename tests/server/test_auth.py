"""Sign-in over the real server: passwords, RFC 6238 2-step codes, token rotation."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pyotp
import pytest
from conftest import LiveServer, PersonSpec, add_person, start_server
from sqlalchemy import select

from hubdesk.models import AuditEvent
from hubdesk.server.bootstrap import PLATFORM_ID
from hubdesk.server.db import Database

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture
def server(bare_db: Database) -> Iterator[LiveServer]:
    live = start_server(bare_db, demo=False, access_ttl_seconds=2)
    yield live
    live.stop()


@pytest.fixture
def person(bare_db: Database) -> PersonSpec:
    return add_person(bare_db, "ida@hub.example", org_id=PLATFORM_ID)


@pytest.fixture
def totp_person(bare_db: Database) -> PersonSpec:
    return add_person(bare_db, "otto@hub.example", org_id=PLATFORM_ID, totp_secret=SECRET)


def login(server: LiveServer, email: str, password: str, code: str | None = None) -> httpx.Response:
    body = {"email": email, "password": password} | ({"totp_code": code} if code else {})
    return httpx.post(f"{server.api}/auth/login", json=body)


def code_at(offset_steps: int) -> str:
    return pyotp.TOTP(SECRET).at(time.time() + offset_steps * 30)


def away_from_step_edge() -> None:
    """Start at least 3 s before a 30 s step ends, so "±N steps" still holds at the server."""
    left = 30 - time.time() % 30
    if left < 3:
        time.sleep(left + 0.05)


def test_password_sign_in_and_me(server: LiveServer, person: PersonSpec) -> None:
    response = login(server, person.email.upper(), person.password)
    assert response.status_code == 200, response.text
    pair = response.json()
    assert pair["person"]["email"] == person.email
    me = httpx.get(f"{server.api}/me", headers={"Authorization": f"Bearer {pair['access_token']}"})
    assert me.status_code == 200
    assert me.json()["grants"][0]["org_id"] == PLATFORM_ID
    assert "password" not in response.text.lower().replace('"password"', "")


def test_wrong_password_is_refused_and_audited(server: LiveServer, person: PersonSpec) -> None:
    response = login(server, person.email, "wrong")
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_credentials"
    unknown = login(server, "nobody@hub.example", "wrong")
    assert unknown.status_code == 401
    assert unknown.json() == response.json()  # no hint which accounts exist
    with server.db.reading() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert actions.count("auth.sign_in_failed") == 2


@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_totp_within_one_step_is_accepted(
    server: LiveServer, totp_person: PersonSpec, offset: int
) -> None:
    first = login(server, totp_person.email, totp_person.password)
    assert first.status_code == 401 and first.json()["code"] == "totp_required"
    away_from_step_edge()
    response = login(server, totp_person.email, totp_person.password, code_at(offset))
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("offset", [-2, 2])
def test_totp_two_steps_away_is_refused(
    server: LiveServer, totp_person: PersonSpec, offset: int
) -> None:
    away_from_step_edge()
    code = code_at(offset)
    if code in {code_at(-1), code_at(0), code_at(1)}:
        pytest.skip("the code happens to repeat within the window")
    response = login(server, totp_person.email, totp_person.password, code)
    assert response.status_code == 401
    assert response.json()["code"] == "totp_invalid"


def test_a_totp_code_is_never_accepted_twice(server: LiveServer, totp_person: PersonSpec) -> None:
    away_from_step_edge()
    code = code_at(0)
    assert login(server, totp_person.email, totp_person.password, code).status_code == 200
    replay = login(server, totp_person.email, totp_person.password, code)
    assert replay.status_code == 401
    assert replay.json()["code"] == "totp_invalid"
    # an older step than the one used is refused too
    older = login(server, totp_person.email, totp_person.password, code_at(-1))
    assert older.status_code == 401


def test_refresh_rotates_and_a_reused_token_ends_the_session(
    server: LiveServer, person: PersonSpec
) -> None:
    pair = login(server, person.email, person.password).json()
    rotated = httpx.post(
        f"{server.api}/auth/refresh", json={"refresh_token": pair["refresh_token"]}
    )
    assert rotated.status_code == 200
    new = rotated.json()
    assert new["refresh_token"] != pair["refresh_token"]
    reuse = httpx.post(f"{server.api}/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert reuse.status_code == 401
    # the theft detection ended the whole session: the new token is dead as well
    after = httpx.post(f"{server.api}/auth/refresh", json={"refresh_token": new["refresh_token"]})
    assert after.status_code == 401


def test_access_tokens_expire_and_sign_out_revokes(server: LiveServer, person: PersonSpec) -> None:
    pair = login(server, person.email, person.password).json()
    headers = {"Authorization": f"Bearer {pair['access_token']}"}
    assert httpx.post(f"{server.api}/auth/logout", headers=headers).status_code == 204
    assert httpx.get(f"{server.api}/me", headers=headers).json()["code"] == "session_ended"
    dead = httpx.post(f"{server.api}/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert dead.status_code == 401
    fresh = login(server, person.email, person.password).json()
    time.sleep(2.1)  # access_ttl_seconds=2 on this server
    expired = httpx.get(
        f"{server.api}/me", headers={"Authorization": f"Bearer {fresh['access_token']}"}
    )
    assert expired.status_code == 401 and expired.json()["code"] == "token_expired"


def test_repeated_failures_lock_the_account(bare_db: Database, person: PersonSpec) -> None:
    live = start_server(bare_db, demo=False, max_failed_sign_ins=3)
    try:
        for _ in range(3):
            assert login(live, person.email, "wrong").status_code == 401
        locked = login(live, person.email, person.password)
        assert locked.status_code == 401 and locked.json()["code"] == "locked"
        # an address without an account locks the same way: no hint which ones exist
        for _ in range(3):
            assert login(live, "nobody@hub.example", "wrong").status_code == 401
        assert login(live, "nobody@hub.example", "wrong").json() == locked.json()
    finally:
        live.stop()


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"email": "a@b.c"},
        {"email": "a@b.c", "password": "x", "totp_code": "12ab56"},
        {"email": "a@b.c", "password": "x", "extra": 1},
        {"email": 5, "password": ["x"]},
    ],
)
def test_malformed_sign_in_requests_get_clear_errors(
    server: LiveServer, body: dict[str, object]
) -> None:
    response = httpx.post(f"{server.api}/auth/login", json=body)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_request"
    assert response.json()["detail"]


def test_oversized_and_non_json_bodies(server: LiveServer) -> None:
    big = httpx.post(f"{server.api}/auth/login", content=b"x" * 2_000_000)
    assert big.status_code == 413
    junk = httpx.post(
        f"{server.api}/auth/login",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert junk.status_code == 422


def test_a_chunked_body_over_the_limit_is_refused(server: LiveServer) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b'{"email": "' + b"a" * 100_000

    response = httpx.post(
        f"{server.api}/auth/login", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
