"""Applying a validated change-feed page to the cache: one transaction, cursor included."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete

from hubdesk.models.base import Base, synced_tables
from hubdesk.models.registry import BY_NAME
from hubdesk.services.cache.store import CURSOR, LAST_SYNC, SCOPE_ROOTS, Cache, put_state
from hubdesk.wire.sync import ChangePage, Tombstone

_TABLES: dict[str, Table] = {
    spec.name: Base.metadata.tables[spec.table_name] for spec in BY_NAME.values()
}


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
            upserts[change.type].append(change.data.model_dump())
    with cache.writing() as conn:
        if page.reset:
            for table in synced_tables():
                conn.execute(delete(table))
        for entity_type, ids in deletes.items():
            table = _TABLES[entity_type]
            for start in range(0, len(ids), 500):
                conn.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
        for entity_type, rows in upserts.items():
            conn.execute(_TABLES[entity_type].insert().prefix_with("OR REPLACE"), rows)
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
