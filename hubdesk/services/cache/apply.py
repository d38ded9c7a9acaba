"""Applying a validated change-feed page to the cache: one transaction, cursor included.

Rows are written by :mod:`.rows`. Entities with writes still in the outbox get those
writes laid over the server's row again (:mod:`.outbox`), and an entity in conflict
keeps the newest server row as "theirs".
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, Index, and_, delete, func, select, text

from hubdesk.domain.permissions import path_upper_bound
from hubdesk.models.base import synced_tables
from hubdesk.models.cache import CacheState
from hubdesk.services.cache import audit_search, outbox
from hubdesk.services.cache.people import drop_unattached_people
from hubdesk.services.cache.rows import TABLES, prepared
from hubdesk.services.cache.store import (
    AUTO_CHECKPOINT,
    BULK_PULL,
    CACHE_KIB,
    CURSOR,
    LAST_SYNC,
    SCOPE_ROOTS,
    SWEEP_MARKS,
    Cache,
    put_state,
)
from hubdesk.wire.entities import WIRE_MODELS
from hubdesk.wire.sync import ChangePage


@dataclass(frozen=True)
class Applied:
    """What a page changed, for the views: entity types touched and row counts."""

    upserts: int = 0
    deletes: int = 0
    types: frozenset[str] = field(default_factory=frozenset)
    reset: bool = False


def apply_page(cache: Cache, page: ChangePage) -> Applied:
    """Write ``page`` and its cursor in one transaction (all or nothing).

    Subtree purges go first, then tombstones, then the new rows.

    A reset does not empty the cache: the rows already there stay visible while the
    full feed comes in again, and whatever the full feed did not bring back is swept
    away when its last page is written (see :func:`_sweep`).
    """
    deletes: dict[str, list[str]] = defaultdict(list)
    for tombstone in page.deletes:
        deletes[tombstone.type].append(tombstone.id)
    purges = [purge.path for purge in page.purges]
    statements = [prepared(block.type, block.rows) for block in page.upserts]
    swept = False
    # A first pull's pages (but its last) commit without waiting for the disk. A killed
    # process loses nothing (the system has the bytes); a power cut may lose the last
    # pages with their cursor (one transaction), and the pull asks for them again.
    # Queued writes and the last page commit durably, and so all that came before them.
    # (Asked before the transaction: SQLite takes the safety level only between them.)
    durable = not (page.has_more and cache.state(BULK_PULL) is not None)
    with cache.writing(durable=durable) as conn:
        bulk = _bulk_state(conn)
        if page.reset:
            if not bulk and _is_empty(conn):
                bulk = _begin_bulk(conn)
            _mark(conn)
        # a first pull's pages: the WAL is copied into the file by another thread
        conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={0 if bulk else AUTO_CHECKPOINT}")
        for path in purges:
            _purge_subtree(conn, path)
        for entity_type, ids in deletes.items():
            table = TABLES[entity_type]
            for start in range(0, len(ids), 500):
                conn.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
        for sql, params in statements:
            conn.exec_driver_sql(sql, params)
        if not page.has_more:
            swept = _sweep(conn)
            if bulk:
                _end_bulk(conn)
        if purges or swept or "membership" in deletes:
            drop_unattached_people(conn)
        if not bulk or not page.has_more:
            audit_search.catch_up(conn)  # a first pull's backlog: a bounded share per page
        _rebase(conn, page)
        put_state(conn, CURSOR, page.next_cursor)
        put_state(conn, SCOPE_ROOTS, json.dumps(page.scope_roots))
        if not page.has_more:
            put_state(conn, LAST_SYNC, datetime.now(UTC).isoformat())
    if bulk:
        cache.checkpoint_soon()
    upserted = frozenset(block.type for block in page.upserts if block.rows)
    return Applied(
        upserts=sum(len(block.rows) for block in page.upserts),
        deletes=len(page.deletes) + len(purges),
        types=upserted | frozenset(deletes) | ({"organisation"} if purges else set()),
        reset=page.reset or swept,
    )


# -- a first pull into an empty cache ----------------------------------------------------------

# Tables whose secondary indexes wait until a first pull has written everything: keeping
# an index up to date row by row costs far more than building it once at the end (the
# audit log's three indexes are most of the cost of writing it). The views' tables keep
# theirs, so the tree, the detail pane and the search work while the pull goes on.
KEEP_INDEXED = frozenset({"organisations", "people", "memberships", "roles"})


def _deferred_indexes() -> list[Index]:
    return [
        index
        for table in synced_tables()
        if table.name not in KEEP_INDEXED
        for index in sorted(table.indexes, key=lambda ix: str(ix.name))
    ]


def _bulk_state(conn: Connection) -> bool:
    return conn.scalar(select(CacheState.value).where(CacheState.key == BULK_PULL)) is not None


def _is_empty(conn: Connection) -> bool:
    return all(
        conn.execute(select(text("1")).select_from(table).limit(1)).first() is None
        for table in synced_tables()
    )


def _begin_bulk(conn: Connection) -> bool:
    """Drop the deferred indexes for the first pull (noted, so a restart goes on so)."""
    for index in _deferred_indexes():
        index.drop(conn, checkfirst=True)
    put_state(conn, BULK_PULL, "1")
    return True


# While the deferred indexes are built, SQLite's sorter gets helper threads and small
# runs to sort (its run size follows the page cache's): the runs are sorted on the other
# cores — idle by then, the server has sent the last page — while this thread reads the
# table. 4 MB runs and 2 helpers build the audit log's indexes in 2.9 s instead of 4.4 s
# (a million events, two cores; benchmarks/initial_pull.py).
SORT_THREADS = 2
SORT_RUN_KIB = 4000


def _end_bulk(conn: Connection) -> None:
    """The first pull has arrived: build the deferred indexes (each in one sort)."""
    conn.exec_driver_sql(f"PRAGMA threads={SORT_THREADS}")
    conn.exec_driver_sql(f"PRAGMA cache_size=-{SORT_RUN_KIB}")
    try:
        for index in _deferred_indexes():
            index.create(conn, checkfirst=True)
    finally:
        conn.exec_driver_sql("PRAGMA threads=0")
        conn.exec_driver_sql(f"PRAGMA cache_size={CACHE_KIB}")
    conn.execute(delete(CacheState).where(CacheState.key == BULK_PULL))


# -- what leaves the cache -------------------------------------------------------------------


def _mark(conn: Connection) -> None:
    """A reset begins: note the highest rowid of every table (unless a reset that was
    cut short has noted them already). Every row the full feed brings is written anew
    (``INSERT OR REPLACE`` gives it a new, higher rowid); rows still at or below the
    mark when the feed ends were not brought back."""
    if conn.scalar(select(CacheState.value).where(CacheState.key == SWEEP_MARKS)):
        return
    marks = {
        table.name: conn.scalar(select(func.max(text("rowid"))).select_from(table)) or 0
        for table in synced_tables()
    }
    put_state(conn, SWEEP_MARKS, json.dumps(marks))


def _sweep(conn: Connection) -> bool:
    """The full feed has arrived: drop what it did not bring back (True: some rows)."""
    raw = conn.scalar(select(CacheState.value).where(CacheState.key == SWEEP_MARKS))
    if not raw:
        return False
    marks = json.loads(raw)
    dropped = 0
    for table in synced_tables():
        mark = marks.get(table.name, 0)
        if mark:
            result = conn.execute(delete(table).where(text("rowid <= :mark")), {"mark": mark})
            dropped += result.rowcount
    conn.execute(delete(CacheState).where(CacheState.key == SWEEP_MARKS))
    return dropped > 0


def _purge_subtree(conn: Connection, path: str) -> None:
    """Drop the organisations that were at ``path`` and below, and all their rows."""
    orgs = TABLES["organisation"]
    in_subtree = and_(orgs.c.path >= path, orgs.c.path < path_upper_bound(path))
    ids = list(conn.scalars(select(orgs.c.id).where(in_subtree)))
    for table in synced_tables():
        if "org_id" in table.c and table is not orgs:
            for start in range(0, len(ids), 500):
                conn.execute(delete(table).where(table.c.org_id.in_(ids[start : start + 500])))
    conn.execute(delete(orgs).where(in_subtree))


def _rebase(conn: Connection, page: ChangePage) -> None:
    """Lay this console's unacknowledged writes over the server rows just written."""
    held = outbox.held_keys(conn)
    if not held:
        return
    rows = {
        (block.type, row[0]): (block, row)
        for block in page.upserts
        for row in block.rows
        if (block.type, row[0]) in held
    }
    for (entity_type, entity_id), (block, row) in rows.items():
        data = WIRE_MODELS[entity_type].model_validate(dict(zip(block.columns, row, strict=True)))
        outbox.refresh_theirs(conn, entity_type, entity_id, data.model_dump_json())
    outbox.lay_over_outbox(conn, rows)
