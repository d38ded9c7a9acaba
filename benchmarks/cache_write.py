"""The SQLite floor under the pull: writing audit events into the console's cache.

Audit events are most of the large data set. This reads them from a server database in
feed order (their stored form is the cache's: same column types) and writes them with
plain ``sqlite3`` ``executemany`` into an empty cache with the console's schema and
connection settings (WAL, ``synchronous=FULL``, 32 MB page cache), one transaction per
page with the cursor row, as ``apply_page`` does — no HTTP, no pydantic, no SQLAlchemy.
Only the writes are timed.

Baseline in the same run: the same rows into the same table without its three secondary
indexes (org + time, chain + number, actor + time), i.e. what the writes would cost
without index maintenance. ``--batch``, ``--cache-mb`` and ``--wal-autocheckpoint`` try
other settings than the console's.

    .venv/bin/python benchmarks/cache_write.py                        # small generated data set
    .venv/bin/python benchmarks/cache_write.py --data /tmp/big.sqlite --rows 600000
    .venv/bin/python benchmarks/cache_write.py --data /tmp/big.sqlite --rows 600000 --batch 5000
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import time
from pathlib import Path

import _support as bench

from hubdesk.services.cache import Cache

SECONDARY = ("ix_audit_events_org_time", "ix_audit_events_chain", "ix_audit_events_actor")


def write(
    source: Path, target: Path, args: argparse.Namespace, *, indexes: bool
) -> tuple[int, float, float]:
    """(rows, wall seconds, CPU seconds) of writing ``args.rows`` audit events."""
    Cache(target).close()  # the console's schema
    conn = sqlite3.connect(target, isolation_level=None)
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",  # as the console's cache (hubdesk.services.cache.store)
        "foreign_keys=OFF",
        f"cache_size=-{args.cache_mb * 1024}",
        f"wal_autocheckpoint={args.wal_autocheckpoint}",
    ):
        conn.execute(f"PRAGMA {pragma}")
    if not indexes:
        for name in SECONDARY:
            conn.execute(f"DROP INDEX {name}")
    columns = [row[1] for row in conn.execute("PRAGMA table_info(audit_events)")]
    names = ", ".join(f'"{c}"' for c in columns)  # "before"/"after" are keywords
    insert = (
        f"INSERT OR REPLACE INTO audit_events ({names}) VALUES ({', '.join('?' * len(columns))})"
    )
    cursor = "INSERT OR REPLACE INTO cache_state (key, value) VALUES ('cursor', ?)"
    rows = wall = cpu = 0.0
    with contextlib.closing(sqlite3.connect(bench.readonly_uri(source), uri=True)) as src:
        feed = src.execute(
            f"SELECT {', '.join('a.' + c for c in names.split(', '))} FROM sync_index s "
            "JOIN audit_events a ON a.id = s.entity_id "
            "WHERE s.entity_type = 'audit_event' ORDER BY s.seq LIMIT ?",
            (args.rows,),
        )
        while batch := feed.fetchmany(args.batch):
            t0, c0 = time.perf_counter(), bench.cpu_seconds()
            conn.execute("BEGIN")
            conn.executemany(insert, batch)
            conn.execute(cursor, (str(rows),))
            conn.execute("COMMIT")
            wall += time.perf_counter() - t0
            cpu += bench.cpu_seconds() - c0
            rows += len(batch)
    conn.close()
    return int(rows), wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    bench.add_data_arguments(parser)
    parser.add_argument("--rows", type=int, default=300_000, help="audit events to write")
    parser.add_argument("--batch", type=int, default=2000, help="rows per transaction (page)")
    parser.add_argument("--cache-mb", type=int, default=32, help="SQLite page cache (console: 32)")
    parser.add_argument(
        "--wal-autocheckpoint", type=int, default=1000, help="pages (SQLite's default: 1000)"
    )
    args = parser.parse_args()
    bench.note(f"machine: {bench.machine()}")
    with bench.workdir(args.workdir) as work:
        if args.data is not None:  # read in place, read-only: nothing is written next to it
            source = Path(args.data)
            bench.check_readable(source)
        else:
            source = bench.server_database(args, work)
        results = {}
        for name, indexes in (("cache schema", True), ("baseline: no secondary indexes", False)):
            rows, wall, cpu = write(source, work / f"{indexes}.sqlite", args, indexes=indexes)
            results[indexes] = (rows, wall)
            print(
                f"{name:<31} {rows:>9,} rows  {wall:7.2f} s  {rows / wall:>9,.0f} rows/s  "
                f"({1e6 * wall / rows:5.1f} µs/row wall, {1e6 * cpu / rows:5.1f} µs/row CPU)"
            )
    (rows, indexed), (_rows, bare) = results[True], results[False]
    print(f"ratio (rows/s, cache schema / baseline): {bare / indexed:.3f}")
    bench.result(
        rows=rows,
        batch=args.batch,
        cache_mb=args.cache_mb,
        wal_autocheckpoint=args.wal_autocheckpoint,
        rows_per_s=rows / indexed,
        baseline_rows_per_s=rows / bare,
        ratio=bare / indexed,
    )


if __name__ == "__main__":
    main()
