"""The organisation tree: one node, its children (keyset pages) and search by name."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import and_, or_, select

from hubdesk.domain.text import fold
from hubdesk.models.orgs import Organisation
from hubdesk.models.registry import BY_MODEL
from hubdesk.server import keyset
from hubdesk.server.deps import CallerDep, ReadSession
from hubdesk.server.errors import not_found
from hubdesk.server.scope import visible
from hubdesk.wire.auth import ErrorOut
from hubdesk.wire.entities import OrganisationOut
from hubdesk.wire.pages import Page

router = APIRouter(prefix="/organisations", tags=["organisations"])
SPEC = BY_MODEL[Organisation]
ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorOut},
    404: {"model": ErrorOut},
    422: {"model": ErrorOut},
}
Limit = Annotated[int, Query(ge=1, le=1000)]


@router.get("/{org_id}/children", response_model=Page[OrganisationOut], responses=ERRORS)
def children(
    org_id: str,
    caller: CallerDep,
    session: ReadSession,
    after: Annotated[str | None, Query(max_length=400)] = None,
    limit: Limit = 200,
) -> Page[OrganisationOut]:
    """Children of a node sorted by name, ``limit`` at a time (keyset pagination)."""
    parent = session.scalar(
        select(Organisation).where(Organisation.id == org_id, visible(SPEC, caller.scope))
    )
    if parent is None:
        raise not_found("organisation")
    query = select(Organisation).where(
        Organisation.parent_id == parent.id, visible(SPEC, caller.scope)
    )
    if after:
        name_fold, last_id = keyset.decode(after, 2)
        query = query.where(
            or_(
                Organisation.name_fold > name_fold,
                and_(Organisation.name_fold == name_fold, Organisation.id > last_id),
            )
        )
    rows = session.scalars(query.order_by(Organisation.name_fold, Organisation.id).limit(limit + 1))
    items = list(rows)
    more = len(items) > limit
    items = items[:limit]
    nxt = keyset.encode([items[-1].name_fold, items[-1].id]) if more else None
    return Page[OrganisationOut](items=[OrganisationOut.model_validate(o) for o in items], next=nxt)


@router.get("/search", response_model=Page[OrganisationOut], responses=ERRORS)
def search(
    caller: CallerDep,
    session: ReadSession,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Limit = 50,
) -> Page[OrganisationOut]:
    """Organisations in scope whose name contains ``q`` (case- and accent-insensitive)."""
    needle = fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = session.scalars(
        select(Organisation)
        .where(Organisation.name_fold.like(f"%{needle}%", escape="\\"), visible(SPEC, caller.scope))
        .order_by(Organisation.depth, Organisation.name_fold, Organisation.id)
        .limit(limit)
    )
    return Page[OrganisationOut](items=[OrganisationOut.model_validate(o) for o in rows], next=None)
