"""The change feed: a page of upserts and tombstones plus the next cursor."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, create_model

from hubdesk.wire.entities import WIRE_MODELS, EntityOut, Id

MAX_PAGE = 5000

EntityName = Literal[
    "organisation",
    "person",
    "role",
    "membership",
    "group",
    "group_member",
    "invite",
    "product",
    "subscription",
    "licence_assignment",
    "licence_rule",
    "shared_resource",
    "invoice",
    "invoice_line",
    "service_request",
    "deal",
    "deal_note",
    "audit_event",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Tombstone(_Strict):
    op: Literal["delete"]
    type: EntityName
    id: Id


def _upsert_model(name: str, wire: type[EntityOut]) -> type[BaseModel]:
    fields: dict[str, Any] = {
        "op": (Literal["upsert"], ...),
        "type": (Literal[name], ...),
        "data": (wire, ...),
    }
    return create_model(f"Upsert{wire.__name__.removesuffix('Out')}", __base__=_Strict, **fields)


UPSERT_MODELS: dict[str, type[BaseModel]] = {
    name: _upsert_model(name, wire) for name, wire in WIRE_MODELS.items()
}


def _change_tag(value: Any) -> str | None:
    """Which member of :data:`Change` a raw change is: ``delete`` or ``upsert:<type>``."""

    def get(key: str) -> object:
        return value.get(key) if isinstance(value, dict) else getattr(value, key, None)

    op, entity_type = get("op"), get("type")
    if op == "delete":
        return "delete"
    # ``type`` may be anything in a hostile page (a list is not even hashable)
    if op == "upsert" and isinstance(entity_type, str) and entity_type in UPSERT_MODELS:
        return f"upsert:{entity_type}"
    return None


_MEMBERS = tuple(Annotated[m, Tag(f"upsert:{name}")] for name, m in UPSERT_MODELS.items())
Change = Annotated[
    Union[(*_MEMBERS, Annotated[Tombstone, Tag("delete")])],  # type: ignore[valid-type]
    Discriminator(
        _change_tag,
        custom_error_type="invalid_change",
        custom_error_message="not a known change (op: upsert or delete; type: a known entity)",
    ),
]


class ChangePage(_Strict):
    """One page of the change feed.

    ``reset`` says the cursor given was not valid for this server or for the caller's
    current scope: the page starts from the beginning and the console must drop
    every cached entity the full feed does not bring back.
    """

    changes: Annotated[list[Change], Field(max_length=MAX_PAGE)]
    next_cursor: Annotated[str, Field(min_length=1, max_length=400)]
    has_more: bool
    reset: bool
    scope_roots: Annotated[list[Id], Field(max_length=10_000)]
    remaining_estimate: Annotated[int, Field(ge=0)]
