"""Console sessions against the real server: expiry and refresh, resume, sign-out."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest
from conftest import LiveServer, start_server

from hubdesk.server.db import Database
from hubdesk.services import session as sessions
from hubdesk.services.accounts import AccountBook
from hubdesk.services.errors import AuthFailed
from hubdesk.services.tokens import MemoryTokenStore

SUPPORT = ("support@hubdesk.example", "hubdesk-demo")


@pytest.fixture
def short_lived(demo_db: Database) -> Iterator[LiveServer]:
    server = start_server(demo_db, access_ttl_seconds=1)
    yield server
    server.stop()


def test_an_expired_access_token_is_refreshed_and_the_new_refresh_token_kept(
    short_lived: LiveServer,
) -> None:
    tokens, book = MemoryTokenStore(), AccountBook()

    async def scenario() -> tuple[str, str]:
        session = await sessions.sign_in(short_lived.url, *SUPPORT, None, book=book, tokens=tokens)
        first = tokens.get(session.account.key)
        assert first is not None
        await asyncio.sleep(1.2)  # the access token (1 s) has expired
        result = await session.puller.pull()
        assert result.rows > 0
        second = tokens.get(session.account.key)
        assert second is not None
        await session.close()
        return first, second

    first, second = asyncio.run(scenario())
    assert first != second  # rotated, and the rotated one is what the store keeps
    old = httpx.post(f"{short_lived.api}/auth/refresh", json={"refresh_token": first})
    assert old.status_code == 401


def test_resume_signs_in_without_a_password_and_sign_out_forgets(live_server: LiveServer) -> None:
    tokens, book = MemoryTokenStore(), AccountBook()

    async def scenario() -> None:
        signed = await sessions.sign_in(live_server.url, *SUPPORT, None, book=book, tokens=tokens)
        account = signed.account
        await signed.close()
        resumed = await sessions.resume(account, book=book, tokens=tokens)
        assert resumed.online and resumed.me is not None
        assert resumed.me.person.email == SUPPORT[0]
        refresh = tokens.get(account.key)
        await sessions.sign_out(resumed, book=book, tokens=tokens)
        assert tokens.get(account.key) is None
        assert book.find(account.key) is None
        dead = httpx.post(f"{live_server.api}/auth/refresh", json={"refresh_token": refresh})
        assert dead.status_code == 401
        with pytest.raises(AuthFailed):
            await sessions.resume(account, book=book, tokens=tokens)

    asyncio.run(scenario())


def test_resume_with_the_server_away_opens_the_cache_offline(live_server: LiveServer) -> None:
    tokens, book = MemoryTokenStore(), AccountBook()

    async def scenario() -> None:
        signed = await sessions.sign_in(live_server.url, *SUPPORT, None, book=book, tokens=tokens)
        await signed.puller.pull()
        account = signed.account
        await signed.close()
        live_server.stop()
        started = time.monotonic()
        offline = await sessions.resume(account, book=book, tokens=tokens)
        assert time.monotonic() - started < 10
        assert not offline.online and offline.notes
        assert offline.cache.cursor() is not None
        with offline.cache.reading() as conn:
            count = conn.exec_driver_sql("select count(*) from organisations").scalar()
        assert count and count > 50
        await offline.close()

    asyncio.run(scenario())
