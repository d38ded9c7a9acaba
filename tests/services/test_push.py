"""Writes from the console: outbox, idempotent push, conflicts, rebase on pull.

Against the real server on loopback (SQLite; PostgreSQL where races matter).
"""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from typing import Any, TypeVar

import httpx
import pytest
from conftest import LiveServer, org_named, start_server
from conftest import run_async as run
from sqlalchemy import func, select

from hubdesk.models import Invite, Organisation
from hubdesk.models.activity import AuditEvent
from hubdesk.models.cache import OutboxEntry
from hubdesk.models.server_only import IdempotencyRecord
from hubdesk.server.db import Database
from hubdesk.services.accounts import AccountBook
from hubdesk.services.cache import conflicts, outbox
from hubdesk.services.cache.store import Cache
from hubdesk.services.engine import QuietListener, SyncEngine
from hubdesk.services.errors import BadServerResponse, Unreachable
from hubdesk.services.session import ConsoleSession, sign_in
from hubdesk.services.tokens import MemoryTokenStore
from hubdesk.wire.mutations import InviteDraft, NoFields, OrganisationPatch

T = TypeVar("T")
PASSWORD = "hubdesk-demo"
SOFIE = "sofie@nordlys-arkitekter.dk"  # owner of the tenant Nordlys Arkitekter
METTE = "mette.kjaer@havnehuset.dk"  # administrator of the hub above it
REKA = "reka.nagy@aranyhaj.hu"  # specialist: may see her location, not change it
UPDATE = "organisation.update"


async def console(url: str, email: str) -> tuple[ConsoleSession, SyncEngine]:
    session = await sign_in(
        url, email, PASSWORD, None, book=AccountBook(), tokens=MemoryTokenStore()
    )
    engine = SyncEngine(session.api, session.cache, QuietListener())
    await engine.cycle()
    return session, engine


def cached(cache: Cache, org_id: str) -> dict[str, Any]:
    with cache.reading() as conn:
        row = conn.execute(
            select(Organisation.__table__).where(Organisation.__table__.c.id == org_id)
        ).first()
        assert row is not None
        return dict(row._mapping)


def outbox_rows(cache: Cache) -> list[Any]:
    with cache.reading() as conn:
        return list(conn.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).all())


def audit_count(db: Database, org_id: str) -> int:
    with db.reading() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.target_id == org_id, AuditEvent.action == "organisation.updated")
            )
            or 0
        )


def patch(**fields: Any) -> OrganisationPatch:
    return OrganisationPatch.model_validate(fields)


# -- the happy path ----------------------------------------------------------------------


def test_a_write_shows_at_once_and_is_applied_once(live_server: LiveServer) -> None:
    org = org_named(live_server.db, "Nordlys")

    async def scenario() -> None:
        session, engine = await console(live_server.url, SOFIE)
        try:
            queued = outbox.queue(session.cache, UPDATE, org.id, patch(contact_name="Ida Holm"))
            # optimistic: the cache shows it before the server has it
            assert cached(session.cache, org.id)["contact_name"] == "Ida Holm"
            assert [r.key for r in outbox_rows(session.cache)] == [queued.key]
            assert org_named(live_server.db, "Nordlys").contact_name != "Ida Holm"

            assert await engine.push() == 1
            server = org_named(live_server.db, "Nordlys")
            assert server.contact_name == "Ida Holm"
            assert server.version == org.version + 1
            assert outbox_rows(session.cache) == []
            assert cached(session.cache, org.id)["version"] == server.version
            assert audit_count(live_server.db, org.id) == 1
            # pulling our own change back changes nothing and keeps the value
            await engine.cycle()
            assert cached(session.cache, org.id)["contact_name"] == "Ida Holm"
        finally:
            await session.close()

    run(scenario)


