"""Invites through the push API: the sub-account, the one-time link, the mail (real SMTP
on loopback), resend, cancel, expiry; refusals; siblings never see each other's."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from conftest import Inbox, LiveServer, Pusher, changes_of, org_named, start_server
from sqlalchemy import select, update

from hubdesk.models import Invite, Organisation
from hubdesk.models.activity import AuditEvent
from hubdesk.models.base import utcnow
from hubdesk.models.server_only import InviteToken
from hubdesk.server.db import Database
from hubdesk.server.invites import expire_due
from hubdesk.server.security import digest

METTE = "mette.kjaer@havnehuset.dk"  # administrator of the office hotel Havnehuset
SOFIE = "sofie@nordlys-arkitekter.dk"  # owner of one of its tenants
KATRIN = "katrin.hoffmann@aurelia-auto.de"  # administrator of another hub (a brand)
LINK = re.compile(r"https?://\S+/onboarding/(\S+)")


@pytest.fixture
def mailing_server(demo_db: Database, smtp: tuple[Inbox, int]) -> Iterator[LiveServer]:
    server = start_server(demo_db, smtp_host="127.0.0.1", smtp_port=smtp[1])
    yield server
    server.stop()


def invite_of(db: Database, invite_id: str) -> Invite:
    with db.reading() as s:
        invite = s.get(Invite, invite_id)
        assert invite is not None
        return invite


def wait_for_mail(inbox: Inbox, count: int) -> None:
    for _ in range(200):
        if len(inbox.messages) >= count:
            return
        time.sleep(0.025)
    raise AssertionError(f"{len(inbox.messages)} mails, expected {count}")


def test_an_invite_makes_the_sub_account_a_one_time_link_and_the_mail(
    mailing_server: LiveServer, smtp: tuple[Inbox, int]
) -> None:
    inbox, _port = smtp
    db = mailing_server.db
    hub = org_named(db, "Havnehuset")
    mette = Pusher(mailing_server, METTE)
    invite_id = str(uuid.uuid4())
    draft = {
        "org_id": hub.id,
        "email": "  Ida@Fjord-Studio.DK ",
        "contact_name": "Ida Fjord",
        "company_name": "Fjord Studio ApS",
    }
    result = mette.push("invite.create", invite_id, draft)
    assert result["status"] == "applied"

    invite = invite_of(db, invite_id)
    assert (invite.email, invite.status, invite.sent_count) == ("ida@fjord-studio.dk", "pending", 1)
    assert timedelta(days=13, hours=23) < invite.expires_at - utcnow() <= timedelta(days=14)
    with db.reading() as s:
        sub = s.get(Organisation, invite.sub_org_id)
        assert sub is not None
        assert (sub.parent_id, sub.kind, sub.lifecycle) == (hub.id, "tenant", "invited")
        assert sub.path == f"{hub.path}{sub.id}/" and sub.name == "Fjord Studio ApS"
        events = s.scalars(select(AuditEvent.action).where(AuditEvent.target_id == invite_id))
        assert list(events) == ["invite.created"]

    wait_for_mail(inbox, 1)
    to, mail = inbox.messages[0]
    assert to == ["ida@fjord-studio.dk"]
    assert "Havnehuset" in mail["Subject"] and "Fjord Studio ApS" in mail["Subject"]
    match = LINK.search(mail.get_content())
    assert match
    with db.reading() as s:
        token = s.get(InviteToken, digest(match.group(1)))
        assert token is not None and token.invite_id == invite_id and not token.used


def test_resend_makes_a_new_link_and_cancel_ends_everything(
    mailing_server: LiveServer, smtp: tuple[Inbox, int]
) -> None:
    inbox, _port = smtp
    db = mailing_server.db
    hub = org_named(db, "Havnehuset")
    mette = Pusher(mailing_server, METTE)
    invite_id = str(uuid.uuid4())
    draft = {"org_id": hub.id, "email": "bo@hav.dk", "contact_name": "Bo", "company_name": "Hav"}
    assert mette.push("invite.create", invite_id, draft)["status"] == "applied"
    wait_for_mail(inbox, 1)
    first = LINK.search(inbox.messages[0][1].get_content())
    assert first

    version = invite_of(db, invite_id).version
    assert mette.push("invite.resend", invite_id, {}, version)["status"] == "applied"
    wait_for_mail(inbox, 2)
    second = LINK.search(inbox.messages[1][1].get_content())
    assert second and second.group(1) != first.group(1)
    invite = invite_of(db, invite_id)
    assert invite.sent_count == 2
    with db.reading() as s:
        assert s.get(InviteToken, digest(first.group(1))).used  # type: ignore[union-attr]
        assert not s.get(InviteToken, digest(second.group(1))).used  # type: ignore[union-attr]

    stale = mette.push("invite.cancel", invite_id, {}, version)  # made before the resend
    assert stale["status"] == "conflict" and stale["current"]["data"]["sent_count"] == 2
    assert mette.push("invite.cancel", invite_id, {}, invite.version)["status"] == "applied"
    invite = invite_of(db, invite_id)
    assert invite.status == "cancelled"
    with db.reading() as s:
        assert s.get(InviteToken, digest(second.group(1))).used  # type: ignore[union-attr]
        assert s.get(Organisation, invite.sub_org_id).lifecycle == "closed"  # type: ignore[union-attr]
    again = mette.push("invite.resend", invite_id, {}, invite.version)
    assert again["status"] == "rejected" and again["code"] == "invite_closed"


def test_refusals_are_clear_and_change_nothing(mailing_server: LiveServer) -> None:
    db = mailing_server.db
    hub = org_named(db, "Havnehuset")
    brand = org_named(db, "Aurelia")
    mette = Pusher(mailing_server, METTE)
    assert mette.invite(hub.id, "twice@hav.dk")["status"] == "applied"

    duplicate = mette.invite(hub.id, "TWICE@hav.dk", company="Other name")
    assert duplicate["status"] == "rejected" and duplicate["code"] == "duplicate_invite"
    assert duplicate["current"]["data"]["email"] == "twice@hav.dk"

    for bad in ("not an email", "a@b", ""):
        answer = mette.invite(hub.id, bad)
        assert answer.status_code == 422
    answer = mette.invite(hub.id, "ok@hav.dk", company="   ")
    assert answer.status_code == 422

    # no permission here, or not even visible
    sofie = Pusher(mailing_server, SOFIE)
    assert sofie.invite(hub.id, "x@y.dk")["code"] == "not_found"  # above her tenant
    nordlys = org_named(db, "Nordlys")
    assert sofie.invite(nordlys.id, "x@y.dk")["status"] == "applied"  # her own: owners may
    assert mette.invite(brand.id, "x@y.dk")["code"] == "not_found"  # a sibling hub
    with db.reading() as s:
        open_invites = s.scalars(select(Invite.email).where(Invite.email == "x@y.dk"))
        assert list(open_invites) == ["x@y.dk"]  # only Sofie's


def test_siblings_never_see_each_others_invites(mailing_server: LiveServer) -> None:
    db = mailing_server.db
    hub = org_named(db, "Havnehuset")
    mette = Pusher(mailing_server, METTE)
    made = mette.invite(hub.id, "secret@hav.dk")
    assert made["status"] == "applied"
    with db.reading() as s:
        invite_id = s.scalar(select(Invite.id).where(Invite.email == "secret@hav.dk"))
    katrin = Pusher(mailing_server, KATRIN)
    assert katrin.http.get(f"/invites/{invite_id}").status_code == 404
    cancel = katrin.push("invite.cancel", str(invite_id), {}, 1)
    assert cancel["status"] == "rejected" and cancel["code"] == "not_found"
    feed = katrin.http.get("/sync/changes", params={"limit": 5000}).json()
    assert not any(c.get("data", {}).get("email") == "secret@hav.dk" for c in changes_of(feed))


def test_pending_invites_expire_and_the_hub_sees_it(mailing_server: LiveServer) -> None:
    db = mailing_server.db
    hub = org_named(db, "Havnehuset")
    mette = Pusher(mailing_server, METTE)
    assert mette.invite(hub.id, "late@hav.dk")["status"] == "applied"
    with db.writing() as s:
        invite_id = s.scalar(select(Invite.id).where(Invite.email == "late@hav.dk"))
        s.execute(
            update(Invite)
            .where(Invite.id == invite_id)
            .values(expires_at=utcnow() - timedelta(minutes=1))
        )
    feed = mette.http.get("/sync/changes", params={"limit": 5000}).json()
    cursor = feed["next_cursor"]
    while feed["has_more"]:
        feed = mette.http.get("/sync/changes", params={"limit": 5000, "cursor": cursor}).json()
        cursor = feed["next_cursor"]
    assert expire_due(db) >= 1
    invite = invite_of(db, str(invite_id))
    assert invite.status == "expired"
    news = changes_of(mette.http.get("/sync/changes", params={"cursor": cursor}).json())
    assert any(c["type"] == "invite" and c["data"]["status"] == "expired" for c in news)
    # an expired invite can be sent again: pending, a new link, a new expiry
    again = mette.push("invite.resend", str(invite_id), {}, invite.version)
    assert again["status"] == "applied"
    assert invite_of(db, str(invite_id)).status == "pending"
