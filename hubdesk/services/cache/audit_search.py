"""Full-text search over the cached audit log: an SQLite FTS5 index kept beside it.

The index (``audit_text``) is *contentless*: it holds only the words, keyed by a time
key (see ``_DDL``), and the audit table stays the one copy of each event. Words come
from who (actor, impersonator), what (action, target), the before/after values and where
from (IP address, device).

Rows are indexed in ``rowid`` order up to a mark kept in ``cache_state``
(:data:`UPTO`): a page applied by the sync indexes what it brought (a bounded number of
rows, in the page's transaction: the page and its words are all or nothing), and whatever a first
pull left behind is indexed in chunks by :func:`build` (the audit pane runs it in a
worker and shows how far it is). A trigger takes a row's words out of the index when
the row leaves the cache or is replaced — only for rows at or below the mark, since an
FTS5 "delete" of words never indexed would corrupt the index. ``recursive_triggers``
is on for every cache connection, so ``INSERT OR REPLACE`` fires it as well.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select

from hubdesk.models.cache import CacheState

FTS = "audit_text"
ORDER = "audit_order"
UPTO = "audit_text_upto"  # the highest audit rowid whose words are in the index
CHUNK = 50_000  # rows per transaction while building
APPLY_BUDGET = 20_000  # rows indexed along with one applied page at most
TIES = 20  # bits of a time key left for events of the same millisecond

# The indexed columns, each an SQL expression over an audit row (``{r}`` = new / old).
_COLUMNS = {
    "who": "{r}.actor_name || ' ' || coalesce({r}.impersonator_name, '')",
    "what": "{r}.action || ' ' || replace({r}.action, '.', ' ') || ' '"
    " || coalesce({r}.target_type, '') || ' ' || coalesce({r}.target_name, '')",
    "detail": "coalesce(nullif({r}.before, 'null'), '') || ' '"
    " || coalesce(nullif({r}.after, 'null'), '')",
    "origin": "coalesce({r}.ip, '') || ' ' || coalesce({r}.device, '')",
}
_NAMES = ", ".join(_COLUMNS)
_MARK = f"coalesce((SELECT CAST(value AS INTEGER) FROM cache_state WHERE key = '{UPTO}'), 0)"


def _values(ref: str) -> str:
    return ", ".join(expr.format(r=ref) for expr in _COLUMNS.values())


def _forget(ref: str) -> str:
    """The words of an indexed row out of the index, and its time key away."""
    return (
        f"INSERT INTO {FTS}({FTS}, rowid, {_NAMES}) SELECT 'delete', k, {_values(ref)}"
        f" FROM {ORDER} WHERE event = {ref}.rowid;"
        f" DELETE FROM {ORDER} WHERE event = {ref}.rowid;"
    )


# Dots and @ join words (an e-mail address, an IP address, an action are one word each:
# found at once by their start, where a phrase of their parts has to read every
# "example" and "113" in the log); the action is indexed with its parts as well.
# The index's rowid is a *time key*: the event's millisecond shifted left by TIES bits,
# plus its place among the events of that millisecond. So the index itself lists hits
# newest first (FTS5 walks its rowids in either order and stops at the LIMIT), and a
# search pages through its hits without reading all of them. ``audit_order`` maps a
# time key to the event's rowid (and back, for a row leaving the cache).
_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5({_NAMES}, content='',"
    " tokenize=\"unicode61 remove_diacritics 2 tokenchars '.@'\", prefix='2 3')",
    f"CREATE TABLE IF NOT EXISTS {ORDER} (k INTEGER PRIMARY KEY, event INTEGER NOT NULL)",
    f"CREATE UNIQUE INDEX IF NOT EXISTS ix_{ORDER}_event ON {ORDER} (event)",
    f"CREATE TRIGGER IF NOT EXISTS {FTS}_forget AFTER DELETE ON audit_events"
    f" WHEN old.rowid <= {_MARK} BEGIN {_forget('old')} END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS}_renew AFTER UPDATE ON audit_events"
    f" WHEN old.rowid <= {_MARK} BEGIN"
    f" INSERT INTO {FTS}({FTS}, rowid, {_NAMES}) SELECT 'delete', k, {_values('old')}"
    f" FROM {ORDER} WHERE event = old.rowid;"
    f" INSERT INTO {FTS}(rowid, {_NAMES}) SELECT k, {_values('new')}"
    f" FROM {ORDER} WHERE event = old.rowid; END",
)

# An event's millisecond as SQL (occurred_at is stored 'YYYY-MM-DD HH:MM:SS.ffffff').
_MILLISECOND = (
    "(CAST(strftime('%s', e.occurred_at) AS INTEGER) * 1000"
    " + CAST(substr(e.occurred_at, 21, 3) AS INTEGER))"
)


SHAPE = "audit_text_shape"  # which definition of the index the cache holds
_SHAPE = hashlib.sha256("\n".join(_DDL).encode()).hexdigest()[:16]


def ensure_schema(conn: Connection) -> None:
    """Create the index and its triggers. An index without its mark (the cache was
    rebuilt) or made to another definition (another version of the console) is
    started afresh; the triggers are made anew each time (they hold no data)."""
    shape = conn.scalar(select(CacheState.value).where(CacheState.key == SHAPE))
    if _mark(conn) is None or shape != _SHAPE:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {ORDER}")
        _put(conn, UPTO, "0")
        _put(conn, SHAPE, _SHAPE)
    for trigger in ("forget", "renew"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS}_{trigger}")
    for ddl in _DDL:
        conn.exec_driver_sql(ddl)


def _mark(conn: Connection) -> int | None:
    raw = conn.scalar(select(CacheState.value).where(CacheState.key == UPTO))
    return None if raw is None else int(raw)


def _put(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(CacheState).where(CacheState.key == key))
    conn.execute(insert(CacheState).values(key=key, value=value))


@dataclass(frozen=True)
class Coverage:
    """How much of the cached log the index holds."""

    indexed: int  # rows at or below the mark
    total: int

    @property
    def complete(self) -> bool:
        return self.indexed >= self.total


def coverage(conn: Connection) -> Coverage:
    mark = _mark(conn) or 0
    indexed = conn.exec_driver_sql(
        "SELECT count(*) FROM audit_events WHERE rowid <= ?", (mark,)
    ).scalar_one()
    total = conn.exec_driver_sql("SELECT count(*) FROM audit_events").scalar_one()
    return Coverage(indexed=int(indexed), total=int(total))


def catch_up(conn: Connection, limit: int = APPLY_BUDGET) -> int:
    """Index up to ``limit`` rows past the mark, in the caller's transaction; returns
    how many rows were indexed."""
    mark = _mark(conn)
    if mark is None:
        return 0
    rows = conn.exec_driver_sql(
        "SELECT rowid FROM audit_events WHERE rowid > ? ORDER BY rowid LIMIT 1 OFFSET ?",
        (mark, limit - 1),
    ).scalar()
    stop = (
        int(rows)
        if rows is not None
        else conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM audit_events").scalar_one()
    )
    if stop <= mark:
        return 0
    # Time keys: each event after those of its millisecond already keyed (SQLite reads
    # the whole SELECT before inserting, as it reads the table it inserts into).
    conn.exec_driver_sql(
        f"INSERT INTO {ORDER}(k, event) SELECT base + coalesce((SELECT max(k) - base + 1"
        f" FROM {ORDER} WHERE k >= base AND k < base + {1 << TIES}), 0)"
        " + row_number() OVER (PARTITION BY base ORDER BY id) - 1, id FROM"
        f" (SELECT e.rowid AS id, {_MILLISECOND} << {TIES} AS base FROM audit_events AS e"
        "  WHERE e.rowid > ? AND e.rowid <= ?)",
        (mark, stop),
    )
    result = conn.exec_driver_sql(
        f"INSERT INTO {FTS}(rowid, {_NAMES}) SELECT o.k, {_values('e')}"
        f" FROM audit_events AS e JOIN {ORDER} AS o ON o.event = e.rowid"
        " WHERE e.rowid > ? AND e.rowid <= ? ORDER BY o.k",
        (mark, stop),
    )
    _put(conn, UPTO, str(stop))
    return int(result.rowcount)


def build(
    writing: Callable[[], AbstractContextManager[Connection]],
    progress: Callable[[Coverage], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Index everything not indexed yet, a chunk per transaction (``writing`` opens one:
    ``Cache.writing``), reporting the coverage after each chunk."""
    while not cancelled():
        with writing() as conn:
            done = catch_up(conn, CHUNK)
            reach = coverage(conn)
        if progress is not None:
            progress(reach)
        if done == 0:
            return


_WORD = re.compile(r"[\w@.\-]+", re.UNICODE)


def match_query(text: str) -> str | None:
    """The FTS5 query for what a person typed: every word must occur, each as a prefix
    (``mette kj`` finds "Mette Kjær"); quoted, so no word is read as FTS syntax.
    None when nothing searchable was typed."""
    words = [w for w in _WORD.findall(text) if w.strip(".-")]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)
