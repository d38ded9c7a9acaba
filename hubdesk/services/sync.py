"""Pulling the change feed into the cache, page by page.

Network waits run on the event loop; parsing, validation and the database write of each
page run in a worker thread (``run_blocking``), so the GUI thread never blocks. Each page
and its cursor are committed together: a crash leaves the cursor at the last page whose
rows are in the cache, never ahead of them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from hubdesk.services.api import ApiClient, parse_change_page
from hubdesk.services.cache import Cache
from hubdesk.services.cache.apply import Applied, apply_page

T = TypeVar("T")
RunBlocking = Callable[[Callable[[], T]], Awaitable[T]]


async def to_thread(fn: Callable[[], T]) -> T:
    return await asyncio.to_thread(fn)


@dataclass(frozen=True)
class PullProgress:
    rows: int
    pages: int
    remaining_estimate: int
    elapsed: float
    done: bool

    @property
    def rate(self) -> float:
        return self.rows / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def fraction(self) -> float:
        total = self.rows + self.remaining_estimate
        return 1.0 if self.done or total == 0 else self.rows / total


@dataclass(frozen=True)
class PullResult:
    rows: int
    pages: int
    types: frozenset[str]
    reset: bool
    elapsed: float


class Cancelled(Exception):
    """The pull was cancelled; every page before the cancel is kept."""


@dataclass(frozen=True)
class PageOutcome:
    applied: Applied
    cursor: str
    has_more: bool
    remaining_estimate: int


def apply_raw_page(cache: Cache, body: bytes) -> PageOutcome:
    """Validate a raw feed page and write it (one transaction); raises before any write."""
    page = parse_change_page(body)
    applied = apply_page(cache, page)
    return PageOutcome(applied, page.next_cursor, page.has_more, page.remaining_estimate)


class Puller:
    def __init__(
        self,
        api: ApiClient,
        cache: Cache,
        *,
        run_blocking: RunBlocking[PageOutcome] | None = None,
        page_size: int = 2000,
    ) -> None:
        self.api = api
        self.cache = cache
        self.page_size = page_size
        self._run: RunBlocking[PageOutcome] = run_blocking or to_thread

    async def pull(
        self,
        on_progress: Callable[[PullProgress], None] | None = None,
        cancel: asyncio.Event | None = None,
    ) -> PullResult:
        """Pull until the feed has nothing more; returns what changed."""
        started = time.monotonic()
        rows = pages = 0
        types: set[str] = set()
        reset = False
        cursor = self.cache.cursor()
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            body = await self.api.changes_raw(cursor, self.page_size)
            outcome = await self._run(partial(apply_raw_page, self.cache, body))
            cursor = outcome.cursor
            rows += outcome.applied.upserts + outcome.applied.deletes
            pages += 1
            types |= outcome.applied.types
            reset = reset or outcome.applied.reset
            elapsed = time.monotonic() - started
            if on_progress is not None:
                on_progress(
                    PullProgress(
                        rows, pages, outcome.remaining_estimate, elapsed, not outcome.has_more
                    )
                )
            if not outcome.has_more:
                return PullResult(rows, pages, frozenset(types), reset, elapsed)
