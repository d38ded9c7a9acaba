"""The console's pull (``Puller``) against the real server and against broken ones.

A full pull as platform support makes the cache equal to the server; later pulls bring
only what changed; a tenant gets only her sub-account; no secret reaches the cache file;
and nothing a broken server sends changes the cache, except whole good pages.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import shutil
import socket
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing
from pathlib import Path
from typing import Any

import pytest
from conftest import CannedServer, LiveServer, cached_keys, start_server
from sqlalchemy import Connection, func, select, text, update
from sqlalchemy.orm import Session

from hubdesk.domain.text import fold
from hubdesk.models import Invite, Membership, Organisation, Person
from hubdesk.models.base import SERVER_ONLY, Base, synced_tables
from hubdesk.models.registry import BY_NAME, ENTITIES, Visibility
from hubdesk.models.server_only import AuthSession, Credential, InviteToken, SyncIndex
from hubdesk.server.bootstrap import PLATFORM_ID
from hubdesk.server.db import Database
from hubdesk.server.routes.sync import decode_cursor
from hubdesk.server.security import digest
from hubdesk.services.accounts import AccountBook
from hubdesk.services.api import ApiClient
from hubdesk.services.cache import Cache
from hubdesk.services.cache.rows import wire_row
from hubdesk.services.cache.store import BULK_PULL
from hubdesk.services.errors import (
    BadServerResponse,
    HubdeskError,
    ServerFailed,
    ServerRejected,
    Unreachable,
)
from hubdesk.services.session import ConsoleSession, sign_in
from hubdesk.services.sync import Cancelled, Puller, PullProgress, PullResult
from hubdesk.services.tokens import MemoryTokenStore, TokenStore
from hubdesk.wire.columns import ROW_SHAPES
from hubdesk.wire.entities import OrganisationOut

SUPPORT = "support@hubdesk.example"
SOFIE = "sofie@nordlys-arkitekter.dk"  # owner of one tenant of the Danish office hotel
PASSWORD = "hubdesk-demo"
SERVER_ONLY_TABLES = {t.name for t in Base.metadata.sorted_tables if t.info.get(SERVER_ONLY)}

Rows = dict[str, dict[str, dict[str, Any]]]  # table -> id -> column values


# -- helpers ---------------------------------------------------------------------------------


async def open_session(
    server_url: str, email: str, tokens: TokenStore | None = None
) -> ConsoleSession:
    return await sign_in(
        server_url, email, PASSWORD, None, book=AccountBook(), tokens=tokens or MemoryTokenStore()
    )


def snapshot(conn: Connection | Session) -> Rows:
    """Every synced row, by table and id (the server's database or a cache)."""
    return {
        table.name: {row["id"]: dict(row) for row in conn.execute(select(table)).mappings()}
        for table in synced_tables()
    }


def server_rows(db: Database) -> Rows:
    with db.reading() as session:
        return snapshot(session)


def cache_rows(cache: Cache) -> Rows:
    with cache.reading() as conn:
        return snapshot(conn)


def index_names(cache: Cache) -> set[str]:
    with cache.reading() as conn:
        return set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")))


def counts(rows: Rows) -> dict[str, int]:
    return {table: len(by_id) for table, by_id in rows.items()}


# -- against the real server -----------------------------------------------------------------


def test_the_cache_holds_exactly_the_server_rows_on_either_backend(
    any_live_server: LiveServer,
) -> None:
    """The database writes each feed row (SQLite ``json_array``, PostgreSQL
    ``json_build_array``): either way the cache ends up with the very same values —
    timestamps to the microsecond, dates, booleans, JSON — as the server holds."""

    async def scenario() -> None:
        session = await open_session(any_live_server.url, SUPPORT)
        try:
            await session.puller.pull()
            assert cache_rows(session.cache) == server_rows(any_live_server.db)
        finally:
            await session.close()

    asyncio.run(scenario())


def test_support_pulls_everything_then_only_what_changed(live_server: LiveServer) -> None:
    async def scenario() -> None:
        session = await open_session(live_server.url, SUPPORT)
        try:
            first = await session.puller.pull()
            expected = server_rows(live_server.db)
            cached = cache_rows(session.cache)
            assert counts(cached) == counts(expected)
            assert all(counts(cached).values()), "the demo has rows of every synced type"
            assert cached == expected  # not just as many rows: the same rows
            assert first.reset  # no cursor yet: the feed from the start
            assert first.rows == sum(counts(expected).values())
            assert first.types == frozenset(BY_NAME)

            cursor = session.cache.cursor()
            assert cursor is not None
            with live_server.db.reading() as db:
                top = db.scalar(select(func.max(SyncIndex.seq)))
            assert decode_cursor(cursor)[1] == top  # the cursor is at the end of the feed
            assert session.cache.scope_roots() == [PLATFORM_ID]
            assert session.cache.last_sync() is not None

            again = await session.puller.pull()
            assert (again.rows, again.pages, again.types, again.reset) == (0, 1, frozenset(), False)
            assert cache_rows(session.cache) == expected

            with live_server.db.writing() as db:
                org = db.scalars(
                    select(Organisation).where(Organisation.depth == 2).order_by(Organisation.id)
                ).first()
                assert org is not None
                org.name = "Omdøbt Kontorfællesskab ApS"
                org.name_fold = fold(org.name)
                org_id = org.id
            changed = await session.puller.pull()
            assert (changed.rows, changed.types, changed.reset) == (
                1,
                frozenset({"organisation"}),
                False,
            )
            after = server_rows(live_server.db)
            assert after["organisations"][org_id]["version"] >= 2
            assert cache_rows(session.cache) == after
            assert session.cache.cursor() != cursor
        finally:
            await session.close()

    asyncio.run(scenario())


def test_a_tenant_owner_gets_only_her_sub_account(live_server: LiveServer) -> None:
    async def scenario() -> tuple[Rows, list[str]]:
        session = await open_session(live_server.url, SOFIE)
        try:
            await session.puller.pull()
            return cache_rows(session.cache), session.cache.scope_roots()
        finally:
            await session.close()

    cached, scope_roots = asyncio.run(scenario())

    with live_server.db.reading() as db:
        me = db.scalar(select(Person).where(Person.email == SOFIE))
        assert me is not None
        homes = db.execute(
            select(Organisation.id, Organisation.path, Organisation.parent_id)
            .join(Membership, Membership.org_id == Organisation.id)
            .where(Membership.person_id == me.id, Membership.status == "active")
        ).all()
        paths = dict(db.execute(select(Organisation.id, Organisation.path)).all())
    roots = tuple(path for _id, path, _parent in homes)
    subtree = {oid for oid, path in paths.items() if path.startswith(roots)}
    above = {part for root in roots for part in root.strip("/").split("/")} - subtree
    hubs = {parent for _id, _path, parent in homes}
    siblings = {
        oid
        for oid, path in paths.items()
        if any(path.startswith(paths[hub]) for hub in hubs if hub) and oid not in subtree
    }
    assert roots and siblings and PLATFORM_ID in above  # she is a tenant inside a hub

    assert set(cached["organisations"]) == subtree
    assert not (set(cached["organisations"]) & (siblings | above))
    assert sorted(scope_roots) == sorted(oid for oid, _path, _parent in homes)

    for spec in ENTITIES:
        table = spec.table_name
        if spec.model in (Organisation, Person):
            continue
        allowed: set[str | None] = set(subtree)
        if spec.visibility is Visibility.SUBTREE_OR_ANCESTOR:
            allowed |= above | {None}  # roles, shared resources, products flow down
        outside = {row["org_id"] for row in cached[table].values()} - allowed
        assert not outside, f"{table} of organisations outside her scope: {outside}"
    assert cached["memberships"], "her own membership at least"

    members = {m["person_id"] for m in cached["memberships"].values()}
    assert set(cached["people"]) <= members | {me.id}
    assert me.id in cached["people"]


def test_no_secret_reaches_the_cache_file(live_server: LiveServer) -> None:
    with live_server.db.writing() as db:  # an invitation that was sent has a token
        invite_id = db.scalar(select(Invite.id).order_by(Invite.id))
        db.add(InviteToken(digest=digest(secrets.token_urlsafe(32)), invite_id=invite_id))
    tokens = MemoryTokenStore()

    async def scenario() -> tuple[ConsoleSession, str | None]:
        session = await open_session(live_server.url, SUPPORT, tokens)
        try:
            await session.puller.pull()
            # the access token lives only in the client's memory
            return session, session.api._access
        finally:
            await session.close()  # disposes the engine: the WAL is checkpointed

    session, access = asyncio.run(scenario())
    refresh = tokens.get(session.account.key)
    assert access and refresh

    with live_server.db.reading() as db:
        credentials = db.execute(select(Credential.password_hash, Credential.totp_secret)).all()
        auth = db.execute(
            select(
                AuthSession.access_digest,
                AuthSession.refresh_digest,
                AuthSession.previous_refresh_digest,
            )
        ).all()
        invite_digests = set(db.scalars(select(InviteToken.digest)))
    hashes = {h for h, _totp in credentials if h}
    totp_secrets = {t for _h, t in credentials if t}
    session_digests = {d for row in auth for d in row if d}
    assert hashes and totp_secrets and session_digests and invite_digests  # not vacuous

    path = session.cache.path
    files = sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name))
    raw = b"".join(p.read_bytes() for p in files)  # the cache and its -wal/-shm if any
    assert b"Alex Morgan" in raw  # the file is plain SQLite: what is in it can be read
    assert b"$argon2" not in raw
    secrets_ = {
        "password hash": hashes,
        "2-step secret": totp_secrets,
        "access token": {access},
        "refresh token": {refresh},
        "session token digest": session_digests,
        "invite token digest": invite_digests,
    }
    for what, values in secrets_.items():
        for value in values:
            assert value.encode() not in raw, f"a {what} is in the cache file"

    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    assert not (tables & SERVER_ONLY_TABLES)
    assert {t.name for t in synced_tables()} | {"cache_state"} <= tables
    for name in SERVER_ONLY_TABLES:
        assert f"CREATE TABLE {name} ".encode() not in raw


