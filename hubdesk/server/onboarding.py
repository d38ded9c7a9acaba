"""Onboarding: the invited company follows its one-time link and sets itself up.

Opening a valid link moves the invite to ``accepted`` and the waiting sub-account to
``onboarding``. Completing the form, in one transaction: the owner (a new person with an
argon2 password, or the existing person with that address, whose password stays as it
is) becomes the sub-account's owner, the sub-account gets its details and becomes
``active``, the invite is ``completed`` and every link of it stops working.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError, field_validator
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hubdesk.domain.enums import InviteStatus, Lifecycle
from hubdesk.domain.permissions import BuiltinRole
from hubdesk.domain.text import fold
from hubdesk.models.base import utcnow
from hubdesk.models.orgs import Invite, Membership, Organisation, Person
from hubdesk.models.server_only import Credential, InviteToken
from hubdesk.server import audit, i18n
from hubdesk.server.audit import Actor
from hubdesk.server.bootstrap import builtin_role_id
from hubdesk.server.db import Database
from hubdesk.server.i18n import N_
from hubdesk.server.mail import queue_mail
from hubdesk.server.security import digest, hash_password

Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Required = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
MIN_PASSWORD = 10


class OnboardingForm(BaseModel):
    """What the onboarding page asks (checked here; the browser only helps)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    company_name: Required
    legal_name: Text = ""
    vat_number: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = ""
    address: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] = ""
    postal_code: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)] = ""
    city: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] = ""
    country: Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True)] = ""
    contact_name: Required
    password: Annotated[str, StringConstraints(max_length=200)] = ""
    password_again: Annotated[str, StringConstraints(max_length=200)] = ""
    accept_terms: bool = False

    @field_validator("country")
    @classmethod
    def _two_letters(cls, value: str) -> str:
        if value and (len(value) != 2 or not value.isalpha()):
            raise ValueError("two letters, like DK or DE")
        return value


MESSAGES = {
    "company_name": N_("Enter the company's name."),
    "contact_name": N_("Enter your name."),
    "country": N_("The country is two letters, like DK or DE."),
}
INVALID = N_("This value is not valid.")
TERMS = N_("Accept the terms of service to go on.")
SHORT_PASSWORD = N_("Choose a password of at least {count} characters.")
DIFFERENT = N_("The two passwords are not the same.")


def say(message: str, language: str) -> str:
    """A message of :func:`check` in ``language`` (its English text is the catalog key)."""
    text = i18n.translations(language).gettext(message)
    return text.format(count=MIN_PASSWORD) if "{count}" in text else text


def check(raw: dict[str, Any], *, new_person: bool) -> tuple[OnboardingForm | None, dict[str, str]]:
    """The form, or a message per field that is not right (English; :func:`say` gives
    it in the page's language)."""
    errors: dict[str, str] = {}
    try:
        form = OnboardingForm.model_validate(raw)
    except ValidationError as exc:
        form = None
        for error in exc.errors():
            where = str(error["loc"][0]) if error.get("loc") else ""
            errors.setdefault(where, MESSAGES.get(where, INVALID))
    accepted = str(raw.get("accept_terms", "")).lower() in ("yes", "on", "true", "1")
    if not accepted:
        errors["accept_terms"] = TERMS
    if new_person:
        password = str(raw.get("password", ""))
        if len(password) < MIN_PASSWORD:
            errors["password"] = SHORT_PASSWORD
        elif password != str(raw.get("password_again", "")):
            errors["password_again"] = DIFFERENT
    return (None if errors else form), errors


@dataclass(frozen=True)
class Link:
    """What a link leads to: the invite, or why it leads nowhere."""

    state: Literal["open", "unknown", "used", "expired", "closed"]
    invite: Invite | None = None
    hub_name: str = ""
    existing_person: bool = False
    hub_locale: str | None = None  # the inviting organisation's language


def _find(session: Session, token: str, *, lock: bool = False) -> Link:
    query = select(InviteToken).where(InviteToken.digest == digest(token))
    found = session.scalar(query.with_for_update() if lock else query)
    if found is None:
        return Link("unknown")
    invite = session.get(Invite, found.invite_id, with_for_update=lock)
    if invite is None:
        return Link("unknown")
    hub = session.get(Organisation, invite.org_id)
    hub_name = hub.name if hub is not None else ""
    locale = hub.locale if hub is not None else None
    if invite.status == InviteStatus.COMPLETED:
        return Link("used", invite, hub_name, hub_locale=locale)
    if found.used or invite.status in (InviteStatus.CANCELLED,):
        return Link("closed", invite, hub_name, hub_locale=locale)
    if invite.status == InviteStatus.EXPIRED or invite.expires_at <= utcnow():
        return Link("expired", invite, hub_name, hub_locale=locale)
    person = session.scalar(select(Person.id).where(Person.email == invite.email))
    return Link("open", invite, hub_name, person is not None, locale)


