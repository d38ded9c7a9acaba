"""Feed rows as columns: every entity's wire fields in a fixed order, a row as a JSON array.

A change page carries the rows of each entity type as one block: the column names once,
then each row as an array of values in that order. Each row is validated against a
tuple of the entity's field types, built here from its wire model
(:mod:`hubdesk.wire.entities`), so a row gets exactly the checks a wire model would give
it, by pydantic-core alone, with no Python code per row or per value.

Two kinds of value travel in one canonical text form, checked by pattern (in full,
calendar included) and stored by the cache as they come (no parsing and formatting
again):

* a timestamp is ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (UTC, always six fractional digits);
* a date is ``YYYY-MM-DD``.

Enumerations become the literal set of their values (plain strings); JSON-typed fields
(objects and lists) keep their types.
"""

from __future__ import annotations

import enum
import types
import typing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal, Union

from pydantic import AwareDatetime, StringConstraints
from pydantic.fields import FieldInfo

from hubdesk.wire.entities import WIRE_MODELS

_YEAR = r"(?:000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d{3})"
_LEAP_YEAR = r"(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)"
    r"|02-(?:0[1-9]|1\d|2[0-8]))"
)
# A real calendar date, 0001-01-01 … 9999-12-31, 29 February in leap years only.
DATE_PATTERN = rf"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
STAMP_PATTERN = rf"^{DATE_PATTERN}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{{6}}Z$"

Stamp = Annotated[str, StringConstraints(pattern=STAMP_PATTERN)]
DateText = Annotated[str, StringConstraints(pattern=rf"^{DATE_PATTERN}$")]


class Kind(enum.Enum):
    """How a column's wire value is stored in the cache."""

    PLAIN = "plain"  # as it is
    STAMP = "stamp"  # canonical UTC text → the cache's naive-UTC text
    DATE = "date"  # ISO date text, as it is
    JSON = "json"  # an object or list → its JSON text


@dataclass(frozen=True)
class RowShape:
    """One entity type's wire columns, what kind each is, and the row's tuple type."""

    entity: str
    columns: tuple[str, ...]
    kinds: tuple[Kind, ...]
    row_type: Any
    columns_type: Any


def _optional_inner(annotation: Any) -> tuple[Any, bool]:
    """``X | None`` → (X, True); anything else → (it, False)."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(annotation)) == 2:
            return args[0], True
    return annotation, False


def column_type(field: FieldInfo) -> tuple[Kind, Any]:
    """The kind of a wire field and the type its value is validated as in a row."""
    inner, nullable = _optional_inner(field.annotation)
    base = typing.get_args(inner)[0] if typing.get_origin(inner) is Annotated else inner
    kind = Kind.PLAIN
    if base is AwareDatetime or (isinstance(base, type) and issubclass(base, datetime)):
        kind, inner = Kind.STAMP, Stamp
    elif isinstance(base, type) and issubclass(base, date):
        kind, inner = Kind.DATE, DateText
    elif isinstance(base, type) and issubclass(base, enum.Enum):
        inner = Literal[tuple(member.value for member in base)]
    elif typing.get_origin(base) in (dict, list):
        kind = Kind.JSON
    annotation = inner | None if nullable else inner
    if field.metadata:
        annotation = Annotated[(annotation, *field.metadata)]
    return kind, annotation


def _shape(entity: str) -> RowShape:
    fields = WIRE_MODELS[entity].model_fields
    typed = [column_type(field) for field in fields.values()]
    columns = tuple(fields)
    return RowShape(
        entity=entity,
        columns=columns,
        kinds=tuple(kind for kind, _ in typed),
        row_type=tuple[tuple(annotation for _, annotation in typed)],  # type: ignore[misc]
        columns_type=tuple[tuple(Literal[name] for name in columns)],  # type: ignore[misc]
    )


ROW_SHAPES: dict[str, RowShape] = {entity: _shape(entity) for entity in WIRE_MODELS}


def stamp_text(value: datetime) -> str:
    """A timestamp in the wire's canonical form (for code that builds rows in Python)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given as a UTC timestamp")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat("T", "microseconds") + "Z"
