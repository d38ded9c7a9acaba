"""Invites: a hub (brand, partner, reseller …) invites a new sub-account by email.

Inviting creates the sub-account right away, in the ``invited`` state, below the
inviting organisation, together with the invite, a one-time link (only its SHA-256
digest is stored) and the mail that carries it — one transaction. A resend makes a new
link (the old one stops working) and starts the expiry again; a cancel ends the invite,
its link and the waiting sub-account. Invites still pending when they expire are marked
``expired`` by :func:`expire_due` (the server's background round).

Each function is one push mutation (see :mod:`hubdesk.server.mutations`).
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from hubdesk.domain.enums import InviteStatus, Lifecycle, OrgKind
from hubdesk.domain.permissions import Permission
from hubdesk.domain.text import fold
from hubdesk.models.base import new_id, utcnow
from hubdesk.models.orgs import Invite, Organisation
from hubdesk.models.server_only import InviteToken
from hubdesk.server import audit, i18n
from hubdesk.server.mail import queue_mail
from hubdesk.server.results import rejected, upsert
from hubdesk.server.security import digest
from hubdesk.wire.mutations import InviteAction, InviteCreate, MutationResult

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.db import Database
    from hubdesk.server.mutations import Context

# What a sub-account of each kind of organisation is.
CHILD_KIND: dict[OrgKind, OrgKind] = {
    OrgKind.PLATFORM: OrgKind.COMPANY,
    OrgKind.HUB: OrgKind.TENANT,
    OrgKind.BRAND: OrgKind.DEALER,
    OrgKind.PARTNER: OrgKind.CUSTOMER,
    OrgKind.RESELLER: OrgKind.CUSTOMER,
    OrgKind.COMPANY: OrgKind.LOCATION,
    OrgKind.DEALER: OrgKind.BUSINESS_UNIT,
}
OPEN = (InviteStatus.PENDING, InviteStatus.ACCEPTED)


def _result(mutation: InviteCreate | InviteAction, invite: Invite) -> MutationResult:
    return MutationResult(key=mutation.key, status="applied", version=invite.version)


def _audit(
    session: Session,
    ctx: Context,
    action: str,
    hub: Organisation,
    invite: Invite,
    after: dict[str, object] | None = None,
) -> None:
    audit.record(
        session,
        ctx.caller.actor,
        action,
        org=hub,
        target_type="invite",
        target_id=invite.id,
        target_name=f"{invite.company_name} <{invite.email}>",
        after=after,
    )


def _link(ctx: Context, session: Session, invite: Invite) -> str:
    """A new one-time link for ``invite``; every earlier one stops working."""
    session.execute(update(InviteToken).where(InviteToken.invite_id == invite.id).values(used=True))
    token = secrets.token_urlsafe(32)
    session.add(InviteToken(digest=digest(token), invite_id=invite.id, used=False))
    return f"{ctx.base_url}/onboarding/{token}"


def _mail(ctx: Context, session: Session, invite: Invite, hub: Organisation, link: str) -> None:
    _ = i18n.gettext_for(hub.locale).gettext
    values = {
        "contact": invite.contact_name,
        "inviter": ctx.caller.person.display_name,
        "hub": hub.name,
        "company": invite.company_name,
        "days": ctx.settings.invite_days,
        "link": link,
    }
    queue_mail(
        session,
        to=invite.email,
        subject=_("{hub} invites {company} to hubdesk").format(**values),
        body=_(
            "Hello {contact},\n\n{inviter} of {hub} invites {company} to hubdesk.\n\n"
            "Set up your account here (the link works for {days} days):\n{link}\n\n"
            "If you did not expect this invitation, you can ignore this mail.\n"
        ).format(**values),
        kind="invite",
        org_id=hub.id,
    )


def create(session: Session, ctx: Context, mutation: InviteCreate) -> MutationResult:
    draft = mutation.payload
    hub = session.get(Organisation, draft.org_id)
    if hub is None or not ctx.caller.scope.allows(Permission.VIEW_ORG, hub.path):
        return rejected(
            mutation, "not_found", "The inviting organisation no longer exists for you."
        )
    if not ctx.caller.scope.allows(Permission.INVITE, hub.path):
        return rejected(mutation, "forbidden", f"You may not invite sub-accounts to {hub.name}.")
    existing = session.get(Invite, mutation.entity_id)
    if existing is not None:
        return rejected(mutation, "exists", "An invite with this id exists already.", existing)
    duplicate = session.scalar(
        select(Invite).where(
            Invite.org_id == hub.id, Invite.email == draft.email, Invite.status.in_(OPEN)
        )
    )
    if duplicate is not None:
        return MutationResult(
            key=mutation.key,
            status="rejected",
            code="duplicate_invite",
            message=f"{draft.email} has an open invite from {hub.name} already.",
            current=upsert("invite", duplicate),
        )
    now = utcnow()
    sub_id = new_id()
    sub = Organisation(
        id=sub_id,
        parent_id=hub.id,
        path=f"{hub.path}{sub_id}/",
        depth=hub.depth + 1,
        name=draft.company_name,
        name_fold=fold(draft.company_name),
        kind=CHILD_KIND.get(OrgKind(hub.kind), OrgKind.COMPANY),
        lifecycle=Lifecycle.INVITED,
        contact_name=draft.contact_name,
        contact_email=draft.email,
        locale=hub.locale,
    )
    session.add(sub)
    invite = Invite(
        id=mutation.entity_id,
        org_id=hub.id,
        email=draft.email,
        contact_name=draft.contact_name,
        company_name=draft.company_name,
        status=InviteStatus.PENDING,
        sent_count=1,
        last_sent_at=now,
        expires_at=now + timedelta(days=ctx.settings.invite_days),
        invited_by_id=ctx.caller.person.id,
        sub_org_id=sub.id,
    )
    session.add(invite)
    session.flush()
    _mail(ctx, session, invite, hub, _link(ctx, session, invite))
    _audit(
        session,
        ctx,
        "invite.created",
        hub,
        invite,
        after={"email": invite.email, "company_name": invite.company_name},
    )
    return _result(mutation, invite)


def _open_invite(
    session: Session, ctx: Context, mutation: InviteAction
) -> tuple[Invite, Organisation] | MutationResult:
    """The invite and its organisation, or why the action cannot be done."""
    invite = session.scalar(select(Invite).where(Invite.id == mutation.entity_id).with_for_update())
    hub = session.get(Organisation, invite.org_id) if invite is not None else None
    if invite is None or hub is None or not ctx.caller.scope.allows(Permission.VIEW_ORG, hub.path):
        return rejected(mutation, "not_found", "The invite no longer exists for you.")
    if not ctx.caller.scope.allows(Permission.INVITE, hub.path):
        return rejected(mutation, "forbidden", f"You may not manage {hub.name}'s invites.", invite)
    if invite.version != mutation.base_version:
        return MutationResult(key=mutation.key, status="conflict", current=upsert("invite", invite))
    if invite.status not in (InviteStatus.PENDING, InviteStatus.EXPIRED):
        return rejected(
            mutation, "invite_closed", f"The invite is {invite.status} and cannot change.", invite
        )
    return invite, hub


def resend(session: Session, ctx: Context, mutation: InviteAction) -> MutationResult:
    found = _open_invite(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    invite, hub = found
    now = utcnow()
    invite.status = InviteStatus.PENDING
    invite.sent_count += 1
    invite.last_sent_at = now
    invite.expires_at = now + timedelta(days=ctx.settings.invite_days)
    session.flush()
    _mail(ctx, session, invite, hub, _link(ctx, session, invite))
    _audit(session, ctx, "invite.resent", hub, invite, after={"sent_count": invite.sent_count})
    return _result(mutation, invite)


def cancel(session: Session, ctx: Context, mutation: InviteAction) -> MutationResult:
    found = _open_invite(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    invite, hub = found
    invite.status = InviteStatus.CANCELLED
    session.execute(update(InviteToken).where(InviteToken.invite_id == invite.id).values(used=True))
    sub = session.get(Organisation, invite.sub_org_id) if invite.sub_org_id else None
    if sub is not None and sub.lifecycle == Lifecycle.INVITED:
        sub.lifecycle = Lifecycle.CLOSED  # nobody will set it up now
    session.flush()
    _audit(session, ctx, "invite.cancelled", hub, invite)
    return _result(mutation, invite)


def expire_due(db: Database) -> int:
    """Mark pending invites whose time is up as expired (through the ORM: the feed and
    the consoles see it); returns how many."""
    now = utcnow()
    with db.writing() as session:
        due = list(
            session.scalars(
                select(Invite).where(
                    Invite.status == InviteStatus.PENDING, Invite.expires_at <= now
                )
            )
        )
        for invite in due:
            invite.status = InviteStatus.EXPIRED
            session.execute(
                update(InviteToken).where(InviteToken.invite_id == invite.id).values(used=True)
            )
    return len(due)
