""" "Log in as": a time-limited session of a sub-account's owner, audited with both
identities, refused to everyone without the impersonate permission there."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx
from conftest import LiveServer, Pusher, org_named
from sqlalchemy import select, update

from hubdesk.models.activity import AuditEvent
from hubdesk.models.base import utcnow
from hubdesk.models.server_only import AuthSession

METTE = "mette.kjaer@havnehuset.dk"  # administrator of the office hotel Havnehuset
SOFIE = "sofie@nordlys-arkitekter.dk"  # owner of its tenant Nordlys
KATRIN = "katrin.hoffmann@aurelia-auto.de"  # administrator of another hub


def log_in_as(pusher: Pusher, org_id: str) -> httpx.Response:
    return pusher.http.post("/auth/impersonate", json={"org_id": org_id})


def as_token(server: LiveServer, token: str) -> httpx.Client:
    return httpx.Client(
        base_url=server.api, timeout=30, headers={"Authorization": f"Bearer {token}"}
    )


def events(server: LiveServer, action: str, since: datetime | None = None) -> list[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.action == action)
    if since is not None:
        query = query.where(AuditEvent.occurred_at >= since)
    with server.db.reading() as s:
        return list(s.scalars(query))


def test_a_hub_administrator_opens_a_tenant_as_its_owner(live_server: LiveServer) -> None:
    nordlys, hub = org_named(live_server.db, "Nordlys"), org_named(live_server.db, "Havnehuset")
    mette = Pusher(live_server, METTE)
    since = utcnow()
    answer = log_in_as(mette, nordlys.id)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    grant = body["impersonation"]
    assert grant["owner"]["email"] == SOFIE and grant["org_id"] == nordlys.id
    assert grant["impersonator_name"] == "Mette Kjær Andersen"
    ends = datetime.fromisoformat(grant["ends_at"])
    assert timedelta(minutes=29) < ends - utcnow() <= timedelta(minutes=30)

    with as_token(live_server, body["tokens"]["access_token"]) as sofie_view:
        me = sofie_view.get("/me").json()
        assert me["person"]["email"] == SOFIE
        assert me["impersonation"]["impersonator_id"] == grant["impersonator_id"]
        # as the owner sees it: her own organisation, not the hub above it
        assert sofie_view.get(f"/organisations/{nordlys.id}").status_code == 200
        assert sofie_view.get(f"/organisations/{hub.id}").status_code == 404
        # an action in it is audited with both identities
        push = {
            "client_id": "0b7a4c0e-8a4e-4f8e-9b7e-2f1c1a1b1c1d",
            "mutations": [
                {
                    "key": "5f0e7c58-3a3f-4c55-8d3e-7e7e7e7e7e7e",
                    "seq": 1,
                    "op": "organisation.update",
                    "entity_id": nordlys.id,
                    "base_version": nordlys.version,
                    "payload": {"phone": "+45 11 22 33 44"},
                }
            ],
        }
        assert sofie_view.post("/sync/push", json=push).json()["results"][0]["status"] == "applied"
        (changed,) = [
            e for e in events(live_server, "organisation.updated") if e.target_id == nordlys.id
        ]
        assert changed.actor_name.startswith("Sofie Nørgaard")
        assert changed.impersonator_name is not None and "Mette" in changed.impersonator_name

        started = events(live_server, "impersonation.start", since)
        assert len(started) == 1 and started[0].target_id == me["person"]["id"]
        assert started[0].actor_name.startswith("Sofie")
        assert "Mette" in (started[0].impersonator_name or "")
        # returning ends it: audited by the real person; the token stops working
        assert sofie_view.post("/auth/logout").status_code == 204
        ended = events(live_server, "impersonation.end", since)
        assert len(ended) == 1 and ended[0].actor_name.startswith("Sofie")
        assert ended[0].impersonator_id == grant["impersonator_id"]
        assert sofie_view.get("/me").status_code == 401


def test_the_grant_ends_at_its_time_refresh_included(live_server: LiveServer) -> None:
    nordlys = org_named(live_server.db, "Nordlys")
    body = log_in_as(Pusher(live_server, METTE), nordlys.id).json()
    tokens = body["tokens"]
    with as_token(live_server, tokens["access_token"]) as view:
        assert view.get("/me").status_code == 200
        refreshed = view.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert refreshed.status_code == 200
        assert refreshed.json()["access_expires_in"] <= 30 * 60
    with live_server.db.writing() as s:
        s.execute(update(AuthSession).values(grant_ends_at=utcnow() - timedelta(seconds=1)))
    fresh = refreshed.json()
    with as_token(live_server, fresh["access_token"]) as view:
        over = view.get("/me")
        assert over.status_code == 401 and over.json()["code"] == "impersonation_ended"
    with live_server.db.writing() as s:
        s.execute(update(AuthSession).values(refresh_expires_at=utcnow() - timedelta(seconds=1)))
    again = httpx.post(
        f"{live_server.api}/auth/refresh", json={"refresh_token": fresh["refresh_token"]}
    )
    assert again.status_code == 401


def test_who_may_not_log_in_as_whom(live_server: LiveServer) -> None:
    db = live_server.db
    nordlys, hub = org_named(db, "Nordlys"), org_named(db, "Havnehuset")
    katrin, sofie, mette = (Pusher(live_server, e) for e in (KATRIN, SOFIE, METTE))
    since = utcnow()
    assert log_in_as(katrin, nordlys.id).status_code == 404  # another hub's tenant
    refused = log_in_as(sofie, hub.id)
    assert refused.status_code == 404  # the owner of a tenant does not see the hub
    own = log_in_as(sofie, nordlys.id)  # her own organisation is no sub-account of hers
    assert own.status_code == 403
    above = log_in_as(mette, hub.id)  # the hub's owner: that would widen her own rights
    assert above.status_code == 403
    invited = mette.invite(hub.id, "ny@fjord.dk", company="Fjord Studio ApS")
    assert invited["status"] == "applied"
    waiting = org_named(db, "Fjord Studio")
    nobody = log_in_as(mette, waiting.id)
    assert nobody.status_code == 409 and nobody.json()["code"] == "no_owner"
    token = log_in_as(mette, nordlys.id).json()["tokens"]["access_token"]
    with as_token(live_server, token) as view:
        twice = view.post("/auth/impersonate", json={"org_id": nordlys.id})
        assert twice.status_code == 409 and twice.json()["code"] == "already_impersonating"
    fresh = events(live_server, "impersonation.start", since)
    assert len(fresh) == 1  # only the one granted
