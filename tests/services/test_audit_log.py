"""The cached audit log for review (no display): pages by keyset in both orders, every
filter against the same question asked of the cache directly, and the full-text index
kept in step with the cache — rows replaced, rows removed, a backlog built in chunks,
and whatever a person types."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import LiveServer, org_named
from conftest import run_async as run
from sqlalchemy import select

from hubdesk.domain.permissions import path_upper_bound
from hubdesk.domain.text import fold
from hubdesk.models.activity import AuditEvent
from hubdesk.models.orgs import Organisation
from hubdesk.services.accounts import AccountBook
from hubdesk.services.cache import Cache, audit_search
from hubdesk.services.cache.audit_log import (
    AuditFilter,
    EventRow,
    anchors,
    count,
    detail,
    field_changes,
    page,
)
from hubdesk.services.cache.rows import prepared, wire_row
from hubdesk.services.session import sign_in
from hubdesk.services.sync import Puller
from hubdesk.services.tokens import MemoryTokenStore
from hubdesk.wire.entities import WIRE_MODELS

SUPPORT = "support@hubdesk.example"
METTE = "mette.kjaer@havnehuset.dk"


@dataclass
class Synced:
    cache: Cache


@pytest.fixture
def synced(live_server: LiveServer, tmp_path: Path) -> Iterator[Synced]:
    """A cache synced by platform support (every event of the demo)."""
    cache = _synced_cache(live_server.url, SUPPORT, tmp_path / "support.sqlite")
    yield Synced(cache)
    cache.close()


def _synced_cache(url: str, email: str, path: Path) -> Cache:
    cache = Cache(path)

    async def pull() -> None:
        session = await sign_in(
            url, email, "hubdesk-demo", None, book=AccountBook(), tokens=MemoryTokenStore()
        )
        try:
            await Puller(session.api, cache).pull()
        finally:
            await session.close()

    run(pull)
    return cache


def _all(cache: Cache) -> list[AuditEvent]:
    with cache.reading() as conn:
        return list(conn.execute(select(AuditEvent.__table__).order_by(AuditEvent.occurred_at)))  # type: ignore[arg-type]


def _walk(cache: Cache, f: AuditFilter, newest_first: bool, size: int) -> list[EventRow]:
    rows: list[EventRow] = []
    with cache.reading() as conn:
        while True:
            got = page(
                conn, f, newest_first=newest_first, after=rows[-1].key if rows else None, limit=size
            )
            rows += got
            if len(got) < size:
                return rows


def _ids(cache: Cache, f: AuditFilter) -> set[str]:
    return {r.id for r in _walk(cache, f, True, 500)}


def test_pages_by_keyset_cover_the_log_in_both_orders(synced: Synced) -> None:
    cache = synced.cache
    with cache.reading() as conn:
        stored = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM audit_events ORDER BY occurred_at DESC, rowid DESC"
            )
        ]
        total = count(conn, AuditFilter())
        # the last page, read from the other end, is the end of the newest-first order
        tail = page(conn, AuditFilter(), newest_first=False, limit=10)
        middle = page(conn, AuditFilter(), offset=250, limit=5)
    assert total == len(stored) > 500
    assert [r.id for r in _walk(cache, AuditFilter(), True, 37)] == stored
    assert [r.id for r in _walk(cache, AuditFilter(), False, 41)] == stored[::-1]
    assert [r.id for r in tail] == stored[::-1][:10]
    assert [r.id for r in middle] == stored[250:255]


def test_filters_answer_what_the_cache_holds(synced: Synced, live_server: LiveServer) -> None:
    cache = synced.cache
    events = _all(cache)
    hub = org_named(live_server.db, "Havnehuset")
    with cache.reading() as conn:
        paths = {r[0]: r[1] for r in conn.execute(select(Organisation.id, Organisation.path))}
    some = next(e for e in events if e.target_id and e.actor_id and e.action == "membership.create")
    day_start, day_end = events[len(events) // 2].occurred_at, events[-10].occurred_at
    cases: list[tuple[AuditFilter, Any]] = [
        (AuditFilter(actor_id=some.actor_id), lambda e: e.actor_id == some.actor_id),
        (AuditFilter(target_id=some.target_id), lambda e: e.target_id == some.target_id),
        (AuditFilter(action="membership.create"), lambda e: e.action == "membership.create"),
        (AuditFilter(action="licence."), lambda e: e.action.startswith("licence.")),
        (
            AuditFilter(org_path=hub.path),
            lambda e: hub.path <= paths.get(e.org_id, "") < path_upper_bound(hub.path),
        ),
        (
            AuditFilter(since=day_start, before=day_end),
            lambda e: day_start <= e.occurred_at < day_end,
        ),
        (
            AuditFilter(action="auth.", org_path=hub.path, since=day_start),
            lambda e: (
                e.action.startswith("auth.")
                and hub.path <= paths.get(e.org_id, "") < path_upper_bound(hub.path)
                and e.occurred_at >= day_start
            ),
        ),
    ]
    for f, keep in cases:
        expected = {e.id for e in events if keep(e)}
        assert expected, f
        assert _ids(cache, f) == expected, f
        with cache.reading() as conn:
            assert count(conn, f) == len(expected)
    # "licence." is a family: licence_rule.* is another one
    assert not any(
        i.startswith("licence_rule") for i in _ids(cache, AuditFilter(action="licence."))
    )


def _words(event: AuditEvent) -> list[str]:
    text = " ".join(
        str(v)
        for v in (
            event.actor_name,
            event.impersonator_name,
            event.action,
            event.action.replace(".", " "),
            event.target_type,
            event.target_name,
            event.before,
            event.after,
            event.ip,
            event.device,
        )
        if v is not None
    )
    return re.findall(r"[\w.@]+", fold(text))  # dots and @ join words, as in the index


def _found_by(events: list[AuditEvent], typed: str) -> set[str]:
    wanted = typed.split()
    return {e.id for e in events if all(any(w.startswith(q) for w in _words(e)) for q in wanted)}


def test_search_finds_every_word_as_a_prefix(synced: Synced) -> None:
    cache = synced.cache
    rows = _all(cache)
    for typed in (
        "mette",
        "havnehuset",
        "payments",
        "sofie imperson",
        "firefox windows",
        "licence",
    ):
        expected = _found_by(rows, typed)
        assert expected, typed
        assert _ids(cache, AuditFilter(text=typed)) == expected, typed
    # the search joins the other filters (run after the MATCH)
    found = _walk(cache, AuditFilter(text="mette", action="auth."), True, 7)
    assert found and all(r.action.startswith("auth.") for r in found)
    stamps = [r.stamp[:23] for r in found]  # newest first (to the millisecond)
    assert stamps == sorted(stamps, reverse=True)
    oldest = _walk(cache, AuditFilter(text="mette", action="auth."), False, 7)
    assert [r.id for r in oldest] == [r.id for r in found][::-1]
    # an address is searched as a phrase
    ip = next(e.ip for e in rows if e.ip)
    assert ip is not None
    assert {r.ip for r in _walk(cache, AuditFilter(text=ip), True, 500)} == {ip}


@pytest.mark.parametrize(
    "typed",
    ['"', "*", "NEAR(", "a AND", "OR", "-", "mette)", "'; DROP TABLE x", "🙂", "  ", "x:y", "^"],
)
def test_whatever_is_typed_is_a_search_not_syntax(synced: Synced, typed: str) -> None:
    with synced.cache.reading() as conn:
        assert count(conn, AuditFilter(text=typed)) >= 0
        page(conn, AuditFilter(text=typed))


def test_the_index_follows_rows_replaced_and_removed(synced: Synced) -> None:
    cache = synced.cache
    mette_before = _ids(cache, AuditFilter(text="mette"))
    with cache.reading() as conn:
        rows = [
            WIRE_MODELS["audit_event"].model_validate(dict(r._mapping)).model_dump()
            for r in conn.execute(select(AuditEvent.__table__))  # type: ignore[arg-type]
        ]
    # the same rows written again (INSERT OR REPLACE, new rowids): found once each
    sql, params = prepared("audit_event", [wire_row("audit_event", r) for r in rows])
    with cache.writing() as conn:
        conn.exec_driver_sql(sql, params)
        audit_search.catch_up(conn, limit=10_000)
    assert _ids(cache, AuditFilter(text="mette")) == mette_before
    with cache.reading() as conn:
        hits = conn.exec_driver_sql(
            "SELECT count(*) FROM audit_text WHERE audit_text MATCH '\"mette\"*'"
        ).scalar_one()
    assert hits == len(mette_before)  # no stale entries left behind by the replaced rows
    # rows leaving the cache leave the index
    with cache.writing() as conn:
        conn.exec_driver_sql("DELETE FROM audit_events WHERE actor_name LIKE '%Mette%'")
        conn.exec_driver_sql("INSERT INTO audit_text(audit_text) VALUES ('integrity-check')")
    left = _ids(cache, AuditFilter(text="mette"))
    assert left < mette_before
    with cache.reading() as conn:
        hits = conn.exec_driver_sql(
            "SELECT count(*) FROM audit_text WHERE audit_text MATCH '\"mette\"*'"
        ).scalar_one()
    assert hits == len(left)


def test_a_backlog_is_indexed_in_chunks(synced: Synced, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = synced.cache
    indexed = _ids(cache, AuditFilter(text="havnehuset"))
    with cache.writing() as conn:  # as after a first pull: nothing indexed yet
        conn.exec_driver_sql("DELETE FROM cache_state WHERE key = ?", (audit_search.UPTO,))
        audit_search.ensure_schema(conn)
        reach = audit_search.coverage(conn)
    assert reach.indexed == 0 and not reach.complete
    assert _ids(cache, AuditFilter(text="havnehuset")) == set()
    monkeypatch.setattr(audit_search, "CHUNK", 100)
    seen: list[audit_search.Coverage] = []
    audit_search.build(cache.writing, seen.append)
    assert len(seen) > 3 and seen[-1].complete
    assert [c.indexed for c in seen] == sorted(c.indexed for c in seen)
    assert _ids(cache, AuditFilter(text="havnehuset")) == indexed


def test_an_event_in_full_with_its_changes(synced: Synced) -> None:
    with synced.cache.reading() as conn:
        row = page(conn, AuditFilter(action="role.update"), limit=1)[0]
        full = detail(conn, row.id)
        assert detail(conn, "no-such-event") is None
    assert full is not None and full.row.id == row.id and full.chain_seq > 0
    assert full.before is not None and full.after is not None
    assert any(c.kind != "same" for c in full.changes)


def test_field_changes_put_what_changed_first() -> None:
    changes = field_changes(
        {"role": "Owner", "title": "CEO", "gone": 1}, {"title": "CEO", "role": "Admin", "new": [1]}
    )
    assert [(c.name, c.kind) for c in changes] == [
        ("role", "changed"),
        ("new", "added"),
        ("gone", "removed"),
        ("title", "same"),
    ]
    assert field_changes(None, None) == []
    assert [c.kind for c in field_changes(None, {"email": "a@b"})] == ["added"]


def test_a_hub_administrator_reviews_only_the_hub(live_server: LiveServer, tmp_path: Path) -> None:
    hub = org_named(live_server.db, "Havnehuset")
    cache = _synced_cache(live_server.url, METTE, tmp_path / "mette.sqlite")
    try:
        with cache.reading() as conn:
            paths = {r[0]: r[1] for r in conn.execute(select(Organisation.id, Organisation.path))}
            events = list(conn.execute(select(AuditEvent.org_id, AuditEvent.actor_name)))
            everything = count(conn, AuditFilter())
    finally:
        cache.close()
    assert events and everything == len(events)
    for org_id, _actor in events:
        assert org_id is not None and paths[org_id].startswith(hub.path)


def test_anchors_reach_any_row_in_one_step(synced: Synced) -> None:
    cache = synced.cache
    for f in (AuditFilter(), AuditFilter(text="mette"), AuditFilter(action="auth.")):
        rows = _walk(cache, f, True, 500)
        with cache.reading() as conn:
            found = anchors(conn, f, every=37)
            assert count(conn, f, cap=10) == min(10, len(rows))
            assert found.total == len(rows) and len(found.keys) == len(rows) // 37
            for row in {0, 36, 37, 38, 100, len(rows) // 2, len(rows) - 1} & set(range(len(rows))):
                key, skip = found.before(row)
                assert skip < 37
                (got,) = page(conn, f, after=key, offset=skip, limit=1)
                assert got.id == rows[row].id, (f, row)
            oldest = anchors(conn, f, newest_first=False, every=37)
            key, skip = oldest.before(len(rows) - 1)
            (got,) = page(conn, f, newest_first=False, after=key, offset=skip, limit=1)
            assert got.id == rows[0].id
