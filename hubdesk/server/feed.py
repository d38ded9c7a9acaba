"""Keeping the change feed's index (``sync_index``) in step with every write.

Server sessions are :class:`ServerSession`. Their flush hooks bump the version of every
changed synced row and note which entities a transaction touched; just before the
commit the touched entities get fresh feed numbers, under the writers' lock, so the
numbers appear in commit order and a reader never skips one.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, event, insert, inspect, select, text
from sqlalchemy.orm import Session, UOWTransaction

from hubdesk.models.activity import SharedResource
from hubdesk.models.base import Synced, utcnow
from hubdesk.models.orgs import Membership, Organisation, Person
from hubdesk.models.server_only import SyncIndex
from hubdesk.server import audit

TOUCHED = "hubdesk.touched"
DEPARTED = "hubdesk.departed"  # (org id, former path) of organisations that moved or went
WITHDRAWN = "hubdesk.withdrawn"  # (type, id, owner org id) of rows no longer shared down
FED = "hubdesk.fed"  # this transaction added to the feed: wake the long-polls at commit
FEED_LOCK_KEY = 0x68756264  # "hubd"
Key = tuple[str, str]  # (entity type, id)


class ServerSession(Session):
    """A session whose writes maintain the sync index (see module docstring)."""


def lock_for_feed(session: Session) -> None:
    """Serialise writers so that change-feed numbers are committed in order.

    On PostgreSQL a transaction-scoped advisory lock; SQLite write transactions are
    already serialised by ``BEGIN IMMEDIATE``.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": FEED_LOCK_KEY})


def feed_org_id(obj: Synced) -> str | None:
    """The organisation whose visibility decides who sees ``obj`` in the feed."""
    if isinstance(obj, Organisation):
        return obj.id
    if isinstance(obj, Person):
        return None
    return getattr(obj, "org_id", None)


def _touched(session: Session) -> dict[Key, tuple[str | None, bool]]:
    return session.info.setdefault(TOUCHED, {})  # type: ignore[no-any-return]


def touch(session: Session, entity_type: str, entity_id: str, org_id: str | None) -> None:
    """Re-announce an entity in the feed (e.g. a person who gained a membership)."""
    _touched(session)[(entity_type, entity_id)] = (org_id, False)


