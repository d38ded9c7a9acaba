"""A partner's customers page at 100,000 customers (issue 7): a filter or search keystroke
to an updated view, and sorting by every column — beside the raw SQLite query for the
same filter in the same run.

The data set is a server database made by ``hubdesk-server generate`` (copied; its
synced tables are the cache's tables, same models and indexes); the console's
``customer_rows`` table is made in the copy and worked out for the partner with the most
customers (``customers.refresh``, timed). Then, for each keystroke of a search and each
filter, what the customers window does (``CustomersModel.show`` — the first page — and
the status tabs' counts) against raw ``sqlite3`` running the same two statements; and a
sort by each column (the first page in that order).

    .venv/bin/hubdesk-server generate --database-url sqlite:////tmp/cust.sqlite \\
        --orgs 10010 --customers 222222 --audit-events 300000 --people 20000
    .venv/bin/python benchmarks/customers.py --data /tmp/cust.sqlite
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import date
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import _support as bench
from sqlalchemy import create_engine

from hubdesk.domain.text import fold
from hubdesk.models.cache import CacheBase, CustomerFind, CustomerRow
from hubdesk.services.cache import customers
from hubdesk.services.cache.customers import CustomerFilter, Sort
from hubdesk.ui.models.customers import CustomersModel
from hubdesk.ui.qt import QtWidgets

RUNS = 7


def timed(fn: Callable[[], Any], runs: int = RUNS) -> list[float]:
    fn()  # warm
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


Statement = tuple[str, tuple[Any, ...]]


def raw_statements(partner: str, f: CustomerFilter, sort: Sort) -> list[Statement]:
    """The same filter as plain SQL: the first page in the sort's order, and the counts."""
    terms: list[tuple[str, tuple[Any, ...]]] = [("partner_id = ?", (partner,))]
    if f.needs_attention:
        terms.append(("attention > 0", ()))
    terms += [("instr(search_fold, ?) > 0", (w,)) for w in fold(f.text).split()]
    status = [("status = ?", (f.status,))] if f.status else []

    def where(chosen: list[tuple[str, tuple[Any, ...]]]) -> Statement:
        return " AND ".join(t for t, _p in chosen), tuple(p for _t, ps in chosen for p in ps)

    page_where, page_params = where(terms + status)
    count_where, count_params = where(terms)
    page = (
        f"SELECT * FROM customer_rows WHERE {page_where}"
        f" ORDER BY {sort.value}, customer_id LIMIT 200"
    )
    counts = f"SELECT status, count(*) FROM customer_rows WHERE {count_where} GROUP BY status"
    return [(page, page_params), (counts, count_params)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench.add_data_arguments(parser)
    parser.add_argument("--verbose", action="store_true", help="each filter's figures")
    args = parser.parse_args()
    bench.note(bench.machine())
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    with bench.workdir(args.workdir) as work:
        database = bench.server_database(args, work)
        engine = create_engine(f"sqlite:///{database}")
        tables = [CustomerRow.__table__, CustomerFind.__table__]
        CacheBase.metadata.create_all(engine, tables=tables)  # type: ignore[arg-type]
        raw = sqlite3.connect(database)
        partner, many = raw.execute(
            "SELECT parent_id, count(*) FROM organisations WHERE kind = 'customer'"
            " GROUP BY parent_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        bench.note(f"the partner with the most customers: {many:,}")
        with engine.begin() as conn:
            start = time.perf_counter()
            rows = customers.refresh(conn, partner, date.today())
            refresh_s = time.perf_counter() - start
        bench.note(f"customer rows worked out in {refresh_s:.1f} s ({rows:,})")
        conn = engine.connect()

        def read(fn: Callable[[Any], Any]) -> Any:
            return fn(conn)

        model = CustomersModel(read)
        word = (
            raw.execute(
                "SELECT name_fold FROM customer_rows WHERE partner_id = ? LIMIT 1 OFFSET 777",
                (partner,),
            )
            .fetchone()[0]
            .split()[0]
        )
        typed = [word[:n] for n in range(1, len(word) + 1)]
        filters = [CustomerFilter(text=t) for t in typed] + [
            CustomerFilter(),
            CustomerFilter(status="trial"),
            CustomerFilter(status="active"),
            CustomerFilter(status="closed"),
            CustomerFilter(needs_attention=True),
            CustomerFilter(status="trial", needs_attention=True),
            CustomerFilter(status="active", text=word[:3]),
            CustomerFilter(needs_attention=True, text="iso"),
        ]
        ours, base = [], []
        for f in filters:

            def keystroke(f: CustomerFilter = f) -> None:
                model.show(partner, f)
                customers.counts(conn, partner, f)

            def raw_keystroke(f: CustomerFilter = f) -> None:
                for sql, params in raw_statements(partner, f, Sort.NAME):
                    raw.execute(sql, params).fetchall()

            mine, theirs = timed(keystroke), timed(raw_keystroke)
            ours += mine
            base += theirs
            if args.verbose:
                print(f"  {f!s:90.90s} {bench.stats(mine).ms()}  raw {bench.stats(theirs).ms()}")
        keys, keys_raw = bench.stats(ours), bench.stats(base)
        print(f"keystroke ({len(filters)} filters × {RUNS})  console {keys.ms()}")
        print(f"                                 raw SQL {keys_raw.ms()}")
        sorts: dict[str, float] = {}
        for sort in Sort:
            for descending in (False, True):

                def sorted_page(s: Sort = sort, d: bool = descending) -> None:
                    model.sort_key, model.descending = s, d
                    model.show(partner, CustomerFilter())

                got = bench.stats(timed(sorted_page))
                sorts[f"{sort.name.lower()}{'_desc' if descending else ''}"] = got.p95
        worst = max(sorts, key=lambda k: sorts[k])
        each = ", ".join(f"{k} {v * 1000:.1f}" for k, v in sorts.items())
        print(f"sorting (first page), p95 ms: worst {sorts[worst] * 1000:.2f} ({worst}); {each}")
        conn.close()
        raw.close()
    del app
    bench.result(
        customers=many,
        refresh_s=refresh_s,
        keystroke_p95_ms=keys.p95 * 1000,
        keystroke_median_ms=keys.median * 1000,
        raw_p95_ms=keys_raw.p95 * 1000,
        ratio_p95=bench.ratio(keys.p95, keys_raw.p95),
        sort_worst_p95_ms=sorts[worst] * 1000,
    )


if __name__ == "__main__":
    main()
