"""Reviewing a cached audit log of a million events (issue 6): search, filters, the last
page, and verifying the whole log offline — each beside a raw baseline of the same run.

Input: a console cache synced from a large data set (the initial-pull benchmark keeps
one):

    .venv/bin/hubdesk-server generate --database-url sqlite:////tmp/spec.sqlite \\
        --orgs 90000 --customers 10000
    .venv/bin/python benchmarks/initial_pull.py --data /tmp/spec.sqlite --keep-cache /tmp/c.sqlite
    .venv/bin/python benchmarks/audit_review.py --cache /tmp/c.sqlite

What is timed (``time.perf_counter``; median and p95 over every query and repetition):

* **search**: what the audit window does at a keystroke — the windowed model shown for
  the words (its count) and its first page painted (``AuditLogModel.show`` +
  ``event_at(0)``) — for names, e-mail addresses, IP addresses, targets, devices,
  actions and a name typed letter by letter. Baseline: raw ``sqlite3`` asking the FTS5
  index the least that answer needs (``count(*)`` of the MATCH, and its first hundred
  rowids). Beside it, for information, the MATCH joined to the events and sorted by time
  in one query (what "MATCH first" avoids).
* **filtered page**: the same for filters (a large and a small subtree, an action, an
  action family, a month, an actor, a target, combinations). Baseline: raw ``sqlite3``,
  the straightforward query (the filter, ``ORDER BY occurred_at DESC LIMIT 100``, and
  its ``count(*)``).
* **last page**: a fresh model of a fully counted list (the window counts a long list in
  full in a worker, with an anchor every 1,000 rows), ``event_at(total - 1)`` against
  ``event_at(0)``; and a row in the middle (a scroll bar dragged there).
* **verification**: ``audit_proof.verify`` over the whole cache (every hash recomputed,
  every chain followed). Baseline: raw ``sqlite3`` reading every event's chained
  columns and ``hashlib.sha256`` over each row's stored hashes, one process.

The search index is built first if the cache does not have it complete (timed).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import _support as bench

from hubdesk.domain.audit_chain import CHAINED_FIELDS
from hubdesk.services.cache import Cache, audit_proof, audit_search
from hubdesk.services.cache.audit_log import AuditFilter, anchors
from hubdesk.services.cache.audit_search import match_query
from hubdesk.ui.models.audit_log import FIRST_COUNT, AuditLogModel
from hubdesk.ui.qt import QtWidgets

REPEAT = 5


def _timed(fn: Callable[[], Any], repeat: int = REPEAT) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


Read = Callable[[Callable[[Any], Any]], Any]


def _show(read: Read, f: AuditFilter) -> Callable[[], None]:
    """What the window does at a keystroke: a model shown for ``f`` (its first count) and
    its first row painted."""

    def run() -> None:
        model = AuditLogModel(read)
        model.show(f)
        if model.total:
            model.event_at(0)

    return run


def _counted(read: Read, f: AuditFilter) -> tuple[AuditLogModel, float]:
    """A model shown for ``f`` and counted in full (the window's worker); the seconds the
    full count with its anchors took."""
    model = AuditLogModel(read)
    model.show(f)
    start = time.perf_counter()
    if model.partial:
        found = read(lambda conn: anchors(conn, f, many=True))
        model.counted(f, True, found)
    return model, time.perf_counter() - start


def _jump(read: Read, model: AuditLogModel, row: Callable[[int], int]) -> Callable[[], None]:
    """A fresh model of the same (fully counted) list, one row painted: a scroll bar
    dragged there."""

    def run() -> None:
        fresh = AuditLogModel(read)
        fresh.show(model.filter)
        if model.anchors is not None:
            fresh.counted(model.filter, True, model.anchors)
        fresh.event_at(row(fresh.total))

    return run


def _reader(cache: Cache) -> Read:
    """Reads on one connection of the cache (as the window's reads on the GUI thread)."""
    conn = cache.engine.connect()

    def read(fn: Callable[[Any], Any]) -> Any:
        return fn(conn)

    return read


def _terms(raw: sqlite3.Connection) -> list[str]:
    """Searches a reviewer makes, taken from the data."""
    names = [r[0] for r in raw.execute(
        "SELECT actor_name FROM audit_events WHERE rowid % 50000 = 7 LIMIT 6"
    )]  # fmt: skip
    first = [n.split()[0] for n in names[:3]]
    last = [n.split("<")[0].split()[-1] for n in names[3:6]]
    emails = [n.split("<")[1].rstrip(">") for n in names if "<" in n][:2]
    ips = [r[0] for r in raw.execute(
        "SELECT ip FROM audit_events WHERE ip IS NOT NULL AND rowid % 70000 = 3 LIMIT 3"
    )]  # fmt: skip
    targets = [r[0] for r in raw.execute(
        "SELECT target_name FROM audit_events WHERE target_name IS NOT NULL"
        " AND rowid % 90000 = 11 LIMIT 3"
    )]  # fmt: skip
    typed = names[0].split()[0].lower()
    keystrokes = [typed[:n] for n in range(2, len(typed) + 1)]
    return [
        *first, *last, *emails, *ips, *targets,
        "firefox", "android", "invite", "sign_in", f"{first[0]} firefox",
        *keystrokes,
    ]  # fmt: skip


def _filters(raw: sqlite3.Connection) -> list[tuple[str, AuditFilter, str, tuple[Any, ...]]]:
    """(label, filter, the straightforward SQL condition, its parameters)."""
    tops = raw.execute(
        "SELECT o.path FROM organisations o WHERE length(o.path) = 75"
        " ORDER BY (SELECT count(*) FROM organisations i WHERE i.path >= o.path"
        " AND i.path < o.path || '~') DESC LIMIT 1"
    ).fetchone()[0]
    small = raw.execute(
        "SELECT path FROM organisations WHERE length(path) = 149 LIMIT 1 OFFSET 500"
    ).fetchone()[0]
    actor, target = raw.execute(
        "SELECT actor_id, target_id FROM audit_events WHERE target_id IS NOT NULL"
        " AND actor_id IS NOT NULL AND rowid % 1000 = 1 LIMIT 1"
    ).fetchone()
    june, july = datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC)
    subtree = "org_id IN (SELECT id FROM organisations WHERE path >= ? AND path < ?)"
    month = "occurred_at >= ? AND occurred_at < ?"
    month_args = ("2026-06-01 00:00:00.000000", "2026-07-01 00:00:00.000000")
    return [
        ("largest top-level subtree", AuditFilter(org_path=tops), subtree, (tops, tops + "~")),
        ("a small subtree", AuditFilter(org_path=small), subtree, (small, small + "~")),
        ("one action", AuditFilter(action="impersonation.end"), "action = ?",
         ("impersonation.end",)),
        ("an action family", AuditFilter(action="auth."), "action >= ? AND action < ?",
         ("auth.", "auth/")),
        ("one month", AuditFilter(since=june, before=july), month, month_args),
        ("one actor", AuditFilter(actor_id=actor), "actor_id = ?", (actor,)),
        ("one target", AuditFilter(target_id=target), "target_id = ?", (target,)),
        ("subtree + family", AuditFilter(org_path=tops, action="auth."),
         f"{subtree} AND action >= ? AND action < ?", (tops, tops + "~", "auth.", "auth/")),
        ("subtree + month", AuditFilter(org_path=tops, since=june, before=july),
         f"{subtree} AND {month}", (tops, tops + "~", *month_args)),
    ]  # fmt: skip


def ten_million(path: Path, rows: int) -> dict[str, float]:
    """A cache of ``rows`` made-up events (SQL only), shown in the audit window's model and
    view: first paint, the bottom, the middle — beside the same view over no rows."""
    if not path.exists():
        bench.note(f"making {rows:,} events in {path} …")
        cache = Cache(path)
        start = time.perf_counter()
        with cache.writing() as conn:
            names = [r[1] for r in conn.exec_driver_sql("PRAGMA index_list(audit_events)")]
            for name in names:
                if name.startswith("ix_"):
                    conn.exec_driver_sql(f"DROP INDEX {name}")
            conn.exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                " INSERT INTO audit_events (id, chain_id, chain_seq, occurred_at, actor_id,"
                " actor_name, action, target_type, target_id, target_name, ip, device,"
                " prev_hash, hash, version, created_at, updated_at)"
                " SELECT printf('%08x-0000-4000-8000-%012x', i, i), 'chain', i,"
                " strftime('%Y-%m-%d %H:%M:%S', 1764547200 + i * 3, 'unixepoch') || '.000000',"
                " printf('actor-%d', i % 5000), printf('Person %d', i % 5000),"
                " CASE i % 4 WHEN 0 THEN 'auth.sign_in' WHEN 1 THEN 'org.update'"
                "  WHEN 2 THEN 'membership.create' ELSE 'licence.assign' END,"
                " 'person', printf('target-%d', i % 20000), printf('Target %d', i % 20000),"
                " printf('203.0.113.%d', i % 250), 'Firefox 133 on Windows 10',"
                " '', '', 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000' FROM n",
                (rows,),
            )
            for index in sorted(_audit_indexes(), key=lambda ix: str(ix.name)):
                index.create(conn)
        bench.note(f"made in {time.perf_counter() - start:.0f} s")
        cache.close()
    cache = Cache(path)
    read = _reader(cache)
    window = QtWidgets.QWidget()
    window.resize(1180, 760)
    layout = QtWidgets.QVBoxLayout(window)
    view = QtWidgets.QTableView()
    view.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    layout.addWidget(view)
    window.show()
    empty = AuditLogModel(read)  # the baseline: the same view over no rows
    empty.show(AuditFilter(text="nosuchwordanywhere"))
    view.setModel(empty)
    base = bench.stats(_timed(lambda: window.grab()))
    model, counting = _counted(read, AuditFilter())
    view.setModel(model)
    start = time.perf_counter()
    window.grab()
    first = time.perf_counter() - start
    repaint = bench.stats(_timed(lambda: window.grab()))

    def to(row: int) -> Callable[[], None]:
        def run() -> None:
            view.scrollTo(model.index(row, 0))
            window.grab()

        return run

    bottom = bench.stats(_timed(to(model.total - 1)))
    middle = bench.stats(_timed(to(model.total // 2 + 123)))
    bar = view.verticalScrollBar()
    print(
        f"{model.total:,} rows: rowCount {model.rowCount():,}, scroll bar maximum {bar.maximum():,}"
    )
    print(f"  full count with anchors {counting:.2f} s (in a worker)")
    print(f"  empty view paint {base.ms()}")
    print(f"  first paint {first * 1000:.1f} ms; repaint {repaint.ms()}")
    print(f"  to the bottom {bottom.ms()};  to the middle {middle.ms()}")
    assert model.rowCount() == rows and bar.maximum() > rows - 100
    window.close()
    cache.close()
    return {
        "rows_10m": model.total,
        "paint_10m_ms": repaint.median * 1000,
        "paint_empty_ms": base.median * 1000,
        "paint_ratio": bench.ratio(repaint.median, base.median),
        "bottom_10m_ms": bottom.median * 1000,
        "middle_10m_ms": middle.median * 1000,
        "count_10m_s": counting,
    }


def _audit_indexes() -> list[Any]:
    from hubdesk.services.cache.rows import TABLES

    return list(TABLES["audit_event"].indexes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="a synced console cache")
    parser.add_argument("--workers", type=int, default=None, help="verification processes")
    parser.add_argument("--verbose", action="store_true", help="each search's figures")
    parser.add_argument(
        "--ten-million", type=Path, default=None,
        help="also show a made-up cache of 10,000,000 events (made at PATH if missing)",
    )  # fmt: skip
    args = parser.parse_args()
    verbose = args.verbose
    bench.note(f"machine: {bench.machine()}")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    cache = Cache(args.cache)
    raw = sqlite3.connect(args.cache)
    total = raw.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    bench.note(f"cache {args.cache}: {total:,} audit events")

    with cache.reading() as conn:
        reach = audit_search.coverage(conn)
    build_s = 0.0
    if not reach.complete:
        bench.note(f"building the search index ({reach.indexed:,} of {reach.total:,} done) …")
        start = time.perf_counter()
        audit_search.build(cache.writing)
        build_s = time.perf_counter() - start
        bench.note(f"search index built in {build_s:.1f} s")

    read = _reader(cache)

    # -- search --------------------------------------------------------------------------------
    terms = _terms(raw)
    ours, base, naive = [], [], []
    for term in terms:
        match = match_query(term)
        mine = _timed(_show(read, AuditFilter(text=term)))
        ours += mine
        if verbose:
            print(f"  {term!r:32s} console {bench.stats(mine).ms()}")
        base += _timed(lambda m=match: (
            raw.execute("SELECT count(*) FROM (SELECT 1 FROM audit_text WHERE audit_text"
                        f" MATCH ? LIMIT {FIRST_COUNT + 1})", (m,)).fetchall(),
            raw.execute("SELECT rowid FROM audit_text WHERE audit_text MATCH ?"
                        " ORDER BY rowid DESC LIMIT 100", (m,)).fetchall(),
        ))  # fmt: skip
        naive += _timed(lambda m=match: raw.execute(
            "SELECT e.id FROM audit_events e JOIN audit_order k ON k.event = e.rowid"
            " JOIN audit_text t ON t.rowid = k.k WHERE audit_text MATCH ?"
            " ORDER BY e.occurred_at DESC LIMIT 100", (m,)
        ).fetchall(), repeat=1)  # fmt: skip
    search, search_raw, search_naive = bench.stats(ours), bench.stats(base), bench.stats(naive)
    print(f"search ({len(terms)} searches × {REPEAT}) console   {search.ms()}")
    print(f"                                 raw FTS5  {search_raw.ms()}")
    print(f"      MATCH joined and sorted by time (once) {search_naive.ms()}")

    # -- filters --------------------------------------------------------------------------------
    ours, base = [], []
    for label, f, where, params in _filters(raw):
        mine = _timed(_show(read, f))
        theirs = _timed(lambda w=where, p=params: (
            raw.execute("SELECT count(*) FROM (SELECT 1 FROM audit_events"
                        f" WHERE {w} LIMIT {FIRST_COUNT + 1})", p).fetchall(),
            raw.execute(f"SELECT id FROM audit_events WHERE {w}"
                        " ORDER BY occurred_at DESC, rowid DESC LIMIT 100", p).fetchall(),
        ), repeat=2)  # fmt: skip
        ours += mine
        base += theirs
        print(f"  {label:28s} console {bench.stats(mine).ms()}   raw {bench.stats(theirs).ms()}")
    filtered, filtered_raw = bench.stats(ours), bench.stats(base)
    print(f"filtered page (all filters)      console   {filtered.ms()}")
    print(f"                                 raw SQL   {filtered_raw.ms()}")

    # -- first page, last page, anywhere ----------------------------------------------------
    firsts, lasts, middles, counts = [], [], [], []
    for f in (AuditFilter(), AuditFilter(text="firefox"), _filters(raw)[0][1],
              AuditFilter(action="auth.")):  # fmt: skip
        model, counting = _counted(read, f)
        counts.append(counting)
        firsts += _timed(_jump(read, model, lambda n: 0))
        lasts += _timed(_jump(read, model, lambda n: n - 1))
        middles += _timed(_jump(read, model, lambda n: n // 2 + 17))
    first, last, middle = bench.stats(firsts), bench.stats(lasts), bench.stats(middles)
    full_count = bench.stats(counts)
    print(f"first page  {first.ms()}")
    print(f"last page   {last.ms()}   ({bench.ratio(last.median, first.median):.2f}× the first)")
    print(f"middle page {middle.ms()}   (from the anchor before it)")
    print(f"full count with anchors, in a worker: {full_count.ms()}")

    # -- verification ---------------------------------------------------------------------------
    key = None  # the hashes and chains; signatures need material and a pinned key
    start = time.perf_counter()
    verified = audit_proof.verify(cache, key, args.workers)
    verify_s = time.perf_counter() - start
    columns = ", ".join(CHAINED_FIELDS)
    start = time.perf_counter()
    sha = hashlib.sha256
    for row in raw.execute(f"SELECT {columns}, prev_hash, hash FROM audit_events"):
        sha(f"{row[-2]}\n{row[-1]}{row[0]}".encode()).hexdigest()
    raw_s = time.perf_counter() - start
    faults = sum(1 for c in verified.chains if c.fault)
    print(f"verification: {verified.events:,} events in {len(verified.chains)} chains,"
          f" {faults} faults, {verify_s:.2f} s;"
          f" raw read + sha256 (one process) {raw_s:.2f} s")  # fmt: skip
    big = ten_million(args.ten_million, 10_000_000) if args.ten_million else {}
    del app
    bench.result(
        events=total,
        index_build_s=build_s,
        search_p95_ms=search.p95 * 1000,
        search_median_ms=search.median * 1000,
        search_raw_p95_ms=search_raw.p95 * 1000,
        search_ratio=bench.ratio(search.p95, search_raw.p95),
        search_naive_p95_ms=search_naive.p95 * 1000,
        filtered_p95_ms=filtered.p95 * 1000,
        filtered_raw_p95_ms=filtered_raw.p95 * 1000,
        filtered_ratio=bench.ratio(filtered.p95, filtered_raw.p95),
        first_page_ms=first.median * 1000,
        last_page_ms=last.median * 1000,
        last_first_ratio=bench.ratio(last.median, first.median),
        middle_page_p95_ms=middle.p95 * 1000,
        full_count_p95_ms=full_count.p95 * 1000,
        verify_s=verify_s,
        verify_raw_s=raw_s,
        verify_ratio=bench.ratio(verify_s, raw_s),
        verify_faults=faults,
        **big,
    )


if __name__ == "__main__":
    main()
