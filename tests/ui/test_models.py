"""Every item model through qtmodeltester, over a cache filled from the real server."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from conftest import LiveServer

from hubdesk.services.accounts import AccountBook
from hubdesk.services.cache import Cache, queries
from hubdesk.services.session import sign_in
from hubdesk.services.tokens import MemoryTokenStore
from hubdesk.ui.models.org_tree import CHUNK, ORG_ID_ROLE, OrgTreeModel
from hubdesk.ui.models.search_results import SearchResultsModel


@pytest.fixture
def cache(live_server: LiveServer) -> Cache:
    async def pull() -> Cache:
        session = await sign_in(
            live_server.url,
            "support@hubdesk.example",
            "hubdesk-demo",
            None,
            book=AccountBook(),
            tokens=MemoryTokenStore(),
        )
        await session.puller.pull()
        await session.api.aclose()
        return session.cache

    return asyncio.run(pull())


def reader(cache: Cache) -> Any:
    def read(fn: Any) -> Any:
        with cache.reading() as conn:
            return fn(conn)

    return read


def expand_all(model: OrgTreeModel, parent: Any = None, depth: int = 0) -> int:
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    count = model.rowCount(parent)
    for row in range(model.rowCount(parent)):
        count += expand_all(model, model.index(row, 0, parent), depth + 1)
    return count


def test_org_tree_model_passes_the_model_tester(
    qapp: Any, qtmodeltester: Any, cache: Cache
) -> None:
    model = OrgTreeModel(reader(cache))
    model.load_roots(cache.scope_roots())
    qtmodeltester.check(model)
    total = expand_all(model)
    with cache.reading() as conn:
        assert total == conn.exec_driver_sql("select count(*) from organisations").scalar()
    model.load_roots(cache.scope_roots())  # a reset after everything was loaded
    expand_all(model)  # the tester, connected since check(), watches every insert


def test_children_load_lazily_in_chunks(qapp: Any, qtmodeltester: Any, cache: Cache) -> None:
    model = OrgTreeModel(reader(cache))
    qtmodeltester.check(model)  # empty
    model.load_roots(cache.scope_roots())
    assert model.loaded_count() == 1  # only the platform root until something expands
    root = model.index(0, 0)
    assert model.hasChildren(root) and model.rowCount(root) == 0 and model.canFetchMore(root)
    model.fetchMore(root)
    names = [model.index(r, 0, root).data() for r in range(model.rowCount(root))]
    assert names == sorted(names, key=str.casefold)
    assert model.rowCount(root) <= CHUNK
    first = model.index(0, 0, root)
    assert model.index_of(first.data(ORG_ID_ROLE)) == first


def test_search_results_model(qapp: Any, qtmodeltester: Any, cache: Cache) -> None:
    model = SearchResultsModel()
    with cache.reading() as conn:
        hits = queries.search(conn, "autohaus")
    assert hits and all("autohaus" in h.name.lower() for h in hits)
    model.set_hits(hits)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ORG_ID_ROLE) == hits[0].id
    assert "›" in model.index(len(hits) - 1, 0).data()  # the trail of ancestors
    model.set_hits([])  # watched by the tester connected above
    assert model.rowCount() == 0


def test_search_folds_case_and_accents(cache: Cache) -> None:
    with cache.reading() as conn:
        plain = [h.name for h in queries.search(conn, "szepsegszalonok")]
        accented = [h.name for h in queries.search(conn, "SZÉPSÉGSZALONOK")]
        wildcard = queries.search(conn, "%_")
    assert plain and plain == accented
    assert wildcard == []  # LIKE wildcards are matched literally
