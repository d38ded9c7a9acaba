"""Who may see what, as SQL: a person's grants resolved into conditions on any query.

Everything the server reads for a caller goes through :func:`visible` (entity queries)
or :func:`feed_condition` (the change feed), so tenant isolation is decided in one place.
Rows outside the caller's scope are simply not found: the API answers 404 for them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    and_,
    exists,
    false,
    null,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from hubdesk.domain.permissions import Grant, Permission, Scope, parse_permissions, path_upper_bound
from hubdesk.models.activity import SharedResource
from hubdesk.models.orgs import Membership, Organisation, Person, Role
from hubdesk.models.registry import ENTITIES, EntitySpec, Visibility
from hubdesk.models.server_only import SyncIndex
from hubdesk.server.bootstrap import PLATFORM_ID


def load_scope(session: Session, person_id: str) -> Scope:
    rows = session.execute(
        select(
            Membership.id,
            Organisation.id,
            Organisation.path,
            Role.id,
            Role.name,
            Role.permissions,
        )
        .join(Organisation, Organisation.id == Membership.org_id)
        .join(Role, Role.id == Membership.role_id)
        .where(Membership.person_id == person_id, Membership.status == "active")
    ).all()
    grants = [
        Grant(
            org_id=oid,
            org_path=path,
            role_id=rid,
            role_name=rname,
            permissions=_perms(perms),
            membership_id=mid,
        )
        for mid, oid, path, rid, rname, perms in rows
    ]
    return Scope.resolve(person_id, grants)


def _perms(values: list[str]) -> frozenset[Permission]:
    known = {p.value for p in Permission}
    return parse_permissions(v for v in values if v in known)


PLATFORM_PATH = f"/{PLATFORM_ID}/"


def within(
    path_col: SQLColumnExpression[str] | SQLColumnExpression[str | None], roots: tuple[str, ...]
) -> ColumnElement[bool]:
    """``path_col`` lies in one of the subtrees ``roots`` (index range scans)."""
    if not roots:
        return false()
    if PLATFORM_PATH in roots:  # the platform root holds every organisation
        return true()
    return or_(*(and_(path_col >= r, path_col < path_upper_bound(r)) for r in roots))


def _org_in_subtrees(
    org_id_col: SQLColumnExpression[str | None], roots: tuple[str, ...]
) -> ColumnElement[bool]:
    if not roots:
        return false()
    org = select(Organisation.id).where(within(Organisation.path, roots))
    if PLATFORM_PATH in roots:
        return org_id_col.is_not(None)
    return org_id_col.in_(org.scalar_subquery())


def ancestor_ids(roots: tuple[str, ...]) -> set[str]:
    """Ids of every organisation above (and at) the given subtree roots."""
    return {part for root in roots for part in root.split("/") if part}


def visible_condition(
    spec: EntitySpec,
    scope: Scope,
    org_id_col: SQLColumnExpression[str | None],
    entity_id_col: SQLColumnExpression[str],
) -> ColumnElement[bool]:
    """Whether a row of ``spec`` (its scoping org id and its own id) is visible."""
    roots = scope.roots(spec.permission)
    in_subtree = _org_in_subtrees(org_id_col, roots)
    match spec.visibility:
        case Visibility.SUBTREE:
            return in_subtree
        case Visibility.SUBTREE_OR_ANCESTOR:
            above: ColumnElement[bool] = org_id_col.in_(ancestor_ids(roots))
            if spec.model is SharedResource:
                shared = select(SharedResource.id).where(
                    SharedResource.id == entity_id_col, SharedResource.shared.is_(True)
                )
                above = and_(above, exists(shared))
            # rows without an organisation (built-in roles) are everyone's
            return or_(in_subtree, above, org_id_col.is_(None))
        case Visibility.PERSON:
            member = (
                select(Membership.id)
                .join(Organisation, Organisation.id == Membership.org_id)
                .where(Membership.person_id == entity_id_col, within(Organisation.path, roots))
            )
            return or_(entity_id_col == scope.person_id, exists(member))
    raise AssertionError(spec.visibility)


def visible(spec: EntitySpec, scope: Scope) -> ColumnElement[bool]:
    """Condition for ``select(spec.model)``: only rows the caller may see."""
    model: Any = spec.model
    org_col: SQLColumnExpression[str | None]
    if model is Organisation:
        org_col = model.id
    elif model is Person:
        org_col = null()
    else:
        org_col = model.org_id
    return visible_condition(spec, scope, org_col, model.id)


def feed_condition(scope: Scope) -> ColumnElement[bool]:
    """Condition on ``sync_index`` rows: the changes and departures the caller receives."""
    return or_(
        and_(SyncIndex.departed_from.is_(None), feed_visible(scope)),
        and_(SyncIndex.departed_from.is_not(None), departure_visible(scope)),
    )


def departure_visible(scope: Scope) -> ColumnElement[bool]:
    """A departure concerns the caller when the organisation's former place was in their
    view and its present place (if it still exists) is not; or when a row that flowed down
    to them from an organisation above (a shared resource) no longer does."""
    roots = scope.roots(Permission.VIEW_ORG)
    if not roots:
        return false()
    still_seen = select(Organisation.id).where(
        Organisation.id == SyncIndex.entity_id, within(Organisation.path, roots)
    )
    moved = and_(
        SyncIndex.entity_type == "organisation",
        within(SyncIndex.departed_from, roots),
        ~exists(still_seen),
    )
    shared_now = select(SharedResource.id).where(
        SharedResource.id == SyncIndex.entity_id, SharedResource.shared.is_(True)
    )
    withdrawn = and_(
        SyncIndex.entity_type == "shared_resource",
        SyncIndex.org_id.in_(ancestor_ids(roots)),
        ~_org_in_subtrees(SyncIndex.org_id, roots),
        ~exists(shared_now),
    )
    return or_(moved, withdrawn)


def feed_visible(scope: Scope) -> ColumnElement[bool]:
    """Condition on ``sync_index`` rows: entries the caller may receive.

    Entity types whose rule is the same (same visibility over the same subtree roots)
    share one branch, ``entity_type IN (…) AND <rule>``: the rule's subtree subquery
    then appears once per distinct rule instead of once per entity type (a database
    materialises each of them for every page it serves).
    """
    groups: dict[tuple[Visibility, tuple[str, ...], bool], list[EntitySpec]] = {}
    for spec in ENTITIES:
        # a shared resource's rule also looks at its own row (see visible_condition)
        key = (spec.visibility, scope.roots(spec.permission), spec.model is SharedResource)
        groups.setdefault(key, []).append(spec)
    branches = []
    for specs in groups.values():
        names = [spec.name for spec in specs]
        of_type = (
            SyncIndex.entity_type == names[0]
            if len(names) == 1
            else SyncIndex.entity_type.in_(names)
        )
        rule = visible_condition(specs[0], scope, SyncIndex.org_id, SyncIndex.entity_id)
        branches.append(and_(of_type, rule))
    return or_(*branches)
