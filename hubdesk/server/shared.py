"""Shared resources: an organisation's agents, channels and knowledge-base entries. Marked
shared, one flows down to every organisation below it, read-only there; un-shared or
deleted, it leaves them all (the feed's withdrawals, :func:`hubdesk.server.feed.write_withdrawals`).

Three push mutations (see :mod:`hubdesk.server.mutations`), audited with before and
after, each needing the "manage shared resources" permission at the owning organisation:
whoever sees a resource only because it flows down cannot change it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from hubdesk.domain.permissions import Permission
from hubdesk.models.activity import SharedResource
from hubdesk.models.orgs import Organisation
from hubdesk.server import audit
from hubdesk.server.results import apply_changes, rejected, upsert
from hubdesk.wire.mutations import (
    MutationResult,
    SharedResourceCreate,
    SharedResourceRemove,
    SharedResourceUpdate,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.mutations import Context


def _forbidden(mutation: Any, org: Organisation, current: Any = None) -> MutationResult:
    return rejected(
        mutation,
        "forbidden",
        f"This belongs to {org.name}; only its managers may change it.",
        current,
    )


def create(session: Session, ctx: Context, mutation: SharedResourceCreate) -> MutationResult:
    draft = mutation.payload
    org = session.get(Organisation, draft.org_id)
    if org is None or not ctx.caller.scope.allows(Permission.VIEW_ORG, org.path):
        return rejected(mutation, "not_found", "The organisation no longer exists for you.")
    if not ctx.caller.scope.allows(Permission.MANAGE_SHARED, org.path):
        return _forbidden(mutation, org)
    if session.get(SharedResource, mutation.entity_id) is not None:
        return rejected(mutation, "exists", "A resource with this id exists already.")
    resource = SharedResource(id=mutation.entity_id, owner_name=org.name, **draft.model_dump())
    session.add(resource)
    session.flush()
    audit.changed(
        session,
        ctx.caller.actor,
        "shared_resource.create",
        org,
        resource,
        resource.name,
        None,
        draft.changes(),
    )
    return MutationResult(key=mutation.key, status="applied", version=resource.version)


def _locked(
    session: Session, ctx: Context, mutation: SharedResourceUpdate | SharedResourceRemove
) -> tuple[SharedResource, Organisation] | MutationResult:
    resource = session.scalar(
        select(SharedResource).where(SharedResource.id == mutation.entity_id).with_for_update()
    )
    org = session.get(Organisation, resource.org_id) if resource is not None else None
    scope = ctx.caller.scope
    if resource is None or org is None:
        return rejected(mutation, "not_found", "This resource no longer exists for you.")
    seen_below = resource.shared and any(
        r.startswith(org.path) for r in scope.roots(Permission.VIEW_ORG)
    )
    if not (scope.allows(Permission.VIEW_ORG, org.path) or seen_below):
        return rejected(mutation, "not_found", "This resource no longer exists for you.")
    if not scope.allows(Permission.MANAGE_SHARED, org.path):
        return _forbidden(mutation, org, resource)
    if resource.version != mutation.base_version:
        return MutationResult(
            key=mutation.key, status="conflict", current=upsert("shared_resource", resource)
        )
    return resource, org


def update(session: Session, ctx: Context, mutation: SharedResourceUpdate) -> MutationResult:
    found = _locked(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    resource, org = found
    before, after = apply_changes(resource, mutation.payload.changes())
    if after:
        session.flush()  # the version bump; an un-share withdraws it (see hubdesk.server.feed)
        audit.changed(
            session,
            ctx.caller.actor,
            "shared_resource.update",
            org,
            resource,
            resource.name,
            before,
            after,
        )
    return MutationResult(key=mutation.key, status="applied", version=resource.version)


def remove(session: Session, ctx: Context, mutation: SharedResourceRemove) -> MutationResult:
    found = _locked(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    resource, org = found
    version = resource.version
    audit.changed(
        session,
        ctx.caller.actor,
        "shared_resource.remove",
        org,
        resource,
        resource.name,
        {"name": resource.name, "kind": str(resource.kind), "shared": resource.shared},
        None,
    )
    session.delete(resource)
    session.flush()
    return MutationResult(key=mutation.key, status="applied", version=version + 1)
