"""Welcome links end to end: a person added with a new address gets a mail (real SMTP on
loopback) with a one-time link, chooses a password on the page and signs in; their
membership grants access from then on. Every way the link can lead nowhere."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from conftest import Inbox, LiveServer, Pusher, org_named, start_server
from sqlalchemy import select, update

from hubdesk.domain.permissions import BuiltinRole
from hubdesk.models import Membership, Person
from hubdesk.models.activity import AuditEvent
from hubdesk.models.base import utcnow
from hubdesk.models.server_only import WelcomeToken
from hubdesk.server.bootstrap import builtin_role_id
from hubdesk.server.db import Database

METTE = "mette.kjaer@havnehuset.dk"
LINK = re.compile(r"(https?://\S+/welcome/\S+)")
EN = {"Accept-Language": "en"}
SECRET = "a long enough secret"


@pytest.fixture
def server(demo_db: Database, smtp: tuple[Inbox, int]) -> Iterator[LiveServer]:
    live = start_server(demo_db, smtp_host="127.0.0.1", smtp_port=smtp[1])
    yield live
    live.stop()


def add(server: LiveServer, email: str, name: str = "Nina Berg") -> dict[str, object]:
    hub = org_named(server.db, "Havnehuset")
    draft = {
        "org_id": hub.id,
        "email": email,
        "display_name": name,
        "role_id": builtin_role_id(BuiltinRole.MARKETER),
    }
    result: dict[str, object] = Pusher(server, METTE).push(
        "membership.create", str(uuid.uuid4()), draft
    )
    assert result["status"] == "applied", result
    return result


def mail_to(inbox: Inbox, email: str) -> str:
    for _ in range(200):
        mails = [m for to, m in inbox.messages if to == [email]]
        if mails:
            return str(mails[-1].get_content())
        time.sleep(0.025)
    raise AssertionError(f"no mail to {email}")


def link_for(server: LiveServer, inbox: Inbox, email: str) -> str:
    add(server, email)
    match = LINK.search(mail_to(inbox, email))
    assert match, "the mail carries the link"
    return match.group(1)


def sign_in(server: LiveServer, email: str, password: str) -> httpx.Response:
    return httpx.post(f"{server.api}/auth/login", json={"email": email, "password": password})


def test_from_the_mail_to_signing_in(server: LiveServer, smtp: tuple[Inbox, int]) -> None:
    inbox, _port = smtp
    email = "nina.berg@havnehuset.dk"
    link = link_for(server, inbox, email)
    assert sign_in(server, email, SECRET).status_code == 401  # no password yet
    page = httpx.get(link, headers=EN)
    assert page.status_code == 200 and "Welcome to Havnehuset Kontorhotel" in page.text
    assert "Mette Kjær Andersen added you" in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]

    short = httpx.post(link, headers=EN, data={"password": "short", "password_again": "short"})
    assert short.status_code == 422 and "at least 10 characters" in short.text
    differ = httpx.post(link, headers=EN, data={"password": SECRET, "password_again": "other"})
    assert differ.status_code == 422 and "not the same" in differ.text
    assert SECRET not in differ.text  # passwords are never sent back

    done = httpx.post(link, headers=EN, data={"password": SECRET, "password_again": SECRET})
    assert done.status_code == 200 and "Your account is ready" in done.text
    signed_in = sign_in(server, email, SECRET)
    assert signed_in.status_code == 200
    me = httpx.get(
        f"{server.api}/me",
        headers={"Authorization": f"Bearer {signed_in.json()['access_token']}"},
    ).json()
    assert [g["role_name"] for g in me["grants"]] == ["Marketer"]  # the membership grants now
    with server.db.reading() as s:
        person = s.scalar(select(Person).where(Person.email == email))
        assert person is not None and person.status == "active"
        assert s.scalar(select(Membership.status).where(Membership.person_id == person.id)) == (
            "active"
        )
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "person.activated"))
        assert event is not None and event.target_id == person.id

    again = httpx.get(link, headers=EN)
    assert again.status_code == 410 and "Password already chosen" in again.text


def test_links_that_lead_nowhere(server: LiveServer, smtp: tuple[Inbox, int]) -> None:
    inbox, _port = smtp
    unknown = httpx.get(f"{server.url}/welcome/{'x' * 43}", headers=EN)
    assert unknown.status_code == 404 and "Link not found" in unknown.text
    email = "ole@havnehuset.dk"
    link = link_for(server, inbox, email)
    with server.db.writing() as s:
        s.execute(update(WelcomeToken).values(expires_at=utcnow() - timedelta(minutes=1)))
    expired = httpx.post(link, headers=EN, data={"password": SECRET, "password_again": SECRET})
    assert expired.status_code == 410 and "Ask Havnehuset Kontorhotel" in expired.text
    assert sign_in(server, email, SECRET).status_code == 401  # nothing was set


def test_a_known_person_is_told_without_a_link(server: LiveServer, smtp: tuple[Inbox, int]) -> None:
    inbox, _port = smtp
    nordlys = org_named(server.db, "Nordlys")
    sofie = Pusher(server, "sofie@nordlys-arkitekter.dk")
    draft = {
        "org_id": nordlys.id,
        "email": "freja@lundregnskab.dk",  # Freja, the hub's accountant, has an account
        "display_name": "Freja Lund",
        "role_id": builtin_role_id(BuiltinRole.ACCOUNTANT),
    }
    allow = sofie.push(
        "organisation.update", nordlys.id, {"external_members": True}, nordlys.version
    )
    assert allow["status"] == "applied", allow
    assert sofie.push("membership.create", str(uuid.uuid4()), draft)["status"] == "applied"
    body = mail_to(inbox, "freja@lundregnskab.dk")
    # in Nordlys's language (Danish): told where to sign in, no link
    assert "Nordlys" in body and "/welcome/" not in body and server.url in body


def test_an_expired_link_is_replaced_by_adding_them_again(
    server: LiveServer, smtp: tuple[Inbox, int]
) -> None:
    inbox, _port = smtp
    email = "sigrid@havnehuset.dk"
    first = link_for(server, inbox, email)
    hub = org_named(server.db, "Havnehuset")
    with server.db.writing() as s:
        s.execute(update(WelcomeToken).values(expires_at=utcnow() - timedelta(minutes=1)))
        membership = s.scalar(
            select(Membership)
            .join(Person, Person.id == Membership.person_id)
            .where(Person.email == email, Membership.org_id == hub.id)
        )
        assert membership is not None
        member_id, version = membership.id, membership.version
    assert httpx.get(first, headers=EN).status_code == 410
    mette = Pusher(server, METTE)
    assert mette.push("membership.remove", member_id, {}, version)["status"] == "applied"
    inbox.messages.clear()
    second = link_for(server, inbox, email)  # added again: a new link
    assert second != first
    done = httpx.post(second, headers=EN, data={"password": SECRET, "password_again": SECRET})
    assert done.status_code == 200
    assert sign_in(server, email, SECRET).status_code == 200
