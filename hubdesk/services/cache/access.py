"""Effective access, read from the cache: "why can this person do that here?"

For a person: each membership is a grant of a role at an organisation, reaching that
organisation and everything below it (upstream rights). The view lists the grants with
how many organisations each reaches, and answers for any organisation which grants
apply there and what they add up to (:class:`~hubdesk.domain.permissions.Scope`).

For an organisation: everyone whose grant reaches it, at the organisation itself or at
one above it (a membership of one of its ancestors), and through which role.

Both are a few indexed queries whatever the size of the tree: a person's memberships,
an index range count per grant, the memberships of the organisation's ancestors.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from hubdesk.domain.permissions import Grant, Permission, Scope, path_ids, path_upper_bound
from hubdesk.models.orgs import Membership, Person, Role
from hubdesk.models.orgs import Organisation as Org

LIMIT = 5000  # people reaching one organisation shown at most (the rest are counted)


@dataclass(frozen=True, slots=True)
class AccessRow:
    """One grant: a person's role at an organisation, and what it reaches."""

    membership_id: str
    person_id: str
    person_name: str
    email: str
    org_id: str
    org_name: str
    org_path: str
    role_name: str
    permissions: frozenset[str]
    status: str  # the membership's
    reaches: int  # organisations reached: the one granted at and every one below it
    inherited: bool  # granted at an organisation above the one asked about

    def grant(self) -> Grant:
        known = frozenset(Permission(p) for p in self.permissions if p in _NAMES)
        return Grant(self.org_id, self.org_path, "", self.role_name, known, self.membership_id)


_NAMES = frozenset(p.value for p in Permission)


def _rows(conn: Connection, where: object, order: tuple[object, ...], limit: int) -> list[tuple]:  # type: ignore[type-arg]
    return list(
        conn.execute(
            select(
                Membership.id,
                Person.id,
                Person.display_name,
                Person.email,
                Org.id,
                Org.name,
                Org.path,
                Role.name,
                Role.permissions,
                Membership.status,
            )
            .join(Person, Person.id == Membership.person_id)
            .join(Org, Org.id == Membership.org_id)
            .join(Role, Role.id == Membership.role_id)
            .where(where)  # type: ignore[arg-type]
            .order_by(*order)  # type: ignore[arg-type]
            .limit(limit)
        ).all()
    )


def _reach(conn: Connection, path: str) -> int:
    return int(
        conn.scalar(
            select(func.count())
            .select_from(Org)
            .where(Org.path >= path, Org.path < path_upper_bound(path))
        )
        or 0
    )


def person_access(conn: Connection, person_id: str) -> list[AccessRow]:
    """Every grant of ``person_id``, top of the tree first, with what each reaches."""
    rows = _rows(conn, Membership.person_id == person_id, (Org.depth, Org.name_fold), 1000)
    return [
        AccessRow(
            m, p, pn, e, o, on, op, rn, frozenset(perms or []), str(st), _reach(conn, op), False
        )
        for m, p, pn, e, o, on, op, rn, perms, st in rows
    ]


def org_access(conn: Connection, org_id: str, limit: int = LIMIT) -> tuple[list[AccessRow], int]:
    """Everyone whose grant reaches ``org_id`` (its own members and those of every
    organisation above it), nearest grant first; and how many there are in all."""
    path = conn.scalar(select(Org.path).where(Org.id == org_id))
    if path is None:
        return [], 0
    above = path_ids(path)
    where = Membership.org_id.in_(above)
    total = int(conn.scalar(select(func.count()).select_from(Membership).where(where)) or 0)
    rows = _rows(conn, where, (Org.depth.desc(), Person.name_fold, Membership.id), limit)
    return [
        AccessRow(m, p, pn, e, o, on, op, rn, frozenset(perms or []), str(st), 0, o != org_id)
        for m, p, pn, e, o, on, op, rn, perms, st in rows
    ], total


def scope_of(person_id: str, grants: list[AccessRow]) -> Scope:
    """The person's scope from their grants as the cache knows them (active ones only:
    a suspended or not yet accepted membership grants nothing)."""
    return Scope.resolve(person_id, [g.grant() for g in grants if g.status == "active"])


@dataclass(frozen=True, slots=True)
class Explanation:
    """What a person may do at one organisation, and which grants give it."""

    permissions: frozenset[Permission]
    grants: tuple[AccessRow, ...]  # the active grants reaching the organisation


def explain_at(person_id: str, grants: list[AccessRow], org_path: str) -> Explanation:
    scope = scope_of(person_id, grants)
    reaching = tuple(g for g in grants if g.status == "active" and org_path.startswith(g.org_path))
    return Explanation(scope.permissions_at(org_path), reaching)


@dataclass(frozen=True, slots=True)
class Reached:
    """An organisation a person reaches, and the grants that reach it."""

    org_id: str
    name: str
    path: str
    depth: int
    via: tuple[str, ...]  # "Role @ Organisation" of each grant that reaches it


def reached(
    conn: Connection, grants: list[AccessRow], limit: int = 1000
) -> tuple[list[Reached], int]:
    """The organisations the person's active grants reach, in tree order (at most
    ``limit``: an index range over ``path`` each), each with the grants reaching it; and
    how many they reach in all (overlapping grants counted once)."""
    active = [g for g in grants if g.status == "active"]
    found: dict[str, Reached] = {}
    for grant in active:
        inside = (Org.path >= grant.org_path) & (Org.path < path_upper_bound(grant.org_path))
        rows = conn.execute(
            select(Org.id, Org.name, Org.path, Org.depth)
            .where(inside)
            .order_by(Org.path)
            .limit(limit)
        ).all()
        via = f"{grant.role_name} @ {grant.org_name}"
        for org_id, name, path, depth in rows:
            before = found.get(org_id)
            ways = (*(before.via if before else ()), via)
            found[org_id] = Reached(org_id, name, path, int(depth), ways)
    ordered = sorted(found.values(), key=lambda r: r.path)[:limit]
    roots: list[AccessRow] = []
    for grant in sorted(active, key=lambda g: g.org_path):
        if not (roots and grant.org_path.startswith(roots[-1].org_path)):
            roots.append(grant)
    return ordered, sum(g.reaches for g in roots)
