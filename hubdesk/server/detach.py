"""Detaching a sub-account: it becomes a top-level organisation with its people and data.

The sub-account and everything below it move under the platform root (the one tree has
a single root; a top-level organisation is a child of it). Its people, memberships and
rows stay as they are; only the organisations' paths change. The hub loses access
because the subtree is no longer below it: the feed's departures
(:mod:`hubdesk.server.feed`) tell every console that saw it there to purge it.

One push mutation (see :mod:`hubdesk.server.mutations`); audited twice — in the hub's
chain (it let go of a sub-account) and in the sub-account's own, new chain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from hubdesk.domain.enums import Lifecycle
from hubdesk.domain.permissions import Permission, is_within, path_upper_bound
from hubdesk.models.orgs import Membership, Organisation, Role
from hubdesk.server import audit
from hubdesk.server.bootstrap import PLATFORM_ID
from hubdesk.server.results import rejected, upsert
from hubdesk.wire.mutations import MutationResult, OrganisationAction

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.mutations import Context


def _move_subtree(session: Session, org: Organisation, new_path: str) -> None:
    """Give ``org`` and every organisation below it their new paths and depths (through
    the ORM, so the feed notes each change and each departure)."""
    old_path = org.path
    shift = org.depth - (new_path.count("/") - 2)
    below = select(Organisation).where(
        Organisation.path >= old_path, Organisation.path < path_upper_bound(old_path)
    )
    for moved in session.scalars(below.with_for_update()):
        moved.path = new_path + moved.path[len(old_path) :]
        moved.depth -= shift


def detach(session: Session, ctx: Context, mutation: OrganisationAction) -> MutationResult:
    caller = ctx.caller
    org = session.scalar(
        select(Organisation).where(Organisation.id == mutation.entity_id).with_for_update()
    )
    if org is None or not caller.scope.allows(Permission.VIEW_ORG, org.path):
        return rejected(mutation, "not_found", "The organisation no longer exists for you.")
    hub = session.get(Organisation, org.parent_id) if org.parent_id else None
    if hub is None or hub.id == PLATFORM_ID:
        return rejected(
            mutation,
            "already_top_level",
            f"{org.name} is already an independent organisation.",
            org,
        )
    if not caller.scope.allows(Permission.DETACH_ORG, hub.path):
        return rejected(
            mutation, "forbidden", f"You may not detach sub-accounts of {hub.name}.", org
        )
    if org.version != mutation.base_version:
        return MutationResult(
            key=mutation.key, status="conflict", current=upsert("organisation", org)
        )
    if org.lifecycle != Lifecycle.ACTIVE:
        return rejected(
            mutation,
            "not_active",
            f"{org.name} has not completed onboarding; cancel its invite instead.",
            org,
        )
    before = {"parent_id": hub.id, "parent": hub.name, "lifecycle": str(org.lifecycle)}
    after: dict[str, object] = {
        "parent_id": None,
        "parent": None,
        "lifecycle": str(Lifecycle.DETACHED),
    }

    def record(chain_of: Organisation) -> None:
        audit.record(
            session,
            caller.actor,
            "org.detach",
            org=chain_of,
            target_type="organisation",
            target_id=org.id,
            target_name=org.name,
            before=before,
            after=after,
        )

    copied = _own_roles(session, org)
    if copied:
        after["roles_copied"] = copied
    record(hub)  # the hub let go of it: in the hub's chain
    _move_subtree(session, org, f"/{PLATFORM_ID}/{org.id}/")
    org.parent_id = PLATFORM_ID
    org.lifecycle = Lifecycle.DETACHED
    session.flush()  # the version bump and the departures (see hubdesk.server.feed)
    record(org)  # and it carries on on its own: the first event of its own chain
    return MutationResult(key=mutation.key, status="applied", version=org.version)


def _own_roles(session: Session, org: Organisation) -> list[str]:
    """The custom roles of organisations above ``org`` that its people hold become roles
    of its own (copies), so that the hub it leaves can no longer change what they may do
    by editing its roles. The names of the roles copied."""
    held = session.execute(
        select(Membership, Role)
        .join(Role, Role.id == Membership.role_id)
        .join(Organisation, Organisation.id == Membership.org_id)
        .where(Organisation.path.startswith(org.path), Role.org_id.is_not(None))
    ).all()
    copies: dict[str, Role] = {}
    for membership, role in held:
        owner = session.get(Organisation, role.org_id)
        if owner is None or is_within(owner.path, org.path):
            continue  # its own role already
        copy = copies.get(role.id)
        if copy is None:
            copy = Role(
                org_id=org.id,
                key=None,
                name=role.name,
                description=role.description,
                permissions=list(role.permissions),
                builtin=False,
            )
            session.add(copy)
            session.flush()
            copies[role.id] = copy
        membership.role_id = copy.id
    session.flush()
    return sorted(c.name for c in copies.values())
