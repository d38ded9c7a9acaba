"""Tenant isolation on the real server (SQLite and PostgreSQL).

A person at a sub-account cannot read, list or find a sibling or a parent; a parent's
administrator sees the whole subtree; platform support sees everything; every
ID-taking read endpoint answers 404 for another tenant's ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import (
    LiveServer,
    add_org,
    add_person,
    changes_of,
    fresh_pg_database,
    pg_url,
    start_server,
)

from hubdesk.models import (
    Deal,
    DealNote,
    Group,
    GroupMember,
    Invite,
    Invoice,
    InvoiceLine,
    LicenceAssignment,
    LicenceRule,
    Membership,
    Organisation,
    Person,
    Product,
    Role,
    ServiceRequest,
    SharedResource,
    Subscription,
)
from hubdesk.models.registry import ENTITIES
from hubdesk.server import audit
from hubdesk.server.bootstrap import PLATFORM_ID, ensure_foundation
from hubdesk.server.db import Database, migrate

NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)


@dataclass
class World:
    server: LiveServer
    orgs: dict[str, str]  # name -> id
    rows: dict[str, dict[str, str]]  # org name -> entity type -> id of a row scoped there
    people: dict[str, str]  # name -> person id
    tokens: dict[str, str]  # name -> access token

    def get(self, who: str, path: str, **params: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens[who]}"}
        return httpx.get(f"{self.server.api}{path}", headers=headers, params=params)


def _rows_at(session: Any, org: Organisation, person: Person) -> dict[str, str]:
    """One row of every org-scoped entity type at ``org``."""
    today = date(2026, 11, 1)
    product = Product(
        org_id=org.id, sku=f"sku-{org.id}", name="Plan", kind="seat_plan", monthly_price_cents=100
    )
    role = Role(org_id=org.id, name=f"Custom {org.name}", permissions=["org.view"])
    group = Group(org_id=org.id, name="Group")
    session.add_all([product, role, group])
    session.flush()
    sub = Subscription(org_id=org.id, product_id=product.id, quantity=3, started_on=today)
    invite = Invite(
        org_id=org.id,
        email=f"x{org.id[:6]}@ex.dk",
        contact_name="X",
        company_name="X ApS",
        expires_at=NOW + timedelta(days=14),
    )
    invoice = Invoice(
        org_id=org.id,
        number=f"INV-{org.id[:8]}",
        period_start=today,
        period_end=today,
        issued_on=today,
        due_on=today,
        status="unpaid",
        total_cents=100,
    )
    resource = SharedResource(org_id=org.id, kind="knowledge", name="Wiki", shared=False)
    request = ServiceRequest(
        org_id=org.id, kind="lunch", title="Lunch", status="open", requested_for=today
    )
    deal = Deal(org_id=org.id, customer_org_id=org.id)
    rule = LicenceRule(
        org_id=org.id,
        name="R",
        priority=1,
        condition="inactivity",
        action="remove",
        product_id=product.id,
    )
    session.add_all([sub, invite, invoice, resource, request, deal, rule])
    session.flush()
    member = GroupMember(org_id=org.id, group_id=group.id, person_id=person.id)
    line = InvoiceLine(
        org_id=org.id,
        invoice_id=invoice.id,
        child_org_id=org.id,
        description="Seats",
        quantity=1,
        unit_price_cents=100,
        amount_cents=100,
    )
    assignment = LicenceAssignment(
        org_id=org.id, subscription_id=sub.id, person_id=person.id, assigned_at=NOW
    )
    note = DealNote(org_id=org.id, deal_id=deal.id, author_name="A", body="Note")
    session.add_all([member, line, assignment, note])
    session.flush()
    event = audit.record(
        session,
        audit.Actor.of(person),
        "org.update",
        org=org,
        target_type="organisation",
        target_id=org.id,
    )
    membership = session.query(Membership).filter_by(person_id=person.id, org_id=org.id).one()
    return {
        "organisation": org.id,
        "person": person.id,
        "role": role.id,
        "membership": membership.id,
        "group": group.id,
        "group_member": member.id,
        "invite": invite.id,
        "product": product.id,
        "subscription": sub.id,
        "licence_assignment": assignment.id,
        "licence_rule": rule.id,
        "shared_resource": resource.id,
        "invoice": invoice.id,
        "invoice_line": line.id,
        "service_request": request.id,
        "deal": deal.id,
        "deal_note": note.id,
        "audit_event": event.id,
    }


def build_world(db: Database) -> World:
    migrate(db)
    with db.writing() as session:
        platform = ensure_foundation(session)
        hub = add_org(session, "Kontorhotel Nord", platform, "hub")
        tenant_a = add_org(session, "Alfa ApS", hub, "tenant")
        tenant_b = add_org(session, "Beta ApS", hub, "tenant")
        desk = add_org(session, "Alfa Desk", tenant_a, "business_unit")
        other = add_org(session, "Other Hub", platform, "hub")
        orgs = {o.name: o.id for o in (hub, tenant_a, tenant_b, desk, other)}
    people = {
        "hub_admin": add_person(db, "admin@nord.dk", org_id=orgs["Kontorhotel Nord"]),
        "a_owner": add_person(db, "owner@alfa.dk", org_id=orgs["Alfa ApS"], role="owner"),
        "b_owner": add_person(db, "owner@beta.dk", org_id=orgs["Beta ApS"], role="owner"),
        "other": add_person(db, "admin@other.dk", org_id=orgs["Other Hub"]),
        "support": add_person(
            db, "support@hubdesk.example", org_id=PLATFORM_ID, role="platform_support"
        ),
    }
    # someone in Alfa ApS and in Other Hub: seeing her must not reveal her other membership
    shared = add_person(db, "freja@regnskab.dk", org_id=orgs["Alfa ApS"], role="accountant")
    with db.writing() as session:
        session.add(
            Membership(
                person_id=shared.id,
                org_id=orgs["Other Hub"],
                role_id=session.query(Membership).filter_by(person_id=shared.id).one().role_id,
            )
        )
    people["shared"] = shared
    rows: dict[str, dict[str, str]] = {}
    with db.writing() as session:
        owners = {
            "Kontorhotel Nord": "hub_admin",
            "Alfa ApS": "a_owner",
            "Beta ApS": "b_owner",
            "Other Hub": "other",
        }
        for org_name, who in owners.items():
            org = session.get(Organisation, orgs[org_name])
            person = session.get(Person, people[who].id)
            rows[org_name] = _rows_at(session, org, person)
    server = start_server(db, demo=False)
    tokens = {}
    for name, spec in people.items():
        r = httpx.post(
            f"{server.api}/auth/login", json={"email": spec.email, "password": spec.password}
        )
        tokens[name] = r.json()["access_token"]
    return World(server, orgs, rows, {k: v.id for k, v in people.items()}, tokens)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('iso')) / 'iso.sqlite'}"
    else:
        url = pg_url() or pytest.skip("PostgreSQL not available (run the suite through .ci/run)")
        url = fresh_pg_database(url, "isolation")
    db = Database.open(url)
    w = build_world(db)
    yield w
    w.server.stop()
    db.dispose()


SPECS = {spec.name: spec for spec in ENTITIES}
# A hub's custom roles are granted below it; a vendor's products are bought below it.
FLOWS_DOWN = {"role", "product"}


@pytest.mark.parametrize("entity", sorted(SPECS))
def test_every_id_endpoint_answers_404_for_a_sibling_and_a_parent(
    world: World, entity: str
) -> None:
    plural = SPECS[entity].plural
    for owner in ("Beta ApS", "Kontorhotel Nord", "Other Hub"):
        row_id = world.rows[owner][entity]
        if entity in FLOWS_DOWN and owner == "Kontorhotel Nord":
            continue  # by design: an ancestor's roles and products flow down to be used below
        response = world.get("a_owner", f"/{plural}/{row_id}")
        assert response.status_code == 404, (entity, owner, response.text)
        assert response.json()["code"] == "not_found"
    own = world.get("a_owner", f"/{plural}/{world.rows['Alfa ApS'][entity]}")
    assert own.status_code == 200, (entity, own.text)


@pytest.mark.parametrize("entity", sorted(SPECS))
def test_lists_hold_only_rows_in_scope(world: World, entity: str) -> None:
    plural = SPECS[entity].plural
    seen = {item["id"] for item in world.get("a_owner", f"/{plural}", limit=1000).json()["items"]}
    for owner in ("Beta ApS", "Kontorhotel Nord", "Other Hub"):
        if entity in FLOWS_DOWN and owner == "Kontorhotel Nord":
            continue  # ancestors' custom roles and products flow down (see above)
        assert world.rows[owner][entity] not in seen, (entity, owner)
    assert world.rows["Alfa ApS"][entity] in seen
    for owner in ("Beta ApS", "Kontorhotel Nord", "Other Hub"):
        if entity in FLOWS_DOWN and owner == "Kontorhotel Nord":
            continue
        filtered = world.get("a_owner", f"/{plural}", org_id=world.orgs[owner])
        assert filtered.status_code == 200
        names = [i.get("name") for i in filtered.json()["items"]]
        # for organisations org_id means "children of": Alfa ApS itself is in scope
        assert names == (
            ["Alfa ApS"] if entity == "organisation" and owner == "Kontorhotel Nord" else []
        ), (entity, owner)


def test_tree_reads_stay_in_scope(world: World) -> None:
    hub, beta = world.orgs["Kontorhotel Nord"], world.orgs["Beta ApS"]
    assert world.get("a_owner", f"/organisations/{hub}/children").status_code == 404
    assert world.get("a_owner", f"/organisations/{beta}/children").status_code == 404
    found = world.get("a_owner", "/organisations/search", q="ApS").json()["items"]
    assert [o["name"] for o in found] == ["Alfa ApS"]
    children = world.get("hub_admin", f"/organisations/{hub}/children").json()["items"]
    assert [c["name"] for c in children] == ["Alfa ApS", "Beta ApS"]
    assert world.get("hub_admin", f"/organisations/{world.orgs['Other Hub']}").status_code == 404


def test_a_parent_administrator_sees_the_whole_subtree(world: World) -> None:
    for org in ("Kontorhotel Nord", "Alfa ApS", "Beta ApS", "Alfa Desk"):
        assert world.get("hub_admin", f"/organisations/{world.orgs[org]}").status_code == 200
    for entity in ("invite", "service_request", "audit_event", "invoice"):
        r = world.get("hub_admin", f"/{SPECS[entity].plural}/{world.rows['Beta ApS'][entity]}")
        assert r.status_code == 200, entity


def test_platform_support_sees_everything(world: World) -> None:
    for org_name, rows in world.rows.items():
        for entity, row_id in rows.items():
            r = world.get("support", f"/{SPECS[entity].plural}/{row_id}")
            assert r.status_code == 200, (org_name, entity, r.text)


def _feed_ids(world: World, who: str) -> set[str]:
    ids: set[str] = set()
    cursor = None
    while True:
        page = world.get(who, "/sync/changes", **({"cursor": cursor} if cursor else {})).json()
        ids |= {c["data"]["id"] for c in changes_of(page) if c["op"] == "upsert"}
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return ids


def test_the_change_feed_is_scoped(world: World) -> None:
    mine = _feed_ids(world, "a_owner")
    assert world.orgs["Alfa ApS"] in mine and world.orgs["Alfa Desk"] in mine
    for owner in ("Beta ApS", "Kontorhotel Nord", "Other Hub"):
        leaked = {e for e, i in world.rows[owner].items() if i in mine and e != "person"}
        if owner == "Kontorhotel Nord":
            leaked -= FLOWS_DOWN  # ancestors' roles and products flow down by design
        assert not leaked, (owner, leaked)
    assert world.people["b_owner"] not in mine
    from hubdesk.domain.permissions import BuiltinRole
    from hubdesk.server.bootstrap import builtin_role_id

    assert {builtin_role_id(r) for r in BuiltinRole} <= mine  # the catalogue reaches everyone
    hub = _feed_ids(world, "hub_admin")
    assert set(world.rows["Beta ApS"].values()) - {world.people["b_owner"]} <= hub | {
        world.rows["Beta ApS"]["person"]
    }
    support = _feed_ids(world, "support")
    for rows in world.rows.values():
        assert set(rows.values()) <= support


def test_unauthenticated_and_forged_tokens(world: World) -> None:
    org = world.orgs["Alfa ApS"]
    assert httpx.get(f"{world.server.api}/organisations/{org}").status_code == 401
    forged = httpx.get(
        f"{world.server.api}/organisations/{org}", headers={"Authorization": "Bearer forged"}
    )
    assert forged.status_code == 401
    assert (
        world.get("a_owner", "/sync/changes", cursor="%%%garbage").json()["code"]
        == "invalid_cursor"
    )


def test_listing_people_of_a_foreign_organisation_reveals_nothing(world: World) -> None:
    other = world.orgs["Other Hub"]
    mine = world.get("a_owner", "/people", org_id=world.orgs["Alfa ApS"]).json()["items"]
    assert world.people["shared"] in {p["id"] for p in mine}
    foreign = world.get("a_owner", "/people", org_id=other)
    assert foreign.status_code == 200 and foreign.json()["items"] == []
    nowhere = world.get("a_owner", "/people", org_id="00000000-0000-4000-8000-000000000000")
    assert foreign.json() == nowhere.json()


@pytest.mark.parametrize("cursor", ["e30", "W10", "WzEsMl0", "bnVsbA", "WyJ4Il0x"])
def test_malformed_page_cursors_are_refused(world: World, cursor: str) -> None:
    org = world.orgs["Alfa ApS"]
    for path in (f"/organisations/{org}/children", "/people", "/invites"):
        response = world.get("a_owner", path, after=cursor)
        assert response.status_code == 422, (path, cursor, response.text)
        assert response.json()["code"] == "invalid_cursor"


def test_a_second_top_level_organisation_is_not_the_platform(world: World) -> None:
    """Only the platform root grants everything; any other root is just its own subtree."""
    import sqlalchemy.exc

    db = world.server.db
    oid = str(uuid.uuid4())
    try:
        with db.writing() as session:
            session.add(
                Organisation(
                    id=oid,
                    parent_id=None,
                    path=f"/{oid}/",
                    depth=0,
                    name="Rogue",
                    name_fold="rogue",
                    kind="company",
                )
            )
    except sqlalchemy.exc.IntegrityError:
        return  # the schema allows a single root: nothing more to check
    spec = add_person(db, "rogue@rogue.example", org_id=oid, role="owner")
    token = httpx.post(
        f"{world.server.api}/auth/login", json={"email": spec.email, "password": spec.password}
    ).json()["access_token"]
    response = httpx.get(
        f"{world.server.api}/organisations/{world.orgs['Alfa ApS']}",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 404
