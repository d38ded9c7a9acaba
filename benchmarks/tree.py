"""The organisation tree on a large cache: first paint, a 10,000-children node, search.

Offscreen Qt (``QT_QPA_PLATFORM=offscreen``), the console's ``OrgTreeModel`` in a
``QTreeView`` set up like the main window's, over a console cache pulled from the
large data set. Timed with ``time.perf_counter`` (median and p95 of repeated runs):

* **first paint**: create the model and the view, ``load_roots(scope_roots)``, expand a
  single root (as the main window does), show, ``grab()`` (forces layout and paint).
  Baseline: an empty ``QTreeView`` over an empty model, shown and grabbed the same way.
* **expand the 10k node**: with its ancestors expanded, ``view.expand(index)`` (which
  fetches the first chunk of children) + ``grab()``. Baseline: the raw ``sqlite3``
  query for that first chunk (same SQL shape as the model's). Also the time to load
  all 10,000 children (``fetchMore`` until complete) and scroll to the end, and how
  memory grows with what was expanded (RSS and ``tracemalloc``).
* **search**: ``hubdesk.services.cache.queries.search`` for a name fragment vs the raw
  ``sqlite3`` ``LIKE`` query.

The cache: ``--cache PATH`` (e.g. kept by ``initial_pull.py --keep-cache``; copied,
never written), else pulled with the console's ``Puller`` from the real server over
``--data`` (copied) or over a generated small data set.

    .venv/bin/python benchmarks/tree.py                                  # small, generated
    .venv/bin/python benchmarks/tree.py --cache /tmp/big-cache.sqlite    # the large cache
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import itertools
import os
import shutil
import sqlite3
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _support as bench

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Connection

from hubdesk.domain.text import fold
from hubdesk.services.api import ApiClient
from hubdesk.services.cache import Cache, queries
from hubdesk.services.sync import Puller
from hubdesk.ui.models.org_tree import CHUNK, OrgTreeModel
from hubdesk.ui.qt import QModelIndex, QtCore, QtGui, QtWidgets

Model = QtCore.QAbstractItemModel
RAW_CHILDREN = """
SELECT o.id, o.parent_id, o.name, o.name_fold, o.kind, o.lifecycle, o.commercial,
       EXISTS (SELECT 1 FROM organisations AS c WHERE c.parent_id = o.id) AS has_children
FROM organisations AS o WHERE o.parent_id = ? ORDER BY o.name_fold, o.id LIMIT ?
"""
RAW_SEARCH = """
SELECT id, name, kind, path FROM organisations WHERE name_fold LIKE ? ESCAPE '\\'
ORDER BY depth, name_fold, id LIMIT 50
"""


# -- the cache ---------------------------------------------------------------------------------


def make_cache(args: argparse.Namespace, work: Path) -> Path:
    path = work / "cache.sqlite"
    if args.cache is not None:
        started = time.perf_counter()
        shutil.copyfile(args.cache, path)
        if Path(f"{args.cache}-wal").exists():
            shutil.copyfile(f"{args.cache}-wal", f"{path}-wal")
        bench.note(f"copied the cache {args.cache} in {time.perf_counter() - started:.1f} s")
        return path
    database = bench.server_database(args, work)
    with bench.serve(database) as server:

        async def pull() -> int:
            api = ApiClient(server.url, timeout=120)
            cache = Cache(path)
            try:
                await api.login(bench.SUPPORT_EMAIL, bench.PASSWORD)
                return (await Puller(api, cache).pull()).rows
            finally:
                await api.aclose()
                cache.close()

        started = time.perf_counter()
        rows = asyncio.run(pull())
    bench.note(f"pulled {rows:,} rows into a fresh cache in {time.perf_counter() - started:.1f} s")
    return path


class ExistingCache(Cache):
    """A cache file opened as it is: the console's engine and pragmas, no schema check.

    ``Cache`` rebuilds a cache whose schema fingerprint differs from this process's; the
    fingerprint hashes ``table.indexes`` (a set) in iteration order, which changes from one
    process to the next, so opening another process's cache with ``Cache`` would usually
    empty it. The benchmark reads the file as it is.
    """

    def _ensure_schema(self) -> None:
        pass


def big_node(path: Path) -> tuple[str, str, int]:
    """(id, name, direct children) of the benchmark's big node."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        found = conn.execute(
            "SELECT o.id, o.name, (SELECT count(*) FROM organisations c WHERE c.parent_id = o.id)"
            " AS n FROM organisations o WHERE o.name LIKE 'Bench:%' ORDER BY n DESC LIMIT 1"
        ).fetchone()
    if found is None:
        raise SystemExit("no 'Bench: … children' organisation in the cache")
    return found[0], found[1], found[2]


# -- the view ------------------------------------------------------------------------------------


def make_view(model: Model) -> QtWidgets.QTreeView:
    """A tree view set up like the main window's (uniform rows, stretched first column)."""
    view = QtWidgets.QTreeView()
    view.setModel(model)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
    header.resizeSection(1, 110)
    header.resizeSection(2, 100)
    view.resize(480, 760)
    return view


