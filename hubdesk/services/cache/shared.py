"""The shared resources an organisation has: its own (shared down or not) and those that
flow down to it from the organisations above (read-only here), with where they come from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, or_, select

from hubdesk.domain.permissions import path_ids
from hubdesk.models.activity import SharedResource
from hubdesk.models.orgs import Organisation


@dataclass(frozen=True, slots=True)
class ResourceRow:
    id: str
    version: int
    kind: str
    name: str
    body: str
    shared: bool
    org_id: str
    org_name: str
    inherited: bool  # from an organisation above: read-only here


def resources_at(conn: Connection, org_id: str) -> list[ResourceRow]:
    path = conn.scalar(select(Organisation.path).where(Organisation.id == org_id))
    if path is None:
        return []
    above = [i for i in path_ids(path) if i != org_id]
    rows = conn.execute(
        select(
            SharedResource.id,
            SharedResource.version,
            SharedResource.kind,
            SharedResource.name,
            SharedResource.body,
            SharedResource.shared,
            SharedResource.org_id,
            SharedResource.owner_name,
        )
        .where(
            or_(
                SharedResource.org_id == org_id,
                and_(SharedResource.org_id.in_(above), SharedResource.shared.is_(True)),
            )
        )
        .order_by(SharedResource.org_id != org_id, SharedResource.kind, SharedResource.name)
    ).all()
    return [
        ResourceRow(i, int(v), str(k), n, b or "", bool(s), o, on, o != org_id)
        for i, v, k, n, b, s, o, on in rows
    ]