def test_two_writes_to_one_entity_go_out_in_order_without_a_false_conflict(
    live_server: LiveServer,
) -> None:
    org = org_named(live_server.db, "Nordlys")

    async def scenario() -> None:
        session, engine = await console(live_server.url, SOFIE)
        try:
            outbox.queue(session.cache, UPDATE, org.id, patch(city="Aarhus"))
            outbox.queue(session.cache, UPDATE, org.id, patch(city="Odense", phone="+45 1234"))
            assert await engine.push() == 2
            server = org_named(live_server.db, "Nordlys")
            assert (server.city, server.phone) == ("Odense", "+45 1234")
            assert server.version == org.version + 2
            with session.cache.reading() as conn:
                assert outbox.counts(conn) == outbox.Counts(0, 0)
        finally:
            await session.close()

    run(scenario)


# -- idempotency -------------------------------------------------------------------------


def _push_body(org: Organisation, key: str, **fields: Any) -> dict[str, Any]:
    return {
        "client_id": str(uuid.uuid5(uuid.NAMESPACE_URL, "test-client")),
        "mutations": [
            {
                "key": key,
                "seq": 1,
                "op": UPDATE,
                "entity_id": org.id,
                "base_version": org.version,
                "payload": fields,
            }
        ],
    }


def _token(url: str, email: str) -> str:
    answer = httpx.post(f"{url}/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def test_a_key_is_applied_once_and_replayed_and_not_reused(any_live_server: LiveServer) -> None:
    server = any_live_server
    org = org_named(server.db, "Nordlys")
    headers = {"Authorization": f"Bearer {_token(server.url, SOFIE)}"}
    key = str(uuid.uuid4())
    events = audit_count(server.db, org.id)  # the PostgreSQL demo is shared by the session
    body = _push_body(org, key, phone="+45 7000 0000")
    first = httpx.post(f"{server.api}/sync/push", json=body, headers=headers)
    again = httpx.post(f"{server.api}/sync/push", json=body, headers=headers)
    assert first.status_code == again.status_code == 200
    assert first.json() == again.json()
    assert first.json()["results"][0]["status"] == "applied"
    assert org_named(server.db, "Nordlys").version == org.version + 1  # once
    assert audit_count(server.db, org.id) == events + 1

    other = _push_body(org, key, phone="+45 7000 0001")
    refused = httpx.post(f"{server.api}/sync/push", json=other, headers=headers)
    assert refused.status_code == 422
    assert refused.json()["code"] == "idempotency_key_reused"
    assert org_named(server.db, "Nordlys").phone == "+45 7000 0000"

    # another person cannot replay (or learn) someone else's key
    mette = {"Authorization": f"Bearer {_token(server.url, METTE)}"}
    foreign = httpx.post(f"{server.api}/sync/push", json=body, headers=mette)
    assert foreign.status_code == 422


def test_racing_pushes_of_one_key_apply_it_once(any_live_server: LiveServer) -> None:
    server = any_live_server
    org = org_named(server.db, "Nordlys")
    headers = {"Authorization": f"Bearer {_token(server.url, SOFIE)}"}
    body = _push_body(org, str(uuid.uuid4()), city="Roskilde")
    events = audit_count(server.db, org.id)
    answers: list[httpx.Response] = []
    start = threading.Barrier(6)

    def send() -> None:
        start.wait()
        answers.append(httpx.post(f"{server.api}/sync/push", json=body, headers=headers))

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [200] * 6
    assert {json.dumps(a.json()) for a in answers} == {json.dumps(answers[0].json())}
    assert answers[0].json()["results"][0]["status"] == "applied"
    assert org_named(server.db, "Nordlys").version == org.version + 1
    assert audit_count(server.db, org.id) == events + 1
    with server.db.reading() as s:
        record = s.get(IdempotencyRecord, body["mutations"][0]["key"])
        assert record is not None and record.status == "applied"


@pytest.mark.parametrize(
    "payload",
    [
        {"name": ""},
        {"country": "Denmark"},
        {"contact_email": "not an address"},
        {"unknown": "x"},
        {},
        {"name": "x" * 201},
    ],
)
def test_an_invalid_change_is_refused_before_anything_is_applied(
    live_server: LiveServer, payload: dict[str, Any]
) -> None:
    org = org_named(live_server.db, "Nordlys")
    headers = {"Authorization": f"Bearer {_token(live_server.url, SOFIE)}"}
    body = _push_body(org, str(uuid.uuid4()), **payload)
    answer = httpx.post(f"{live_server.api}/sync/push", json=body, headers=headers)
    assert answer.status_code == 422
    assert org_named(live_server.db, "Nordlys").version == org.version


# -- conflicts and refusals -----------------------------------------------------------------


def test_a_stale_write_comes_back_as_a_conflict_and_each_decision_works(
    live_server: LiveServer,
) -> None:
    org = org_named(live_server.db, "Nordlys")

    async def scenario() -> None:
        sofie, sofie_engine = await console(live_server.url, SOFIE)
        mette, mette_engine = await console(live_server.url, METTE)
        try:
            # Sofie edits (not sent yet); Mette's edit of the same organisation lands first
            outbox.queue(sofie.cache, UPDATE, org.id, patch(contact_name="Sofie's pick"))
            outbox.queue(mette.cache, UPDATE, org.id, patch(contact_name="Mette's pick"))
            await mette_engine.push()
            await sofie_engine.push()

            server = org_named(live_server.db, "Nordlys")
            assert server.contact_name == "Mette's pick"  # not overwritten
            with sofie.cache.reading() as conn:
                (conflict,) = conflicts.list_conflicts(conn)
                assert outbox.counts(conn) == outbox.Counts(pending=0, conflicts=1)
            assert conflict.kind == "conflict"
            assert conflict.mine == {"contact_name": "Sofie's pick"}
            assert conflict.their_value("contact_name") == "Mette's pick"
            assert cached(sofie.cache, org.id)["contact_name"] == "Sofie's pick"  # mine shown
            with pytest.raises(outbox.InConflict):  # decide first
                outbox.queue(sofie.cache, UPDATE, org.id, patch(city="Køge"))

            # "keep mine": sent again on top of theirs, and taken
            conflicts.keep_mine(sofie.cache, "organisation", org.id)
            await sofie_engine.push()
            assert org_named(live_server.db, "Nordlys").contact_name == "Sofie's pick"

            # another round; this time Sofie takes theirs
            await sofie_engine.cycle()
            await mette_engine.cycle()
            outbox.queue(sofie.cache, UPDATE, org.id, patch(city="Køge"))
            outbox.queue(mette.cache, UPDATE, org.id, patch(city="Vejle"))
            await mette_engine.push()
            await sofie_engine.push()
            conflicts.take_theirs(sofie.cache, "organisation", org.id)
            assert cached(sofie.cache, org.id)["city"] == "Vejle"
            assert outbox_rows(sofie.cache) == []

            # and once more, with an edited version of her own
            await sofie_engine.cycle()
            outbox.queue(sofie.cache, UPDATE, org.id, patch(phone="+45 1"))
            outbox.queue(mette.cache, UPDATE, org.id, patch(phone="+45 2"))
            await mette_engine.push()
            await sofie_engine.push()
            conflicts.keep_mine(sofie.cache, "organisation", org.id, {"phone": "+45 3"})
            await sofie_engine.push()
            assert org_named(live_server.db, "Nordlys").phone == "+45 3"
            assert audit_count(live_server.db, org.id) == 5  # nothing applied twice
        finally:
            await sofie.close()
            await mette.close()

    run(scenario)


def test_a_write_without_permission_is_refused_and_kept_for_a_decision(
    live_server: LiveServer,
) -> None:
    async def scenario() -> None:
        reka, engine = await console(live_server.url, REKA)
        try:
            roots = reka.cache.scope_roots()
            org_id = roots[0]
            before = cached(reka.cache, org_id)
            outbox.queue(reka.cache, UPDATE, org_id, patch(name="Renamed by Réka"))
            await engine.push()
            with reka.cache.reading() as conn:
                (refused,) = conflicts.list_conflicts(conn)
            assert refused.kind == "rejected" and refused.code == "forbidden"
            assert not refused.can_keep_mine
            with pytest.raises(PermissionError):
                conflicts.keep_mine(reka.cache, "organisation", org_id)
            conflicts.take_theirs(reka.cache, "organisation", org_id)
            assert cached(reka.cache, org_id)["name"] == before["name"]
            with live_server.db.reading() as s:
                assert s.get(Organisation, org_id).name == before["name"]  # type: ignore[union-attr]
        finally:
            await reka.close()

    run(scenario)


def test_a_pulled_row_keeps_my_unsent_change_on_top(live_server: LiveServer) -> None:
    org = org_named(live_server.db, "Nordlys")

    async def scenario() -> None:
        sofie, sofie_engine = await console(live_server.url, SOFIE)
        mette, mette_engine = await console(live_server.url, METTE)
        try:
            outbox.queue(sofie.cache, UPDATE, org.id, patch(phone="+45 9999"))
            outbox.queue(mette.cache, UPDATE, org.id, patch(city="Helsingør"))
            await mette_engine.push()
            await sofie_engine._puller.pull()  # a pull only: mine stays unsent
            row = cached(sofie.cache, org.id)
            assert (row["city"], row["phone"]) == ("Helsingør", "+45 9999")
            assert row["version"] == org.version + 1  # the server's version, not mine
        finally:
            await sofie.close()
            await mette.close()

    run(scenario)


# -- offline, and answers that are not right -------------------------------------------------


def test_writes_queue_while_the_server_is_away_and_go_out_when_it_returns(
    live_server: LiveServer,
) -> None:
    org = org_named(live_server.db, "Nordlys")
    port = live_server.port

    async def scenario() -> None:
        session, engine = await console(live_server.url, SOFIE)
        try:
            live_server.stop()
            outbox.queue(session.cache, UPDATE, org.id, patch(city="Svendborg"))
            with pytest.raises(Unreachable):
                await engine.push()
            assert len(outbox_rows(session.cache)) == 1  # kept
            back = start_server(live_server.db, port=port)
            try:
                await engine.cycle()
            finally:
                back.stop()
            assert outbox_rows(session.cache) == []
            assert org_named(live_server.db, "Nordlys").city == "Svendborg"
        finally:
            await session.close()

    run(scenario)


def test_a_push_answer_that_does_not_match_changes_nothing(
    live_server: LiveServer, canned_server: Any
) -> None:
    org = org_named(live_server.db, "Nordlys")

    async def scenario() -> None:
        session, engine = await console(live_server.url, SOFIE)
        try:
            outbox.queue(session.cache, UPDATE, org.id, patch(city="Nakskov"))
            before = outbox_rows(session.cache)
            session.api._http.base_url = httpx.URL(canned_server.url + "/api/v1")
            wrong_key = {"key": str(uuid.uuid4()), "status": "applied", "version": 9}
            for body in (
                b'{"results": [',  # truncated
                json.dumps({"results": [wrong_key], "last_seq": 1}).encode(),
                json.dumps({"results": [], "last_seq": 1}).encode(),
                json.dumps(
                    {
                        "results": [{**wrong_key, "key": before[0].key, "version": None}],
                        "last_seq": 1,
                    }
                ).encode(),
                json.dumps({"results": [], "last_seq": 1, "extra": True}).encode(),
            ):
                canned_server.answer("/api/v1/sync/push", 200, body)
                with pytest.raises(BadServerResponse):
                    await engine.push()
                assert outbox_rows(session.cache) == before
            canned_server.answer("/api/v1/sync/push", 503, b"down for maintenance")
            with pytest.raises(Exception, match="503"):
                await engine.push()
            assert outbox_rows(session.cache) == before
        finally:
            await session.close()

    run(scenario)


# -- long-poll ------------------------------------------------------------------------------


def test_the_long_poll_answers_when_the_callers_feed_has_news(live_server: LiveServer) -> None:
    org = org_named(live_server.db, "Nordlys")

    async def scenario() -> None:
        sofie, _engine = await console(live_server.url, SOFIE)
        reka, _reka_engine = await console(live_server.url, REKA)
        mette, mette_engine = await console(live_server.url, METTE)
        try:
            cursor = sofie.cache.cursor()
            assert cursor is not None
            assert await sofie.api.wait_changes(cursor, timeout=0.3) is False
            waiting = asyncio.ensure_future(sofie.api.wait_changes(cursor, timeout=20))
            other = asyncio.ensure_future(reka.api.wait_changes(reka.cache.cursor() or "", 1.5))
            await asyncio.sleep(0.3)
            assert not waiting.done()
            outbox.queue(mette.cache, UPDATE, org.id, patch(city="Ringsted"))
            started = asyncio.get_running_loop().time()
            await mette_engine.push()
            assert await asyncio.wait_for(waiting, 5) is True
            assert asyncio.get_running_loop().time() - started < 3
            assert await other is False  # not in Réka's scope: she is not told
        finally:
            for s in (sofie, reka, mette):
                await s.close()

    run(scenario)


def test_a_change_the_server_refuses_as_a_request_is_kept_as_a_rejection(
    live_server: LiveServer, canned_server: Any
) -> None:
    """A server that refuses a whole push (422, e.g. a change an older console made
    that a newer server cannot take): the changes go again one by one, the refused one
    is kept for a decision (with the server's row), and the others are not blocked."""
    org = org_named(live_server.db, "Nordlys")

    async def scenario() -> None:
        session, engine = await console(live_server.url, SOFIE)
        try:
            outbox.queue(session.cache, UPDATE, org.id, patch(city="Ribe"))
            current = await session.api.entity("organisation", org.id)
            assert current is not None
            session.api._http.base_url = httpx.URL(canned_server.url + "/api/v1")
            refusal = b'{"code": "invalid_request", "detail": "city: not a city we know"}'
            canned_server.answer("/api/v1/sync/push", 422, refusal)
            canned_server.answer(
                f"/api/v1/organisations/{org.id}", 200, current.model_dump_json().encode()
            )
            await engine.push()
            with session.cache.reading() as conn:
                (rejected,) = conflicts.list_conflicts(conn)
                assert outbox.counts(conn) == outbox.Counts(pending=0, conflicts=1)
            assert rejected.kind == "rejected" and "not a city" in (rejected.message or "")
            assert rejected.can_edit and not rejected.can_keep_mine
            assert rejected.their_value("city") == org.city
            # she writes a version the server takes
            session.api._http.base_url = httpx.URL(live_server.url + "/api/v1")
            conflicts.keep_mine(session.cache, "organisation", org.id, {"city": "Ribe C"})
            await engine.push()
            assert org_named(live_server.db, "Nordlys").city == "Ribe C"
        finally:
            await session.close()

    run(scenario)


# -- invites: a create and actions through the outbox ------------------------------------------


def test_an_invite_shows_at_once_goes_out_once_and_a_cancel_follows(
    live_server: LiveServer,
) -> None:
    hub = org_named(live_server.db, "Havnehuset")

    async def scenario() -> None:
        session, engine = await console(live_server.url, METTE)
        try:
            draft = InviteDraft(
                org_id=hub.id, email="ida@fjord.dk", contact_name="Ida", company_name="Fjord"
            )
            invite_id = str(uuid.uuid4())
            outbox.queue(session.cache, "invite.create", invite_id, draft)
            assert cached_invite(session.cache, invite_id)["status"] == "pending"  # at once
            await engine.cycle()
            with live_server.db.reading() as s:
                server = s.get(Invite, invite_id)
                assert server is not None and server.sub_org_id is not None
            row = cached_invite(session.cache, invite_id)
            assert row["version"] == server.version and row["sub_org_id"] == server.sub_org_id

            outbox.queue(session.cache, "invite.cancel", invite_id, NoFields())
            assert cached_invite(session.cache, invite_id)["status"] == "cancelled"
            await engine.cycle()
            with live_server.db.reading() as s:
                assert s.get(Invite, invite_id).status == "cancelled"  # type: ignore[union-attr]
            assert outbox_rows(session.cache) == []
        finally:
            await session.close()

    run(scenario)


def test_a_refused_invite_can_be_dropped_and_leaves_nothing_behind(
    live_server: LiveServer,
) -> None:
    hub = org_named(live_server.db, "Havnehuset")

    async def scenario() -> None:
        session, engine = await console(live_server.url, METTE)
        try:
            with live_server.db.reading() as s:
                taken = s.scalar(
                    select(Invite.email).where(Invite.org_id == hub.id, Invite.status == "pending")
                )
            assert taken
            draft = InviteDraft(
                org_id=hub.id, email=taken, contact_name="Twice", company_name="Twice ApS"
            )
            invite_id = str(uuid.uuid4())
            outbox.queue(session.cache, "invite.create", invite_id, draft)
            await engine.push()
            with session.cache.reading() as conn:
                (refused,) = conflicts.list_conflicts(conn)
            assert refused.code == "duplicate_invite"
            assert not refused.can_edit and not refused.can_keep_mine
            conflicts.take_theirs(session.cache, "invite", invite_id)
            with session.cache.reading() as conn:
                assert conn.scalar(select(Invite.id).where(Invite.id == invite_id)) is None
                assert outbox.counts(conn) == outbox.Counts(0, 0)
        finally:
            await session.close()

    run(scenario)


def cached_invite(cache: Cache, invite_id: str) -> dict[str, Any]:
    with cache.reading() as conn:
        row = conn.execute(
            select(Invite.__table__).where(Invite.__table__.c.id == invite_id)
        ).first()
        assert row is not None
        return dict(row._mapping)


def test_a_refused_add_drops_its_stand_in_and_a_refused_removal_brings_the_row_back(
    live_server: LiveServer,
) -> None:
    from hubdesk.domain.permissions import BuiltinRole
    from hubdesk.models import Membership, Person
    from hubdesk.server.bootstrap import builtin_role_id
    from hubdesk.wire.mutations import MembershipDraft

    hub = org_named(live_server.db, "Havnehuset")

    async def scenario() -> None:
        session, engine = await console(live_server.url, METTE)
        try:
            member_id = str(uuid.uuid4())
            draft = MembershipDraft(
                org_id=hub.id,
                email="ola@gmail.com",  # not a verified domain of the hub
                display_name="Ola Nordmann",
                role_id=builtin_role_id(BuiltinRole.MARKETER),
            )
            outbox.queue(session.cache, "membership.create", member_id, draft)
            with session.cache.reading() as conn:  # shown at once, with a stand-in person
                stand_in = conn.scalar(select(Person.id).where(Person.email == "ola@gmail.com"))
                assert stand_in is not None
            await engine.push()
            with session.cache.reading() as conn:
                (refused,) = conflicts.list_conflicts(conn)
            assert refused.code == "other_domain"
            conflicts.take_theirs(session.cache, "membership", member_id)
            with session.cache.reading() as conn:
                assert conn.scalar(select(Membership.id).where(Membership.id == member_id)) is None
                assert conn.scalar(select(Person.id).where(Person.id == stand_in)) is None

            with session.cache.reading() as conn:  # the owner: Mette may not remove him
                jens = conn.execute(
                    select(Membership.id, Membership.version)
                    .join(Person, Person.id == Membership.person_id)
                    .where(Person.email == "jens.holm@havnehuset.dk", Membership.org_id == hub.id)
                ).one()
            outbox.queue(session.cache, "membership.remove", jens.id, NoFields())
            with session.cache.reading() as conn:
                assert conn.scalar(select(Membership.id).where(Membership.id == jens.id)) is None
            await engine.push()
            conflicts.take_theirs(session.cache, "membership", jens.id)
            with session.cache.reading() as conn:
                back = conn.scalar(select(Membership.version).where(Membership.id == jens.id))
                assert back == jens.version
                assert outbox.counts(conn) == outbox.Counts(0, 0)
        finally:
            await session.close()

    run(scenario)