# Values the server's database takes but the console's wire models refuse.
REFUSED = {
    "membership": ("status", "exploded"),
    "organisation": ("name", ""),
    "person": ("display_name", ""),
    "service_request": ("title", ""),
    "audit_event": ("hash", "not-a-digest"),
}


def test_a_bad_page_halfway_keeps_the_good_pages_before_it(live_server: LiveServer) -> None:
    """Page-at-a-time apply: the cursor stays at the last page whose rows are stored."""
    page_size = 200

    async def scenario() -> None:
        session = await open_session(live_server.url, SUPPORT)
        try:
            with live_server.db.reading() as db:
                feed = db.execute(
                    select(SyncIndex.seq, SyncIndex.entity_type, SyncIndex.entity_id).order_by(
                        SyncIndex.seq
                    )
                ).all()
            middle = len(feed) // 2
            rank, (bad_seq, bad_type, bad_id) = min(
                ((i, e) for i, e in enumerate(feed) if e.entity_type in REFUSED),
                key=lambda item: abs(item[0] - middle),
            )
            bad_page = rank // page_size  # 0-based; the pages before it are good
            assert bad_page >= 2, "good pages come before the bad one"
            # A row the wire model refuses, written by a plain UPDATE (no ORM flush) so
            # that it keeps its place in the middle of the feed.
            table = Base.metadata.tables[BY_NAME[bad_type].table_name]
            column, bad_value = REFUSED[bad_type]
            with live_server.db.writing() as db:
                good_value = db.scalar(select(table.c[column]).where(table.c.id == bad_id))
                db.execute(update(table).where(table.c.id == bad_id).values({column: bad_value}))
            with live_server.db.reading() as db:
                seq = db.scalar(select(SyncIndex.seq).where(SyncIndex.entity_id == bad_id))
            assert seq == bad_seq

            puller = Puller(session.api, session.cache, page_size=page_size)
            progress: list[PullProgress] = []
            with pytest.raises(
                BadServerResponse,
                match=rf"not valid: upserts\.\d+\.{bad_type}\.rows\.\d+\.{column}:",
            ):
                await puller.pull(on_progress=progress.append)

            good = feed[: bad_page * page_size]
            assert len(progress) == bad_page and progress[-1].rows == len(good)
            cursor = session.cache.cursor()
            assert cursor is not None and decode_cursor(cursor)[1] == good[-1].seq
            assert cached_keys(session.cache) == {(e.entity_type, e.entity_id) for e in good}

            # Once the server sends valid rows again, the pull goes on from that cursor.
            with live_server.db.writing() as db:
                db.execute(update(table).where(table.c.id == bad_id).values({column: good_value}))
            rest = await puller.pull()
            assert not rest.reset and rest.rows == len(feed) - len(good)
            assert cache_rows(session.cache) == server_rows(live_server.db)
        finally:
            await session.close()

    asyncio.run(scenario())


