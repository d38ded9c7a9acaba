"""Checking audit events kept in an SQLite file (the console's cache), fast enough for a
million of them: run in worker processes, each with its own read-only connection.

* :func:`rehash` recomputes the hashes of a range of rows. SQLite writes each event's
  canonical JSON itself (``json_object`` with the keys in sorted order) and Python hashes
  it. Where those bytes are not the canonical ones (an unusual value, a before/after
  whose keys are not in order) the row is hashed again the reference way
  (:func:`hubdesk.domain.audit_chain.canonical`) before it is called changed: the fast
  way can cost time, never raise a false alarm.
* :func:`walk` follows one chain position by position (events, and links where the
  reader may not see the event) and finds the first position that does not follow the
  one before it.

Only the standard library and :mod:`hubdesk.domain.audit_chain`: a worker process
starts quickly.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from hubdesk.domain.audit_chain import CHAINED_FIELDS, GENESIS, event_hash


def _value(name: str) -> str:
    if name == "occurred_at":  # stored as naive-UTC text; hashed as ISO 8601 with +00:00
        return "replace(occurred_at, ' ', 'T') || '+00:00'"
    if name in ("before", "after"):
        return f"json(nullif({name}, 'null'))"
    return name


_CANONICAL = "json_object(" + ", ".join(f"'{n}', {_value(n)}" for n in sorted(CHAINED_FIELDS)) + ")"


@dataclass(frozen=True, slots=True)
class Changed:
    """An event whose stored hash is not the hash of what is stored."""

    event_id: str
    chain_id: str
    chain_seq: int


def connect(path: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def rehash(path: str, first_rowid: int, last_rowid: int) -> tuple[int, list[Changed]]:
    """Recompute the hashes of the events with rowids in [first, last]: how many were
    checked, and those that were changed after they were recorded."""
    conn = connect(path)
    try:
        rows = conn.execute(
            f"SELECT rowid, prev_hash, hash, {_CANONICAL} FROM audit_events"
            " WHERE rowid BETWEEN ? AND ?",
            (first_rowid, last_rowid),
        )
        sha = hashlib.sha256
        checked = 0
        suspect: list[int] = []
        for rowid, prev, own, body in rows:
            checked += 1
            if sha(f"{prev}\n{body}".encode()).hexdigest() != own:
                suspect.append(rowid)
        return checked, [c for rowid in suspect if (c := _changed(conn, rowid)) is not None]
    finally:
        conn.close()


def _changed(conn: sqlite3.Connection, rowid: int) -> Changed | None:
    """The reference check of one row (None: it is intact after all)."""
    names = ", ".join(CHAINED_FIELDS)
    row = conn.execute(
        f"SELECT {names}, prev_hash, hash FROM audit_events WHERE rowid = ?", (rowid,)
    ).fetchone()
    event: dict[str, Any] = dict(zip(CHAINED_FIELDS, row, strict=False))
    event["occurred_at"] = str(event["occurred_at"]).replace(" ", "T") + "+00:00"
    for name in ("before", "after"):
        raw = event[name]
        # not JSON any more: hashed as it is, and so found changed
        with contextlib.suppress(TypeError, ValueError):
            event[name] = None if raw is None else json.loads(raw)
    try:
        intact = event_hash(str(row[-2]), event) == row[-1]
    except (TypeError, ValueError):
        intact = False
    if intact:
        return None
    return Changed(str(event["id"]), str(event["chain_id"]), int(event["chain_seq"]))


def _hash_at(conn: sqlite3.Connection, chain_id: str, seq: int) -> str | None:
    found = conn.execute(
        "SELECT hash FROM audit_events WHERE chain_id = ? AND chain_seq = ?"
        " UNION ALL SELECT hash FROM audit_links WHERE chain_id = ? AND chain_seq = ? LIMIT 1",
        (chain_id, seq, chain_id, seq),
    ).fetchone()
    return None if found is None else str(found[0])


@dataclass(frozen=True, slots=True)
class Walked:
    """One chain followed from its start: ``end`` is the last position that follows
    on from position 1; ``stop`` says why the walk ended there (None: the chain ends)."""

    chain_id: str
    end: int
    end_hash: str
    positions: int  # events and links in the chain
    mark_hash: str | None = None  # the hash at the position asked for (a checkpoint's)
    stop: str | None = None  # "missing", "broken" or "conflict"
    stop_seq: int | None = None
    stop_event: str | None = None  # the event at the stop, when there is one


def walk(path: str, chain_id: str, mark: int = 0, start: tuple[int, str] = (0, GENESIS)) -> Walked:
    """Follow ``chain_id`` through the cached events and links, in position order
    (noting the hash at position ``mark``), from position 1 or on from ``start`` (a
    position and its hash that an earlier walk reached)."""
    conn = connect(path)
    try:
        conflict = conn.execute(
            "SELECT l.chain_seq, e.id FROM audit_links AS l JOIN audit_events AS e"
            " ON e.chain_id = l.chain_id AND e.chain_seq = l.chain_seq"
            " WHERE l.chain_id = ? AND l.chain_seq > ?"
            " AND (l.hash != e.hash OR l.prev_hash != e.prev_hash)"
            " ORDER BY l.chain_seq LIMIT 1",
            (chain_id, start[0]),
        ).fetchone()
        rows = conn.execute(
            "SELECT chain_seq, prev_hash, hash, id FROM audit_events"
            " WHERE chain_id = ? AND chain_seq > ?"
            " UNION ALL SELECT chain_seq, prev_hash, hash, NULL FROM audit_links AS l"
            " WHERE chain_id = ? AND chain_seq > ? AND NOT EXISTS (SELECT 1 FROM audit_events"
            "  AS e WHERE e.chain_id = l.chain_id AND e.chain_seq = l.chain_seq)"
            " ORDER BY 1",
            (chain_id, start[0], chain_id, start[0]),
        )
        (end, end_hash), positions, marked = start, start[0], None
        if 0 < mark <= end:  # a position an earlier walk has followed: its hash as stored
            marked = _hash_at(conn, chain_id, mark)
        for seq, prev, own, event_id in rows:
            if conflict is not None and seq >= conflict[0]:
                return Walked(chain_id, end, end_hash, positions, marked, "conflict", *conflict)
            if seq != end + 1:
                stop = "missing" if seq > end + 1 else "broken"
                return Walked(chain_id, end, end_hash, positions, marked, stop, end + 1, event_id)
            if prev != end_hash:
                return Walked(chain_id, end, end_hash, positions, marked, "broken", seq, event_id)
            end, end_hash = seq, own
            positions += 1
            if seq == mark:
                marked = own
        return Walked(chain_id, end, end_hash, positions, marked)
    finally:
        conn.close()
