"""Sign-in under concurrent requests, on PostgreSQL (several connections really at once)."""

from __future__ import annotations

import concurrent.futures
import time
from collections.abc import Iterator

import httpx
import pyotp
import pytest
from conftest import LiveServer, add_person, start_server
from sqlalchemy import select

from hubdesk.models import AuditEvent
from hubdesk.models.server_only import AuthSession, SignInThrottle
from hubdesk.server.bootstrap import PLATFORM_ID
from hubdesk.server.db import Database
from hubdesk.server.security import digest

pytestmark = pytest.mark.postgres
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
N = 8


@pytest.fixture
def server(pg_bare_db: Database) -> Iterator[LiveServer]:
    live = start_server(pg_bare_db, demo=False, max_failed_sign_ins=5)
    yield live
    live.stop()


def at_once(fn, n: int = N) -> list[httpx.Response]:  # type: ignore[no-untyped-def]
    with concurrent.futures.ThreadPoolExecutor(n) as pool:
        return list(pool.map(lambda _i: fn(), range(n)))


def test_one_totp_code_signs_in_once_even_when_sent_eight_times_at_once(
    server: LiveServer, pg_bare_db: Database
) -> None:
    person = add_person(pg_bare_db, "otto@hub.example", org_id=PLATFORM_ID, totp_secret=SECRET)
    if 30 - time.time() % 30 < 4:
        time.sleep(30 - time.time() % 30 + 0.05)
    code = pyotp.TOTP(SECRET).now()
    body = {"email": person.email, "password": person.password, "totp_code": code}
    answers = at_once(lambda: httpx.post(f"{server.api}/auth/login", json=body, timeout=30))
    assert sorted(r.status_code for r in answers) == [200] + [401] * (N - 1)


def test_concurrent_failures_are_all_counted(server: LiveServer, pg_bare_db: Database) -> None:
    person = add_person(pg_bare_db, "ida@hub.example", org_id=PLATFORM_ID)
    body = {"email": person.email, "password": "wrong"}
    at_once(lambda: httpx.post(f"{server.api}/auth/login", json=body, timeout=30), n=4)
    with pg_bare_db.reading() as session:
        throttle = session.get(SignInThrottle, digest(person.email))
        assert throttle is not None and throttle.failures == 4


def test_a_refresh_token_presented_twice_at_once_ends_the_session(
    server: LiveServer, pg_bare_db: Database
) -> None:
    person = add_person(pg_bare_db, "ida@hub.example", org_id=PLATFORM_ID)
    pair = httpx.post(
        f"{server.api}/auth/login", json={"email": person.email, "password": person.password}
    ).json()
    body = {"refresh_token": pair["refresh_token"]}
    answers = at_once(lambda: httpx.post(f"{server.api}/auth/refresh", json=body, timeout=30))
    assert sum(r.status_code == 200 for r in answers) <= 1
    with pg_bare_db.reading() as session:
        sessions = session.scalars(
            select(AuthSession).where(AuthSession.person_id == person.id)
        ).all()
        assert all(s.revoked_at is not None for s in sessions)
        reuse = session.scalars(
            select(AuditEvent.action).where(AuditEvent.action == "auth.refresh_reuse")
        ).all()
        assert reuse