def test_the_next_page_is_asked_for_early_and_a_cancel_keeps_whole_pages(
    live_server: LiveServer,
) -> None:
    """While page N is written, page N+1 is already requested (with page N's cursor);
    a cancel throws that answer away, and the next pull asks for it again."""
    page_size = 300

    async def scenario() -> None:
        session = await open_session(live_server.url, SUPPORT)
        try:
            asked: list[str | None] = []
            original = session.api.changes_raw

            async def changes_raw(
                cursor: str | None, limit: int = 1000, *, count_remaining: bool = False
            ) -> bytes:
                asked.append(cursor)
                return await original(cursor, limit, count_remaining=count_remaining)

            session.api.changes_raw = changes_raw  # type: ignore[method-assign]
            cancel = asyncio.Event()
            progress: list[PullProgress] = []

            def report(p: PullProgress) -> None:
                progress.append(p)
                if p.pages == 2:
                    cancel.set()

            puller = Puller(session.api, session.cache, page_size=page_size)
            with pytest.raises(Cancelled):
                await puller.pull(on_progress=report, cancel=cancel)
            with live_server.db.reading() as db:
                feed = db.execute(
                    select(SyncIndex.seq, SyncIndex.entity_type, SyncIndex.entity_id).order_by(
                        SyncIndex.seq
                    )
                ).all()
            kept = feed[: 2 * page_size]
            cursor = session.cache.cursor()
            assert len(progress) == 2 and cursor is not None
            assert decode_cursor(cursor)[1] == kept[-1].seq
            assert cached_keys(session.cache) == {(e.entity_type, e.entity_id) for e in kept}
            # page 3 was asked for with page 2's cursor before page 2 was committed, and
            # page 4 while page 3 was validated (beside page 2's write): neither is written
            assert len(asked) == 4 and asked[0] is None and asked[2] == cursor

            # a first pull builds the big tables' secondary indexes once, at its end
            assert "ix_audit_events_chain" not in index_names(session.cache)
            assert "ix_organisations_parent_sort" in index_names(session.cache)  # the tree's

            rest = await puller.pull()
            every_index = {str(ix.name) for t in synced_tables() for ix in t.indexes}
            assert every_index <= index_names(session.cache)
            assert session.cache.state(BULK_PULL) is None
            assert asked[4] == cursor  # the thrown-away answer is asked for again
            assert not rest.reset and rest.rows == len(feed) - len(kept)
            assert len(asked) == 4 + rest.pages
            assert cache_rows(session.cache) == server_rows(live_server.db)
        finally:
            await session.close()

    asyncio.run(scenario())


