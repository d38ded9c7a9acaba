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
BY_TIME_SHARE = 0.005  # a filter matching more of the log than this is read by time
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


def _query(f: AuditFilter) -> _Query:
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
        q.where.append(
            "{plus}e.org_id IN (SELECT id FROM organisations WHERE path >= ? AND path < ?)"
        )
        q.params += [f.org_path, path_upper_bound(f.org_path)]
    if f.since is not None:
        q.where.append("e.occurred_at >= ?")
        q.params.append(_stamp(f.since))
    if f.before is not None:
        q.where.append("e.occurred_at < ?")
        q.params.append(_stamp(f.before))
    q.filtered = len(q.where) > before
    return q


def needs_share(f: AuditFilter) -> bool:
    """Whether :func:`page` reads this filter better knowing its ``share`` of the log
    (a subtree or an action family, without words)."""
    family = bool(f.action) and str(f.action).endswith(".")
    return match_query(f.text) is None and (f.org_path is not None or family)


def count(conn: Connection, f: AuditFilter) -> int:
    q = _query(f)
    if q.search and not q.filtered:  # the words alone: counted in the index
        q.source = f"{FTS} AS t"
    return int(conn.exec_driver_sql(q.sql("count(*)"), tuple(q.params)).scalar_one())


def page(
    conn: Connection,
    f: AuditFilter,
    *,
    newest_first: bool = True,
    after: Key | None = None,
    offset: int = 0,
    limit: int = PAGE,
    share: float | None = None,
) -> list[EventRow]:
    """Up to ``limit`` events in the given order, those after ``after`` (a row's
    ``key`` from the same filter) or, without a key, after skipping ``offset`` events.

    ``share``: the part of the whole log the filter matches (the caller counted both);
    without it, a filter on an action family or a subtree is counted here."""
    q = _query(f)
    order = q.order
    if after is not None:
        if len(after) != len(order):
            raise ValueError("a key from another kind of query")
        columns = ", ".join(order)
        marks = ", ".join("?" * len(after))
        q.where.append(f"({columns}) {'<' if newest_first else '>'} ({marks})")
        q.params += list(after)
    if needs_share(f):
        # Many events match: walking the log by time meets a page of them soon, where
        # reading every matching event by its index and sorting them all would not.
        if share is None:
            everything = count(conn, AuditFilter())
            share = count(conn, f) / everything if everything else 0.0
        q.by_time = share > BY_TIME_SHARE
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
    """The actions recorded in the cached log (for the action filter)."""
    return [r[0] for r in conn.exec_driver_sql("SELECT DISTINCT action FROM audit_events")]


def org_path(conn: Connection, org_id: str) -> str | None:
    return conn.exec_driver_sql("SELECT path FROM organisations WHERE id = ?", (org_id,)).scalar()
