"""The people of an organisation: add a person with a role, change a membership, remove it.

Three push mutations (see :mod:`hubdesk.server.mutations`), each audited with its before
and after. The rules against escalation live in :mod:`hubdesk.domain.access` and are
checked here whatever the console sent: nobody grants a role or permission they do not
hold at the organisation, changes someone who holds more than they do, or changes their
own role; an organisation with an owner keeps one. A new address becomes a new person
(invited) who is mailed a link to choose a first password (:mod:`hubdesk.server.welcome`);
their memberships grant nothing until then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from hubdesk.domain import access
from hubdesk.domain.access import Refusal
from hubdesk.domain.enums import MembershipStatus, PersonStatus
from hubdesk.domain.permissions import BuiltinRole, Permission, is_within, path_ids
from hubdesk.domain.text import fold
from hubdesk.models.commerce import Subscription
from hubdesk.models.orgs import Membership, Organisation, Person, Role
from hubdesk.models.seats import seat_plan
from hubdesk.models.server_only import Credential
from hubdesk.server import audit, i18n, licences, welcome
from hubdesk.server.bootstrap import builtin_role_id
from hubdesk.server.mail import queue_mail
from hubdesk.server.results import rejected, upsert
from hubdesk.wire.mutations import (
    MembershipCreate,
    MembershipRemove,
    MembershipUpdate,
    MutationResult,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.mutations import Context

OWNER_ROLE_ID = builtin_role_id(BuiltinRole.OWNER)


def usable_role(session: Session, role_id: str, org: Organisation) -> Role | None:
    """The role ``role_id`` when it may be given at ``org``: a built-in role (platform
    support only at the platform), or a custom role of ``org`` or of one above it."""
    role = session.get(Role, role_id)
    if role is not None and role.key == BuiltinRole.PLATFORM_SUPPORT:
        return role if org.depth == 0 else None  # hubdesk's own staff, at the platform
    if role is None or role.org_id is None:
        return role
    owner = session.get(Organisation, role.org_id)
    return role if owner is not None and is_within(org.path, owner.path) else None


def _refuse(mutation: Any, refusal: Refusal, current: Any = None) -> MutationResult:
    return rejected(mutation, refusal.code, refusal.message, current)


def _record(
    session: Session,
    ctx: Context,
    action: str,
    org: Organisation,
    membership: Membership,
    person: Person,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    name = f"{person.display_name} <{person.email}>"
    audit.changed(session, ctx.caller.actor, action, org, membership, name, before, after)


def _welcome(
    ctx: Context, session: Session, person: Person, org: Organisation, role: Role, new: bool
) -> None:
    """Tell the person; a new one gets a one-time link to choose a first password."""
    _ = i18n.gettext_for(org.locale).gettext
    who = ctx.caller.person.display_name
    values = {
        "name": person.display_name,
        "who": who,
        "org": org.name,
        "role": role.name,
        "url": ctx.base_url,
        "days": ctx.settings.invite_days,
    }
    body = _("Hello {name},\n\n{who} added you to {org} in hubdesk, as {role}.\n\n")
    if new:
        values["link"] = welcome.issue(
            session, person, org, who, ctx.base_url, ctx.settings.invite_days
        )
        body += _(
            "Choose your password here (the link works for {days} days):\n{link}\n\n"
            "Then sign in with the hubdesk console at {url} with this address.\n"
        )
    else:
        body += _("Sign in with the hubdesk console at {url} with your usual password.\n")
    queue_mail(
        session,
        to=person.email,
        subject=_("{who} added you to {org}").format(**values),
        body=body.format(**values),
        kind="member_added",
        org_id=org.id,
    )


def _owners_left(session: Session, org: Organisation, without: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Membership)
            .where(
                Membership.org_id == org.id,
                Membership.role_id == OWNER_ROLE_ID,
                Membership.status == MembershipStatus.ACTIVE,
                Membership.id != without,
            )
        )
        or 0
    )


def _keeps_owner(
    session: Session, org: Organisation, membership: Membership, new_role_id: str | None
) -> Refusal | None:
    """An organisation with an owner keeps an active one."""
    if membership.role_id != OWNER_ROLE_ID or new_role_id == OWNER_ROLE_ID:
        return None
    if _owners_left(session, org, membership.id):
        return None
    return Refusal(access.LAST_OWNER, f"{org.name} must keep an owner; name another one first.")


def _grow_plan(session: Session, ctx: Context, org: Organisation) -> None:
    """A billable seat beyond what the seat plan covering ``org`` was bought for makes the
    plan larger (the price effect the console showed before the change was saved)."""
    session.flush()
    plan = seat_plan(session.connection(), org.path)
    if plan is None or plan.used <= plan.quantity:
        return
    subscription = session.get(Subscription, plan.subscription_id, with_for_update=True)
    if subscription is None:
        return
    before = subscription.quantity
    subscription.quantity = plan.used
    session.flush()
    holder = session.get(Organisation, subscription.org_id)
    audit.record(
        session,
        ctx.caller.actor,
        "subscription.update",
        org=holder,
        target_type="subscription",
        target_id=subscription.id,
        target_name=plan.product,
        before={"quantity": before},
        after={"quantity": plan.used, "reason": "billable seats in use"},
    )


def create(session: Session, ctx: Context, mutation: MembershipCreate) -> MutationResult:
    caller, draft = ctx.caller, mutation.payload
    org = session.get(Organisation, draft.org_id)
    if org is None or not caller.scope.allows(Permission.VIEW_ORG, org.path):
        return rejected(mutation, "not_found", "The organisation no longer exists for you.")
    role = usable_role(session, draft.role_id, org)
    if role is None:
        return rejected(mutation, "invalid_role", "This role cannot be given here.")
    refusal = access.may_grant(caller.scope, org.path, role.permissions)
    if refusal is None:
        refusal = access.may_add_address(
            draft.email, _verified_domains(session, org), org.external_members
        )
    if refusal is not None:
        return _refuse(mutation, refusal)
    if session.get(Membership, mutation.entity_id) is not None:
        return rejected(mutation, "exists", "A membership with this id exists already.")
    person = session.scalar(select(Person).where(Person.email == draft.email))
    new_person = person is None
    # someone added before who never chose a password (an expired link): a new link
    no_password = person is None or _without_password(session, person.id)
    if person is None:
        person = Person(
            email=draft.email,
            display_name=draft.display_name,
            name_fold=fold(draft.display_name),
            locale=org.locale,
            status=PersonStatus.INVITED,
        )
        session.add(person)
        session.flush()
    elif person.id == caller.person.id:
        return _refuse(
            mutation, Refusal(access.OWN_ROLE, "You cannot add yourself; ask an administrator.")
        )
    other = session.scalar(
        select(Membership).where(Membership.person_id == person.id, Membership.org_id == org.id)
    )
    if other is not None:
        return rejected(
            mutation, "already_member", f"{person.display_name} is a member here already."
        )
    membership = Membership(
        id=mutation.entity_id,
        person_id=person.id,
        org_id=org.id,
        role_id=role.id,
        title=draft.title,
        status=MembershipStatus.INVITED if no_password else MembershipStatus.ACTIVE,
    )
    session.add(membership)
    session.flush()
    _record(
        session,
        ctx,
        "membership.create",
        org,
        membership,
        person,
        None,
        {"role": role.name, "title": draft.title, "new_person": new_person},
    )
    _welcome(ctx, session, person, org, role, no_password)
    _grow_plan(session, ctx, org)
    licences.after_change(session, org)
    return MutationResult(key=mutation.key, status="applied", version=membership.version)


def _without_password(session: Session, person_id: str) -> bool:
    found = session.scalar(
        select(Credential.password_hash).where(Credential.person_id == person_id)
    )
    return found is None


def _verified_domains(session: Session, org: Organisation) -> list[str]:
    """The verified domains of ``org`` and of every organisation above it."""
    rows = session.scalars(
        select(Organisation.verified_domains).where(Organisation.id.in_(path_ids(org.path)))
    )
    return [domain for domains in rows for domain in domains or []]


def _locked(
    session: Session, ctx: Context, mutation: MembershipUpdate | MembershipRemove
) -> tuple[Membership, Organisation, Person, Role] | MutationResult:
    membership = session.scalar(
        select(Membership).where(Membership.id == mutation.entity_id).with_for_update()
    )
    org = session.get(Organisation, membership.org_id) if membership is not None else None
    if (
        membership is None
        or org is None
        or not ctx.caller.scope.allows(Permission.VIEW_ORG, org.path)
    ):
        return rejected(mutation, "not_found", "This membership no longer exists for you.")
    person = session.get(Person, membership.person_id)
    role = session.get(Role, membership.role_id)
    assert person is not None and role is not None
    if membership.version != mutation.base_version:
        return MutationResult(
            key=mutation.key, status="conflict", current=upsert("membership", membership)
        )
    return membership, org, person, role


def update(session: Session, ctx: Context, mutation: MembershipUpdate) -> MutationResult:
    found = _locked(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    membership, org, person, role = found
    patch = mutation.payload.changes()
    new_role = role
    if "role_id" in patch and patch["role_id"] != role.id:
        chosen = usable_role(session, patch["role_id"], org)
        if chosen is None:
            return rejected(mutation, "invalid_role", "This role cannot be given here.", membership)
        new_role = chosen
    refusal = access.may_change_member(
        ctx.caller.scope,
        org.path,
        person.id,
        role.permissions,
        new_role.permissions if new_role is not role else None,
    ) or _keeps_owner(session, org, membership, new_role.id)
    if refusal is None and patch.get("status") == MembershipStatus.SUSPENDED:
        refusal = _keeps_owner(session, org, membership, None)
    if refusal is not None:
        return _refuse(mutation, refusal, membership)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    if new_role is not role:
        before["role"], after["role"] = role.name, new_role.name
        membership.role_id = new_role.id
    if "title" in patch and patch["title"] != membership.title:
        before["title"], after["title"] = membership.title, patch["title"]
        membership.title = patch["title"]
    if "status" in patch and str(patch["status"]) != str(membership.status):
        before["status"], after["status"] = str(membership.status), str(patch["status"])
        membership.status = MembershipStatus(patch["status"])
    if after:
        session.flush()  # the version bump (see hubdesk.server.feed)
        _record(session, ctx, "membership.update", org, membership, person, before, after)
        _grow_plan(session, ctx, org)
        licences.after_change(session, org)
    return MutationResult(key=mutation.key, status="applied", version=membership.version)


def remove(session: Session, ctx: Context, mutation: MembershipRemove) -> MutationResult:
    found = _locked(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    membership, org, person, role = found
    refusal = access.may_change_member(
        ctx.caller.scope, org.path, person.id, role.permissions, None
    ) or _keeps_owner(session, org, membership, None)
    if refusal is not None:
        return _refuse(mutation, refusal, membership)
    version = membership.version
    _record(
        session,
        ctx,
        "membership.remove",
        org,
        membership,
        person,
        {"role": role.name, "title": membership.title, "status": str(membership.status)},
        None,
    )
    session.delete(membership)
    session.flush()
    licences.drop_departed(session, ctx.caller.actor, person.id, org)
    licences.after_change(session, org)
    return MutationResult(key=mutation.key, status="applied", version=version + 1)