def test_a_first_pulls_pages_reach_the_database_file_by_a_background_checkpoint(
    live_server: LiveServer, tmp_path: Path
) -> None:
    """A first pull commits into the WAL only; the checkpoint thread copies every page into
    the database file: the file alone, without its WAL, then holds the whole pull."""

    async def scenario() -> None:
        session = await open_session(live_server.url, SUPPORT)
        try:
            await Puller(session.api, session.cache, page_size=200).pull()
            assert session.cache.checkpoint_caught_up(timeout=60)
            alone = tmp_path / "file-alone.sqlite"
            shutil.copy(session.cache.path, alone)  # not its -wal: what is in the file
            with closing(sqlite3.connect(alone)) as conn:
                assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                in_file = conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
            with session.cache.reading() as conn2:
                cached = conn2.scalar(text("SELECT count(*) FROM audit_events"))
            assert in_file == cached and cached > 200
            # the pages committed without waiting for the disk; every later transaction,
            # on whichever pooled connection, waits for it again (synchronous=FULL: 2)
            with ExitStack() as stack:
                for _ in range(3):
                    conn3 = stack.enter_context(session.cache.engine.connect())
                    stack.enter_context(conn3.begin())
                    assert conn3.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        finally:
            await session.close()

    asyncio.run(scenario())


