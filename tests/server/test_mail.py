"""Outgoing mail: queued with the change, delivered over real SMTP on loopback, retried,
never sent twice by two senders; the demo's mailbox shows each person only theirs."""

from __future__ import annotations

import threading
from datetime import timedelta

import httpx
import pytest
from conftest import Inbox, LiveServer, free_port, org_named, start_server
from sqlalchemy import select, update

from hubdesk.models.base import utcnow
from hubdesk.models.server_only import OutgoingMail
from hubdesk.server.db import Database
from hubdesk.server.mail import FAILED, MAX_ATTEMPTS, QUEUED, SENT, MailSender, queue_mail
from hubdesk.server.settings import Settings


def settings_for(db: Database, port: int) -> Settings:
    return Settings(database_url=db.url, smtp_host="127.0.0.1", smtp_port=port)


def queue(db: Database, n: int = 1, org_id: str | None = None, to: str = "ida@nordlys.dk") -> None:
    with db.writing() as session:
        for i in range(n):
            queue_mail(
                session,
                to=to,
                subject=f"Invitation {i}",
                body=f"Welcome, number {i}.\nhttps://hubdesk.example/onboarding/x{i}",
                kind="invite",
                org_id=org_id,
            )


def statuses(db: Database) -> list[tuple[str, int]]:
    with db.reading() as session:
        return [(m.status, m.attempts) for m in session.scalars(select(OutgoingMail))]


