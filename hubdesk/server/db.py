"""Database engines, sessions and migrations of the reference server.

SQLite (the embedded demo) and PostgreSQL (deployments) are both first-class. Write
transactions are serialised where it matters for the change feed and the audit chain:
SQLite write sessions begin with ``BEGIN IMMEDIATE``; on PostgreSQL
:func:`hubdesk.server.feed.lock_for_feed` takes a transaction-scoped advisory lock.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from hubdesk.models.server_only import ServerMeta
from hubdesk.server.feed import ServerSession

MIGRATIONS = Path(__file__).parent / "migrations"


def _sqlite_pragmas(engine: Engine, *, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str, *, immediate: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        _sqlite_pragmas(engine, immediate=immediate)
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


@dataclass
class Database:
    """The server's two session factories: readers, and serialised writers."""

    url: str
    read_engine: Engine
    write_engine: Engine

    @classmethod
    def open(cls, url: str) -> Database:
        write = make_engine(url, immediate=True)
        read = write if not url.startswith("sqlite") else make_engine(url)
        return cls(url, read, write)

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with ServerSession(self.read_engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction; commits on success, rolls back on any exception."""
        with ServerSession(self.write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def sessionmaker(self) -> sessionmaker[Session]:
        return sessionmaker(self.write_engine, class_=ServerSession, expire_on_commit=False)

    def dispose(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(db: Database) -> None:
    """Bring the schema to the newest Alembic revision and give the database its id."""
    cfg = alembic_config(db.url)
    with db.write_engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
    with db.writing() as session:
        if session.get(ServerMeta, "server_id") is None:
            session.add(ServerMeta(key="server_id", value=str(uuid.uuid4())))


def server_meta(session: Session, key: str) -> str | None:
    return session.scalar(select(ServerMeta.value).where(ServerMeta.key == key))