# -- against broken servers: the cache stays as it was ----------------------------------------

PERSON = {
    "id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
    "version": 1,
    "created_at": "2026-11-01T10:00:00Z",
    "updated_at": "2026-11-01T10:00:00Z",
    "email": "ida@nord.dk",
    "display_name": "Ida",
    "name_fold": "ida",
    "phone": None,
    "locale": "da",
    "status": "active",
    "totp_enabled": False,
    "first_sign_in_at": None,
    "last_sign_in_at": None,
}
PAIR = {"access_token": "a", "refresh_token": "r", "access_expires_in": 900, "person": PERSON}
CHANGES = "/api/v1/sync/changes"


@pytest.fixture(scope="module")
def synced_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache file fully synced as platform support (made once for this module)."""
    root = tmp_path_factory.mktemp("synced")
    shutil.copy(demo_template, root / "server.sqlite")
    db = Database.open(f"sqlite:///{root / 'server.sqlite'}")
    server = start_server(db)

    async def pull_once() -> Path:
        session = await open_session(server.url, SUPPORT)
        try:
            result = await session.puller.pull()
            assert result.rows > 1000
            return session.cache.path
        finally:
            await session.close()

    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("HUBDESK_HOME", str(root / "home"))
            return asyncio.run(pull_once())
    finally:
        server.stop()
        db.dispose()


@pytest.fixture
def synced_cache(synced_template: Path, tmp_path: Path) -> Iterator[Cache]:
    path = tmp_path / "cache.sqlite"
    shutil.copy(synced_template, path)
    cache = Cache(path)
    yield cache
    cache.close()


def state_of(cache: Cache) -> tuple[dict[str, int], str | None, Rows]:
    rows = cache_rows(cache)
    return counts(rows), cache.cursor(), rows


def a_cached_org(cache: Cache) -> dict[str, Any]:
    """A cached organisation's wire fields, renamed (a change worth applying)."""
    with cache.reading() as conn:
        row = conn.execute(select(Organisation.__table__).order_by("id").limit(1)).mappings().one()
    data = OrganisationOut.model_validate(dict(row)).__dict__
    data |= {"name": "Hijacked", "name_fold": "hijacked", "version": data["version"] + 1}
    return dict(zip(ORG_COLUMNS, wire_row("organisation", data), strict=True))


ORG_COLUMNS = ROW_SHAPES["organisation"].columns


def page(*blocks: object, **fields: object) -> dict[str, object]:
    return {
        "upserts": list(blocks),
        "deletes": [],
        "purges": [],
        "next_cursor": "bm90LWEtcmVhbC1jdXJzb3I",
        "has_more": False,
        "reset": False,
        "scope_roots": [],
        "remaining_estimate": 0,
    } | fields


def upsert(*orgs: dict[str, Any], **data: object) -> dict[str, object]:
    """A block of organisation rows (the last one changed by ``data``)."""
    rows = [*orgs[:-1], orgs[-1] | data]
    return {
        "type": "organisation",
        "columns": list(rows[-1]),
        "rows": [list(r.values()) for r in rows],
    }


def as_json(value: object) -> bytes:
    return json.dumps(value).encode()


