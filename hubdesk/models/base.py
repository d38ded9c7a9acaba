"""Declarative base, column types and mixins shared by every synced entity."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SERVER_ONLY = "server_only"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored as naive UTC, always returned timezone-aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def FK(target: str) -> ForeignKey:
    """A foreign key checked at commit, not per statement.

    Rows of several tables written in one transaction may then be flushed in any order
    (the models have no relationship() for the unit of work to order by).
    """
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


# Organisation paths are compared byte-wise (subtree = index range), never by a locale.
PathType = String(800).with_variant(String(800, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every synced entity carries: a stable UUID, a version and timestamps."""

    __sync_type__: str  # the entity's name on the wire and in the change feed
    __sync_plural__: str  # the URL segment of its read endpoints

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


def synced_tables() -> list[Table]:
    """The tables the console caches: every table of the shared metadata but server-only ones."""
    return [t for t in Base.metadata.sorted_tables if not t.info.get(SERVER_ONLY)]
