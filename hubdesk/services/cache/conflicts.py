"""Writes the server did not take, and the person's decision about each.

An entity in conflict has its outbox entries ("mine": their patches, merged oldest
first) and the server's row ("theirs"). Nothing is dropped until the person decides:

- :func:`keep_mine` sends mine again, now based on theirs (the person has seen it);
  with ``changes`` it sends an edited version instead ("edit");
- :func:`take_theirs` drops mine and shows the server's row.

Each decision is one transaction in the cache.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select

from hubdesk.models.cache import ConflictEntry, OutboxEntry
from hubdesk.services.cache.outbox import Queued, add_entry
from hubdesk.services.cache.people import drop_unattached_people
from hubdesk.services.cache.rows import TABLES, write_rows
from hubdesk.services.cache.store import Cache
from hubdesk.wire.entities import WIRE_MODELS
from hubdesk.wire.mutations import OP_KIND, OP_PATCH


@dataclass(frozen=True)
class Conflict:
    entity_type: str
    entity_id: str
    kind: str  # "conflict" | "rejected"
    code: str | None
    message: str | None
    detected_at: str
    op: str
    mine: dict[str, Any]  # the fields I changed, with my values
    theirs: dict[str, Any] | None  # the server's row (None: I may no longer see it)

    @property
    def title(self) -> str:
        row = self.theirs or {}
        for key in ("name", "display_name", "company_name"):
            if row.get(key):
                return str(row[key])
        return str(self.mine.get("company_name") or self.entity_id)

    def their_value(self, field: str) -> Any:
        return None if self.theirs is None else self.theirs.get(field)

    @property
    def can_edit(self) -> bool:
        """A version of my own may be sent while the server still has the entity for me
        and I may change it."""
        editable = OP_KIND.get(self.op) == "update"  # the edit dialog edits fields
        return editable and self.theirs is not None and self.code not in ("forbidden", "not_found")

    @property
    def can_keep_mine(self) -> bool:
        """Sending mine again as it is makes sense after a conflict only (a change the
        server refused as such would be refused again)."""
        return self.kind == "conflict" and self.theirs is not None


def list_conflicts(conn: Connection) -> list[Conflict]:
    entries = conn.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
    by_entity: dict[tuple[str, str], list[Any]] = {}
    for entry in entries:
        by_entity.setdefault((entry.entity_type, entry.entity_id), []).append(entry)
    out = []
    for row in conn.execute(select(ConflictEntry).order_by(ConflictEntry.detected_at)).all():
        mine: dict[str, Any] = {}
        ops = by_entity.get((row.entity_type, row.entity_id), [])
        for entry in ops:
            mine.update(json.loads(entry.payload))
        out.append(
            Conflict(
                entity_type=row.entity_type,
                entity_id=row.entity_id,
                kind=row.kind,
                code=row.code,
                message=row.message,
                detected_at=row.detected_at,
                op=ops[-1].op if ops else f"{row.entity_type}.update",
                mine=mine,
                theirs=json.loads(row.theirs) if row.theirs else None,
            )
        )
    return out


def _find(conn: Connection, entity_type: str, entity_id: str) -> Conflict:
    for conflict in list_conflicts(conn):
        if (conflict.entity_type, conflict.entity_id) == (entity_type, entity_id):
            return conflict
    raise LookupError(f"no conflict for {entity_type} {entity_id}")


def _clear(conn: Connection, conflict: Conflict) -> None:
    key = (conflict.entity_type, conflict.entity_id)
    conn.execute(
        delete(OutboxEntry).where(
            OutboxEntry.entity_type == key[0], OutboxEntry.entity_id == key[1]
        )
    )
    conn.execute(
        delete(ConflictEntry).where(
            ConflictEntry.entity_type == key[0], ConflictEntry.entity_id == key[1]
        )
    )


def _restore_theirs(conn: Connection, conflict: Conflict) -> None:
    """Show the server's row again — if the cache still holds the entity at all (a pull
    may have taken it out of view meanwhile: then it stays out)."""
    table = TABLES[conflict.entity_type]
    cached = conn.scalar(select(table.c.id).where(table.c.id == conflict.entity_id))
    theirs_id = conflict.theirs.get("id") if conflict.theirs else None
    removed_by_me = OP_KIND.get(conflict.op) == "delete"  # my removal hid the row
    if theirs_id != conflict.entity_id or (cached is None and not removed_by_me):
        # gone for me, or never made (a refused create: "theirs" is the other entity
        # that stood in its way): the cache drops mine
        conn.execute(delete(table).where(table.c.id == conflict.entity_id))
        drop_unattached_people(conn)
        return
    row = WIRE_MODELS[conflict.entity_type].model_validate(conflict.theirs)
    write_rows(conn, conflict.entity_type, [row.__dict__])


def take_theirs(cache: Cache, entity_type: str, entity_id: str) -> None:
    """Drop my writes to the entity; the cache shows the server's row."""
    with cache.writing() as conn:
        conflict = _find(conn, entity_type, entity_id)
        _clear(conn, conflict)
        _restore_theirs(conn, conflict)


def keep_mine(
    cache: Cache, entity_type: str, entity_id: str, changes: dict[str, Any] | None = None
) -> Queued:
    """Send my writes (or ``changes``, an edited version) again, based on theirs."""
    with cache.writing() as conn:
        conflict = _find(conn, entity_type, entity_id)
        allowed = conflict.can_edit if changes is not None else conflict.can_keep_mine
        if not allowed or conflict.theirs is None:
            raise PermissionError(conflict.message or conflict.code or "refused")
        patch = OP_PATCH[conflict.op].model_validate(conflict.mine if changes is None else changes)
        _clear(conn, conflict)
        _restore_theirs(conn, conflict)
        return add_entry(
            conn,
            conflict.op,
            entity_id,
            (0 if OP_KIND[conflict.op] == "create" else int(conflict.theirs["version"])),
            patch.changes(),
        )
