"""The change feed: pages, cursors, updates, tombstones, scope changes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import httpx
import pytest
from conftest import LiveServer, PersonSpec, add_person, changes_of, new_org, start_server

from hubdesk.models import Membership, Organisation, ServiceRequest
from hubdesk.server.db import Database


@pytest.fixture
def setup(bare_db: Database) -> Iterator[tuple[LiveServer, PersonSpec, dict[str, str]]]:
    orgs = {name: new_org(bare_db, name) for name in ("Nord", "Syd")}
    person = add_person(bare_db, "ida@nord.dk", org_id=orgs["Nord"])
    server = start_server(bare_db, demo=False)
    yield server, person, orgs
    server.stop()


def session_for(server: LiveServer, person: PersonSpec) -> httpx.Client:
    token = httpx.post(
        f"{server.api}/auth/login", json={"email": person.email, "password": person.password}
    ).json()["access_token"]
    return httpx.Client(base_url=server.api, headers={"Authorization": f"Bearer {token}"})


def pull(client: httpx.Client, cursor: str | None, limit: int = 1000) -> dict[str, Any]:
    params: dict[str, Any] = {"limit": limit} | ({"cursor": cursor} if cursor else {})
    response = client.get("/sync/changes", params=params)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def test_pages_cursor_and_incremental_changes(
    setup: tuple[LiveServer, PersonSpec, dict[str, str]],
) -> None:
    server, person, orgs = setup
    client = session_for(server, person)
    first = pull(client, None, limit=2)
    assert first["reset"] is True and first["has_more"] is True
    cursor, seen = first["next_cursor"], len(changes_of(first))
    while True:
        page = pull(client, cursor, limit=2)
        assert page["reset"] is False
        seen += len(changes_of(page))
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen >= 4  # the org, the person, the membership, built-in roles, audit events
    assert first["scope_roots"] == [orgs["Nord"]]
    assert changes_of(pull(client, cursor)) == []

    with server.db.writing() as session:
        org = session.get(Organisation, orgs["Nord"])
        assert org is not None
        org.contact_name = "Ida Holm"
        session.add(
            ServiceRequest(
                org_id=org.id,
                kind="lunch",
                title="Frokost",
                status="open",
                requested_for=org.created_at.date(),
            )
        )
    page = pull(client, cursor)
    changed = {c["type"]: c for c in changes_of(page)}
    assert changed["organisation"]["data"]["contact_name"] == "Ida Holm"
    assert changed["organisation"]["data"]["version"] == 2
    assert "service_request" in changed
    cursor = page["next_cursor"]

    with server.db.writing() as session:
        request = session.query(ServiceRequest).one()
        session.delete(request)
    tomb = changes_of(pull(client, cursor))
    assert tomb == [{"op": "delete", "type": "service_request", "id": request.id}]


def test_a_scope_change_resets_the_feed(
    setup: tuple[LiveServer, PersonSpec, dict[str, str]],
) -> None:
    server, person, orgs = setup
    client = session_for(server, person)
    cursor = pull(client, None)["next_cursor"]
    with server.db.writing() as session:
        role = session.query(Membership).filter_by(person_id=person.id).one().role_id
        session.add(Membership(person_id=person.id, org_id=orgs["Syd"], role_id=role))
    page = pull(client, cursor)
    assert page["reset"] is True
    ids = {c["data"]["id"] for c in changes_of(page) if c["op"] == "upsert"}
    assert orgs["Syd"] in ids and orgs["Nord"] in ids
    assert sorted(page["scope_roots"]) == sorted(orgs.values())


def test_a_cursor_from_another_database_resets(
    setup: tuple[LiveServer, PersonSpec, dict[str, str]], bare_db: Database
) -> None:
    server, person, _orgs = setup
    client = session_for(server, person)
    cursor = pull(client, None)["next_cursor"]
    import base64
    import json

    data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    data["s"] = str(uuid.uuid4())
    foreign = base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    assert pull(client, foreign)["reset"] is True


def test_the_remaining_count_covers_only_what_the_caller_may_see(
    setup: tuple[LiveServer, PersonSpec, dict[str, str]],
) -> None:
    server, person, orgs = setup
    client = session_for(server, person)

    def remaining() -> int:
        page = client.get("/sync/changes", params={"limit": 1, "count_remaining": "true"}).json()
        assert page["has_more"]
        return int(page["remaining_estimate"])

    before = remaining()
    with server.db.writing() as session:  # another tenant gets busy
        for n in range(40):
            session.add(
                ServiceRequest(
                    org_id=orgs["Syd"],
                    kind="lunch",
                    title=f"Frokost {n}",
                    status="open",
                    requested_for=date(2026, 11, 23),
                )
            )
    assert remaining() == before
    quiet = client.get("/sync/changes", params={"limit": 1}).json()
    assert quiet["remaining_estimate"] == 0  # not asked: not counted
