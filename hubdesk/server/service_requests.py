"""Service requests (lunch, cleaning, handyman …): ordered for an organisation, then moved
through their statuses. Two push mutations (see :mod:`hubdesk.server.mutations`), each
audited with its before and after.

Ordering and changing requests needs the "manage requests" permission at the
organisation (its own people, or the hub above it); everyone who may see the
organisation sees its requests (the feed's visibility rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from hubdesk.domain.enums import RequestStatus
from hubdesk.domain.permissions import Permission
from hubdesk.models.activity import ServiceRequest
from hubdesk.models.orgs import Organisation
from hubdesk.server import audit, i18n
from hubdesk.server.i18n import N_
from hubdesk.server.notifications import notify
from hubdesk.server.results import apply_changes, rejected, upsert
from hubdesk.wire.mutations import MutationResult, ServiceRequestCreate, ServiceRequestUpdate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.mutations import Context


STATUS_WORDS = {
    "open": N_("is open again"),
    "in_progress": N_("is being handled"),
    "done": N_("is done"),
    "cancelled": N_("was cancelled"),
}


def _tell(session: Session, ctx: Context, org: Organisation, request: ServiceRequest) -> None:
    """The organisation hears when one of its requests moves on (not who moved it)."""
    _ = i18n.gettext_for(org.locale).gettext
    status = str(request.status)
    who = ctx.caller.person
    values = {
        "title": request.title,
        "day": request.requested_for.isoformat(),
        "quantity": request.quantity,
        "org": org.name,
        "status": _(STATUS_WORDS[status]) if status in STATUS_WORDS else status,
        "who": who.display_name,
    }
    notify(
        session,
        org,
        subject=_("{title}: {status}").format(**values),
        body=_("{title} ({day}, {quantity}) for {org} {status}.\n\nChanged by {who}.").format(
            **values
        ),
        kind="request_status",
        actor_email=who.email,
    )


def create(session: Session, ctx: Context, mutation: ServiceRequestCreate) -> MutationResult:
    caller, draft = ctx.caller, mutation.payload
    org = session.get(Organisation, draft.org_id)
    if org is None or not caller.scope.allows(Permission.VIEW_ORG, org.path):
        return rejected(mutation, "not_found", "The organisation no longer exists for you.")
    if not caller.scope.allows(Permission.MANAGE_REQUESTS, org.path):
        return rejected(mutation, "forbidden", f"You may not order services for {org.name}.")
    existing = session.get(ServiceRequest, mutation.entity_id)
    if existing is not None:
        return rejected(mutation, "exists", "A request with this id exists already.", existing)
    request = ServiceRequest(
        id=mutation.entity_id,
        org_id=org.id,
        kind=draft.kind,
        title=draft.title,
        status=RequestStatus.OPEN,
        requested_by_id=caller.person.id,
        requested_for=draft.requested_for,
        quantity=draft.quantity,
        notes=draft.notes,
    )
    session.add(request)
    session.flush()
    audit.changed(
        session,
        ctx.caller.actor,
        "service_request.create",
        org,
        request,
        request.title,
        None,
        draft.changes(),
    )
    return MutationResult(key=mutation.key, status="applied", version=request.version)


def update(session: Session, ctx: Context, mutation: ServiceRequestUpdate) -> MutationResult:
    caller = ctx.caller
    request = session.scalar(
        select(ServiceRequest).where(ServiceRequest.id == mutation.entity_id).with_for_update()
    )
    org = session.get(Organisation, request.org_id) if request is not None else None
    if request is None or org is None or not caller.scope.allows(Permission.VIEW_ORG, org.path):
        return rejected(mutation, "not_found", "The request no longer exists for you.")
    if not caller.scope.allows(Permission.MANAGE_REQUESTS, org.path):
        return rejected(
            mutation, "forbidden", f"You may not change requests of {org.name}.", request
        )
    if request.version != mutation.base_version:
        return MutationResult(
            key=mutation.key, status="conflict", current=upsert("service_request", request)
        )
    before, after = apply_changes(request, mutation.payload.changes())
    if after:
        session.flush()  # the version bump (see hubdesk.server.feed)
        audit.changed(
            session,
            ctx.caller.actor,
            "service_request.update",
            org,
            request,
            request.title,
            before,
            after,
        )
        if "status" in after:
            _tell(session, ctx, org, request)
    return MutationResult(key=mutation.key, status="applied", version=request.version)