@event.listens_for(ServerSession, "before_flush")
def _bump_versions(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    now = utcnow()
    for obj in session.dirty:
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            obj.version = (obj.version or 0) + 1
            obj.updated_at = now


@event.listens_for(ServerSession, "after_flush")
def _note_touched(session: Session, _ctx: UOWTransaction) -> None:
    touched = _touched(session)
    for obj in session.new | session.dirty:
        if isinstance(obj, Synced):
            touched[(obj.__sync_type__, obj.id)] = (feed_org_id(obj), False)
            if isinstance(obj, Membership):
                touched[("person", obj.person_id)] = (None, False)
    for obj in session.deleted:
        if isinstance(obj, Synced):
            touched[(obj.__sync_type__, obj.id)] = (feed_org_id(obj), True)
    departed = _departed(session)
    for obj in session.dirty:
        if isinstance(obj, Organisation):
            old_paths = inspect(obj).attrs.path.history.deleted
            departed.update((obj.id, p) for p in old_paths if p and p != obj.path)
    for obj in session.deleted:
        if isinstance(obj, Organisation):
            departed.add((obj.id, obj.path))
    withdrawn = _withdrawn(session)
    for obj in session.dirty | session.deleted:
        if isinstance(obj, SharedResource) and _was_shared(obj, obj in session.deleted):
            withdrawn.add((obj.__sync_type__, obj.id, obj.org_id))


def _was_shared(resource: SharedResource, deleted: bool) -> bool:
    """Whether this flush took ``resource`` out of the organisations below its owner."""
    before = inspect(resource).attrs.shared.history.deleted
    was = bool(before[0]) if before else bool(resource.shared)
    return was and (deleted or not resource.shared)


def _withdrawn(session: Session) -> set[tuple[str, str, str]]:
    return session.info.setdefault(WITHDRAWN, set())  # type: ignore[no-any-return]


def _departed(session: Session) -> set[tuple[str, str]]:
    return session.info.setdefault(DEPARTED, set())  # type: ignore[no-any-return]


@event.listens_for(ServerSession, "before_commit")
def _renumber(session: Session) -> None:
    """The commit phase: the writers' lock, then audit chaining, then feed numbers.

    Both need the lock; taking it only here (never mid-transaction) means every writer
    takes it last and holds it briefly, so it cannot deadlock with row locks.
    """
    session.flush()
    if any(session.info.get(k) for k in (audit.STAGED, TOUCHED, DEPARTED, WITHDRAWN)):
        lock_for_feed(session)
        audit.materialise(session)
    departed = session.info.pop(DEPARTED, None)
    if departed:
        write_departures(session, departed)
        session.info[FED] = True
    withdrawn = session.info.pop(WITHDRAWN, None)
    if withdrawn:
        write_withdrawals(session, withdrawn)
        session.info[FED] = True
    touched = session.info.pop(TOUCHED, None)
    if touched:
        write_index(session, ((t, i, o, d) for (t, i), (o, d) in touched.items()))
        session.info[FED] = True


@event.listens_for(ServerSession, "after_commit")
def _announce(session: Session) -> None:
    if session.info.pop(FED, False):
        FEED_WAITERS.notify()


@event.listens_for(ServerSession, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(FED, None)
    session.info.pop(DEPARTED, None)
    session.info.pop(WITHDRAWN, None)


class FeedWaiters:
    """Long-polling requests of this process, woken when a commit adds to the feed.

    Commits happen in worker threads; each waiter is an ``asyncio.Event`` of the
    server's event loop, set from there with ``call_soon_threadsafe``. Writes by other
    processes (more workers, ``hubdesk-server generate``) wake nobody: waiters also
    look at the feed again every :data:`RECHECK_SECONDS`.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

    def add(self, waiter: asyncio.Event) -> tuple[asyncio.AbstractEventLoop, asyncio.Event]:
        entry = (asyncio.get_running_loop(), waiter)
        with self._lock:
            self._waiters.add(entry)
        return entry

    def remove(self, entry: tuple[asyncio.AbstractEventLoop, asyncio.Event]) -> None:
        with self._lock:
            self._waiters.discard(entry)

    def notify(self) -> None:
        with self._lock:
            waiters = list(self._waiters)
        for loop, waiter in waiters:
            with contextlib.suppress(RuntimeError):  # that loop has closed
                loop.call_soon_threadsafe(waiter.set)


FEED_WAITERS = FeedWaiters()
RECHECK_SECONDS = 5.0


def write_departures(session: Session, departed: Iterable[tuple[str, str]]) -> None:
    """Record that organisations left their former places (numbered before the changes of
    the same transaction, so a reader drops the old place before it sees the new one).

    Only the topmost of a moved subtree is kept: its departure covers the rest.
    """
    by_path = sorted(departed, key=lambda item: item[1])
    kept: list[tuple[str, str]] = []
    for org_id, path in by_path:
        if kept and path.startswith(kept[-1][1]):
            continue
        kept.append((org_id, path))
    for org_id, path in kept:
        session.execute(
            delete(SyncIndex).where(
                SyncIndex.entity_type == "organisation",
                SyncIndex.entity_id == org_id,
                SyncIndex.departed_from == path,
            )
        )
    rows = [
        {
            "entity_type": "organisation",
            "entity_id": i,
            "org_id": i,
            "deleted": True,
            "departed_from": p,
        }
        for i, p in kept
    ]
    session.execute(insert(SyncIndex), rows)


def write_withdrawals(session: Session, withdrawn: Iterable[tuple[str, str, str]]) -> None:
    """Record that rows stopped flowing down from their organisation (un-shared or gone):
    a departure from the owner's path, which reaches whoever saw them only from below
    (see ``scope.departure_visible``) as a tombstone."""
    items = list(withdrawn)
    paths = dict(
        session.execute(
            select(Organisation.id, Organisation.path).where(
                Organisation.id.in_({org_id for _t, _i, org_id in items})
            )
        ).all()
    )
    for entity_type, entity_id, org_id in items:
        path = paths.get(org_id)
        if path is None:
            continue
        session.execute(
            delete(SyncIndex).where(
                SyncIndex.entity_type == entity_type,
                SyncIndex.entity_id == entity_id,
                SyncIndex.departed_from.is_not(None),
            )
        )
        session.execute(
            insert(SyncIndex),
            [
                {
                    "entity_type": entity_type,
                    "entity_id": entity_id,
                    "org_id": org_id,
                    "deleted": True,
                    "departed_from": path,
                }
            ],
        )


def write_index(
    session: Session, entries: Iterable[tuple[str, str, str | None, bool]], *, fresh: bool = False
) -> None:
    """Give each (type, id, org_id, deleted) entry a new feed number.

    ``fresh`` skips the removal of older numbers (bulk loads of brand-new rows).
    """
    items = list(entries)
    if not items:
        return
    if not fresh:
        by_type: dict[str, list[str]] = {}
        for entity_type, entity_id, _org_id, _deleted in items:
            by_type.setdefault(entity_type, []).append(entity_id)
        for entity_type, ids in by_type.items():
            for start in range(0, len(ids), 500):
                session.execute(
                    delete(SyncIndex).where(
                        SyncIndex.entity_type == entity_type,
                        SyncIndex.entity_id.in_(ids[start : start + 500]),
                        SyncIndex.departed_from.is_(None),
                    )
                )
    rows = [{"entity_type": t, "entity_id": i, "org_id": o, "deleted": d} for t, i, o, d in items]
    session.execute(insert(SyncIndex), rows)
