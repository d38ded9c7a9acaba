"""The dry run of a licence rule change, from the cache's tables (the demo's reseller
clients): it names who gains and who loses, prices it, and is exactly what the server then
does when the change is saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from conftest import org_named
from sqlalchemy import select

from hubdesk.models.commerce import LicenceAssignment, LicenceRule
from hubdesk.models.orgs import Organisation, Person
from hubdesk.server import licences as server_licences
from hubdesk.server.db import Database
from hubdesk.services.cache.licences import dry_run, holders_of, plans_of, rules_of


def given(db: Database, org_id: str) -> set[tuple[str, str]]:
    with db.reading() as s:
        rows = s.execute(
            select(Person.display_name, LicenceAssignment.subscription_id)
            .join(Person, Person.id == LicenceAssignment.person_id)
            .where(LicenceAssignment.org_id == org_id)
        ).all()
    return {(n, sub) for n, sub in rows}


def test_enabling_a_rule_is_predicted_priced_and_then_done(demo_db: Database) -> None:
    sjoberg = org_named(demo_db, "Sjöberg Bygg")
    now = datetime.now(UTC)
    with demo_db.reading() as s:
        conn = s.connection()
        rules = rules_of(conn, sjoberg.id)
        plans = {p.product_id: p for p in plans_of(conn, sjoberg.id)}
        idle = next(r for r in rules if not r.enabled)  # "Inaktiv i 180 dagar: ta bort"
        assert idle.condition == "inactivity" and idle.action == "remove"
        as_is = dry_run(conn, sjoberg.id, now=now)
        edited = replace(idle, enabled=True, params={"days": 60})
        enabled = dry_run(conn, sjoberg.id, edited, now=now)
        holders = {h.name for h in holders_of(conn, plans[idle.product_id].subscription_id)}
    # Turning the rule on (at 60 days) takes Starter from whoever has not signed in since.
    lost = {(r.person, r.licence) for r in enabled.rows if not r.gains}
    assert lost and all(licence == idle.product for _p, licence in lost)
    assert {p for p, _ in lost} <= holders
    assert enabled.losses == as_is.losses + len(lost - {(r.person, r.licence) for r in as_is.rows})
    plan = plans[idle.product_id]
    if plan.term == "annual":  # committed seats stay paid
        assert enabled.monthly_cents == as_is.monthly_cents
    assert enabled.currency == "SEK" and not enabled.unsettled

    # Saving it: the server does exactly what the dry run said.
    before = given(demo_db, sjoberg.id)
    with demo_db.writing() as s:
        stored = s.get(LicenceRule, idle.id)
        assert stored is not None
        stored.enabled, stored.params = True, {"days": 60}
        s.flush()
        server_licences.run_rules(s, s.get(Organisation, sjoberg.id), now)
    after = given(demo_db, sjoberg.id)
    subs = {p.subscription_id: p.product for p in plans.values()}
    gone = {(n, subs[sub]) for n, sub in before - after}
    new = {(n, subs[sub]) for n, sub in after - before}
    assert gone == {(r.person, r.licence) for r in enabled.rows if not r.gains}
    assert new == {(r.person, r.licence) for r in enabled.rows if r.gains}


def test_a_rule_for_a_product_not_bought_is_named(demo_db: Database) -> None:
    vastkust = org_named(demo_db, "Västkust Redovisning")
    with demo_db.reading() as s:
        result = dry_run(s.connection(), vastkust.id)
    # its first-sign-in rule assigns Starter, which Västkust does not subscribe to
    assert result.no_subscription == ["Google Workspace Business Starter"]
    assert all(r.licence != "Google Workspace Business Starter" for r in result.rows)
