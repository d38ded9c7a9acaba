"""The cached audit log for review: filtered and ordered in SQL, read a page at a time.

Events are ordered by time (newest first, or oldest first) with the cache's ``rowid``
breaking ties, and paged by keyset on that pair, so a page costs the same wherever it
is — the last page is the first page of the opposite order.

A full-text search runs its FTS5 ``MATCH`` first: the search index is the outer loop,
read in the order of its time keys (:mod:`.audit_search`), and only the hits it yields
are joined to their events and checked against the other filters, until the page is
full. A MATCH joined the other way round (the filter's index driving, the FTS probed
per row) or sorted after the join can take seconds instead of milliseconds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from hubdesk.domain.permissions import path_upper_bound
from hubdesk.services.cache.audit_search import FTS, ORDER, match_query

PAGE = 100
MANY = 1000  # a subtree or action family matching more events than this is read by time
# Where an event stands in a list: (occurred_at as stored, rowid) in the log by time,
# (time key,) in a search (see audit_search).
Key = tuple[Any, ...]


def _stamp(moment: datetime) -> str:
    """A moment as the cache stores timestamps (naive UTC text, sortable)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


@dataclass(frozen=True)
class AuditFilter:
    """What the reviewer narrowed the log to; every part optional."""

    text: str = ""  # words to search for (all must occur, each as a prefix)
    actor_id: str | None = None
    target_id: str | None = None
    action: str | None = None  # an action ("membership.create") or a family ("membership.")
    org_path: str | None = None  # an organisation and everything below it
    since: datetime | None = None  # from this moment on
    before: datetime | None = None  # up to this moment (not included)


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event as the audit pane lists it (names beside ids)."""

    rowid: int
    id: str
    stamp: str
    occurred_at: datetime
    org_id: str | None
    org_name: str | None  # None: an organisation not in the cache (or none)
    actor_id: str | None
    actor_name: str
    impersonator_name: str | None
    action: str
    target_type: str | None
    target_id: str | None
    target_name: str | None
    ip: str | None
    device: str | None
    key: Key  # where it stands in its list, for the next page (see ``page``)


@dataclass(frozen=True)
class EventDetail:
    """One event in full: its row, what it changed, and its place in its chain."""

    row: EventRow
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    chain_id: str
    chain_seq: int
    hash: str
    prev_hash: str
    changes: list[FieldChange] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a before/after pair: ``kind`` is added, removed, changed or same."""

    name: str
    before: Any
    after: Any
    kind: str


def field_changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> list[FieldChange]:
    """The fields of ``before`` and ``after`` side by side: the changed ones first (in the
    order the event lists them), then those that stayed the same."""
    old, new = dict(before or {}), dict(after or {})
    changed: list[FieldChange] = []
    same: list[FieldChange] = []
    for name in [*new, *(k for k in old if k not in new)]:
        if name not in old:
            changed.append(FieldChange(name, None, new[name], "added"))
        elif name not in new:
            changed.append(FieldChange(name, old[name], None, "removed"))
        elif old[name] != new[name]:
            changed.append(FieldChange(name, old[name], new[name], "changed"))
        else:
            same.append(FieldChange(name, old[name], new[name], "same"))
    return changed + same


# -- the query ----------------------------------------------------------------------------------

_COLUMNS = (
    "e.rowid, e.id, e.occurred_at, e.org_id, o.name, e.actor_id, e.actor_name,"
    " e.impersonator_name, e.action, e.target_type, e.target_id, e.target_name, e.ip, e.device"
)


@dataclass
class _Query:
    """The events of a filter: without words, the audit table read by time; with words,
    the search index read by its time keys (newest first or oldest first), each hit
    then joined to its event and checked against the other filters."""

    search: bool = False
    source: str = "audit_events AS e"
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    filtered: bool = False  # anything but the words
    # Terms written "{plus}e.…": a range of actions or a subtree, many index ranges whose
    # events would all be read and sorted; '+' keeps SQLite from using their index.
    by_time: bool = False

    def sql(self, select: str, tail: str = "") -> str:
        plus = "+" if self.by_time else ""
        where = f" WHERE {' AND '.join(w.replace('{plus}', plus) for w in self.where)}"
        return f"SELECT {select} FROM {self.source}{where if self.where else ''}{tail}"

    @property
    def order(self) -> tuple[str, ...]:
        return ("t.rowid",) if self.search else ("e.occurred_at", "e.rowid")


