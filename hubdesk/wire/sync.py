"""The change feed: a page of rows by entity type, tombstones and purges, and the next
cursor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

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

from hubdesk.wire.columns import ROW_SHAPES, RowShape
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
    """An entity the caller saw is gone (deleted, or out of the caller's view)."""

    type: EntityName
    id: Id


class SubtreePurge(_Strict):
    """An organisation and everything below it left the caller's view (a sub-account
    detached, an organisation moved or deleted): drop the subtree that was at ``path``
    and every cached row that belongs to an organisation in it."""

    type: Literal["organisation"]
    id: Id
    path: Annotated[str, StringConstraints(max_length=800, pattern=r"^/([0-9a-f-]{36}/)+$")]


class RowsBlock(_Strict):
    """New or changed rows of one entity type: column names once, a row per entity.

    Each entity type has its own subclass (:data:`ROWS_MODELS`) with the exact columns
    and the row's tuple type (:mod:`hubdesk.wire.columns`)."""

    type: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def _rows_model(shape: RowShape) -> type[RowsBlock]:
    """The block of one entity type's new or changed rows (see :mod:`.columns`)."""
    fields: dict[str, Any] = {
        "type": (Literal[shape.entity], ...),
        "columns": (shape.columns_type, ...),
        "rows": (Annotated[list[shape.row_type], Field(max_length=MAX_PAGE)], ...),  # type: ignore[name-defined]
    }
    name = WIRE_MODELS[shape.entity].__name__.removesuffix("Out")
    return create_model(f"{name}Rows", __base__=RowsBlock, **fields)


ROWS_MODELS: dict[str, type[RowsBlock]] = {
    name: _rows_model(shape) for name, shape in ROW_SHAPES.items()
}


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


_UNKNOWN_TYPE = "not a known entity type"
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
        self.note = note or _UNKNOWN_TYPE

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


# An upsert's (and a block's) ``type`` tells which entity it is.
Upsert = Annotated[  # type: ignore[valid-type]
    Union[(*UPSERT_MODELS.values(),)],
    TaggedBy("type", UPSERT_MODELS),
]
if TYPE_CHECKING:
    Rows = RowsBlock
else:
    Rows = Annotated[Union[(*ROWS_MODELS.values(),)], TaggedBy("type", ROWS_MODELS)]


Cursor = Annotated[str, Field(min_length=1, max_length=400)]


class ChangePage(_Strict):
    """One page of the change feed: new or changed rows by entity type, tombstones, and
    subtrees that left the caller's view.

    ``reset`` says the cursor given was not valid for this server or for the caller's
    current scope: the page starts from the beginning and the console must drop
    every cached entity the full feed does not bring back.
    """

    upserts: Annotated[list[Rows], Field(max_length=len(ROWS_MODELS))]
    deletes: Annotated[list[Tombstone], Field(max_length=MAX_PAGE)]
    purges: Annotated[list[SubtreePurge], Field(max_length=MAX_PAGE)]
    next_cursor: Cursor
    has_more: bool
    reset: bool
    scope_roots: Annotated[list[Id], Field(max_length=10_000)]
    remaining_estimate: Annotated[int, Field(ge=0)]

    @property
    def size(self) -> int:
        """How many entities the page names."""
        rows = sum(len(block.rows) for block in self.upserts)
        return rows + len(self.deletes) + len(self.purges)

    @model_validator(mode="after")
    def _each_entity_once(self) -> ChangePage:
        """The feed names an entity at most once per page (its newest state); a page that
        names one twice is ambiguous, so it is refused rather than applied in some order."""
        if self.size > MAX_PAGE:
            raise ValueError(f"the page names more than {MAX_PAGE} entities")
        seen: set[tuple[str, str]] = set()
        blocks: set[str] = set()
        for block in self.upserts:
            if block.type in blocks:
                raise ValueError(f"the page has two blocks of {block.type} rows")
            blocks.add(block.type)
            ids = {row[0] for row in block.rows}
            if len(ids) < len(block.rows):
                raise ValueError(f"the page names a {block.type} twice")
            seen.update((block.type, i) for i in ids)
        gone: list[Tombstone | SubtreePurge] = [*self.deletes, *self.purges]
        for entity in gone:
            key = (entity.type, entity.id)
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