def dispose(*objects: QtCore.QObject) -> None:
    for obj in objects:
        if isinstance(obj, QtWidgets.QWidget):
            obj.close()
        obj.deleteLater()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    QtWidgets.QApplication.processEvents()
    gc.collect()


class Tree:
    """One model and view over the cache (what the main window holds)."""

    def __init__(self, read: Callable[[Callable[[Connection], Any]], Any]) -> None:
        self.model = OrgTreeModel(read)
        self.view = make_view(self.model)

    def first_paint(self, roots: list[str]) -> None:
        self.model.load_roots(roots)
        if self.model.rowCount() == 1:  # the main window opens a single root
            self.view.expand(self.model.index(0, 0))
        self.view.show()
        self.view.grab()

    def reveal_parent_of(self, lineage: list[str]) -> QModelIndex:
        """Expand every ancestor of the last id of ``lineage``; its (collapsed) index."""
        for parent_id, child_id in itertools.pairwise(lineage):
            self.view.expand(self.model.index_of(parent_id))
            self.model.load_until(parent_id, child_id)
        index = self.model.index_of(lineage[-1])
        self.view.scrollTo(index, QtWidgets.QAbstractItemView.ScrollHint.PositionAtTop)
        self.view.grab()
        return index

    def close(self) -> None:
        dispose(self.view, self.model)


# -- measurements ---------------------------------------------------------------------------------