def _query(conn: Connection, f: AuditFilter) -> _Query:
    q = _Query()
    match = match_query(f.text)
    if match is not None:
        # The MATCH drives: the index is the outer loop (CROSS JOIN keeps SQLite from
        # reordering it), so a filter never makes SQLite probe the index row by row.
        q.search = True
        q.source = (
            f"{FTS} AS t CROSS JOIN {ORDER} AS k ON k.k = t.rowid"
            " CROSS JOIN audit_events AS e ON e.rowid = k.event"
        )
        q.where.append(f"t.{FTS} MATCH ?")
        q.params.append(match)
    before = len(q.where)
    if f.actor_id is not None:
        q.where.append("e.actor_id = ?")
        q.params.append(f.actor_id)
    if f.target_id is not None:
        q.where.append("e.target_id = ?")
        q.params.append(f.target_id)
    if f.action:
        if f.action.endswith("."):
            q.where.append("{plus}e.action >= ? AND {plus}e.action < ?")
            q.params += [f.action, f.action[:-1] + "/"]  # '/' sorts right after '.'
        else:
            q.where.append("e.action = ?")
            q.params.append(f.action)
    if f.org_path is not None:
        upper = path_upper_bound(f.org_path)
        if _many_organisations(conn, f.org_path, upper):
            # Each event's organisation looked up (by its key): a list of thousands of
            # organisations would be built anew for every statement.
            q.where.append(
                "EXISTS (SELECT 1 FROM organisations AS so WHERE so.id = e.org_id"
                " AND so.path >= ? AND so.path < ?)"
            )
        else:
            q.where.append(
                "{plus}e.org_id IN (SELECT id FROM organisations WHERE path >= ? AND path < ?)"
            )
        q.params += [f.org_path, upper]
    if f.since is not None:
        q.where.append("e.occurred_at >= ?")
        q.params.append(_stamp(f.since))
    if f.before is not None:
        q.where.append("e.occurred_at < ?")
        q.params.append(_stamp(f.before))
    q.filtered = len(q.where) > before
    return q


def by_time(f: AuditFilter) -> bool:
    """Whether this filter may be read better by time than by its own index: a subtree
    or an action family (many index ranges), without words — when many events match."""
    family = bool(f.action) and str(f.action).endswith(".")
    return match_query(f.text) is None and (f.org_path is not None or family)


SMALL_SUBTREE = 500  # organisations; a subtree with more is matched event by event


def _many_organisations(conn: Connection, path: str, upper: str) -> bool:
    found = conn.exec_driver_sql(
        "SELECT count(*) FROM (SELECT 1 FROM organisations WHERE path >= ? AND path < ? LIMIT ?)",
        (path, upper, SMALL_SUBTREE + 1),
    ).scalar_one()
    return int(found) > SMALL_SUBTREE


def count(conn: Connection, f: AuditFilter, cap: int | None = None) -> int:
    """How many events match (at most ``cap``: counting stops there, so a first count
    of a filter that matches half the log costs what a small one does)."""
    q = _query(conn, f)
    if q.search and not q.filtered:  # the words alone: counted in the index
        q.source = f"{FTS} AS t"
    if cap is None:
        sql, params = q.sql("count(*)"), tuple(q.params)
    else:
        sql, params = f"SELECT count(*) FROM ({q.sql('1', ' LIMIT ?')})", (*q.params, cap)
    return int(conn.exec_driver_sql(sql, params).scalar_one())


@dataclass(frozen=True)
class Anchors:
    """Every ``every``-th key of a filter's events in one order, and how many there are:
    a page anywhere is then a keyset step from the anchor before it."""

    total: int
    every: int
    keys: list[Key]

    def before(self, row: int) -> tuple[Key | None, int]:
        """The key to read on from for ``row``, and how many rows lie between."""
        index = row // self.every
        if index == 0 or not self.keys:
            return None, row
        index = min(index, len(self.keys))
        return self.keys[index - 1], row - index * self.every


