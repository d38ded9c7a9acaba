"""Resuming a sync: 1,000 new audit events on top of a cache that holds the whole set.

Needs the large data set and a cache of it (``initial_pull.py --keep-cache``). The real
server (child process, loopback) serves a copy of the data set; platform support makes
``--new-events`` changes through ``POST /sync/push`` (organisation details: each change is
one audit event and one changed organisation, so the delta is twice as many feed
rows). Then, from a copy of the full cache each time:

* **console**: ``Puller.pull()`` from the cache's cursor, as the console runs it;
* **baseline**: the same delta fetched with plain ``httpx`` and written with ``sqlite3``
  ``executemany`` into another copy of the same cache.

The cost should follow the delta, not the cache: it prints the time per delta row next
to the per-row time of the initial pull (``--initial-rate``, rows/s, from
docs/benchmarks.md) and the ratio console / baseline.

    .venv/bin/python benchmarks/resume.py --data /tmp/big.sqlite \
        --cache /tmp/hb-perf/big-cache.sqlite
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sqlite3
import time
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import _support as bench
import httpx
from initial_pull import raw_pull, sign_in_raw

from hubdesk.services.api import ApiClient
from hubdesk.services.cache import Cache
from hubdesk.services.sync import Puller


def make_changes(server: bench.Server, database: Path, count: int) -> None:
    with closing(sqlite3.connect(bench.readonly_uri(database), uri=True)) as conn:
        orgs = conn.execute(
            "SELECT id, version FROM organisations WHERE depth > 0 LIMIT ?", (count,)
        ).fetchall()
    access, _refresh = sign_in_raw(server.api)
    client_id = str(uuid.uuid4())
    with httpx.Client(base_url=server.api, timeout=120) as http:
        http.headers["Authorization"] = f"Bearer {access}"
        for start in range(0, count, 100):
            mutations = [
                {
                    "key": str(uuid.uuid4()),
                    "seq": start + i + 1,
                    "op": "organisation.update",
                    "entity_id": org_id,
                    "base_version": version,
                    "payload": {"phone": f"+45 {start + i:08d}"},
                }
                for i, (org_id, version) in enumerate(orgs[start : start + 100])
            ]
            answer = http.post("/sync/push", json={"client_id": client_id, "mutations": mutations})
            answer.raise_for_status()
            assert all(r["status"] == "applied" for r in answer.json()["results"])


def cursor_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        (value,) = conn.execute("SELECT value FROM cache_state WHERE key = 'cursor'").fetchone()
    return str(value)


async def console_resume(server: bench.Server, path: Path) -> tuple[float, int]:
    api = ApiClient(server.url)
    await api.login(bench.SUPPORT_EMAIL, bench.PASSWORD)
    cache = Cache(path)
    try:
        started = time.perf_counter()
        result = await Puller(api, cache).pull()
        return time.perf_counter() - started, result.rows
    finally:
        cache.close()
        await api.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    bench.add_data_arguments(parser)
    parser.add_argument("--cache", type=Path, required=True, help="a full cache of --data")
    parser.add_argument("--new-events", type=int, default=1000, help="changes to resume over")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--initial-rate", type=float, help="initial pull rows/s, to compare")
    args = parser.parse_args()
    bench.note(f"machine: {bench.machine()}")
    with bench.workdir(args.workdir) as work:
        database = bench.server_database(args, work)
        with bench.serve(database) as server:
            make_changes(server, database, args.new_events)
            consoles, baselines, rows = [], [], 0
            for run in range(args.runs):
                copy = work / f"console-{run}.sqlite"
                shutil.copyfile(args.cache, copy)
                seconds, rows = asyncio.run(console_resume(server, copy))
                consoles.append(seconds)
                raw = work / f"raw-{run}.sqlite"
                shutil.copyfile(args.cache, raw)
                tokens = sign_in_raw(server.api)
                baseline = raw_pull(server, raw, 2000, None, tokens, cursor_of(raw))
                baselines.append(baseline.wall)
                bench.note(
                    f"run {run + 1}: console {seconds * 1000:.0f} ms ({rows} rows), "
                    f"baseline {baseline.wall * 1000:.0f} ms ({baseline.rows} rows)"
                )
                copy.unlink()
                raw.unlink()
    console = bench.stats(consoles)
    base = bench.stats(baselines)
    cache_rows = _rows(args.cache)
    per_row_us = console.median / max(rows, 1) * 1e6
    print(
        f"cache: {cache_rows:,} rows; delta: {rows:,} feed rows "
        f"({args.new_events} new audit events)"
    )
    print(f"console resume: {console.ms()}  ({per_row_us:.0f} µs per delta row)")
    print(f"baseline:       {base.ms()}")
    values: dict[str, Any] = {
        "cache_rows": cache_rows,
        "delta_rows": rows,
        "resume_ms": console.median * 1000,
        "baseline_ms": base.median * 1000,
        "ratio": bench.ratio(base.median, console.median),
        "us_per_delta_row": per_row_us,
    }
    if args.initial_rate:
        initial_us = 1e6 / args.initial_rate
        print(
            f"initial pull: {initial_us:.0f} µs per row → resume/initial per row "
            f"{per_row_us / initial_us:.2f}"
        )
        values["per_row_vs_initial"] = per_row_us / initial_us
    bench.result(**values)


def _rows(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return sum(conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names)


if __name__ == "__main__":
    main()
