"""Compacting the change feed: tombstones older than the retention period go.

The feed (``sync_index``) keeps one entry per entity, renumbered on every change, so
live entities never pile up; tombstones (deletions, departures, withdrawals) would, one
per entity that ever went. CouchDB and Kinto purge them after a while; so does this.

* Every hour the background round notes how far the feed has come (a
  :class:`~hubdesk.models.server_only.FeedMark`: a time and the highest feed number).
* The tombstones numbered at or below the newest mark older than the retention period
  (``HUBDESK_TOMBSTONE_DAYS``, 90 by default) are deleted, and that feed number becomes
  the feed's **horizon** — in the same transaction.
* A console whose cursor stands below the horizon may have missed a deletion that is
  gone now: the feed answers it with ``reset: true`` and everything from the start. The
  console keeps its queued writes through a reset and drops whatever the full feed did
  not bring back (``hubdesk.services.cache.apply``), so nothing deleted survives in it.

Entries are only deleted, never renumbered: a cursor at or above the horizon still
gets every change and every tombstone after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hubdesk.models.base import utcnow
from hubdesk.models.server_only import FeedMark, ServerMeta, SyncIndex
from hubdesk.server.db import Database, server_meta
from hubdesk.server.feed import lock_for_feed

HORIZON = "feed_horizon"  # server_meta: tombstones at or below this feed number are gone
MARK_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class Compacted:
    """What a compaction did: tombstones deleted, and the feed's horizon after it."""

    removed: int
    horizon: int


def horizon(session: Session) -> int:
    """The feed number at or below which tombstones may be gone (0: none compacted)."""
    raw = server_meta(session, HORIZON)
    return int(raw) if raw else 0


def note_mark(session: Session, now: datetime, every: timedelta = MARK_EVERY) -> bool:
    """Note how far the feed has come, unless the newest mark is younger than ``every``
    (zero: always, as ``hubdesk-server compact-feed`` does to compact up to now)."""
    newest = session.scalar(select(func.max(FeedMark.noted_at)))
    if newest is not None and (now - newest < every or newest >= now):
        return False
    seq = session.scalar(select(func.max(SyncIndex.seq))) or 0
    session.add(FeedMark(noted_at=now, seq=seq))
    return True


def compact(session: Session, now: datetime, retention: timedelta) -> Compacted:
    """Delete the tombstones older than ``retention`` and move the horizon past them.

    Age is told by the marks: a tombstone numbered at or below a mark noted before
    ``now - retention`` is at least that old. Marks older than the newest such one are
    no longer needed and go too.
    """
    lock_for_feed(session)  # one compaction at a time, and none while a writer numbers
    cutoff = now - retention
    old = horizon(session)
    upto = session.scalar(
        select(FeedMark.seq).where(FeedMark.noted_at <= cutoff).order_by(FeedMark.noted_at.desc())
    )
    if upto is None or upto <= old:
        return Compacted(0, old)
    result = session.execute(
        delete(SyncIndex).where(
            SyncIndex.seq > old, SyncIndex.seq <= upto, SyncIndex.deleted.is_(True)
        )
    )
    newest_old = select(func.max(FeedMark.noted_at)).where(FeedMark.noted_at <= cutoff)
    session.execute(delete(FeedMark).where(FeedMark.noted_at < newest_old.scalar_subquery()))
    entry = session.get(ServerMeta, HORIZON)
    if entry is None:
        session.add(ServerMeta(key=HORIZON, value=str(upto)))
    else:
        entry.value = str(max(upto, int(entry.value)))
    return Compacted(int(result.rowcount or 0), upto)  # type: ignore[attr-defined]


class CompactionRound:
    """A chore of the server's background round: mark the feed hourly, compact it."""

    def __init__(self, db: Database, retention: timedelta) -> None:
        self.db, self.retention = db, retention
        self.last: datetime | None = None

    def __call__(self) -> int:
        now = utcnow()
        if self.last is not None and now - self.last < MARK_EVERY:
            return 0
        self.last = now
        with self.db.writing() as session:
            note_mark(session, now)
            return compact(session, now, self.retention).removed