def test_queued_mail_goes_out_over_smtp(demo_db: Database, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    sender = MailSender(demo_db, settings_for(demo_db, port))
    queue(demo_db, 3)
    assert sender.deliver_due() == 3
    assert statuses(demo_db) == [(SENT, 1)] * 3
    assert sorted(m["Subject"] for _to, m in inbox.messages) == [
        "Invitation 0",
        "Invitation 1",
        "Invitation 2",
    ]
    to, first = inbox.messages[0]
    assert to == ["ida@nordlys.dk"] and "onboarding" in first.get_content()
    assert sender.deliver_due() == 0  # nothing twice


def test_a_mail_is_queued_only_with_its_transaction(demo_db: Database) -> None:
    with pytest.raises(RuntimeError), demo_db.writing() as session:
        queue_mail(session, to="a@b.dk", subject="s", body="b", kind="invite", org_id=None)
        raise RuntimeError("the change failed")
    assert statuses(demo_db) == []


def test_an_smtp_server_that_is_away_means_later_not_never(
    demo_db: Database, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    away = MailSender(demo_db, settings_for(demo_db, free_port()))  # nobody listens there
    queue(demo_db)
    assert away.deliver_due() == 0
    with demo_db.reading() as session:
        mail = session.scalars(select(OutgoingMail)).one()
    assert (mail.status, mail.attempts) == (QUEUED, 1)
    assert mail.last_error and mail.next_attempt_at is not None
    assert mail.next_attempt_at > utcnow() + timedelta(seconds=20)  # waits before trying again
    assert away.deliver_due() == 0  # not due yet: no second attempt now
    with demo_db.writing() as session:
        session.execute(update(OutgoingMail).values(next_attempt_at=utcnow()))
    assert MailSender(demo_db, settings_for(demo_db, port)).deliver_due() == 1
    assert len(inbox.messages) == 1 and statuses(demo_db) == [(SENT, 2)]


def test_a_mail_that_never_goes_out_is_given_up_and_says_why(demo_db: Database) -> None:
    away = MailSender(demo_db, settings_for(demo_db, free_port()))
    queue(demo_db)
    for _ in range(MAX_ATTEMPTS):
        with demo_db.writing() as session:
            session.execute(update(OutgoingMail).values(next_attempt_at=utcnow()))
        away.deliver_due()
    with demo_db.reading() as session:
        mail = session.scalars(select(OutgoingMail)).one()
    assert (mail.status, mail.attempts) == (FAILED, MAX_ATTEMPTS)
    assert mail.last_error


def test_two_senders_never_send_one_mail_twice(
    any_demo_db: Database, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    with any_demo_db.writing() as session:
        session.execute(update(OutgoingMail).values(status=SENT))  # earlier tests' mail
    queue(any_demo_db, 40)
    senders = [MailSender(any_demo_db, settings_for(any_demo_db, port)) for _ in range(3)]
    threads = [threading.Thread(target=s.deliver_due) for s in senders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    subjects = [m["Subject"] for _to, m in inbox.messages]
    assert len(subjects) == 40 and len(set(subjects)) == 40


def test_the_running_sender_delivers_right_after_the_commit(
    demo_db: Database, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    server = start_server(demo_db, smtp_host="127.0.0.1", smtp_port=port)
    try:
        queue(demo_db)
        for _ in range(100):
            if inbox.messages:
                break
            threading.Event().wait(0.05)
        assert len(inbox.messages) == 1  # woken by the commit, not by the 30 s round
    finally:
        server.stop()


def test_the_demo_mailbox_shows_each_person_their_own_mail(live_server: LiveServer) -> None:
    db = live_server.db
    nordlys = org_named(db, "Nordlys")
    aurelia = org_named(db, "Aurelia")
    queue(db, 2, org_id=nordlys.id)
    queue(db, 1, org_id=aurelia.id, to="katrin.hoffmann@aurelia-auto.de")
    MailSender(db, Settings(database_url=db.url, demo=True)).deliver_due()  # the local mailbox

    def box(email: str) -> list[str]:
        with httpx.Client(base_url=live_server.api) as http:
            token = http.post(
                "/auth/login", json={"email": email, "password": "hubdesk-demo"}
            ).json()["access_token"]
            answer = http.get("/demo/mailbox", headers={"Authorization": f"Bearer {token}"})
            answer.raise_for_status()
            return [m["subject"] for m in answer.json()["mail"] if m["status"] == SENT]

    assert sorted(box("mette.kjaer@havnehuset.dk")) == ["Invitation 0", "Invitation 1"]
    assert box("katrin.hoffmann@aurelia-auto.de") == ["Invitation 0"]
    assert sorted(box("sofie@nordlys-arkitekter.dk")) == ["Invitation 0", "Invitation 1"]
    assert box("reka.nagy@aranyhaj.hu") == []  # another tenant entirely


def test_a_real_server_has_no_mailbox(demo_db: Database) -> None:
    server = start_server(demo_db, demo=False)
    try:
        with httpx.Client(base_url=server.api) as http:
            token = http.post(
                "/auth/login",
                json={"email": "mette.kjaer@havnehuset.dk", "password": "hubdesk-demo"},
            ).json()["access_token"]
            answer = http.get("/demo/mailbox", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 404
    finally:
        server.stop()


def test_mail_settings_come_from_the_environment_and_bad_ones_are_named() -> None:
    env = {
        "HUBDESK_SMTP_HOST": "smtp.example.dk",
        "HUBDESK_SMTP_PORT": "587",
        "HUBDESK_SMTP_STARTTLS": "1",
        "HUBDESK_PUBLIC_URL": "https://hub.example.dk/",
        "HUBDESK_INVITE_DAYS": "30",
    }
    settings = Settings.from_env("sqlite://", env=env)
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_starttls) == (
        "smtp.example.dk",
        587,
        True,
    )
    assert settings.public_url == "https://hub.example.dk" and settings.invite_days == 30
    assert Settings.from_env("sqlite://", env={}).smtp_host is None  # the local mailbox
    with pytest.raises(ValueError, match="HUBDESK_SMTP_PORT"):
        Settings.from_env("sqlite://", env={"HUBDESK_SMTP_PORT": "twenty-five"})
    with pytest.raises(ValueError, match="HUBDESK_INVITE_DAYS"):
        Settings.from_env("sqlite://", env={"HUBDESK_INVITE_DAYS": "0"})