def open_link(db: Database, token: str) -> Link:
    """Look at a link; a first visit marks the invite accepted, the sub-account onboarding."""
    with db.writing() as session:
        link = _find(session, token, lock=True)
        invite = link.invite
        if link.state == "open" and invite is not None and invite.status == InviteStatus.PENDING:
            invite.status = InviteStatus.ACCEPTED
            sub = session.get(Organisation, invite.sub_org_id) if invite.sub_org_id else None
            if sub is not None and sub.lifecycle == Lifecycle.INVITED:
                sub.lifecycle = Lifecycle.ONBOARDING
        return link


def hub_administrators(session: Session, hub: Organisation) -> list[Person]:
    """Who hears about a sub-account until it is set up: the hub's owners and
    administrators (the people who may manage its invites there)."""
    roles = [builtin_role_id(BuiltinRole.OWNER), builtin_role_id(BuiltinRole.ADMINISTRATOR)]
    return list(
        session.scalars(
            select(Person)
            .join(Membership, Membership.person_id == Person.id)
            .where(
                Membership.org_id == hub.id,
                Membership.role_id.in_(roles),
                Membership.status == "active",
            )
            .order_by(Person.email)
        )
    )


def _tell_the_hub(session: Session, hub: Organisation, sub: Organisation, owner: Person) -> None:
    """The hand-over: from now on the sub-account's notifications go to its owner."""
    _ = i18n.gettext_for(hub.locale).gettext
    for admin in hub_administrators(session, hub):
        values = {
            "admin": admin.display_name,
            "owner": f"{owner.display_name} <{owner.email}>",
            "owner_name": owner.display_name,
            "sub": sub.name,
            "hub": hub.name,
        }
        queue_mail(
            session,
            to=admin.email,
            subject=_("{sub} is set up on hubdesk").format(**values),
            body=_(
                "Hello {admin},\n\n{owner} has set up {sub}, which {hub} invited. From now on "
                "{sub}'s notifications go to {owner_name} instead of {hub}'s administrators.\n"
            ).format(**values),
            kind="handover",
            org_id=hub.id,
        )


def complete(db: Database, token: str, form: OnboardingForm) -> tuple[Link, Person | None]:
    """Finish onboarding (one transaction); the link as it was, and the owner."""
    with db.writing() as session:
        link = _find(session, token, lock=True)
        invite = link.invite
        if link.state != "open" or invite is None:
            return link, None
        sub = session.get(Organisation, invite.sub_org_id) if invite.sub_org_id else None
        hub = session.get(Organisation, invite.org_id)
        if sub is None or hub is None:
            return Link("closed", invite, link.hub_name, hub_locale=link.hub_locale), None
        person = session.scalar(select(Person).where(Person.email == invite.email))
        if person is None:
            person = Person(
                email=invite.email,
                display_name=form.contact_name,
                name_fold=fold(form.contact_name),
                locale=hub.locale,
            )
            session.add(person)
            session.flush()
            session.add(Credential(person_id=person.id, password_hash=hash_password(form.password)))
        member = session.scalar(
            select(Membership).where(Membership.person_id == person.id, Membership.org_id == sub.id)
        )
        if member is None:
            owner_role = builtin_role_id(BuiltinRole.OWNER)
            session.add(Membership(person_id=person.id, org_id=sub.id, role_id=owner_role))
        sub.name = form.company_name
        sub.name_fold = fold(form.company_name)
        for name in ("legal_name", "vat_number", "address", "postal_code", "city", "country"):
            setattr(sub, name, getattr(form, name) or None)
        sub.contact_name = form.contact_name
        sub.contact_email = invite.email
        sub.lifecycle = Lifecycle.ACTIVE
        invite.status = InviteStatus.COMPLETED
        invite.completed_at = utcnow()
        session.execute(
            update(InviteToken).where(InviteToken.invite_id == invite.id).values(used=True)
        )
        session.flush()
        _tell_the_hub(session, hub, sub, person)
        audit.record(
            session,
            Actor.of(person),
            "invite.completed",
            org=sub,
            target_type="organisation",
            target_id=sub.id,
            target_name=sub.name,
            after={"owner": invite.email, "lifecycle": "active"},
        )
        return link, person
