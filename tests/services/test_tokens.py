"""Refresh tokens: only in a secure OS keyring (or memory), never in a file of ours."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import keyring
import keyring.errors
import pytest
from conftest import LiveServer, MemoryKeyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.compat import properties
from sqlalchemy import select

from hubdesk.models.server_only import AuthSession
from hubdesk.server.security import digest
from hubdesk.services.accounts import Account, AccountBook, config_dir
from hubdesk.services.errors import AuthFailed
from hubdesk.services.session import resume, sign_in, sign_out
from hubdesk.services.tokens import (
    SERVICE,
    KeyringTokenStore,
    MemoryTokenStore,
    default_token_store,
    is_secure,
)

SUPPORT = "support@hubdesk.example"
PASSWORD = "hubdesk-demo"


# -- stand-in keyring backends ---------------------------------------------------------------


@dataclass
class Fakes:
    plaintext: type[KeyringBackend]  # looks like keyrings.alt's file backends
    unavailable: type[KeyringBackend]  # a backend that cannot run here
    locked: type[KeyringBackend]  # a keyring that refuses every secret


@pytest.fixture
def fakes() -> Iterator[Fakes]:
    """Backend classes defined after keyring chose its default, removed afterwards.

    keyring registers every KeyringBackend subclass for its backend discovery; these
    must never be picked as anyone's default keyring.
    """
    keyring.get_keyring()

    class PlaintextKeyring(MemoryKeyring):
        __module__ = "keyrings.alt.file"
        priority = 1.5  # type: ignore[assignment]  # keyrings.alt ranks itself like this

    class Unavailable(MemoryKeyring):
        @properties.classproperty
        def priority(cls) -> float:
            raise RuntimeError("no D-Bus session bus")

    class Locked(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("the keyring is locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("the keyring is locked")

        def delete_password(self, service: str, username: str) -> None:
            raise keyring.errors.PasswordDeleteError("the keyring is locked")

    yield Fakes(PlaintextKeyring, Unavailable, Locked)
    for cls in (PlaintextKeyring, Unavailable, Locked):
        KeyringBackend._classes.discard(cls)  # type: ignore[attr-defined]


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


# -- which keyrings are secure -----------------------------------------------------------------


def test_placeholder_backends_are_not_secure() -> None:
    assert not is_secure(fail.Keyring())
    assert not is_secure(null.Keyring())


def test_file_backends_are_not_secure(fakes: Fakes) -> None:
    backend = fakes.plaintext()
    assert backend.priority > 0  # it would run, and keyring would happily use it
    assert not is_secure(backend)


def test_a_backend_that_cannot_run_here_is_not_secure(fakes: Fakes) -> None:
    assert not is_secure(fakes.unavailable())


def test_a_chainer_is_as_secure_as_what_it_chains(
    fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not is_secure(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), MemoryKeyring()])
    assert is_secure(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), fakes.plaintext()])
    assert not is_secure(chainer.ChainerBackend())


def test_the_test_keyring_is_secure(test_keyring: MemoryKeyring) -> None:
    assert is_secure(test_keyring)


# -- the token store the console picks --------------------------------------------------------


@pytest.mark.usefixtures("restore_keyring")
@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_without_a_secure_keyring_tokens_stay_in_memory(backend: type[KeyringBackend]) -> None:
    keyring.set_keyring(backend())
    store = default_token_store()
    assert isinstance(store, MemoryTokenStore)
    assert store.secure is False
    assert "No secure keyring" in store.description
    store.put("acct", "r-token")
    assert store.get("acct") == "r-token"
    store.forget("acct")
    assert store.get("acct") is None


@pytest.mark.usefixtures("restore_keyring")
def test_a_file_keyring_is_not_used(fakes: Fakes) -> None:
    backend = fakes.plaintext()
    keyring.set_keyring(backend)
    store = default_token_store()
    store.put("acct", "r-token")
    assert isinstance(store, MemoryTokenStore)
    assert backend.secrets == {}  # type: ignore[attr-defined]


def test_with_a_secure_keyring_tokens_go_into_it(test_keyring: MemoryKeyring) -> None:
    store = default_token_store()
    assert isinstance(store, KeyringTokenStore)
    assert store.secure is True
    assert test_keyring.name in store.description

    store.put("acct", "r-token")
    assert test_keyring.secrets == {(SERVICE, "acct"): "r-token"}
    assert store.get("acct") == "r-token"
    store.put("acct", "r-token-2")  # a rotated token replaces the old one
    assert test_keyring.secrets == {(SERVICE, "acct"): "r-token-2"}
    store.forget("acct")
    assert test_keyring.secrets == {}
    assert store.get("acct") is None
    store.forget("acct")  # forgetting twice is fine


def test_a_locked_keyring_keeps_the_token_for_this_run_only(fakes: Fakes) -> None:
    store = KeyringTokenStore(fakes.locked())
    store.put("acct", "r-token")
    assert store.get("acct") == "r-token"
    assert KeyringTokenStore(fakes.locked()).get("acct") is None  # not kept anywhere else
    store.forget("acct")
    assert store.get("acct") is None


# -- accounts.json ---------------------------------------------------------------------------------


def account(n: int) -> Account:
    return Account(f"https://hub{n}.example", f"person-{n}", f"p{n}@example.com", f"Person {n}")


def test_the_account_book_remembers_most_recent_first(hubdesk_home: Path) -> None:
    book = AccountBook()
    assert book.path == config_dir() / "accounts.json"
    assert book.path.is_relative_to(hubdesk_home)
    assert book.all() == []
    first, second = book.remember(account(1)), book.remember(account(2))
    assert first.last_used and second.last_used >= first.last_used
    assert [a.key for a in book.all()] == [second.key, first.key]
    again = book.remember(account(1))
    assert [a.key for a in book.all()] == [again.key, second.key]  # moved, not duplicated
    assert [a.key for a in AccountBook().all()] == [again.key, second.key]  # saved
    assert book.find(second.key) == second

    book.forget(again.key)
    assert [a.key for a in AccountBook().all()] == [second.key]
    assert book.find(again.key) is None


def test_the_account_book_replaces_its_file_atomically() -> None:
    book = AccountBook()
    book.remember(account(1))
    before = os.stat(book.path)
    book.remember(account(2))
    after = os.stat(book.path)
    # written to a temporary file, then renamed over the old one: never half-written
    assert after.st_ino != before.st_ino
    assert [p.name for p in book.path.parent.iterdir()] == ["accounts.json"]
    saved = json.loads(book.path.read_text(encoding="utf-8"))
    assert [a["email"] for a in saved["accounts"]] == ["p2@example.com", "p1@example.com"]
    book.forget(account(1).key)
    assert os.stat(book.path).st_ino != after.st_ino
    assert [p.name for p in book.path.parent.iterdir()] == ["accounts.json"]


def test_a_damaged_account_book_reads_as_empty() -> None:
    book = AccountBook()
    book.path.parent.mkdir(parents=True)
    book.path.write_text('{"accounts": [{"server_url": "x"', encoding="utf-8")
    assert AccountBook().all() == []


def files_containing(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_refresh_tokens_are_only_in_the_keyring(
    live_server: LiveServer, test_keyring: MemoryKeyring, hubdesk_home: Path
) -> None:
    store = KeyringTokenStore(test_keyring)
    book = AccountBook()

    async def scenario() -> tuple[Account, list[str]]:
        session = await sign_in(live_server.url, SUPPORT, PASSWORD, None, book=book, tokens=store)
        try:
            await session.puller.pull()  # the cache file exists too
        finally:
            await session.close()
        seen = [test_keyring.secrets[(SERVICE, session.account.key)]]
        session = await resume(session.account, book=book, tokens=store)  # rotates the token
        try:
            seen.append(test_keyring.secrets[(SERVICE, session.account.key)])
        finally:
            await session.close()
        return session.account, seen

    acct, seen = asyncio.run(scenario())
    first, rotated = seen
    assert first != rotated and list(test_keyring.secrets) == [(SERVICE, acct.key)]
    with live_server.db.reading() as db:
        live = db.scalar(select(AuthSession).where(AuthSession.refresh_digest == digest(rotated)))
    assert live is not None and live.revoked_at is None  # the keyring holds the live token

    saved = json.loads(book.path.read_text(encoding="utf-8"))["accounts"]
    assert [set(a) for a in saved] == [  # the audit key pinned is the server's public one
        {"server_url", "person_id", "email", "display_name", "last_used", "audit_key"}
    ]
    assert saved[0]["audit_key"] == httpx.get(f"{live_server.api}/audit/key").json()["public_key"]
    files = [p for p in hubdesk_home.rglob("*") if p.is_file()]
    assert book.path in files and any(p.suffix == ".sqlite" for p in files)
    for token in (first, rotated):
        assert files_containing(hubdesk_home, token) == []

    async def sign_out_again() -> None:
        session = await resume(acct, book=book, tokens=store)
        await sign_out(session, book=book, tokens=store)
        with pytest.raises(AuthFailed):  # nothing left to resume with
            await resume(acct, book=book, tokens=store)

    asyncio.run(sign_out_again())
    assert test_keyring.secrets == {}
    assert AccountBook().all() == []
