"""Entity rows as the change feed sends them: JSON arrays built by the database itself.

A feed page carries each entity type's rows as one block of JSON arrays in the wire's
column order (:mod:`hubdesk.wire.columns`). The database writes each row's array
(SQLite ``json_array``, PostgreSQL ``json_build_array``) with every value already in
its wire form — timestamps as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, dates as ``YYYY-MM-DD``,
booleans as ``true``/``false``, JSON columns embedded as JSON — so the server handles a
row as one string and never turns its values into Python objects and back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import pydantic_core
from sqlalchemy import Boolean, Column, Date, Dialect, Table, TextClause, text
from sqlalchemy.orm import Session

from hubdesk.models.base import Base
from hubdesk.models.registry import BY_NAME
from hubdesk.wire.columns import ROW_SHAPES, Kind

_PG_STAMP = """'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'"""


def _sqlite_value(name: str, column: Column[object], kind: Kind) -> str:
    if kind is Kind.STAMP:
        # stored as naive UTC "YYYY-MM-DD HH:MM:SS.ffffff" (older rows may lack ".ffffff")
        return f"substr(replace({name}, ' ', 'T') || '.000000', 1, 26) || 'Z'"
    if kind is Kind.JSON:
        return f"json({name})"
    if isinstance(column.type, Boolean):
        return f"json(CASE WHEN {name} IS NULL THEN NULL WHEN {name} THEN 'true' ELSE 'false' END)"
    return name


def _postgres_value(name: str, column: Column[object], kind: Kind) -> str:
    if kind is Kind.STAMP:
        return f"to_char({name}, {_PG_STAMP})"
    if kind is Kind.DATE or isinstance(column.type, Date):
        return f"to_char({name}, 'YYYY-MM-DD')"
    return name


def _rows_sql(table: Table, entity_type: str, dialect: Dialect) -> str:
    """``SELECT id, <row as JSON array, UTF-8 bytes>`` for the ids bound as ``:ids`` (one
    parameter: a JSON array on SQLite, an array on PostgreSQL). Bytes, not text: the
    rows go out as they come, never decoded into Python strings and encoded again."""
    shape = ROW_SHAPES[entity_type]
    quote = dialect.identifier_preparer.quote
    name = quote(table.name)
    columns = [
        (f"{name}.{quote(c)}", table.c[c], k)
        for c, k in zip(shape.columns, shape.kinds, strict=True)
    ]
    if dialect.name == "postgresql":
        values = ", ".join(_postgres_value(*column) for column in columns)
        return (
            f"SELECT {name}.id, convert_to(json_build_array({values})::text, 'UTF8') "
            f"FROM {name} WHERE {name}.id = ANY(:ids)"
        )
    if dialect.name == "sqlite":
        values = ", ".join(_sqlite_value(*column) for column in columns)
        return (
            f"SELECT {name}.id, CAST(json_array({values}) AS BLOB) FROM {name} "
            f"WHERE {name}.id IN (SELECT value FROM json_each(:ids))"
        )
    raise RuntimeError(f"no feed rows for the {dialect.name} dialect")


@dataclass(frozen=True)
class RowReader:
    """Reads the wire rows (JSON arrays, UTF-8) of one entity type by id."""

    entity_type: str
    header: bytes  # the block's start: its type and columns
    query: TextClause  # (id, row) for the ids bound as "ids"
    ids_as_json: bool  # SQLite takes the ids as one JSON array

    @classmethod
    def of(cls, entity_type: str, dialect: Dialect) -> RowReader:
        table = Base.metadata.tables[BY_NAME[entity_type].table_name]
        query = text(_rows_sql(table, entity_type, dialect))
        columns = pydantic_core.to_json(ROW_SHAPES[entity_type].columns)
        header = b'{"type":' + pydantic_core.to_json(entity_type) + b',"columns":' + columns
        return cls(entity_type, header, query, dialect.name == "sqlite")

    def rows(self, session: Session, ids: Sequence[str]) -> dict[str, bytes]:
        """id → the row's JSON array, for those of ``ids`` that exist."""
        bound = json.dumps(list(ids)) if self.ids_as_json else list(ids)
        # Core, one statement whatever the number of ids: no per-id parameters to expand
        result = session.connection().execute(self.query, {"ids": bound})
        return {entity_id: row for entity_id, row in result}

    def block(self, rows: Sequence[bytes]) -> list[bytes]:
        """The page's block of these rows, in parts (joined once, with the page)."""
        return [self.header, b',"rows":[', b",".join(rows), b"]}"]


_READERS: dict[tuple[str, str], RowReader] = {}


def reader(session: Session, entity_type: str) -> RowReader:
    dialect = session.get_bind().dialect
    found = _READERS.get((dialect.name, entity_type))
    if found is None:
        found = _READERS[dialect.name, entity_type] = RowReader.of(entity_type, dialect)
    return found
