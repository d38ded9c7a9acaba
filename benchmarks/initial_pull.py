"""Initial pull of a large data set: ``Puller.pull()`` against a raw httpx + sqlite3 loop.

The real server (``hubdesk-server`` in a child process, on loopback, over a copy of the
data set) serves the feed to platform support twice in one run:

* **baseline**: the same feed pages fetched with a plain ``httpx.Client`` (same page
  size, same cursors), parsed with ``json.loads`` and written with ``sqlite3``
  ``executemany`` into an empty cache with the console's schema, one transaction per
  page with the cursor, ``synchronous=FULL`` like the console (no pydantic, no
  SQLAlchemy, no validation);
* **Puller**: ``hubdesk.services.sync.Puller.pull()`` into a fresh ``Cache``, exactly as
  the console runs it (async httpx, pydantic validation, the real apply path).

Both sign in before either pulls, so both read the same feed. For each run it prints
rows/s, pages, where the time went — HTTP requests in flight (server work + transfer),
client work (parse/validate/write, split by function), and the idle wait (wall - client
work: the server's share that is not hidden behind client work; the baseline is
sequential, the Puller asks for the next page while it writes the current one) — and
the CPU time of the server process and of this one; then the ratio Puller/baseline.

    .venv/bin/python benchmarks/initial_pull.py                     # small generated data set
    .venv/bin/python benchmarks/initial_pull.py --data /tmp/big.sqlite
    .venv/bin/python benchmarks/initial_pull.py --data /tmp/big.sqlite --limit-rows 200000
    .venv/bin/python benchmarks/initial_pull.py --data /tmp/big.sqlite --keep-cache /tmp/c.sqlite
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import inspect
import json
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import _support as bench
import httpx

from hubdesk.models.registry import BY_NAME
from hubdesk.services import sync as sync_module
from hubdesk.services.api import ApiClient
from hubdesk.services.cache import Cache
from hubdesk.services.sync import Cancelled, Puller, PullProgress

T = TypeVar("T")
DEFAULT_PAGE = int(inspect.signature(Puller.__init__).parameters["page_size"].default)
# The console's worker functions, timed separately when present (parse/validate vs write).
TIMED_FUNCTIONS = ("peek_page", "parse_change_page", "apply_page")


@dataclass
class Run:
    name: str
    rows: int = 0
    pages: int = 0
    wall: float = 0.0
    http: float = 0.0  # awaiting HTTP answers (request sent → whole body received)
    work: float = 0.0  # client-side parse/validate/write
    parts: dict[str, float] = field(default_factory=dict)
    cursors: list[str | None] = field(default_factory=list)
    server_cpu: float = 0.0
    client_cpu: float = 0.0

    @property
    def idle(self) -> float:
        """Time with no page being worked on: waiting for the server (and overhead)."""
        return max(0.0, self.wall - self.work)

    @property
    def rate(self) -> float:
        return self.rows / self.wall if self.wall else 0.0

    def report(self) -> None:
        print(
            f"{self.name:<9} {self.rows:>10,} rows {self.pages:>6,} pages "
            f"{self.wall:8.2f} s  {self.rate:>9,.0f} rows/s"
        )

        def share(seconds: float) -> str:
            return f"{seconds:7.2f} s ({100 * seconds / self.wall:3.0f} % of wall)"

        print(f"          HTTP requests in flight {share(self.http)}")
        print(f"          client work             {share(self.work)}")
        print(f"          idle, waiting for pages {share(self.idle)}  (wall - client work)")
        for name, seconds in self.parts.items():
            print(f"            {name:<21} {share(seconds)}")
        print(
            f"          CPU: server process {self.server_cpu:6.2f} s, "
            f"this process {self.client_cpu:6.2f} s"
        )


# -- baseline: httpx + json + sqlite3 ------------------------------------------------------------


def sign_in_raw(api: str) -> tuple[str, str]:
    answer = httpx.post(
        f"{api}/auth/login", json={"email": bench.SUPPORT_EMAIL, "password": bench.PASSWORD}
    )
    answer.raise_for_status()
    body = answer.json()
    return body["access_token"], body["refresh_token"]


def _json_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    return [row[1] for row in info if row[2].upper() == "JSON"]


def raw_pull(
    server: bench.Server,
    path: Path,
    page_size: int,
    limit: int | None,
    tokens: tuple[str, str],
    cursor: str | None = None,
) -> Run:
    """The baseline pull into ``path`` (a fresh cache, or an existing one from ``cursor``)."""
    Cache(path).close()  # the console's schema, created once (not timed)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=OFF", "cache_size=-32000"):
        conn.execute(f"PRAGMA {pragma}")
    json_columns = {
        name: set(_json_columns(conn, spec.table_name)) for name, spec in BY_NAME.items()
    }
    statements: dict[tuple[str, tuple[str, ...]], tuple[str, list[int]]] = {}
    state = "INSERT INTO cache_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"  # noqa: E501
    access, refresh = tokens
    run = Run("baseline")
    server_cpu, client_cpu = server.cpu_seconds(), bench.cpu_seconds()
    started = time.perf_counter()
    with httpx.Client(base_url=server.api, timeout=120) as client:
        while True:
            params: dict[str, Any] = {"limit": page_size} | ({"cursor": cursor} if cursor else {})
            run.cursors.append(cursor)
            t0 = time.perf_counter()
            answer = client.get(
                "/sync/changes", params=params, headers={"Authorization": f"Bearer {access}"}
            )
            if answer.status_code == 401:  # the access token expired (15 min): refresh it
                pair = httpx.post(
                    f"{server.api}/auth/refresh", json={"refresh_token": refresh}
                ).json()
                access, refresh = pair["access_token"], pair["refresh_token"]
                continue
            answer.raise_for_status()
            body = answer.content
            t1 = time.perf_counter()
            page = json.loads(body)
            t2 = time.perf_counter()
            upserts: list[tuple[str, list[list[Any]]]] = []
            deletes: dict[str, list[str]] = {}
            for tombstone in page["deletes"]:
                deletes.setdefault(tombstone["type"], []).append(tombstone["id"])
            for block in page["upserts"]:
                key = (block["type"], tuple(block["columns"]))
                if key not in statements:
                    table = BY_NAME[block["type"]].table_name
                    names = ",".join(f'"{c}"' for c in block["columns"])
                    marks = ",".join("?" * len(block["columns"]))
                    wanted = json_columns[block["type"]]
                    json_at = [i for i, c in enumerate(block["columns"]) if c in wanted]
                    sql = f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})"
                    statements[key] = (sql, json_at)
                sql, json_at = statements[key]
                rows = block["rows"]
                for row in rows:
                    for i in json_at:
                        row[i] = json.dumps(row[i])
                upserts.append((sql, rows))
            conn.execute("BEGIN")
            if page["reset"]:
                for spec in BY_NAME.values():
                    conn.execute(f"DELETE FROM {spec.table_name}")
            for entity_type, ids in deletes.items():
                table = BY_NAME[entity_type].table_name
                conn.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(ids))})", ids)
            for sql, rows in upserts:
                conn.executemany(sql, rows)
            conn.execute(state, ("cursor", page["next_cursor"]))
            conn.execute(state, ("scope_roots", json.dumps(page["scope_roots"])))
            conn.execute("COMMIT")
            t3 = time.perf_counter()
            run.http += t1 - t0
            run.parts["json.loads"] = run.parts.get("json.loads", 0.0) + t2 - t1
            run.parts["rows + sqlite3 write"] = run.parts.get("rows + sqlite3 write", 0.0) + t3 - t2
            run.rows += sum(len(b["rows"]) for b in page["upserts"]) + len(page["deletes"])
            run.pages += 1
            cursor = page["next_cursor"]
            if not page["has_more"] or (limit is not None and run.rows >= limit):
                break
    run.wall = time.perf_counter() - started
    run.work = sum(run.parts.values())
    run.server_cpu = server.cpu_seconds() - server_cpu
    run.client_cpu = bench.cpu_seconds() - client_cpu
    conn.close()
    return run


# -- the console's Puller -------------------------------------------------------------------------


def _timed(run: Run, name: str, fn: Callable[..., T]) -> Callable[..., T]:
    def timed(*args: Any, **kwargs: Any) -> T:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            run.parts[name] = run.parts.get(name, 0.0) + time.perf_counter() - t0

    return timed


async def puller_pull(
    server: bench.Server, api: ApiClient, path: Path, page_size: int, limit: int | None
) -> Run:
    run = Run("Puller")
    cache = Cache(path)
    original = api.changes_raw

    async def changes_raw(
        cursor: str | None, limit: int = 1000, *, count_remaining: bool = False
    ) -> bytes:
        run.cursors.append(cursor)
        t0 = time.perf_counter()
        try:
            return await original(cursor, limit, count_remaining=count_remaining)
        finally:
            run.http += time.perf_counter() - t0

    async def run_blocking(fn: Callable[[], T]) -> T:
        def work() -> T:
            t0 = time.perf_counter()
            try:
                return fn()
            finally:
                run.work += time.perf_counter() - t0

        return await asyncio.to_thread(work)

    cancel = asyncio.Event()

    def progress(p: PullProgress) -> None:
        run.rows, run.pages = p.rows, p.pages
        if limit is not None and p.rows >= limit:
            cancel.set()

    api.changes_raw = changes_raw  # type: ignore[method-assign]
    patched = {n: getattr(sync_module, n) for n in TIMED_FUNCTIONS if hasattr(sync_module, n)}
    for name, fn in patched.items():
        setattr(sync_module, name, _timed(run, name, fn))
    puller = Puller(api, cache, page_size=page_size, run_blocking=run_blocking)
    server_cpu, client_cpu = server.cpu_seconds(), bench.cpu_seconds()
    started = time.perf_counter()
    try:
        with contextlib.suppress(Cancelled):
            await puller.pull(on_progress=progress, cancel=cancel)
        run.wall = time.perf_counter() - started
        run.server_cpu = server.cpu_seconds() - server_cpu
        run.client_cpu = bench.cpu_seconds() - client_cpu
        wal = Path(f"{path}-wal")
        size = wal.stat().st_size / 2**20 if wal.exists() else 0.0
        t0 = time.perf_counter()
        cache.checkpoint_caught_up()
        print(
            f"# the background checkpoint caught up {time.perf_counter() - t0:.1f} s after "
            f"the pull (WAL file {size:,.0f} MB when the pull ended)"
        )
    finally:
        for name, fn in patched.items():
            setattr(sync_module, name, fn)
        api.changes_raw = original  # type: ignore[method-assign]
        cache.close()
    # a prefetched page that the cancel threw away is not part of the pull
    del run.cursors[run.pages :]
    return run


def table_counts(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {
            spec.table_name: conn.execute(f"SELECT count(*) FROM {spec.table_name}").fetchone()[0]
            for spec in BY_NAME.values()
        }


# -- main ------------------------------------------------------------------------------------------


async def measure(args: argparse.Namespace, server: bench.Server, work: Path) -> None:
    limit = args.limit_rows
    api = ApiClient(server.url, timeout=120)
    try:
        await api.login(bench.SUPPORT_EMAIL, bench.PASSWORD)  # both sign in before either
        tokens = sign_in_raw(server.api)  # pulls: both read the same feed
        runs: dict[str, Run] = {}
        if args.runs in ("both", "baseline"):
            bench.note("baseline: httpx + json.loads + sqlite3 executemany …")
            runs["baseline"] = raw_pull(server, work / "raw.sqlite", args.page_size, limit, tokens)
            runs["baseline"].report()
        if args.runs in ("both", "puller"):
            bench.note("Puller.pull() …")
            path = work / "cache.sqlite"
            runs["puller"] = await puller_pull(server, api, path, args.page_size, limit)
            runs["puller"].report()
            if args.keep_cache is not None:
                args.keep_cache.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(path, args.keep_cache)
                bench.note(f"kept the Puller's cache as {args.keep_cache}")
                path = args.keep_cache
    finally:
        await api.aclose()

    values: dict[str, object] = {"page_size": args.page_size}
    if "puller" in runs:
        p = runs["puller"]
        events = table_counts(path)["audit_events"]
        print(f"audit events pulled: {events:,} = {events / p.wall:,.0f} events/s")
        values |= {
            "audit_events": events,
            "puller_events_per_s": events / p.wall,
            "rows": p.rows,
            "pages": p.pages,
            "puller_s": p.wall,
            "puller_rows_per_s": p.rate,
            "puller_http_in_flight_share": p.http / p.wall,
            "puller_client_work_share": p.work / p.wall,
            "puller_idle_wait_share": p.idle / p.wall,
        }
    if "baseline" in runs:
        b = runs["baseline"]
        values |= {
            "rows": b.rows,
            "pages": b.pages,
            "raw_s": b.wall,
            "raw_rows_per_s": b.rate,
            "raw_http_wait_share": b.http / b.wall,
            "raw_client_work_share": b.work / b.wall,
        }
    if len(runs) == 2:
        p, b = runs["puller"], runs["baseline"]
        same = p.cursors == b.cursors and p.rows == b.rows
        counts_equal = table_counts(work / "raw.sqlite") == table_counts(path)
        print(
            f"same pages and cursors in both runs: {'yes' if same else 'NO'}; "
            f"same row counts in both caches: {'yes' if counts_equal else 'NO'}"
        )
        print(f"ratio Puller / baseline (rows/s): {p.rate / b.rate:.2f}")
        values["ratio"] = p.rate / b.rate
        values["same_feed"] = "yes" if same and counts_equal else "no"
    bench.result(**values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    bench.add_data_arguments(parser)
    parser.add_argument("--page-size", type=int, default=DEFAULT_PAGE, help="feed page size")
    parser.add_argument("--limit-rows", type=int, help="stop each run after about N rows")
    parser.add_argument("--runs", choices=("both", "baseline", "puller"), default="both")
    parser.add_argument(
        "--keep-cache", type=Path, help="keep the Puller's cache file here (for tree.py --cache)"
    )
    args = parser.parse_args()
    bench.note(f"machine: {bench.machine()}")
    with bench.workdir(args.workdir) as work:
        database = bench.server_database(args, work)
        with bench.serve(database) as server:
            asyncio.run(measure(args, server, work))


if __name__ == "__main__":
    main()
