"""The change feed: ``GET /sync/changes?cursor=…`` → a page of upserts and tombstones.

The cursor names this server database, the last feed number delivered and a
fingerprint of the caller's scope. A cursor from another database or from before a
scope change gets ``reset: true`` and the feed from the start.
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
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

import pydantic_core
from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import (
    JSON,
    ColumnElement,
    DateTime,
    Select,
    Table,
    Text,
    bindparam,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from hubdesk.domain.permissions import Permission, Scope
from hubdesk.models.base import Base, UTCDateTime
from hubdesk.models.orgs import Organisation
from hubdesk.models.registry import BY_NAME
from hubdesk.models.server_only import SyncIndex
from hubdesk.server.db import Database, server_meta
from hubdesk.server.deps import Caller, CallerDep, DatabaseDep, ReadSession, caller_of
from hubdesk.server.errors import ApiError
from hubdesk.server.feed import FEED_WAITERS, RECHECK_SECONDS
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


def _json_value(text: str | None) -> Any:
    """A JSON column's value from its stored text (most are ``'null'``: no parser call)."""
    if text is None or text == "null":
        return None
    return json.loads(text)


@dataclass(frozen=True)
class _Reader:
    """How the feed reads the rows of one entity table (the same values, less overhead).

    Timestamps are read as plain ``DateTime`` (naive UTC, converted by the driver or by
    SQLAlchemy's compiled processor) and made aware in the same pass that builds the
    row dicts, instead of through ``UTCDateTime``'s per-value hook. On SQLite, JSON
    columns are read as their text and decoded here (SQLAlchemy calls the JSON parser
    for every value, ``'null'`` included).
    """

    keys: tuple[str, ...]
    utc_keys: tuple[str, ...]
    json_keys: tuple[str, ...]
    query: Select[Any]  # the rows whose id is in the list bound as "ids"

    @classmethod
    def of(cls, table: Table, dialect: str) -> _Reader:
        columns: list[ColumnElement[Any]] = []
        utc_keys, json_keys = [], []
        for column in table.c:
            if isinstance(column.type, UTCDateTime):
                columns.append(type_coerce(column, DateTime()).label(column.key))
                utc_keys.append(column.key)
            elif isinstance(column.type, JSON) and dialect == "sqlite":
                columns.append(type_coerce(column, Text()).label(column.key))
                json_keys.append(column.key)
            else:
                columns.append(column)
        keys = tuple(column.key for column in table.c)
        query = select(*columns).where(table.c.id.in_(bindparam("ids", expanding=True)))
        return cls(keys, tuple(utc_keys), tuple(json_keys), query)

    def rows(self, session: Session, ids: list[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        keys, utc_keys, json_keys = self.keys, self.utc_keys, self.json_keys
        aware: dict[datetime, datetime] = {}  # rows share timestamps (created = updated …)
        connection = session.connection()  # Core: no ORM result processing
        for start in range(0, len(ids), ROWS_PER_QUERY):
            chunk = ids[start : start + ROWS_PER_QUERY]
            for row in connection.execute(self.query, {"ids": chunk}):
                data = dict(zip(keys, row, strict=True))
                for key in utc_keys:
                    value = data[key]
                    if value is not None:
                        stamp = aware.get(value)
                        if stamp is None:
                            stamp = aware[value] = value.replace(tzinfo=UTC)
                        data[key] = stamp
                for key in json_keys:
                    data[key] = _json_value(data[key])
                out[data["id"]] = data
        return out


ROWS_PER_QUERY = 900
_READERS: dict[tuple[str, str], _Reader] = {}


def _rows(session: Session, entity_type: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    dialect = session.get_bind().dialect.name
    reader = _READERS.get((dialect, entity_type))
    if reader is None:
        table = Base.metadata.tables[BY_NAME[entity_type].table_name]
        reader = _READERS[dialect, entity_type] = _Reader.of(table, dialect)
    return reader.rows(session, ids)


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
    after, reset = 0, cursor is None
    if cursor is not None:
        cur_server, cur_seq, cur_fp = decode_cursor(cursor)
        if cur_server == server_id and cur_fp == fingerprint:
            after = cur_seq
        else:
            reset = True
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
    entries = session.connection().execute(query).all()  # Core: no ORM result processing
    has_more = len(entries) > limit
    entries = entries[:limit]
    wanted: dict[str, list[str]] = defaultdict(list)
    for _seq, entity_type, entity_id, deleted, _departed in entries:
        if not deleted:
            wanted[entity_type].append(entity_id)
    rows = {t: _rows(session, t, ids) for t, ids in wanted.items()}
    out: list[dict[str, Any]] = []
    named: set[tuple[str, str]] = set()
    for _seq, entity_type, entity_id, deleted, departed_from in entries:
        if (entity_type, entity_id) in named:
            continue  # left two former places: one purge (a page names an entity once)
        named.add((entity_type, entity_id))
        data = None if deleted else rows[entity_type].get(entity_id)
        if departed_from is not None:
            out.append({"op": "purge", "type": entity_type, "id": entity_id, "path": departed_from})
        elif data is None:
            out.append({"op": "delete", "type": entity_type, "id": entity_id})
        else:
            out.append({"op": "upsert", "type": entity_type, "data": data})
    last = entries[-1][0] if entries else after
    remaining = 0
    if count_remaining and has_more:
        left = select(SyncIndex.seq).where(SyncIndex.seq > last, feed_condition(caller.scope))
        remaining = session.scalar(select(func.count()).select_from(left.subquery())) or 0
    page = {
        "changes": out,
        "next_cursor": encode_cursor(server_id, last, fingerprint),
        "has_more": has_more,
        "reset": reset,
        "scope_roots": _scope_roots(session, caller.scope),
        "remaining_estimate": remaining,
    }
    return Response(pydantic_core.to_json(page), media_type="application/json")


def _feed_position(session: Session, caller: Caller, cursor: str) -> int | None:
    """The feed number ``cursor`` stands at, or None when it needs a reset."""
    cur_server, cur_seq, cur_fp = decode_cursor(cursor)
    if cur_server != (server_meta(session, "server_id") or ""):
        return None
    if cur_fp != _fingerprint(caller.scope):
        return None
    return cur_seq


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
