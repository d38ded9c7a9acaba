"""Effective access on a large tree: a person's grants with what each reaches, what they
add up to at a deep organisation, and everyone who reaches that organisation.

The console's functions (``hubdesk.services.cache.access``) over a database with the
cache's tables and indexes (the server's data set is read as it is: same models, same
indexes; opened read-only). Timed with ``time.perf_counter``, median and p95 of repeated
runs, for:

* the person whose grants reach the most organisations (platform support at the root:
  the whole tree), and the person with the most grants;
* ``person_access`` + ``reached`` (the first 1,000 organisations reached, and how many in
  all) + ``explain_at`` (the person tab) at the deepest organisation;
* ``org_access`` (the organisation tab) at that organisation.

Baseline: the raw ``sqlite3`` queries any such view must make, same run: the person's
memberships joined to their organisations and roles, and per grant the count of the
organisations in its subtree (an index range over ``path``).

    .venv/bin/python benchmarks/effective_access.py                       # generated, small
    .venv/bin/python benchmarks/effective_access.py --data /tmp/spec.sqlite  # 100,000 orgs
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _support as bench
from sqlalchemy import create_engine

from hubdesk.services.cache.access import explain_at, org_access, person_access, reached

RAW = """
SELECT m.id, o.id, o.name, o.path, r.name, r.permissions, m.status
FROM memberships m JOIN organisations o ON o.id = m.org_id JOIN roles r ON r.id = m.role_id
WHERE m.person_id = ? ORDER BY o.depth, o.name_fold
"""
REACH = "SELECT count(*) FROM organisations WHERE path >= ? AND path < ?"


def timed(fn: Callable[[], Any], runs: int) -> bench.Stats:
    fn()  # warm the page cache
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return bench.stats(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench.add_data_arguments(parser)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    bench.note(bench.machine())
    with bench.workdir(args.workdir) as work:
        database: Path = args.data if args.data is not None else bench.server_database(args, work)
        raw = sqlite3.connect(bench.readonly_uri(database), uri=True)
        orgs = raw.execute("SELECT count(*) FROM organisations").fetchone()[0]
        widest = raw.execute(
            "SELECT m.person_id FROM memberships m JOIN organisations o ON o.id = m.org_id "
            "ORDER BY o.depth, m.id LIMIT 1"
        ).fetchone()[0]
        busiest = raw.execute(
            "SELECT person_id FROM memberships GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        deep_id, deep_path = raw.execute(
            "SELECT id, path FROM organisations ORDER BY depth DESC, id LIMIT 1"
        ).fetchone()
        bench.note(f"{orgs:,} organisations; deepest at {deep_path.count('/') - 1} levels")
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(bench.readonly_uri(database), uri=True)
        )
        results: dict[str, float] = {}
        with contextlib.closing(engine.connect()) as conn:
            for label, person in (("widest", widest), ("busiest", busiest)):
                grants = person_access(conn, person)
                reach = sum(g.reaches for g in grants)

                def raw_tab(p: str = person) -> None:
                    for row in raw.execute(RAW, (p,)).fetchall():
                        path = row[3]
                        raw.execute(REACH, (path, path[:-1] + "0")).fetchone()

                baseline = timed(raw_tab, args.runs)

                def person_tab(p: str = person) -> None:
                    found = person_access(conn, p)
                    reached(conn, found)  # the organisations reached (first 1,000)
                    explain_at(p, found, deep_path)

                tab = timed(person_tab, args.runs)
                bench.note(
                    f"{label}: {len(grants)} grants reaching {reach:,} organisations: "
                    f"person tab {tab.ms()}; raw queries {baseline.ms()}; "
                    f"ratio {bench.ratio(tab.median, baseline.median):.1f}"
                )
                results[f"{label}_p95_ms"] = tab.p95 * 1000
                results[f"{label}_reach"] = reach
                results[f"{label}_ratio"] = bench.ratio(tab.median, baseline.median)
            org_tab = timed(lambda: org_access(conn, deep_id), args.runs)
            count = org_access(conn, deep_id)[1]
            bench.note(
                f"organisation tab at the deepest organisation ({count} grants): {org_tab.ms()}"
            )
            results["org_tab_p95_ms"] = org_tab.p95 * 1000
        raw.close()
    bench.result(orgs=orgs, **results)


if __name__ == "__main__":
    main()
