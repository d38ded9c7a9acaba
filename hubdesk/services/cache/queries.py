"""Read queries the console's views run against the cache (small, indexed, paged)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from hubdesk.domain.permissions import path_upper_bound
from hubdesk.domain.seats import SeatCount
from hubdesk.domain.text import fold
from hubdesk.models.orgs import Invite, Membership, Organisation
from hubdesk.models.recipients import Recipients as Recipients  # shared with the server
from hubdesk.models.recipients import notification_recipients as notification_recipients
from hubdesk.models.seats import seat_counts
from hubdesk.wire.mutations import PATCH_FIELDS

Org = Organisation
_child = aliased(Organisation)


@dataclass(frozen=True, slots=True)
class OrgNode:
    """What the tree shows of an organisation."""

    id: str
    parent_id: str | None
    name: str
    name_fold: str
    kind: str
    lifecycle: str
    commercial: str
    has_children: bool


@dataclass(frozen=True, slots=True)
class OrgDetail:
    id: str
    name: str
    kind: str
    path: str
    lifecycle: str
    commercial: str
    trial_ends_on: date | None
    subscription_started_on: date | None
    renews_on: date | None
    legal_name: str | None
    vat_number: str | None
    address: str | None
    postal_code: str | None
    city: str | None
    country: str | None
    phone: str | None
    contact_name: str | None
    contact_email: str | None
    trail: tuple[str, ...]  # names of the cached ancestors, top first


@dataclass(frozen=True, slots=True)
class OrgCounts:
    direct_children: int
    descendants: int
    members: int
    members_in_subtree: int
    seats: SeatCount
    seats_in_subtree: SeatCount


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    name: str
    kind: str
    trail: tuple[str, ...]  # names of the visible ancestors, top first


def _node_columns() -> tuple[object, ...]:
    has_children = exists(select(_child.id).where(_child.parent_id == Org.id))
    return (
        Org.id,
        Org.parent_id,
        Org.name,
        Org.name_fold,
        Org.kind,
        Org.lifecycle,
        Org.commercial,
        has_children.label("has_children"),
    )


def nodes(conn: Connection, ids: list[str]) -> list[OrgNode]:
    """The given organisations (those in the cache), sorted by name."""
    if not ids:
        return []
    rows = conn.execute(
        select(*_node_columns()).where(Org.id.in_(ids)).order_by(Org.name_fold, Org.id)  # type: ignore[call-overload]
    )
    return [OrgNode(*row) for row in rows]


def children(
    conn: Connection, parent_id: str, after: tuple[str, str] | None = None, limit: int = 200
) -> list[OrgNode]:
    """Children of ``parent_id`` by name, ``limit`` at a time after the key ``after``."""
    query = select(*_node_columns()).where(Org.parent_id == parent_id)  # type: ignore[call-overload]
    if after is not None:
        query = query.where(
            or_(Org.name_fold > after[0], and_(Org.name_fold == after[0], Org.id > after[1]))
        )
    rows = conn.execute(query.order_by(Org.name_fold, Org.id).limit(limit))
    return [OrgNode(*row) for row in rows]


def editable(conn: Connection, org_id: str) -> dict[str, Any] | None:
    """The organisation's editable fields (plus id, path, name and version)."""
    columns = ("id", "path", "version", *PATCH_FIELDS["organisation"])
    row = conn.execute(
        select(*(Org.__table__.c[name] for name in columns)).where(Org.id == org_id)
    ).first()
    return dict(row._mapping) if row else None


def detail(conn: Connection, org_id: str) -> OrgDetail | None:
    row = conn.execute(
        select(
            Org.id,
            Org.name,
            Org.kind,
            Org.path,
            Org.lifecycle,
            Org.commercial,
            Org.trial_ends_on,
            Org.subscription_started_on,
            Org.renews_on,
            Org.legal_name,
            Org.vat_number,
            Org.address,
            Org.postal_code,
            Org.city,
            Org.country,
            Org.phone,
            Org.contact_name,
            Org.contact_email,
        ).where(Org.id == org_id)
    ).first()
    if row is None:
        return None
    return OrgDetail(**row._mapping, trail=_trails(conn, [row.path])[0])


