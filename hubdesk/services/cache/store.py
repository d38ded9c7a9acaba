"""Opening the cache file, its schema, and its small key/value state.

The cache holds the synced tables (same definitions as the server's, minus every
server-only table: no password hash, 2-step secret or token can land here) and
``cache_state`` (cursor, scope roots, last sync). WAL lets the GUI thread read while
the sync worker writes; ``synchronous=FULL`` makes each committed page durable.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.schema import CreateIndex, CreateTable

from hubdesk.models.base import synced_tables
from hubdesk.models.cache import CacheBase, CacheState
from hubdesk.services.cache import audit_search, customers

CACHE_KIB = -32000  # SQLite's page cache per connection (negative: KiB)
AUTO_CHECKPOINT = 1000  # SQLite's default: copy the WAL into the file at 1,000 pages
WAL_KEEP_BYTES = 64 * 2**20  # a WAL file grown past this shrinks when it starts over
CURSOR = "cursor"
CLIENT_ID = "client_id"
BULK_PULL = "bulk_pull"  # a first pull is under way: some indexes wait (see apply)
SWEEP_MARKS = "sweep_marks"  # a reset is under way: rowid marks per table (see apply)
ME = "me"  # the signed-in person and their grants (MeOut JSON), for offline starts
SCOPE_ROOTS = "scope_roots"
LAST_SYNC = "last_sync"
SCHEMA = "schema"


def _schema_fingerprint(engine: Engine) -> str:
    ddl = []
    for table in [*synced_tables(), *CacheBase.metadata.sorted_tables]:
        ddl.append(str(CreateTable(table).compile(engine)))
        ddl.extend(
            str(CreateIndex(ix).compile(engine))
            for ix in sorted(table.indexes, key=lambda ix: str(ix.name))
        )
    return hashlib.sha256("\n".join(ddl).encode()).hexdigest()[:16]


class Cache:
    """A cache file. Thread-safe: each thread uses its own pooled connection."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(
            f"sqlite:///{self.path}",
            connect_args={"check_same_thread": False, "timeout": 30},
        )
        event.listen(self.engine, "connect", _pragmas)
        event.listen(self.engine, "begin", _begin)
        self._checkpointer = Checkpointer(self.path)
        self._ensure_schema()

    def _ensure_schema(self) -> None:
        fingerprint = _schema_fingerprint(self.engine)
        with self.writing() as conn:
            CacheBase.metadata.create_all(conn)
            current = conn.scalar(select(CacheState.value).where(CacheState.key == SCHEMA))
            if current != fingerprint:
                # A cache from another version of the console: rebuild it from the server.
                for table in reversed(synced_tables()):
                    table.drop(conn, checkfirst=True)
                conn.execute(delete(CacheState))
            for table in synced_tables():
                table.create(conn, checkfirst=True)
            put_state(conn, SCHEMA, fingerprint)
            audit_search.ensure_schema(conn)
            customers.ensure_schema(conn)

    @contextmanager
    def writing(self, *, durable: bool = True) -> Iterator[Connection]:
        """One transaction; committed when the block ends, rolled back on any exception.

        It takes the write lock at its start (``BEGIN IMMEDIATE``): a transaction that
        reads first and writes later could otherwise find its snapshot outdated by
        another writer and fail, where now it waits for its turn. Its commit waits for
        the disk (``synchronous=FULL``) unless ``durable`` is False (``NORMAL``: safe
        against a killed process, not against a power cut).
        """
        with self.engine.connect() as conn:
            conn.execution_options(immediate=True, durable=durable)
            with conn.begin():
                yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def state(self, key: str) -> str | None:
        with self.reading() as conn:
            return conn.scalar(select(CacheState.value).where(CacheState.key == key))

    def cursor(self) -> str | None:
        return self.state(CURSOR)

    def scope_roots(self) -> list[str]:
        raw = self.state(SCOPE_ROOTS)
        return list(json.loads(raw)) if raw else []

    def last_sync(self) -> datetime | None:
        raw = self.state(LAST_SYNC)
        return datetime.fromisoformat(raw).astimezone(UTC) if raw else None

    def put_state(self, key: str, value: str) -> None:
        with self.writing() as conn:
            put_state(conn, key, value)

    def client_id(self) -> str:
        """This cache's id towards the server's push (made on first use)."""
        with self.writing() as conn:
            value = conn.scalar(select(CacheState.value).where(CacheState.key == CLIENT_ID))
            if value is None:
                value = str(uuid.uuid4())
                put_state(conn, CLIENT_ID, value)
        return value

    def checkpoint_soon(self) -> None:
        """Have the WAL's committed pages copied into the database file, in a thread of
        its own (see :class:`Checkpointer`)."""
        self._checkpointer.soon()

    def checkpoint_caught_up(self, timeout: float | None = None) -> bool:
        """Whether the checkpoints asked for have run (waiting up to ``timeout``)."""
        return self._checkpointer.wait_idle(timeout)

    def close(self) -> None:
        self._checkpointer.close()
        self.engine.dispose()


class Checkpointer:
    """Copies committed pages from the WAL into the database file, in a thread of its own.

    A first pull writes a gigabyte: SQLite's automatic checkpoint would copy it, page by
    page, in the committing thread — the pull's critical path. While a first pull is
    under way its pages are written with the automatic checkpoint off, and this thread
    runs a passive checkpoint (it waits for nobody and blocks nobody) after each page,
    on another core. Durability is the commits' (``synchronous=FULL`` on the WAL); a
    checkpoint only moves what is committed already.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._closing = False
        self._thread: threading.Thread | None = None

    def soon(self) -> None:
        with self._lock:
            if self._closing:
                return
            self._idle.clear()
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="cache-checkpoint", daemon=True
                )
                self._thread.start()
        self._wake.set()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until every checkpoint asked for has run; False on ``timeout``."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout=1000")
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._closing:
                    return
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                with self._lock:
                    if not self._wake.is_set():
                        self._idle.set()
        finally:
            conn.close()
            self._idle.set()

    def close(self) -> None:
        with self._lock:
            self._closing = True
            thread, self._thread = self._thread, None
        self._wake.set()
        if thread is not None:
            thread.join()


def put_state(conn: Connection, key: str, value: str) -> None:
    stmt = sqlite_insert(CacheState).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def _begin(conn: Connection) -> None:
    options = conn.get_execution_options()
    # SQLite takes the safety level only between transactions: set for each one
    durable = options.get("durable", True)
    conn.exec_driver_sql(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("immediate", False) else "BEGIN")


def _pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=OFF")  # rows arrive page by page, in any order
    # INSERT OR REPLACE fires delete triggers only so (the audit search index's, see
    # audit_search): a replaced row's words must leave the index with it.
    cur.execute("PRAGMA recursive_triggers=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute(f"PRAGMA cache_size={CACHE_KIB}")
    cur.execute(f"PRAGMA wal_autocheckpoint={AUTO_CHECKPOINT}")
    cur.execute(f"PRAGMA journal_size_limit={WAL_KEEP_BYTES}")
    cur.close()
