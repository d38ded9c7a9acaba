"""Outgoing mail: queued in the writing transaction, delivered over SMTP after it commits.

A write that sends mail (an invite, a hand-over notice) adds an ``outgoing_mail`` row in
its own transaction, so the mail exists exactly when the change does. The
:class:`MailSender` thread delivers queued rows after the commit. Each row is claimed
first (``status = 'sending'`` with a deadline), so several server processes never send
the same row twice at once; a process that dies while sending leaves a claim that
expires, and the row is sent again (at least once). A failed delivery is tried again
later, waiting longer each time, and given up after :data:`MAX_ATTEMPTS`.

Without an SMTP server (the embedded demo) mail is "delivered" into the local mailbox:
the rows themselves, which ``GET /demo/mailbox`` shows to the console.
"""

from __future__ import annotations

import logging
import random
import smtplib
import ssl
import threading
from collections.abc import Callable, Sequence
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid

from sqlalchemy import event, or_, select, update
from sqlalchemy.orm import Session

from hubdesk.models.base import utcnow
from hubdesk.models.server_only import OutgoingMail
from hubdesk.server.db import Database
from hubdesk.server.feed import ServerSession
from hubdesk.server.settings import Settings

log = logging.getLogger(__name__)

QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
MAX_ATTEMPTS = 8
CLAIM_SECONDS = 120
BATCH = 20
MAIL_QUEUED = "hubdesk.mail_queued"


_SENDERS: set[MailSender] = set()
_SENDERS_LOCK = threading.Lock()


@event.listens_for(ServerSession, "after_commit")
def _wake_senders(session: Session) -> None:
    if session.info.pop(MAIL_QUEUED, False):
        with _SENDERS_LOCK:
            senders = list(_SENDERS)
        for sender in senders:
            sender.wake()


@event.listens_for(ServerSession, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(MAIL_QUEUED, None)


def queue_mail(
    session: Session, *, to: str, subject: str, body: str, kind: str, org_id: str | None
) -> OutgoingMail:
    """Queue a mail in the caller's transaction; it goes out once that commits."""
    mail = OutgoingMail(
        to_address=to, subject=subject, body=body, kind=kind, org_id=org_id, status=QUEUED
    )
    session.add(mail)
    session.info[MAIL_QUEUED] = True
    return mail


def retry_delay(attempts: int) -> timedelta:
    """Exponential with full jitter: up to 1, 2, 4 … minutes, at most six hours."""
    ceiling = min(60.0 * 2 ** max(attempts - 1, 0), 6 * 3600.0)
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))


class MailSender:
    """Delivers queued mail in a background thread of the server process."""

    def __init__(
        self, db: Database, settings: Settings, chores: Sequence[Callable[[], object]] = ()
    ) -> None:
        self.db = db
        self.settings = settings
        self.chores = tuple(chores)  # other periodic work of the server's background round
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hubdesk-mail", daemon=True)

    def start(self) -> None:
        with _SENDERS_LOCK:
            _SENDERS.add(self)
        self._thread.start()

    def stop(self) -> None:
        with _SENDERS_LOCK:
            _SENDERS.discard(self)
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def wake(self) -> None:
        """Something was queued (called after a commit)."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            for job in (*self.chores, self.deliver_due):
                try:
                    job()
                except Exception:  # the database is away, …: try again on the next round
                    log.exception("background round: %s failed", getattr(job, "__name__", job))
            self._wake.wait(timeout=self.settings.mail_poll_seconds)

    # -- one round ------------------------------------------------------------------------

    def deliver_due(self) -> int:
        """Claim and deliver what is due; returns how many went out."""
        sent = 0
        while not self._stop.is_set():
            claimed = 0
            for mail_id in self._due():
                if self._stop.is_set() or not self._claim(mail_id):
                    continue  # stopping, or another sender took it
                claimed += 1
                with self.db.reading() as session:
                    mail = session.get(OutgoingMail, mail_id)
                if mail is None:
                    continue
                try:
                    self._deliver(mail)
                except (OSError, smtplib.SMTPException) as exc:
                    self._failed(mail, exc)
                else:
                    self._sent(mail_id)
                    sent += 1
            if not claimed:
                return sent  # nothing (more) is due, or the others have it all
        return sent

    def _due(self) -> list[str]:
        now = utcnow()
        with self.db.reading() as session:
            rows = session.scalars(
                select(OutgoingMail.id)
                .where(
                    or_(
                        (OutgoingMail.status == QUEUED)
                        & or_(
                            OutgoingMail.next_attempt_at.is_(None),
                            OutgoingMail.next_attempt_at <= now,
                        ),
                        (OutgoingMail.status == SENDING) & (OutgoingMail.claimed_until < now),
                    )
                )
                .order_by(OutgoingMail.created_at)
                .limit(BATCH)
            )
            return list(rows)

    def _claim(self, mail_id: str) -> bool:
        now = utcnow()
        with self.db.writing() as session:
            result = session.execute(
                update(OutgoingMail)
                .where(
                    OutgoingMail.id == mail_id,
                    or_(
                        OutgoingMail.status == QUEUED,
                        (OutgoingMail.status == SENDING) & (OutgoingMail.claimed_until < now),
                    ),
                )
                .values(status=SENDING, claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
                .execution_options(synchronize_session=False)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def _deliver(self, mail: OutgoingMail) -> None:
        s = self.settings
        if not s.smtp_host:
            return  # the local mailbox: the row is the mail
        message = EmailMessage()
        message["From"] = s.mail_from
        message["To"] = mail.to_address
        message["Subject"] = mail.subject
        message["Message-ID"] = make_msgid(idstring=mail.id, domain="hubdesk")
        message.set_content(mail.body)
        with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout_seconds) as smtp:
            if s.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if s.smtp_user:
                smtp.login(s.smtp_user, s.smtp_password or "")
            smtp.send_message(message)

    def _sent(self, mail_id: str) -> None:
        with self.db.writing() as session:
            mail = session.get(OutgoingMail, mail_id)
            if mail is not None:
                mail.status = SENT
                mail.sent_at = utcnow()
                mail.attempts += 1
                mail.claimed_until = None
                mail.last_error = None

    def _failed(self, mail: OutgoingMail, exc: BaseException) -> None:
        log.warning("mail %s to %s not delivered: %s", mail.id, mail.to_address, exc)
        with self.db.writing() as session:
            row = session.get(OutgoingMail, mail.id)
            if row is None:
                return
            row.attempts += 1
            row.last_error = str(exc)[:500]
            row.claimed_until = None
            if row.attempts >= MAX_ATTEMPTS:
                row.status = FAILED
            else:
                row.status = QUEUED
                row.next_attempt_at = utcnow() + retry_delay(row.attempts)
