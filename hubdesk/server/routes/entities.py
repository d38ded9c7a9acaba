"""Read endpoints for every synced entity type: ``GET /<plural>`` and ``GET /<plural>/{id}``.

Generated from the entity registry so that every type gets the same scope rules: a
list holds only rows the caller may see, and an id outside their scope answers 404.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import select

from hubdesk.models.orgs import Membership, Organisation, Person
from hubdesk.models.registry import BY_MODEL, ENTITIES, EntitySpec
from hubdesk.server import keyset
from hubdesk.server.deps import CallerDep, ReadSession
from hubdesk.server.errors import not_found
from hubdesk.server.routes.orgs import ERRORS
from hubdesk.server.scope import visible
from hubdesk.wire.entities import WIRE_MODELS
from hubdesk.wire.pages import Page

router = APIRouter()


def _add_routes(spec: EntitySpec) -> None:
    model: Any = spec.model
    wire = WIRE_MODELS[spec.name]
    page_model: type[BaseModel] = Page[wire]  # type: ignore[valid-type]
    tag = spec.plural.replace("-", " ")

    def list_rows(
        caller: CallerDep,
        session: ReadSession,
        org_id: Annotated[str | None, Query(max_length=36)] = None,
        after: Annotated[str | None, Query(max_length=400)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    ) -> Any:
        query = select(model).where(visible(spec, caller.scope))
        if org_id is not None:
            if model is Person:
                members = select(Membership.person_id).where(
                    Membership.org_id == org_id, visible(BY_MODEL[Membership], caller.scope)
                )
                query = query.where(model.id.in_(members))
            elif model is Organisation:
                query = query.where(model.parent_id == org_id)
            else:
                query = query.where(model.org_id == org_id)
        if after:
            (last_id,) = keyset.decode(after, 1)
            query = query.where(model.id > last_id)
        items = list(session.scalars(query.order_by(model.id).limit(limit + 1)))
        more = len(items) > limit
        items = items[:limit]
        nxt = keyset.encode([items[-1].id]) if more else None
        return page_model(items=[wire.model_validate(i) for i in items], next=nxt)

    def get_row(row_id: str, caller: CallerDep, session: ReadSession) -> Any:
        row = session.scalar(select(model).where(model.id == row_id, visible(spec, caller.scope)))
        if row is None:
            raise not_found(spec.name.replace("_", " "))
        return wire.model_validate(row)

    router.add_api_route(
        f"/{spec.plural}",
        list_rows,
        methods=["GET"],
        response_model=page_model,
        responses=ERRORS,
        tags=[tag],
        name=f"list_{spec.name}",
        summary=f"List {tag} in scope",
    )
    router.add_api_route(
        f"/{spec.plural}/{{row_id}}",
        get_row,
        methods=["GET"],
        response_model=wire,
        responses=ERRORS,
        tags=[tag],
        name=f"get_{spec.name}",
        summary=f"One {spec.name.replace('_', ' ')}",
    )


for _spec in ENTITIES:
    _add_routes(_spec)
