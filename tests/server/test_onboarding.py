"""Onboarding end to end over HTTP: the invite's mail (real SMTP on loopback), the page,
its validation, the finished account, and every way a link can lead nowhere."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from conftest import Inbox, LiveServer, org_named, start_server
from sqlalchemy import select, update

from hubdesk.models import Invite, Membership, Organisation, Person
from hubdesk.models.base import utcnow
from hubdesk.server.db import Database
from hubdesk.server.onboarding import hub_administrators

METTE = "mette.kjaer@havnehuset.dk"
LINK = re.compile(r"(https?://\S+/onboarding/\S+)")
GOOD = {
    "company_name": "Fjord Studio ApS",
    "legal_name": "Fjord Studio ApS",
    "vat_number": "DK12345678",
    "address": "Havnegade 1",
    "postal_code": "1058",
    "city": "København K",
    "country": "dk",
    "contact_name": "Ida Fjord",
    "password": "a long enough secret",
    "password_again": "a long enough secret",
    "accept_terms": "yes",
}

EN = {"Accept-Language": "en"}  # the page in English (else: the hub's language)


@pytest.fixture
def server(demo_db: Database, smtp: tuple[Inbox, int]) -> Iterator[LiveServer]:
    live = start_server(demo_db, smtp_host="127.0.0.1", smtp_port=smtp[1])
    yield live
    live.stop()


def invite(server: LiveServer, inbox: Inbox, email: str, company: str = "Fjord") -> str:
    """Mette invites ``email``; returns the link from the mail."""
    hub = org_named(server.db, "Havnehuset")
    with httpx.Client(base_url=server.api) as http:
        token = http.post("/auth/login", json={"email": METTE, "password": "hubdesk-demo"})
        http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        body = {
            "client_id": str(uuid.uuid4()),
            "mutations": [
                {
                    "key": str(uuid.uuid4()),
                    "seq": 1,
                    "op": "invite.create",
                    "entity_id": str(uuid.uuid4()),
                    "base_version": 0,
                    "payload": {
                        "org_id": hub.id,
                        "email": email,
                        "contact_name": "Ida",
                        "company_name": company,
                    },
                }
            ],
        }
        assert http.post("/sync/push", json=body).json()["results"][0]["status"] == "applied"
    return last_link(inbox, email)


def last_link(inbox: Inbox, email: str) -> str:
    for _ in range(200):
        mails = [m for to, m in inbox.messages if to == [email]]
        if mails:
            match = LINK.search(mails[-1].get_content())
            assert match
            return match.group(1)
        time.sleep(0.025)
    raise AssertionError(f"no mail to {email}")


def invite_of(db: Database, email: str) -> Invite:
    with db.reading() as s:
        found = s.scalar(select(Invite).where(Invite.email == email))
        assert found is not None
        return found


def sub_of(db: Database, email: str) -> Organisation:
    with db.reading() as s:
        org = s.get(Organisation, invite_of(db, email).sub_org_id)
        assert org is not None
        return org


def test_the_whole_way_from_mail_to_an_active_account(
    server: LiveServer, smtp: tuple[Inbox, int]
) -> None:
    inbox, _port = smtp
    link = invite(server, inbox, "ida@fjord-studio.dk", company="Fjord <Studio>")
    page = httpx.get(link, headers=EN)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "Fjord &lt;Studio&gt;" in page.text and "<Studio>" not in page.text  # escaped
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert invite_of(server.db, "ida@fjord-studio.dk").status == "accepted"
    assert sub_of(server.db, "ida@fjord-studio.dk").lifecycle == "onboarding"

    bad = {**GOOD, "password_again": "something else", "country": "Denmark", "company_name": " "}
    bad.pop("accept_terms")
    answer = httpx.post(link, headers=EN, data=bad)
    assert answer.status_code == 422
    for message in (
        "The two passwords are not the same.",
        "The country is two letters",
        "Enter the company&#39;s name.",
        "Accept the terms of service",
    ):
        assert message in answer.text
    assert "a long enough secret" not in answer.text  # passwords are never sent back
    assert 'value="Denmark"' in answer.text  # the rest is kept
    assert sub_of(server.db, "ida@fjord-studio.dk").lifecycle == "onboarding"  # nothing done

    done = httpx.post(link, headers=EN, data=GOOD)
    assert done.status_code == 200 and "is ready" in done.text
    assert "ida@fjord-studio.dk" in done.text and server.url in done.text
    sub = sub_of(server.db, "ida@fjord-studio.dk")
    assert (sub.lifecycle, sub.name, sub.country, sub.city) == (
        "active",
        "Fjord Studio ApS",
        "DK",
        "København K",
    )
    assert invite_of(server.db, "ida@fjord-studio.dk").status == "completed"
    with server.db.reading() as s:
        person = s.scalar(select(Person).where(Person.email == "ida@fjord-studio.dk"))
        assert person is not None and person.display_name == "Ida Fjord"
        member = s.scalar(select(Membership).where(Membership.person_id == person.id))
        assert member is not None and member.org_id == sub.id
    signed_in = httpx.post(
        f"{server.api}/auth/login",
        json={"email": "ida@fjord-studio.dk", "password": "a long enough secret"},
    )
    assert signed_in.status_code == 200  # the new owner can sign in

    # the hand-over: the hub's administrators hear that the owner takes over (in the hub's
    # language: Havnehuset works in Danish)
    for _ in range(200):
        handover = [m for _to, m in inbox.messages if "er oprettet på" in str(m["Subject"])]
        if handover:
            break
        time.sleep(0.025)
    told = sorted(to[0] for to, m in inbox.messages if "er oprettet på" in str(m["Subject"]))
    with server.db.reading() as s:
        hub = org_named(server.db, "Havnehuset")
        admins = [p.email for p in hub_administrators(s, s.get(Organisation, hub.id))]  # type: ignore[arg-type]
    assert told == sorted(admins) and METTE in told
    assert "Ida Fjord" in handover[0].get_content()

    again = httpx.get(link, headers=EN)
    assert again.status_code == 410 and "Already set up" in again.text
    assert httpx.post(link, headers=EN, data=GOOD).status_code == 410


def test_links_that_lead_nowhere_say_why(server: LiveServer, smtp: tuple[Inbox, int]) -> None:
    inbox, _port = smtp
    unknown = httpx.get(f"{server.url}/onboarding/not-a-token", headers=EN)
    assert unknown.status_code == 404 and "not valid" in unknown.text
    assert "Traceback" not in unknown.text

    link = invite(server, inbox, "late@hav.dk")
    with server.db.writing() as s:
        s.execute(
            update(Invite)
            .where(Invite.email == "late@hav.dk")
            .values(expires_at=utcnow() - timedelta(minutes=1))
        )
    expired = httpx.get(link, headers=EN)
    assert expired.status_code == 410 and "expired" in expired.text
    assert "Havnehuset" in expired.text  # who to ask

    first = invite(server, inbox, "twice@hav.dk")
    with httpx.Client(base_url=server.api) as http:
        token = http.post("/auth/login", json={"email": METTE, "password": "hubdesk-demo"})
        http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        pending = invite_of(server.db, "twice@hav.dk")
        resend = {
            "key": str(uuid.uuid4()),
            "seq": 1,
            "op": "invite.resend",
            "entity_id": pending.id,
            "base_version": pending.version,
            "payload": {},
        }
        http.post("/sync/push", json={"client_id": str(uuid.uuid4()), "mutations": [resend]})
    for _ in range(200):
        if last_link(inbox, "twice@hav.dk") != first:
            break
        time.sleep(0.025)
    superseded = httpx.get(first, headers=EN)
    assert superseded.status_code == 410 and "no longer works" in superseded.text
    assert httpx.get(last_link(inbox, "twice@hav.dk"), headers=EN).status_code == 200


def test_someone_with_an_account_joins_without_a_new_password(
    server: LiveServer, smtp: tuple[Inbox, int]
) -> None:
    inbox, _port = smtp
    email = "sofie@nordlys-arkitekter.dk"  # owner of another tenant already
    link = invite(server, inbox, email, company="Nordlys Studio")
    form: dict[str, Any] = {**GOOD, "password": "", "password_again": ""}
    done = httpx.post(link, headers=EN, data=form)
    assert done.status_code == 200 and "use its password" in done.text
    login = httpx.post(
        f"{server.api}/auth/login", json={"email": email, "password": "hubdesk-demo"}
    )
    assert login.status_code == 200  # her password is as it was
    with server.db.reading() as s:
        person_id = s.scalar(select(Person.id).where(Person.email == email))
        orgs = set(s.scalars(select(Membership.org_id).where(Membership.person_id == person_id)))
    assert sub_of(server.db, email).id in orgs and len(orgs) >= 2


def test_the_invitee_reads_the_hubs_language_unless_the_browser_asks_for_another(
    server: LiveServer,
    smtp: tuple[Inbox, int],
) -> None:
    inbox, _port = smtp
    invite(server, inbox, "ole@moen.dk", company="Møen Design")
    subject = str(next(m["Subject"] for to, m in inbox.messages if to == ["ole@moen.dk"]))
    assert "inviterer" in subject  # Havnehuset works in Danish
    link = last_link(inbox, "ole@moen.dk")
    danish = httpx.get(link)
    assert '<html lang="da">' in danish.text and "Opret min konto" in danish.text
    german = httpx.get(link, headers={"Accept-Language": "de-DE,de;q=0.9"})
    assert '<html lang="de">' in german.text and "Mein Konto einrichten" in german.text
    wrong = httpx.post(link, headers={"Accept-Language": "sv"}, data={"company_name": ""})
    assert wrong.status_code == 422
    assert "Ange företagets namn." in wrong.text and "Godkänn användarvillkoren" in wrong.text
    gone = httpx.get(f"{server.url}/onboarding/nothing", headers={"Accept-Language": "hu"})
    assert gone.status_code == 404 and "A link nem található" in gone.text
