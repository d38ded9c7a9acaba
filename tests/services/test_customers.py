"""A partner's customer rows worked out of a real synced cache (CyberNord's account
manager on the demo), held against the same facts counted again in Python from the
cached tables; filters, status counts and every sort, paged by keyset."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import LiveServer, org_named
from conftest import run_async as run

from hubdesk.domain.attention import Facts, attention
from hubdesk.domain.text import fold
from hubdesk.services.accounts import AccountBook
from hubdesk.services.cache import Cache, customers
from hubdesk.services.cache.customers import CustomerFilter, Sort
from hubdesk.services.session import sign_in
from hubdesk.services.sync import Puller
from hubdesk.services.tokens import MemoryTokenStore

MADS = "mads@cybernord.dk"
TODAY = date.today()


@pytest.fixture
def cache(live_server: LiveServer, tmp_path: Path) -> Iterator[tuple[Cache, str]]:
    cache = Cache(tmp_path / "mads.sqlite")

    async def pull() -> None:
        session = await sign_in(
            live_server.url, MADS, "hubdesk-demo", None, book=AccountBook(),
            tokens=MemoryTokenStore(),
        )  # fmt: skip
        try:
            await Puller(session.api, cache).pull()
        finally:
            await session.close()

    run(pull)
    partner = org_named(live_server.db, "CyberNord").id
    with cache.writing() as conn:
        assert customers.refresh(conn, partner, TODAY) == 25
    yield cache, partner
    cache.close()


def _rows(cache: Cache, sql: str, *params: Any) -> list[Any]:
    with cache.reading() as conn:
        return list(conn.exec_driver_sql(sql, params))


def _day(raw: Any) -> date | None:
    return date.fromisoformat(str(raw)[:10]) if raw else None


def test_rows_hold_the_facts_counted_again(cache: tuple[Cache, str]) -> None:
    db, partner = cache
    with db.reading() as conn:
        shown = {c.id: c for c in customers.page(conn, partner, CustomerFilter(), limit=100)}
    orgs = _rows(
        db,
        "SELECT id, path, commercial, trial_ends_on, renews_on, created_at FROM organisations"
        " WHERE parent_id = ? AND kind = 'customer'",
        partner,
    )
    assert set(shown) == {o[0] for o in orgs} and len(orgs) == 25
    recent = (TODAY - timedelta(days=90)).isoformat()
    for org_id, path, commercial, trial_ends, renews, created in orgs:
        subtree = {
            r[0] for r in _rows(db, "SELECT id, path FROM organisations") if r[1].startswith(path)
        }
        assert org_id in subtree
        members = [
            r for r in _rows(db, "SELECT org_id, status FROM memberships") if r[0] in subtree
        ]
        events = [r for r in _rows(db, "SELECT org_id, occurred_at FROM audit_events")
                  if r[0] in subtree]  # fmt: skip
        row = shown[org_id]
        assert row.users == sum(1 for m in members if m[1] != "suspended")
        assert row.activity_90d == sum(1 for e in events if str(e[1]) >= recent)
        invoices = _rows(db, "SELECT status, due_on FROM invoices WHERE org_id = ?", org_id)
        overdue = sum(
            1 for s, due in invoices
            if s == "overdue" or (s == "unpaid" and str(due) < TODAY.isoformat())
        )  # fmt: skip
        unpaid = sum(1 for s, due in invoices if s == "unpaid" and str(due) >= TODAY.isoformat())
        pending = [
            _day(r[0]) for r in _rows(
                db, "SELECT coalesce(last_sent_at, created_at) FROM invites"
                " WHERE org_id = ? AND status = 'pending'", org_id,
            )
        ] + [
            _day(r[0]) for r in _rows(
                db, "SELECT created_at FROM memberships WHERE org_id = ? AND status = 'invited'",
                org_id,
            )
        ]  # fmt: skip
        last = max((str(e[1]) for e in events), default=None)
        facts = Facts(
            commercial=commercial,
            trial_ends_on=_day(trial_ends),
            renews_on=_day(renews),
            oldest_pending_invite=min((p for p in pending if p), default=None),
            unpaid_invoices=unpaid,
            overdue_invoices=overdue,
            unassigned_licences=0,  # the demo's partner sells frameworks, not licences
            last_activity=_day(last),
            since=_day(created),
        )
        assert list(row.attention) == attention(facts, TODAY), row.name
    # the demo's known mix: 8 trials (3 end within a week), 12 active, 5 closed
    with db.reading() as conn:
        tabs = customers.counts(conn, partner, CustomerFilter())
        urgent = customers.counts(conn, partner, CustomerFilter(needs_attention=True))
    assert (tabs.all, tabs.trial, tabs.active, tabs.closed) == (25, 8, 12, 5)
    assert urgent.closed == 0 and urgent.trial >= 3


def _all(db: Cache, partner: str, f: CustomerFilter, sort: Sort, descending: bool) -> list[str]:
    seen: list[customers.Customer] = []
    with db.reading() as conn:
        while True:
            got = customers.page(
                conn, partner, f, sort=sort, descending=descending,
                after=seen[-1].key if seen else None, limit=4,
            )  # fmt: skip
            seen += got
            if len(got) < 4:
                return [c.id for c in seen]


@pytest.mark.parametrize("sort", list(Sort))
def test_every_sort_pages_by_keyset(cache: tuple[Cache, str], sort: Sort) -> None:
    db, partner = cache
    raw = {
        r[0]: r[1:]
        for r in _rows(
            db, f"SELECT customer_id, {sort.value} FROM customer_rows WHERE partner_id = ?", partner
        )
    }
    for descending in (False, True):
        expected = sorted(raw, key=lambda i: (raw[i][0], i), reverse=descending)
        assert _all(db, partner, CustomerFilter(), sort, descending) == expected


def test_filters_and_search(cache: tuple[Cache, str]) -> None:
    db, partner = cache
    rows = _rows(
        db,
        "SELECT customer_id, status, attention, name, plan_name, tags_json, contact_email"
        " FROM customer_rows WHERE partner_id = ?",
        partner,
    )

    def expect(keep: Any) -> list[str]:
        return sorted((r for r in rows if keep(r)), key=lambda r: (fold(r[3]), r[0]))

    cases: list[tuple[CustomerFilter, Any]] = [
        (CustomerFilter(status="trial"), lambda r: r[1] == "trial"),
        (CustomerFilter(status="closed"), lambda r: r[1] == "closed"),
        (CustomerFilter(needs_attention=True), lambda r: r[2] > 0),
        (CustomerFilter(status="active", needs_attention=True),
         lambda r: r[1] == "active" and r[2]),
        (CustomerFilter(text="aps"), lambda r: "aps" in fold(r[3])),
        (CustomerFilter(text="iso 27001"), lambda r: "iso 27001" in fold(r[4] or "")),
        (CustomerFilter(text="SUNDHED"), lambda r: "sundhed" in json.loads(r[5])),
        (CustomerFilter(text="Tandklinik nis2"),
         lambda r: "tandklinik" in fold(r[3]) and "nis2" in fold((r[4] or "") + r[5])),
        (CustomerFilter(text="no such customer"), lambda r: False),
    ]  # fmt: skip
    for f, keep in cases:
        expected = [r[0] for r in expect(keep)]
        assert _all(db, partner, f, Sort.NAME, False) == expected, f


def test_only_what_changed_is_worked_out_again(cache: tuple[Cache, str]) -> None:
    db, partner = cache
    with db.writing() as conn:
        assert customers.refresh_changed(conn, partner, TODAY) == 0  # nothing changed
    (customer, users), *_ = _rows(
        db, "SELECT customer_id, users FROM customer_rows WHERE partner_id = ? LIMIT 1", partner
    )
    # a membership arrives for one customer (as a sync would write it)
    (member,) = _rows(db, "SELECT * FROM memberships WHERE org_id = ? LIMIT 1", customer)
    with db.writing() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(memberships)")]
        values = dict(zip(columns, member, strict=True)) | {"id": "added", "person_id": "someone"}
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(
            f"INSERT INTO memberships ({', '.join(columns)}) VALUES ({marks})",
            tuple(values[c] for c in columns),
        )
        assert customers.refresh_changed(conn, partner, TODAY) == 1
    assert _rows(db, "SELECT users FROM customer_rows WHERE customer_id = ?", customer) == [
        (users + 1,)
    ]
    # a new day: everyone again (the rules count days)
    with db.writing() as conn:
        assert customers.refresh_changed(conn, partner, TODAY + timedelta(days=1)) == 25


def test_a_partner_never_sees_another_partners_customers(
    live_server: LiveServer, tmp_path: Path
) -> None:
    cache = Cache(tmp_path / "erik.sqlite")

    async def pull() -> None:
        session = await sign_in(
            live_server.url, "erik.lindqvist@nordmoln.se", "hubdesk-demo", None,
            book=AccountBook(), tokens=MemoryTokenStore(),
        )  # fmt: skip
        try:
            await Puller(session.api, cache).pull()
        finally:
            await session.close()

    run(pull)
    cybernord = org_named(live_server.db, "CyberNord")
    nordmoln = org_named(live_server.db, "Nordmoln")
    try:
        with cache.writing() as conn:
            assert customers.refresh(conn, cybernord.id, TODAY) == 0
            customers.refresh(conn, nordmoln.id, TODAY)
        theirs = _rows(
            cache, "SELECT id FROM organisations WHERE path LIKE ?", cybernord.path + "%"
        )
        listed = _rows(cache, "SELECT customer_id, partner_id FROM customer_rows")
    finally:
        cache.close()
    assert theirs == []  # not one of CyberNord's organisations in Nordmoln's cache
    assert all(partner == nordmoln.id for _c, partner in listed)


def test_status_history_from_the_recorded_events(cache: tuple[Cache, str]) -> None:
    db, partner = cache
    (customer, deal), *_ = _rows(
        db, "SELECT customer_id, deal_id FROM customer_rows WHERE partner_id = ? LIMIT 1", partner
    )
    (event,) = _rows(db, "SELECT * FROM audit_events LIMIT 1")
    with db.writing() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(audit_events)")]
        base = dict(zip(columns, event, strict=True))
        for n, (action, org, target, before, after) in enumerate(
            [
                ("org.update", customer, customer, '{"commercial": "trial"}',
                 '{"commercial": "active"}'),
                ("deal.won", partner, deal, '{"stage": "open"}', '{"stage": "won"}'),
                ("org.update", customer, customer, '{"phone": "1"}', '{"phone": "2"}'),
            ]
        ):  # fmt: skip
            row = base | {
                "id": f"history-{n}", "action": action, "org_id": org, "target_id": target,
                "before": before, "after": after, "chain_seq": 10_000 + n,
                "occurred_at": f"2030-01-0{n + 1} 12:00:00.000000",
            }  # fmt: skip
            marks = ", ".join("?" * len(columns))
            conn.exec_driver_sql(
                f"INSERT INTO audit_events ({', '.join(columns)}) VALUES ({marks})",
                tuple(row[c] for c in columns),
            )
    with db.reading() as conn:
        steps = customers.detail(conn, customer, deal).status_history
    newest = [(s.kind, s.before, s.after) for s in steps[:2]]
    assert newest == [("won", None, None), ("status", "trial", "active")]  # the phone is no step


def test_rows_leaving_the_cache_are_noticed(cache: tuple[Cache, str]) -> None:
    db, partner = cache
    (customer, users), *_ = _rows(
        db,
        "SELECT customer_id, users FROM customer_rows WHERE partner_id = ? AND users > 1 LIMIT 1",
        partner,
    )
    with db.writing() as conn:  # a tombstone takes one of its members away
        gone = conn.exec_driver_sql(
            "SELECT id FROM memberships WHERE org_id = ? LIMIT 1", (customer,)
        ).scalar_one()
        conn.exec_driver_sql("DELETE FROM memberships WHERE id = ?", (gone,))
        assert customers.refresh_changed(conn, partner, TODAY) == 1
    assert _rows(db, "SELECT users FROM customer_rows WHERE customer_id = ?", customer) == [
        (users - 1,)
    ]
    with db.writing() as conn:  # and then nothing is left to do
        assert customers.refresh_changed(conn, partner, TODAY) == 0
