"""Detaching a sub-account through the push API: it leaves the hub with its people and
data, the hub loses access, and only the hub's administrators (or support) may do it."""

from __future__ import annotations

import uuid

from conftest import LiveServer, Pusher, changes_of, org_named
from sqlalchemy import select

from hubdesk.domain.enums import Lifecycle
from hubdesk.models import Membership, Organisation
from hubdesk.models.activity import AuditEvent
from hubdesk.server.audit import chain_id_for
from hubdesk.server.bootstrap import PLATFORM_ID
from hubdesk.server.db import Database

METTE = "mette.kjaer@havnehuset.dk"  # administrator of the office hotel Havnehuset
SOFIE = "sofie@nordlys-arkitekter.dk"  # owner of its tenant Nordlys
KATRIN = "katrin.hoffmann@aurelia-auto.de"  # administrator of another hub (a brand)
SUPPORT = "support@hubdesk.example"


def feed_to_end(pusher: Pusher, cursor: str | None = None) -> tuple[list[dict[str, object]], str]:
    changes: list[dict[str, object]] = []
    while True:
        params = {"limit": 5000} | ({"cursor": cursor} if cursor else {})
        page = pusher.http.get("/sync/changes", params=params).json()
        changes += changes_of(page)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return changes, cursor


def add_location(db: Database, parent: Organisation, name: str) -> str:
    with db.writing() as s:
        org = Organisation(
            id=str(uuid.uuid4()),
            parent_id=parent.id,
            path="",
            depth=parent.depth + 1,
            name=name,
            name_fold=name.lower(),
            kind="location",
        )
        org.path = f"{parent.path}{org.id}/"
        s.add(org)
        return org.id


def test_a_hub_administrator_detaches_a_sub_account(live_server: LiveServer) -> None:
    db = live_server.db
    hub, nordlys = org_named(db, "Havnehuset"), org_named(db, "Nordlys")
    location = add_location(db, nordlys, "Nordlys, 2. sal")
    of_nordlys = select(Membership.id).where(Membership.org_id == nordlys.id)
    with db.reading() as s:
        members_before = set(s.scalars(of_nordlys))
    mette, sofie = Pusher(live_server, METTE), Pusher(live_server, SOFIE)
    _, mette_cursor = feed_to_end(mette)

    result = mette.push("organisation.detach", nordlys.id, {}, nordlys.version)
    assert result["status"] == "applied", result

    with db.reading() as s:
        moved = s.get(Organisation, nordlys.id)
        below = s.get(Organisation, location)
        assert moved is not None and below is not None
        assert (moved.parent_id, moved.lifecycle) == (PLATFORM_ID, Lifecycle.DETACHED)
        assert (moved.path, moved.depth) == (f"/{PLATFORM_ID}/{nordlys.id}/", 1)
        assert (below.path, below.depth) == (f"{moved.path}{location}/", 2)
        # it keeps its people and data
        assert set(s.scalars(of_nordlys)) == members_before
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "org.detach")).all()
        chains = {e.chain_id for e in events if e.target_id == nordlys.id}
        # recorded in the hub's chain and as the first event of its own chain
        assert chain_id_for(hub.path, PLATFORM_ID) in chains
        assert chain_id_for(moved.path, PLATFORM_ID) in chains

    # the hub's feed purges the subtree; the hub no longer reaches it
    news, _ = feed_to_end(mette, mette_cursor)
    assert {"op": "purge", "type": "organisation", "id": nordlys.id, "path": nordlys.path} in news
    assert mette.http.get(f"/organisations/{nordlys.id}").status_code == 404
    assert mette.http.get(f"/organisations/{location}").status_code == 404
    # its owner carries on: she still sees it, as an organisation of its own
    seen = sofie.http.get(f"/organisations/{nordlys.id}")
    assert seen.status_code == 200 and seen.json()["parent_id"] == PLATFORM_ID


def test_only_the_hubs_administrators_may_detach_and_only_an_active_sub_account(
    live_server: LiveServer,
) -> None:
    db = live_server.db
    nordlys = org_named(db, "Nordlys")
    katrin, sofie, mette = (Pusher(live_server, e) for e in (KATRIN, SOFIE, METTE))

    other_hub = katrin.push("organisation.detach", nordlys.id, {}, nordlys.version)
    assert (other_hub["status"], other_hub["code"]) == ("rejected", "not_found")
    own_owner = sofie.push("organisation.detach", nordlys.id, {}, nordlys.version)
    assert (own_owner["status"], own_owner["code"]) == ("rejected", "forbidden")
    assert "Havnehuset" in own_owner["message"]
    assert own_owner["current"]["data"]["parent_id"] == nordlys.parent_id  # untouched

    stale = mette.push("organisation.detach", nordlys.id, {}, nordlys.version + 1)
    assert stale["status"] == "conflict"

    hub = org_named(db, "Havnehuset")
    invited = mette.invite(hub.id, "new@fjord.dk", company="Fjord Studio ApS")
    assert invited["status"] == "applied"
    waiting = org_named(db, "Fjord Studio")
    early = mette.push("organisation.detach", waiting.id, {}, waiting.version)
    assert (early["status"], early["code"]) == ("rejected", "not_active")

    with db.reading() as s:
        top = s.scalar(
            select(Organisation).where(
                Organisation.parent_id == PLATFORM_ID, Organisation.lifecycle == "active"
            )
        )
        assert top is not None
    support = Pusher(live_server, SUPPORT)
    already = support.push("organisation.detach", top.id, {}, top.version)
    assert (already["status"], already["code"]) == ("rejected", "already_top_level")

    with db.reading() as s:
        unchanged = s.get(Organisation, nordlys.id)
        assert unchanged is not None and unchanged.path == nordlys.path


def test_a_repeated_detach_is_answered_from_its_record(live_server: LiveServer) -> None:
    db = live_server.db
    nordlys = org_named(db, "Nordlys")
    mette = Pusher(live_server, METTE)
    mutation = {
        "key": str(uuid.uuid4()),
        "seq": 1,
        "op": "organisation.detach",
        "entity_id": nordlys.id,
        "base_version": nordlys.version,
        "payload": {},
    }
    body = {"client_id": mette.client_id, "mutations": [mutation]}
    first = mette.http.post("/sync/push", json=body).json()["results"][0]
    again = mette.http.post("/sync/push", json=body).json()["results"][0]
    assert first["status"] == "applied" and again == first
    with db.reading() as s:
        events = s.scalars(
            select(AuditEvent.id).where(
                AuditEvent.action == "org.detach", AuditEvent.target_id == nordlys.id
            )
        ).all()
        assert len(events) == 2  # one detach, recorded in two chains
