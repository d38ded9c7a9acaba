"""Shared resources in a three-level tree (brand → dealer → business unit): what the brand
shares flows down, read-only; un-sharing and deleting take it out of every cache below;
a detached dealer no longer sees its former brand's resources. Real server, real caches."""

from __future__ import annotations

import uuid
from typing import Any

from conftest import LiveServer, Pusher, add_person, org_named
from conftest import run_async as run
from sqlalchemy import select

from hubdesk.models.activity import SharedResource
from hubdesk.models.orgs import Organisation
from hubdesk.services.accounts import AccountBook
from hubdesk.services.cache import Cache
from hubdesk.services.session import ConsoleSession, sign_in
from hubdesk.services.tokens import MemoryTokenStore

KATRIN = "katrin.hoffmann@aurelia-auto.de"  # administrator of the brand
THOMAS = "thomas.brandt@autohaus-brandt.de"  # owner of two dealers below it


def resources(cache: Cache) -> dict[str, tuple[str, bool]]:
    with cache.reading() as conn:
        rows = conn.execute(
            select(SharedResource.id, SharedResource.org_id, SharedResource.shared)
        ).all()
    return {i: (o, bool(s)) for i, o, s in rows}


async def console(url: str, email: str, password: str = "hubdesk-demo") -> ConsoleSession:
    session = await sign_in(
        url, email, password, None, book=AccountBook(), tokens=MemoryTokenStore()
    )
    await session.puller.pull()
    return session


def test_shared_resources_flow_down_and_leave_when_unshared(live_server: LiveServer) -> None:
    db = live_server.db
    brand = org_named(db, "Aurelia Automobile")
    with db.reading() as s:
        stored = {r.id: r for r in s.scalars(select(SharedResource))}
        dealer = s.scalar(select(Organisation).where(Organisation.name.like("Autohaus Brandt%")))
        assert dealer is not None
        unit = s.scalar(select(Organisation).where(Organisation.parent_id == dealer.id))
        assert unit is not None
        dealer_id, unit_id = dealer.id, unit.id
    shared = {i for i, r in stored.items() if r.org_id == brand.id and r.shared}
    private = {i for i, r in stored.items() if r.org_id == brand.id and not r.shared}
    assert shared and private
    clerk = add_person(db, "verkauf@autohaus-brandt.de", org_id=unit_id, role="marketer")
    katrin = Pusher(live_server, KATRIN)

    async def scenario() -> dict[str, Any]:
        top = await console(live_server.url, KATRIN)
        middle = await console(live_server.url, THOMAS)
        bottom = await console(live_server.url, clerk.email, clerk.password)
        seen: dict[str, Any] = {"before": [resources(c.cache) for c in (top, middle, bottom)]}
        # the dealer shares one of its own down to its units
        own = str(uuid.uuid4())
        draft = {
            "org_id": dealer_id,
            "kind": "knowledge",
            "name": "Werkstattzeiten",
            "shared": True,
        }
        seen["own"] = Pusher(live_server, THOMAS).push("shared_resource.create", own, draft)
        gone = sorted(shared)[0]
        version = stored[gone].version
        seen["unshare"] = katrin.push("shared_resource.update", gone, {"shared": False}, version)
        deleted = sorted(shared)[1]
        seen["delete"] = katrin.push("shared_resource.remove", deleted, {}, stored[deleted].version)
        seen["thomas_edit"] = Pusher(live_server, THOMAS).push(
            "shared_resource.update",
            sorted(shared)[2],
            {"name": "Meins"},
            stored[sorted(shared)[2]].version,
        )
        for c in (top, middle, bottom):
            await c.puller.pull()
        seen["after"] = [resources(c.cache) for c in (top, middle, bottom)]
        seen["gone"], seen["deleted"], seen["own_id"] = gone, deleted, own
        for c in (top, middle, bottom):
            await c.close()
        return seen

    seen = run(scenario)
    top, middle, bottom = seen["before"]
    assert set(top) >= shared | private  # the brand sees all of its own
    for below in (middle, bottom):  # dealer and unit: only what is shared, read-only
        brand_rows = {i for i, (org, _s) in below.items() if org == brand.id}
        assert brand_rows == shared
    assert seen["own"]["status"] == "applied"
    assert seen["unshare"]["status"] == "applied" and seen["delete"]["status"] == "applied"
    assert (seen["thomas_edit"]["status"], seen["thomas_edit"]["code"]) == ("rejected", "forbidden")
    top, middle, bottom = seen["after"]
    assert top[seen["gone"]] == (brand.id, False)  # still the brand's own
    assert seen["deleted"] not in top
    for below in (middle, bottom):
        assert seen["gone"] not in below and seen["deleted"] not in below
        assert {i for i, (org, _s) in below.items() if org == brand.id} == shared - {
            seen["gone"],
            seen["deleted"],
        }
    assert seen["own_id"] in middle and seen["own_id"] in bottom  # the dealer's own, shared
    assert seen["own_id"] in top  # the brand sees its dealers' own resources anyway


def test_a_detached_dealer_no_longer_sees_the_brands_resources(live_server: LiveServer) -> None:
    db = live_server.db
    brand = org_named(db, "Aurelia Automobile")
    with db.reading() as s:
        dealer = s.scalar(select(Organisation).where(Organisation.name.like("Autohaus Brandt%")))
        assert dealer is not None
        dealer_id, dealer_version = dealer.id, dealer.version
    # someone of that one dealer only (its owner also runs a second dealer of the brand)
    manager = add_person(db, "leitung@autohaus-brandt.de", org_id=dealer_id)

    async def scenario() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        them = await console(live_server.url, manager.email, manager.password)
        before = resources(them.cache)
        answer = Pusher(live_server, KATRIN).push(
            "organisation.detach", dealer_id, {}, dealer_version
        )
        await them.puller.pull()
        after = resources(them.cache)
        await them.close()
        return before, answer, after

    before, answer, after = run(scenario)
    assert any(org == brand.id for org, _s in before.values())
    assert answer["status"] == "applied", answer
    assert not any(org == brand.id for org, _s in after.values())