def timed(fn: Callable[[], None]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def memory_pass(read: Any, roots: list[str], lineage: list[str]) -> dict[str, float]:
    """RSS and Python-heap growth: nothing → first paint → big node expanded → all loaded."""
    gc.collect()
    tracemalloc.start()
    rss0, py0 = bench.rss_mb(), tracemalloc.get_traced_memory()[0]
    tree = Tree(read)
    tree.first_paint(roots)
    rss1, py1 = bench.rss_mb(), tracemalloc.get_traced_memory()[0]
    index = tree.reveal_parent_of(lineage)
    tree.view.expand(index)
    tree.view.grab()
    expanded = tree.model.loaded_count()
    rss2, py2 = bench.rss_mb(), tracemalloc.get_traced_memory()[0]
    while tree.model.canFetchMore(index):
        tree.model.fetchMore(index)
    tree.view.scrollToBottom()
    tree.view.grab()
    everything = tree.model.loaded_count()
    rss3, py3 = bench.rss_mb(), tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    tree.close()
    mb = 2**20
    print("memory (RSS / Python heap by tracemalloc), growth from an empty process state:")
    print(f"  first paint                     {rss1 - rss0:7.1f} MB / {(py1 - py0) / mb:6.2f} MB")
    print(
        f"  + big node expanded ({expanded:>6,} nodes loaded) {rss2 - rss0:7.1f} MB / "
        f"{(py2 - py0) / mb:6.2f} MB"
    )
    print(
        f"  + all its children  ({everything:>6,} nodes loaded) {rss3 - rss0:7.1f} MB / "
        f"{(py3 - py0) / mb:6.2f} MB"
    )
    return {
        "rss_expand_mb": rss2 - rss0,
        "rss_all_mb": rss3 - rss0,
        "py_expand_mb": (py2 - py0) / mb,
        "py_all_mb": (py3 - py0) / mb,
        "nodes_expand": expanded,
        "nodes_all": everything,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="a console cache file (copied, never written)")
    bench.add_data_arguments(parser)
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per measurement")
    parser.add_argument("--search", default="consult", help="name fragment to search for")
    args = parser.parse_args()
    bench.note(f"machine: {bench.machine()}")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    with bench.workdir(args.workdir) as work:
        path = make_cache(args, work)
        cache = ExistingCache(path)
        try:
            measure(args, app, cache, path)
        finally:
            cache.close()


def measure(
    args: argparse.Namespace, app: QtCore.QCoreApplication, cache: Cache, path: Path
) -> None:
    def read(fn: Callable[[Connection], Any]) -> Any:
        with cache.reading() as conn:
            return fn(conn)

    roots = cache.scope_roots()
    big_id, big_name, big_children = big_node(path)
    lineage = read(lambda conn: queries.lineage(conn, big_id))
    with cache.reading() as conn:
        orgs = conn.exec_driver_sql("SELECT count(*) FROM organisations").scalar()
    bench.note(
        f"cache: {path.stat().st_size / 2**20:,.0f} MB, {orgs:,} organisations; roots {roots}; "
        f"'{big_name}' has {big_children:,} children, depth {len(lineage) - 1} below the root"
    )
    n = args.repeat

    memory = memory_pass(read, roots, lineage)

    # (a) first paint
    def paint_tree() -> float:
        t0 = time.perf_counter()
        tree = Tree(read)
        tree.first_paint(roots)
        elapsed = time.perf_counter() - t0
        tree.close()
        return elapsed

    def paint_empty() -> float:
        t0 = time.perf_counter()
        model = QtGui.QStandardItemModel(0, 3)
        view = make_view(model)
        view.show()
        view.grab()
        elapsed = time.perf_counter() - t0
        dispose(view, model)
        return elapsed

    paint_tree(), paint_empty()  # warm-up: fonts, styles, statement caches
    first = bench.stats([paint_tree() for _ in range(n)])
    empty = bench.stats([paint_empty() for _ in range(n)])

    # (b) the 10k-children node
    expand_samples, scroll_samples, chunk_rows = [], [], 0
    for i in range(n + 1):
        tree = Tree(read)
        tree.first_paint(roots)
        index = tree.reveal_parent_of(lineage)

        def expand(tree: Tree = tree, index: QModelIndex = index) -> None:
            tree.view.expand(index)
            tree.view.grab()

        def to_end(tree: Tree = tree, index: QModelIndex = index) -> None:
            while tree.model.canFetchMore(index):
                tree.model.fetchMore(index)
            tree.view.scrollToBottom()
            tree.view.grab()

        took = timed(expand)
        chunk_rows = tree.model.rowCount(index)
        end = timed(to_end)
        if i:  # the first round warms up
            expand_samples.append(took)
            scroll_samples.append(end)
        loaded = tree.model.rowCount(index)
        tree.close()
    expand_stats = bench.stats(expand_samples)
    scroll_stats = bench.stats(scroll_samples)

    # the model alone (no view): one fetchMore of the big node = one chunk of children
    model_samples = []
    for _ in range(n):
        model = OrgTreeModel(read)
        model.load_roots(roots)
        for parent_id, child_id in itertools.pairwise(lineage):
            model.load_until(parent_id, child_id)
        index = model.index_of(big_id)
        t0 = time.perf_counter()
        model.fetchMore(index)
        model_samples.append(time.perf_counter() - t0)
        dispose(model)
    model_chunk = bench.stats(model_samples)

    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:

        def raw_chunk() -> None:
            raw.execute(RAW_CHILDREN, (big_id, CHUNK)).fetchall()

        raw_chunk()
        chunk_baseline = bench.stats([timed(raw_chunk) for _ in range(n)])

        needle = fold(args.search.strip())
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        hits: list[Any] = []

        def raw_search() -> None:
            hits[:] = raw.execute(RAW_SEARCH, (like,)).fetchall()

        raw_search()
        search_baseline = bench.stats([timed(raw_search) for _ in range(n)])
        raw_hits = len(hits)

    def search() -> None:
        hits[:] = read(lambda conn: queries.search(conn, args.search))

    search()
    search_stats = bench.stats([timed(search) for _ in range(n)])

    print(f"first paint ({n} runs)                {first.ms()}")
    print(f"  baseline: empty view, empty model  {empty.ms()}")
    print(f"  ratio (medians)                    {bench.ratio(first.median, empty.median):8.2f}")
    print(f"expand '{big_name}' ({chunk_rows} rows fetched)")
    print(f"                                     {expand_stats.ms()}")
    print(f"  model alone, one fetchMore ({CHUNK}) {model_chunk.ms()}")
    print(f"  baseline: raw sqlite3 first chunk  {chunk_baseline.ms()}")
    ratio = bench.ratio(expand_stats.median, chunk_baseline.median)
    print(f"  ratio (medians)                    {ratio:8.2f}")
    print(f"load all {loaded:,} children + scroll to the end  {scroll_stats.ms()}")
    print(f"search '{args.search}' ({len(hits)} hits)        {search_stats.ms()}")
    print(f"  baseline: raw sqlite3 LIKE ({raw_hits} hits) {search_baseline.ms()}")
    s_ratio = bench.ratio(search_stats.median, search_baseline.median)
    print(f"  ratio (medians)                    {s_ratio:8.2f}")
    target = first.median < 0.1 and expand_stats.median < 0.1
    print(f"target (first paint and expand each under 100 ms): {'met' if target else 'NOT met'}")
    bench.result(
        first_paint_ms=first.median * 1000,
        first_paint_p95_ms=first.p95 * 1000,
        first_paint_baseline_ms=empty.median * 1000,
        first_paint_ratio=bench.ratio(first.median, empty.median),
        expand_10k_ms=expand_stats.median * 1000,
        expand_10k_p95_ms=expand_stats.p95 * 1000,
        expand_10k_baseline_ms=chunk_baseline.median * 1000,
        expand_10k_ratio=ratio,
        fetch_more_ms=model_chunk.median * 1000,
        scroll_to_end_ms=scroll_stats.median * 1000,
        search_ms=search_stats.median * 1000,
        search_baseline_ms=search_baseline.median * 1000,
        search_ratio=s_ratio,
        rss_expand_mb=memory["rss_expand_mb"],
        rss_all_mb=memory["rss_all_mb"],
        py_expand_mb=memory["py_expand_mb"],
        py_all_mb=memory["py_all_mb"],
    )
    del app


if __name__ == "__main__":
    main()