def anchors(
    conn: Connection,
    f: AuditFilter,
    *,
    newest_first: bool = True,
    every: int = 1000,
    many: bool | None = None,
) -> Anchors:
    """The exact count of ``f`` and every ``every``-th key, in one pass in SQL (a
    second's work for a million events: the audit window runs it in a worker)."""
    q = _query(conn, f)
    q.by_time = by_time(f) and (many if many is not None else count(conn, f, MANY + 1) > MANY)
    order = q.order
    way = " DESC" if newest_first else " ASC"
    ranked = q.sql(
        ", ".join(f"{c} AS k{i}" for i, c in enumerate(order))
        + f", row_number() OVER (ORDER BY {', '.join(c + way for c in order)}) AS n"
    )
    keys = ", ".join(f"k{i}" for i in range(len(order)))
    rows = conn.exec_driver_sql(
        f"SELECT {keys} FROM ({ranked}) WHERE n % ? = 0", (*q.params, every)
    )
    found = [tuple(r) for r in rows]
    return Anchors(total=count(conn, f), every=every, keys=found)


def page(
    conn: Connection,
    f: AuditFilter,
    *,
    newest_first: bool = True,
    after: Key | None = None,
    offset: int = 0,
    limit: int = PAGE,
    many: bool | None = None,
) -> list[EventRow]:
    """Up to ``limit`` events in the given order, those after ``after`` (a row's
    ``key`` from the same filter) or, without a key, after skipping ``offset`` events.

    ``many``: whether more than :data:`MANY` events match (the caller counted them);
    without it, a filter on an action family or a subtree is counted here."""
    q = _query(conn, f)
    order = q.order
    if after is not None:
        if len(after) != len(order):
            raise ValueError("a key from another kind of query")
        columns = ", ".join(order)
        marks = ", ".join("?" * len(after))
        q.where.append(f"({columns}) {'<' if newest_first else '>'} ({marks})")
        q.params += list(after)
    if by_time(f):
        # Many events match: walking the log by time meets a page of them soon, where
        # reading every matching event by its index and sorting them all would not.
        q.by_time = many if many is not None else count(conn, f, MANY + 1) > MANY
    way = " DESC" if newest_first else " ASC"
    tail = f" ORDER BY {', '.join(c + way for c in order)} LIMIT ? OFFSET ?"
    q.source += " LEFT JOIN organisations AS o ON o.id = e.org_id"
    key = ", t.rowid" if q.search else ""
    rows = conn.exec_driver_sql(q.sql(_COLUMNS + key, tail), (*q.params, limit, offset))
    return [_row(r, search=q.search) for r in rows]


def _row(r: Sequence[Any], *, search: bool = False) -> EventRow:
    return EventRow(
        key=(r[14],) if search else (r[2], r[0]),
        rowid=r[0],
        id=r[1],
        stamp=r[2],
        occurred_at=datetime.fromisoformat(r[2]).replace(tzinfo=UTC),
        org_id=r[3],
        org_name=r[4],
        actor_id=r[5],
        actor_name=r[6],
        impersonator_name=r[7],
        action=r[8],
        target_type=r[9],
        target_id=r[10],
        target_name=r[11],
        ip=r[12],
        device=r[13],
    )


def detail(conn: Connection, event_id: str) -> EventDetail | None:
    """One event in full (None when it has left the cache)."""
    found = conn.exec_driver_sql(
        f"SELECT {_COLUMNS}, e.before, e.after, e.chain_id, e.chain_seq, e.hash, e.prev_hash"
        " FROM audit_events AS e LEFT JOIN organisations AS o ON o.id = e.org_id"
        " WHERE e.id = ?",
        (event_id,),
    ).first()
    if found is None:
        return None
    before, after = _json(found[14]), _json(found[15])
    return EventDetail(
        row=_row(found),
        before=before,
        after=after,
        chain_id=found[16],
        chain_seq=int(found[17]),
        hash=found[18],
        prev_hash=found[19],
        changes=field_changes(before, after),
    )


def _json(raw: str | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    value = json.loads(raw)
    return value if isinstance(value, dict) else {"value": value} if value is not None else None


def actions(conn: Connection) -> list[str]:
    """The actions recorded in the cached log (for the action filter): a skip scan of the
    action index, one step per action, not a read of every event."""
    rows = conn.exec_driver_sql(
        "WITH RECURSIVE a(x) AS (SELECT min(action) FROM audit_events UNION ALL"
        " SELECT (SELECT min(action) FROM audit_events WHERE action > a.x) FROM a"
        " WHERE a.x IS NOT NULL) SELECT x FROM a WHERE x IS NOT NULL"
    )
    return [r[0] for r in rows]


def org_path(conn: Connection, org_id: str) -> str | None:
    return conn.exec_driver_sql("SELECT path FROM organisations WHERE id = ?", (org_id,)).scalar()
