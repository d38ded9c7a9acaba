"""Writing server rows into the cache, fast: one prepared statement per entity type.

Rows arrive as the feed's validated row tuples (:mod:`hubdesk.wire.columns`): values in
the wire's column order, timestamps and dates as canonical text. They go in with one
prepared ``INSERT OR REPLACE`` per entity type whose columns follow that order,
executed by the driver (``executemany``) inside the caller's transaction, so most rows
reach SQLite exactly as pydantic-core made them:

* a timestamp ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` becomes the cache's naive-UTC text
  ``YYYY-MM-DD HH:MM:SS.ffffff`` in the statement itself (what SQLAlchemy's
  ``UTCDateTime`` stores on SQLite);
* a date is stored as its ISO text, as SQLAlchemy's ``Date`` does;
* a JSON value (object or list) becomes its JSON text (``None`` as ``'null'`` or SQL
  NULL, as the column's ``JSON`` type would store it) — the only values touched in
  Python, by a converter generated once per table that has such columns.

Rows from elsewhere (the outbox's optimistic effects, a server row sent back with a
push result) are turned into the same tuples by :func:`wire_row`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pydantic_core
from sqlalchemy import JSON, Connection, Table
from sqlalchemy.dialects import sqlite

from hubdesk.models.base import Base, UTCDateTime
from hubdesk.models.registry import BY_NAME
from hubdesk.wire.columns import ROW_SHAPES, Kind, RowShape, stamp_text

TABLES: dict[str, Table] = {
    spec.name: Base.metadata.tables[spec.table_name] for spec in BY_NAME.values()
}
_DIALECT = sqlite.dialect()
_STAMP_SQL = "replace(rtrim(?, 'Z'), 'T', ' ')"

Row = tuple[Any, ...]
Params = Callable[[Sequence[Row]], Sequence[Row]]
Prepared = tuple[str, Sequence[Row]]


def _unchanged(rows: Sequence[Row]) -> Sequence[Row]:
    return rows


def _params_function(shape: RowShape, table: Table) -> Params:
    """Rows → statement parameters: JSON values become text, everything else stays.

    Generated once per table as straight-line code, one expression per column (no loop
    over the columns per row); tables without JSON columns pass rows through untouched.
    """
    items = []
    for i, (column, kind) in enumerate(zip(shape.columns, shape.kinds, strict=True)):
        if kind is Kind.JSON:
            json_type = table.c[column].type
            assert isinstance(json_type, JSON)
            none = "None" if json_type.none_as_null else "'null'"
            items.append(f"({none} if r[{i}] is None else dumps(r[{i}]).decode())")
        else:
            items.append(f"r[{i}]")
    if all(item.startswith("r[") for item in items):
        return _unchanged
    source = f"def params(rows):\n    return [({', '.join(items)},) for r in rows]\n"
    env: dict[str, Any] = {"dumps": pydantic_core.to_json}
    exec(compile(source, f"<cache rows: {table.name}>", "exec"), env)
    params: Params = env["params"]
    return params


@dataclass(frozen=True)
class _Writer:
    """The prepared upsert of one entity type and how its rows become parameters."""

    sql: str
    params: Params

    @classmethod
    def of(cls, shape: RowShape, table: Table) -> _Writer:
        if set(shape.columns) != set(table.c.keys()):
            raise RuntimeError(f"the wire columns of {shape.entity} are not its table's")
        for column, kind in zip(shape.columns, shape.kinds, strict=True):
            if (kind is Kind.STAMP) != isinstance(table.c[column].type, UTCDateTime):
                raise RuntimeError(f"{shape.entity}.{column}: wire and table types differ")
        quote = _DIALECT.identifier_preparer.quote
        names = ", ".join(quote(column) for column in shape.columns)
        values = ", ".join(_STAMP_SQL if kind is Kind.STAMP else "?" for kind in shape.kinds)
        sql = f"INSERT OR REPLACE INTO {quote(table.name)} ({names}) VALUES ({values})"
        return cls(sql, _params_function(shape, table))


_WRITERS: dict[str, _Writer] = {
    name: _Writer.of(ROW_SHAPES[name], table) for name, table in TABLES.items()
}


def prepared(entity_type: str, rows: Sequence[Row]) -> Prepared:
    """The statement and parameters inserting or replacing ``rows`` (validated wire row
    tuples); built before the transaction that runs them."""
    writer = _WRITERS[entity_type]
    return writer.sql, writer.params(rows)


def _wire_value(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind is Kind.STAMP and isinstance(value, datetime):
        return stamp_text(value)
    if kind is Kind.DATE and isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def wire_row(entity_type: str, fields: Mapping[str, Any]) -> Row:
    """The row tuple of an entity given by its wire fields (Python values)."""
    shape = ROW_SHAPES[entity_type]
    return tuple(
        _wire_value(kind, fields[column])
        for column, kind in zip(shape.columns, shape.kinds, strict=True)
    )


def write_rows(conn: Connection, entity_type: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert or replace entities given by their wire fields (one dict per row)."""
    conn.exec_driver_sql(*prepared(entity_type, [wire_row(entity_type, r) for r in rows]))