Answer = Callable[[dict[str, Any]], tuple[int, bytes]]
BAD_ANSWERS: dict[str, tuple[Answer, type[HubdeskError], str]] = {
    "truncated JSON": (
        lambda org: (200, as_json(page(upsert(org)))[:300]),
        BadServerResponse,
        "change page that is not valid",
    ),
    "wrong type of a page field": (
        lambda org: (200, as_json(page(upsert(org), has_more="maybe"))),
        BadServerResponse,
        r"not valid: has_more",
    ),
    "wrong type of an entity field": (
        lambda org: (200, as_json(page(upsert(org, depth="deep")))),
        BadServerResponse,
        r"not valid: upserts\.0\.organisation\.rows\.0\.depth:",
    ),
    "an entity type that is not a string": (
        lambda org: (200, as_json(page(upsert(org) | {"type": ["organisation"]}))),
        BadServerResponse,
        "not a known entity type",
    ),
    "unknown field in the page": (
        lambda org: (200, as_json(page(upsert(org), surprise=1))),
        BadServerResponse,
        "not valid: surprise",
    ),
    "unknown field in an entity": (
        lambda org: (200, as_json(page(upsert(org, surprise=1)))),
        BadServerResponse,
        r"upserts\.0\.organisation\.columns",
    ),
    "unknown entity type": (
        lambda org: (200, as_json(page(upsert(org) | {"type": "spaceship"}))),
        BadServerResponse,
        "not a known entity type",
    ),
    "tombstone of an unknown entity type": (
        lambda org: (200, as_json(page(deletes=[{"type": "spaceship", "id": org["id"]}]))),
        BadServerResponse,
        "not valid",
    ),
    "a good change before a bad one": (
        lambda org: (200, as_json(page(upsert(org, org | {"id": str(uuid.uuid4())}, kind="x")))),
        BadServerResponse,
        r"upserts\.0\.organisation\.rows\.1\.kind",
    ),
    "server error": (
        lambda org: (500, b"Internal Server Error"),
        ServerFailed,
        r"The server failed \(500\): Internal Server Error",
    ),
    "refused cursor": (
        lambda org: (422, b'{"code":"invalid_cursor","detail":"The sync cursor is not valid."}'),
        ServerRejected,
        "The sync cursor is not valid",
    ),
    "garbage body": (
        lambda org: (200, b"<html><body>Welcome to nginx!</body></html>"),
        BadServerResponse,
        "change page that is not valid",
    ),
}


async def pull_from(
    canned: CannedServer, cache: Cache, *, timeout: float = 5.0, delay: float = 0.0
) -> PullResult:
    canned.answer("/api/v1/auth/refresh", 200, as_json(PAIR))
    api = ApiClient(canned.url, timeout=timeout)
    try:
        await api.resume("x")
        canned.delay = delay
        return await Puller(api, cache).pull()
    finally:
        await api.aclose()


@pytest.mark.parametrize("case", list(BAD_ANSWERS))
def test_a_bad_answer_leaves_the_cache_as_it_was(
    case: str, synced_cache: Cache, canned_server: CannedServer
) -> None:
    answer, error, message = BAD_ANSWERS[case]
    status, body = answer(a_cached_org(synced_cache))
    canned_server.answer(CHANGES, status, body)
    before = state_of(synced_cache)
    with pytest.raises(error, match=message):
        asyncio.run(pull_from(canned_server, synced_cache))
    assert state_of(synced_cache) == before


def test_the_canned_good_page_would_be_applied(
    synced_cache: Cache, canned_server: CannedServer
) -> None:
    """The bad answers above differ from an applied page only in what is wrong with them."""
    org = a_cached_org(synced_cache)
    canned_server.answer(CHANGES, 200, as_json(page(upsert(org))))
    result = asyncio.run(pull_from(canned_server, synced_cache))
    assert (result.rows, result.types) == (1, frozenset({"organisation"}))
    assert cache_rows(synced_cache)["organisations"][org["id"]]["name"] == "Hijacked"
    assert synced_cache.cursor() == "bm90LWEtcmVhbC1jdXJzb3I"


def test_a_server_that_does_not_answer_in_time(
    synced_cache: Cache, canned_server: CannedServer
) -> None:
    canned_server.answer(CHANGES, 200, as_json(page()))
    before = state_of(synced_cache)
    with pytest.raises(Unreachable, match="did not answer in time"):
        asyncio.run(pull_from(canned_server, synced_cache, timeout=0.3, delay=1.0))
    assert state_of(synced_cache) == before


def test_nobody_listening(synced_cache: Cache) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    before = state_of(synced_cache)

    async def scenario() -> None:
        api = ApiClient(url)
        try:
            with pytest.raises(Unreachable, match="Cannot reach"):
                await api.resume("x")  # offline: the console keeps the token for later
            with pytest.raises(Unreachable, match=f"Cannot reach {url}"):
                await Puller(api, synced_cache).pull()
        finally:
            await api.aclose()

    asyncio.run(scenario())
    assert state_of(synced_cache) == before