def _people(conn: Connection, org_condition: object) -> int:
    """How many people hold a seat (a membership not suspended) where ``org_condition``."""
    return int(
        conn.scalar(
            select(func.count(func.distinct(Membership.person_id)))
            .join(Org, Org.id == Membership.org_id)
            .where(org_condition, Membership.status != "suspended")  # type: ignore[arg-type]
        )
        or 0
    )


def counts(conn: Connection, org_id: str) -> OrgCounts | None:
    path = conn.scalar(select(Org.path).where(Org.id == org_id))
    if path is None:
        return None
    subtree = and_(Org.path >= path, Org.path < path_upper_bound(path))
    direct = int(conn.scalar(select(func.count()).where(Org.parent_id == org_id)) or 0)
    below = int(conn.scalar(select(func.count()).where(subtree)) or 1) - 1
    seats = seat_counts(conn, org_id)
    return OrgCounts(
        direct,
        below,
        _people(conn, Org.id == org_id),
        _people(conn, subtree),
        seats.here,
        seats.subtree,
    )


def search(conn: Connection, text: str, limit: int = 50) -> list[SearchHit]:
    """Organisations whose name contains ``text`` (case/accent-insensitive), shallow first."""
    needle = fold(text.strip())
    if not needle:
        return []
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        select(Org.id, Org.name, Org.kind, Org.path)
        .where(Org.name_fold.like(f"%{escaped}%", escape="\\"))
        .order_by(Org.depth, Org.name_fold, Org.id)
        .limit(limit)
    ).all()
    trails = _trails(conn, [row.path for row in rows])
    return [
        SearchHit(row.id, row.name, row.kind, trail)
        for row, trail in zip(rows, trails, strict=True)
    ]


def _ancestors(path: str) -> list[str]:
    return path.strip("/").split("/")[:-1]


def _trails(conn: Connection, paths: list[str]) -> list[tuple[str, ...]]:
    """For each path, the names of its cached ancestors, top first (one query for all)."""
    ids = {a for path in paths for a in _ancestors(path)}
    names: dict[str, str] = {}
    if ids:
        names = {
            oid: name for oid, name in conn.execute(select(Org.id, Org.name).where(Org.id.in_(ids)))
        }
    return [tuple(names[a] for a in _ancestors(path) if a in names) for path in paths]


def lineage(conn: Connection, org_id: str) -> list[str]:
    """Ids from the topmost cached ancestor down to ``org_id`` (what to expand to reveal it)."""
    path = conn.scalar(select(Org.path).where(Org.id == org_id))
    if path is None:
        return []
    ids = path.strip("/").split("/")
    cached = set(conn.scalars(select(Org.id).where(Org.id.in_(ids))))
    chain: list[str] = []
    for oid in ids:  # keep the contiguous cached tail that ends at org_id
        if oid in cached:
            chain.append(oid)
        else:
            chain = []
    return chain


@dataclass(frozen=True, slots=True)
class InviteRow:
    id: str
    company_name: str
    contact_name: str
    email: str
    status: str
    sent_count: int
    last_sent_at: datetime | None
    expires_at: datetime
    version: int


def invites(conn: Connection, org_id: str, limit: int = 5000) -> list[InviteRow]:
    """The invites an organisation sent, newest first."""
    rows = conn.execute(
        select(
            Invite.id,
            Invite.company_name,
            Invite.contact_name,
            Invite.email,
            Invite.status,
            Invite.sent_count,
            Invite.last_sent_at,
            Invite.expires_at,
            Invite.version,
        )
        .where(Invite.org_id == org_id)
        .order_by(Invite.created_at.desc(), Invite.id)
        .limit(limit)
    ).all()
    return [InviteRow(*row) for row in rows]
