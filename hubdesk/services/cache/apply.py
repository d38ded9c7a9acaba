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
from typing import Any

from sqlalchemy import Connection, delete

from hubdesk.models.base import synced_tables
from hubdesk.services.cache import outbox
from hubdesk.services.cache.rows import TABLES, prepared
from hubdesk.services.cache.store import CURSOR, LAST_SYNC, SCOPE_ROOTS, Cache, put_state
from hubdesk.wire.sync import ChangePage, Tombstone


@dataclass(frozen=True)
class Applied:
    """What a page changed, for the views: entity types touched and row counts."""

    upserts: int = 0
    deletes: int = 0
    types: frozenset[str] = field(default_factory=frozenset)
    reset: bool = False


def apply_page(cache: Cache, page: ChangePage) -> Applied:
    """Write ``page`` and its cursor in one transaction (all or nothing)."""
    upserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    deletes: dict[str, list[str]] = defaultdict(list)
    for change in page.changes:
        if isinstance(change, Tombstone):
            deletes[change.type].append(change.id)
        else:
            # A validated wire model keeps its field values (one per column) in __dict__:
            # no model_dump() copy per row.
            upserts[change.type].append(change.data.__dict__)
    statements = [prepared(entity_type, data) for entity_type, data in upserts.items()]
    with cache.writing() as conn:
        if page.reset:
            for table in synced_tables():
                conn.execute(delete(table))
        for entity_type, ids in deletes.items():
            table = TABLES[entity_type]
            for start in range(0, len(ids), 500):
                conn.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
        for sql, params in statements:
            conn.exec_driver_sql(sql, params)
        _rebase(conn, page)
        put_state(conn, CURSOR, page.next_cursor)
        put_state(conn, SCOPE_ROOTS, json.dumps(page.scope_roots))
        if not page.has_more:
            put_state(conn, LAST_SYNC, datetime.now(UTC).isoformat())
    return Applied(
        upserts=sum(len(r) for r in upserts.values()),
        deletes=sum(len(i) for i in deletes.values()),
        types=frozenset(upserts) | frozenset(deletes),
        reset=page.reset,
    )


def _rebase(conn: Connection, page: ChangePage) -> None:
    """Lay this console's unacknowledged writes over the server rows just written."""
    rows: dict[tuple[str, str], Any] = {}
    for change in page.changes:
        if not isinstance(change, Tombstone):
            data = change.data
            rows[change.type, data.id] = data
    held = outbox.with_entries(conn, rows)
    for entity_type, entity_id in held:
        data = rows[entity_type, entity_id]
        outbox.refresh_theirs(conn, entity_type, entity_id, data.model_dump_json())
    outbox.lay_over_outbox(conn, held)
