"""The change feed: a page of upserts and tombstones plus the next cursor."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
    create_model,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

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


class SubtreePurge(_Strict):
    """An organisation and everything below it left the caller's view (a sub-account
    detached, an organisation moved or deleted): drop the subtree that was at ``path``
    and every cached row that belongs to an organisation in it."""

    op: Literal["purge"]
    type: Literal["organisation"]
    id: Id
    path: Annotated[str, StringConstraints(max_length=800, pattern=r"^/([0-9a-f-]{36}/)+$")]


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


_NOT_A_CHANGE = "not a known change (op: upsert, delete or purge; type: a known entity)"
MUTATION_TAG_NOTE = "not a known operation (op)"


class TaggedBy:
    """Discriminate a union by the value of one key, looked up by pydantic-core itself.

    (A callable discriminator would make pydantic turn every change of a JSON page into
    Python objects just to call it, and then validate the change a second time.) An
    unknown or missing tag is the ``invalid_change`` error.
    """

    def __init__(self, key: str, choices: dict[str, Any], note: str = "") -> None:
        self.key = key
        self.choices = choices
        self.note = note or _NOT_A_CHANGE

    def __get_pydantic_core_schema__(
        self, _source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.tagged_union_schema(
            {tag: handler.generate_schema(choice) for tag, choice in self.choices.items()},
            self.key,
            custom_error_type="invalid_change",
            custom_error_message=self.note,
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        mapping = json_schema.get("discriminator", {}).get("mapping", {})
        if not all(isinstance(target, str) for target in mapping.values()):
            # OpenAPI maps a tag to a schema reference only (not to a nested union)
            del json_schema["discriminator"]
        return json_schema


# ``op`` tells an upsert from a tombstone; an upsert's ``type`` tells which entity it is.
Upsert = Annotated[  # type: ignore[valid-type]
    Union[(*UPSERT_MODELS.values(),)],
    TaggedBy("type", UPSERT_MODELS),
]
Change = Annotated[
    Upsert | Tombstone | SubtreePurge,  # type: ignore[valid-type]
    TaggedBy("op", {"upsert": Upsert, "delete": Tombstone, "purge": SubtreePurge}),
]


Cursor = Annotated[str, Field(min_length=1, max_length=400)]


class ChangePage(_Strict):
    """One page of the change feed.

    ``reset`` says the cursor given was not valid for this server or for the caller's
    current scope: the page starts from the beginning and the console must drop
    every cached entity the full feed does not bring back.
    """

    changes: Annotated[list[Change], Field(max_length=MAX_PAGE)]
    next_cursor: Cursor
    has_more: bool
    reset: bool
    scope_roots: Annotated[list[Id], Field(max_length=10_000)]
    remaining_estimate: Annotated[int, Field(ge=0)]

    @model_validator(mode="after")
    def _each_entity_once(self) -> ChangePage:
        """The feed names an entity at most once per page (its newest state); a page that
        names one twice is ambiguous, so it is refused rather than applied in some order."""
        seen: set[tuple[str, str]] = set()
        for change in self.changes:
            data = getattr(change, "data", None)
            key = (change.type, data.id if data is not None else change.id)  # type: ignore[union-attr]
            if key in seen:
                raise ValueError(f"the page names {key[0]} {key[1]} twice")
            seen.add(key)
        return self


class PageHead(BaseModel):
    """Where a change page leaves off, read from a page before it is validated.

    Only for asking for the next page early (see ``hubdesk.services.sync``); everything
    else in the page is ignored here and validated with :class:`ChangePage`.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    next_cursor: Cursor
    has_more: bool
