"""Custom roles: an organisation's own roles, composed from the permission catalogue, given
there and in every organisation below it. Three push mutations (see
:mod:`hubdesk.server.mutations`), each audited with its before and after.

Defining a role is checked like giving one (:func:`hubdesk.domain.access.may_edit_role`):
the "manage roles" permission at the organisation, and every permission the role held or
will hold must be the editor's own there (work permissions aside). Built-in roles cannot
be changed; a role still held by someone cannot be deleted; names are unique among the
roles that can be given at the organisation. Changing a role's permissions changes what
its holders may do, so their feeds start again (the scope fingerprint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from hubdesk.domain import access
from hubdesk.domain.permissions import Permission, path_ids
from hubdesk.models.orgs import Membership, Organisation, Role
from hubdesk.server import audit
from hubdesk.server.results import apply_changes, rejected, upsert
from hubdesk.wire.mutations import MutationResult, RoleCreate, RoleRemove, RoleUpdate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.mutations import Context


def _name_taken(session: Session, org: Organisation, name: str, but: str | None = None) -> bool:
    """Whether a role that can be given at ``org`` (or below it) is called ``name``."""
    lowered = name.casefold()
    rows = session.execute(
        select(Role.id, Role.name).where(
            Role.org_id.is_(None) | Role.org_id.in_(path_ids(org.path))
        )
    ).all()
    below = session.execute(
        select(Role.id, Role.name)
        .join(Organisation, Organisation.id == Role.org_id)
        .where(Organisation.path.startswith(org.path))
    ).all()
    return any(i != but and n.casefold() == lowered for i, n in [*rows, *below])


def create(session: Session, ctx: Context, mutation: RoleCreate) -> MutationResult:
    caller, draft = ctx.caller, mutation.payload
    org = session.get(Organisation, draft.org_id)
    if org is None or not caller.scope.allows(Permission.VIEW_ORG, org.path):
        return rejected(mutation, "not_found", "The organisation no longer exists for you.")
    permissions = [p.value for p in draft.permissions]
    refusal = access.may_edit_role(caller.scope, org.path, [], permissions)
    if refusal is not None:
        return rejected(mutation, refusal.code, refusal.message)
    if session.get(Role, mutation.entity_id) is not None:
        return rejected(mutation, "exists", "A role with this id exists already.")
    if _name_taken(session, org, draft.name):
        return rejected(mutation, "name_taken", f"A role called {draft.name} exists here already.")
    role = Role(
        id=mutation.entity_id,
        org_id=org.id,
        key=None,
        name=draft.name,
        description=draft.description,
        permissions=permissions,
        builtin=False,
    )
    session.add(role)
    session.flush()
    audit.changed(
        session, ctx.caller.actor, "role.create", org, role, role.name, None, draft.changes()
    )
    return MutationResult(key=mutation.key, status="applied", version=role.version)


def _locked(
    session: Session, ctx: Context, mutation: RoleUpdate | RoleRemove
) -> tuple[Role, Organisation] | MutationResult:
    role = session.scalar(select(Role).where(Role.id == mutation.entity_id).with_for_update())
    org = session.get(Organisation, role.org_id) if role is not None and role.org_id else None
    if role is not None and role.builtin:
        return rejected(mutation, "builtin", "Built-in roles cannot be changed.", role)
    if role is None or org is None or not ctx.caller.scope.allows(Permission.VIEW_ORG, org.path):
        return rejected(mutation, "not_found", "This role no longer exists for you.")
    if role.version != mutation.base_version:
        return MutationResult(key=mutation.key, status="conflict", current=upsert("role", role))
    outside = session.scalar(
        select(Membership.id)
        .join(Organisation, Organisation.id == Membership.org_id)
        .where(Membership.role_id == role.id, ~Organisation.path.startswith(org.path))
        .limit(1)
    )
    if outside is not None:  # cannot happen since detach copies such roles; never widen it
        return rejected(
            mutation, "holders_outside", "People outside this organisation hold this role.", role
        )
    return role, org


def update(session: Session, ctx: Context, mutation: RoleUpdate) -> MutationResult:
    found = _locked(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    role, org = found
    patch = mutation.payload.changes()
    new_permissions = patch.get("permissions", list(role.permissions))
    refusal = access.may_edit_role(ctx.caller.scope, org.path, role.permissions, new_permissions)
    if refusal is not None:
        return rejected(mutation, refusal.code, refusal.message, role)
    if "name" in patch and _name_taken(session, org, patch["name"], but=role.id):
        return rejected(
            mutation, "name_taken", f"A role called {patch['name']} exists here already.", role
        )
    before, after = apply_changes(role, patch)
    if after:
        session.flush()  # the version bump (see hubdesk.server.feed)
        audit.changed(session, ctx.caller.actor, "role.update", org, role, role.name, before, after)
    return MutationResult(key=mutation.key, status="applied", version=role.version)


def remove(session: Session, ctx: Context, mutation: RoleRemove) -> MutationResult:
    found = _locked(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    role, org = found
    refusal = access.may_edit_role(ctx.caller.scope, org.path, role.permissions, [])
    if refusal is not None:
        return rejected(mutation, refusal.code, refusal.message, role)
    holders = int(
        session.scalar(
            select(func.count()).select_from(Membership).where(Membership.role_id == role.id)
        )
        or 0
    )
    if holders:
        return rejected(
            mutation,
            "in_use",
            f"{holders} membership(s) still give this role; change them first.",
            role,
        )
    version = role.version
    audit.changed(
        session,
        ctx.caller.actor,
        "role.remove",
        org,
        role,
        role.name,
        {"name": role.name, "permissions": list(role.permissions)},
        None,
    )
    session.delete(role)
    session.flush()
    return MutationResult(key=mutation.key, status="applied", version=version + 1)
