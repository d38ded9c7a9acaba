"""The change feed: ``GET /sync/changes?cursor=…`` → a page of upserts and tombstones.

The cursor names this server database, the last feed number delivered and a
fingerprint of the caller's scope. A cursor from another database, from before a
scope change or from below the feed's horizon (old tombstones compacted away, see
``hubdesk.server.feed_compaction``) gets ``reset: true`` and the feed from the start.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import hashlib
import json
import time
from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated

import pydantic_core
from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from hubdesk.domain.permissions import Permission, Scope
from hubdesk.models.orgs import Organisation
from hubdesk.models.server_only import SyncIndex
from hubdesk.server import feed_rows
from hubdesk.server.db import Database, server_meta
from hubdesk.server.deps import Caller, CallerDep, DatabaseDep, ReadSession, caller_of
from hubdesk.server.errors import ApiError
from hubdesk.server.feed import FEED_WAITERS, RECHECK_SECONDS
from hubdesk.server.feed_compaction import horizon
from hubdesk.server.routes.orgs import ERRORS
from hubdesk.server.scope import feed_condition
from hubdesk.wire.mutations import WaitResult
from hubdesk.wire.sync import MAX_PAGE, ChangePage

router = APIRouter(prefix="/sync", tags=["sync"])


def _fingerprint(scope: Scope) -> str:
    return hashlib.sha256(scope.fingerprint().encode()).hexdigest()[:20]


def encode_cursor(server_id: str, seq: int, fingerprint: str) -> str:
    raw = json.dumps({"s": server_id, "q": seq, "f": fingerprint}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, int, str]:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        server_id, seq, fingerprint = data["s"], data["q"], data["f"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise ApiError(422, "invalid_cursor", "The sync cursor is not valid.") from exc
    if not (isinstance(server_id, str) and isinstance(seq, int) and isinstance(fingerprint, str)):
        raise ApiError(422, "invalid_cursor", "The sync cursor is not valid.")
    return server_id, seq, fingerprint


def _scope_roots(session: Session, scope: Scope) -> list[str]:
    paths = scope.roots(Permission.VIEW_ORG)
    ids = [p.rstrip("/").rsplit("/", 1)[-1] for p in paths]
    if not ids:
        return []
    known = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(ids))))
    return [i for i in ids if i in known]


@router.get("/changes", response_model=ChangePage, responses=ERRORS)
def changes(
    caller: CallerDep,
    session: ReadSession,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
    count_remaining: Annotated[
        bool, Query(description="also count what remains after this page (for progress)")
    ] = False,
) -> Response:
    """A page of changes the caller may see, after ``cursor``.

    ``remaining_estimate`` counts only the caller's own remaining changes, and only when
    asked (a console asks on the first page of a pull and counts down from there): a
    figure derived from the whole feed would tell one tenant how busy the others are.
    """
    server_id = server_meta(session, "server_id") or ""
    fingerprint = _fingerprint(caller.scope)
    position = None if cursor is None else _feed_position(session, caller, cursor)
    after, reset = position or 0, position is None
    entries = _entries(session, caller, after, limit)
    if not reset and horizon(session) > after:
        # compacted meanwhile (read after the entries: on PostgreSQL each statement sees
        # what was committed before it, and a compaction commits horizon and deletions
        # together): tombstones after the cursor may be gone, so the feed from the start
        after, reset = 0, True
        entries = _entries(session, caller, after, limit)
    has_more = len(entries) > limit
    entries = entries[:limit]
    wanted: dict[str, list[str]] = defaultdict(list)
    for _seq, entity_type, entity_id, deleted, _departed in entries:
        if not deleted:
            wanted[entity_type].append(entity_id)
    found = {t: feed_rows.reader(session, t).rows(session, ids) for t, ids in wanted.items()}
    rows: dict[str, list[bytes]] = defaultdict(list)
    deletes: list[dict[str, str]] = []
    purges: list[dict[str, str]] = []
    named: set[tuple[str, str]] = set()
    for _seq, entity_type, entity_id, deleted, departed_from in entries:
        if (entity_type, entity_id) in named:
            continue  # left two former places: one purge (a page names an entity once)
        named.add((entity_type, entity_id))
        row = None if deleted else found[entity_type].get(entity_id)
        if departed_from is not None and entity_type == "organisation":
            purges.append({"type": entity_type, "id": entity_id, "path": departed_from})
        elif row is None:
            deletes.append({"type": entity_type, "id": entity_id})
        else:
            rows[entity_type].append(row)
    last = entries[-1][0] if entries else after
    remaining = 0
    if count_remaining and has_more:
        left = select(SyncIndex.seq).where(SyncIndex.seq > last, feed_condition(caller.scope))
        remaining = session.scalar(select(func.count()).select_from(left.subquery())) or 0
    head = {
        # first: a console reads these from the start of the body to ask for the next page
        # while it validates and writes this one
        "next_cursor": encode_cursor(server_id, last, fingerprint),
        "has_more": has_more,
        "reset": reset,
        "remaining_estimate": remaining,
        "scope_roots": _scope_roots(session, caller.scope),
        "deletes": deletes,
        "purges": purges,
    }
    # The rows are JSON text already (written by the database): the page is put together
    # around them rather than parsed and serialised again.
    parts = [pydantic_core.to_json(head)[:-1], b',"upserts":[']
    for n, (entity_type, type_rows) in enumerate(rows.items()):
        if n:
            parts.append(b",")
        parts += feed_rows.reader(session, entity_type).block(type_rows)
    parts.append(b"]}")
    return Response(b"".join(parts), media_type="application/json")


def _feed_position(session: Session, caller: Caller, cursor: str) -> int | None:
    """The feed number ``cursor`` stands at, or None when it needs a reset: a cursor of
    another database, of another scope, or from below the feed's horizon (tombstones
    after it may have been compacted away)."""
    cur_server, cur_seq, cur_fp = decode_cursor(cursor)
    if cur_server != (server_meta(session, "server_id") or ""):
        return None
    if cur_fp != _fingerprint(caller.scope):
        return None
    if cur_seq < horizon(session):
        return None
    return cur_seq


FeedEntry = Row[int, str, str, bool, str | None]  # seq, type, id, deleted, departed_from


def _entries(session: Session, caller: Caller, after: int, limit: int) -> Sequence[FeedEntry]:
    """Up to ``limit + 1`` feed entries the caller receives after ``after``, in order."""
    query = (
        select(
            SyncIndex.seq,
            SyncIndex.entity_type,
            SyncIndex.entity_id,
            SyncIndex.deleted,
            SyncIndex.departed_from,
        )
        .where(SyncIndex.seq > after, feed_condition(caller.scope))
        .order_by(SyncIndex.seq)
        .limit(limit + 1)
    )
    return session.connection().execute(query).all()  # Core: no ORM result processing


def _has_changes(db: Database, request: Request, cursor: str) -> bool:
    with db.reading() as session:
        caller = caller_of(request, session)
        after = _feed_position(session, caller, cursor)
        if after is None:
            return True
        newer = select(SyncIndex.seq).where(SyncIndex.seq > after, feed_condition(caller.scope))
        return session.execute(newer.limit(1)).first() is not None


@router.get("/wait", response_model=WaitResult, responses=ERRORS)
async def wait(
    request: Request,
    db: DatabaseDep,
    cursor: Annotated[str, Query(min_length=1, max_length=400)],
    timeout: Annotated[float, Query(ge=0, le=60, description="seconds to wait at most")] = 25,
) -> WaitResult:
    """Answer as soon as the caller's feed has something after ``cursor`` (long-poll).

    ``changed: false`` after ``timeout`` seconds. The caller is checked on every look
    at the feed, so a session revoked meanwhile ends the wait with 401. No database
    connection is held while waiting.
    """
    deadline = time.monotonic() + timeout
    woken = asyncio.Event()
    entry = FEED_WAITERS.add(woken)
    try:
        while True:
            woken.clear()
            if await run_in_threadpool(_has_changes, db, request, cursor):
                return WaitResult(changed=True)
            recheck = time.monotonic() + RECHECK_SECONDS
            while not woken.is_set():
                left = min(deadline, recheck) - time.monotonic()
                if time.monotonic() >= deadline:
                    return WaitResult(changed=False)
                if left <= 0:
                    break  # look at the feed again (writes of other processes)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(woken.wait(), min(left, 1.0))
                if await request.is_disconnected():  # nobody is waiting for the answer
                    return WaitResult(changed=False)
    finally:
        FEED_WAITERS.remove(entry)
