"""Welcome links: a person added to an organisation with a new address chooses a first
password at ``/welcome/<token>`` and can then sign in.

Adding the person (:mod:`hubdesk.server.members`) makes the link (only its SHA-256
digest is stored) and mails it. Completing the page, in one transaction: the password
(argon2), the person and their waiting memberships become active, every link of the
person stops working, and an audit event. A link works for the invite period
(``Settings.invite_days``) and once.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hubdesk.domain.enums import MembershipStatus, PersonStatus
from hubdesk.models.base import utcnow
from hubdesk.models.orgs import Membership, Organisation, Person
from hubdesk.models.server_only import Credential, WelcomeToken
from hubdesk.server import audit
from hubdesk.server.audit import Actor
from hubdesk.server.db import Database
from hubdesk.server.onboarding import DIFFERENT, MIN_PASSWORD, SHORT_PASSWORD
from hubdesk.server.security import digest, hash_password


def issue(
    session: Session, person: Person, org: Organisation, invited_by: str, base_url: str, days: int
) -> str:
    """A new one-time link for ``person`` (in the caller's transaction); earlier ones stop."""
    session.execute(
        update(WelcomeToken).where(WelcomeToken.person_id == person.id).values(used=True)
    )
    token = secrets.token_urlsafe(32)
    session.add(
        WelcomeToken(
            digest=digest(token),
            person_id=person.id,
            org_id=org.id,
            invited_by=invited_by[:200],
            expires_at=utcnow() + timedelta(days=days),
            used=False,
        )
    )
    return f"{base_url}/welcome/{token}"


@dataclass(frozen=True)
class Link:
    """What a welcome link leads to, or why it leads nowhere."""

    state: Literal["open", "unknown", "used", "expired", "closed"]
    email: str = ""
    org_name: str = ""
    invited_by: str = ""
    locale: str | None = None  # the organisation's language


def _find(session: Session, token: str) -> tuple[Link, WelcomeToken | None, Person | None]:
    found = session.scalar(
        select(WelcomeToken).where(WelcomeToken.digest == digest(token)).with_for_update()
    )
    person = session.get(Person, found.person_id) if found is not None else None
    if found is None or person is None:
        return Link("unknown"), None, None
    org = session.get(Organisation, found.org_id)
    link = Link(
        "open",
        person.email,
        org.name if org is not None else "",
        found.invited_by,
        org.locale if org is not None else None,
    )
    has_password = session.get(Credential, person.id) is not None
    if has_password:
        return Link("used", *_fields(link)), found, person
    if found.used:
        return Link("closed", *_fields(link)), found, person
    if found.expires_at <= utcnow():
        return Link("expired", *_fields(link)), found, person
    return link, found, person


def _fields(link: Link) -> tuple[str, str, str, str | None]:
    return link.email, link.org_name, link.invited_by, link.locale


def open_link(db: Database, token: str) -> Link:
    with db.reading() as session:
        return _find(session, token)[0]


def check(password: str, again: str) -> dict[str, str]:
    """A message per field that is not right (English; ``onboarding.say`` translates)."""
    if len(password) < MIN_PASSWORD:
        return {"password": SHORT_PASSWORD}
    if password != again:
        return {"password_again": DIFFERENT}
    return {}


def complete(db: Database, token: str, password: str) -> Link:
    """Set the first password (one transaction); the link as it was before."""
    with db.writing() as session:
        link, found, person = _find(session, token)
        if link.state != "open" or found is None or person is None:
            return link
        session.add(Credential(person_id=person.id, password_hash=hash_password(password)))
        person.status = PersonStatus.ACTIVE
        waiting = session.scalars(
            select(Membership).where(
                Membership.person_id == person.id,
                Membership.status == MembershipStatus.INVITED,
            )
        ).all()
        for membership in waiting:
            membership.status = MembershipStatus.ACTIVE
        session.execute(
            update(WelcomeToken).where(WelcomeToken.person_id == person.id).values(used=True)
        )
        session.flush()
        org = session.get(Organisation, found.org_id)
        audit.record(
            session,
            Actor.of(person),
            "person.activated",
            org=org,
            target_type="person",
            target_id=person.id,
            target_name=f"{person.display_name} <{person.email}>",
            after={"status": "active", "memberships": len(waiting)},
        )
        return link
