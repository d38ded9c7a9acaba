"""Pulling the change feed into the cache, page by page.

Network waits run on the event loop; parsing, validation and the database write of each
page run in a worker thread (``run_blocking``), so the GUI thread never blocks. Each page
and its cursor are committed together: a crash leaves the cursor at the last page whose
rows are in the cache, never ahead of them.

The next page is asked for while the current one is validated and written: as soon as
the worker has read a page's cursor (a quick look at the page, before any validation),
it hands it to the event loop, which sends the next request. The server then prepares
page N+1 while the console writes page N. Nothing of page N+1 is used before page N is
committed, and it is thrown away if page N fails, if the pull is cancelled, or if page
N's validated cursor is not the one the request was sent with.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from pydantic import ValidationError

from hubdesk.services.api import ApiClient, parse_change_page
from hubdesk.services.cache import Cache
from hubdesk.services.cache.apply import Applied, apply_page
from hubdesk.wire.sync import PageHead

T = TypeVar("T")
RunBlocking = Callable[[Callable[[], T]], Awaitable[T]]
OnHead = Callable[[PageHead], None]


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


def peek_page(body: bytes) -> PageHead | None:
    """The cursor part of a raw page, or None when even that is not valid (no writes)."""
    try:
        return PageHead.model_validate_json(body)
    except ValidationError:
        return None


def apply_raw_page(cache: Cache, body: bytes, on_head: OnHead | None = None) -> PageOutcome:
    """Validate a raw feed page and write it (one transaction); raises before any write.

    ``on_head`` hears the page's cursor first (before validation): the caller may start
    asking for the next page while this one is validated and written.
    """
    if on_head is not None and (head := peek_page(body)) is not None:
        on_head(head)
    with _collector_paused():
        page = parse_change_page(body)
        applied = apply_page(cache, page)
    return PageOutcome(applied, page.next_cursor, page.has_more, page.remaining_estimate)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a page is validated and written.

    A page is thousands of models, all alive until the page is written (and none of
    them in a reference cycle): the collector would walk them again and again (and the
    whole heap in its full passes) for nothing. It runs again right after the page.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _discard(request: asyncio.Future[bytes] | None) -> None:
    """Cancel a request whose answer nobody will read (and keep asyncio from warning)."""
    if request is not None:
        request.cancel()
        request.add_done_callback(lambda done: done.cancelled() or done.exception())


class _NextPage:
    """The request for the page after the one being applied, sent as early as possible."""

    def __init__(
        self, loop: asyncio.AbstractEventLoop, fetch: Callable[[str], Awaitable[bytes]]
    ) -> None:
        self._loop = loop
        self._fetch = fetch
        self._open = True
        self._cursor: str | None = None
        self._request: asyncio.Future[bytes] | None = None

    def heard(self, head: PageHead) -> None:
        """In the worker thread: the page's cursor is known; send the next request."""
        if head.has_more:
            with contextlib.suppress(RuntimeError):  # the loop is closing: no next page
                self._loop.call_soon_threadsafe(self._start, head.next_cursor)

    def _start(self, cursor: str) -> None:
        if self._open and self._request is None:
            self._cursor = cursor
            self._request = asyncio.ensure_future(self._fetch(cursor))

    def take(self, cursor: str) -> asyncio.Future[bytes]:
        """The request for ``cursor`` (the validated one): the early one if it matches."""
        self._open = False
        if self._request is None or self._cursor != cursor:
            _discard(self._request)
            self._request = asyncio.ensure_future(self._fetch(cursor))
        return self._request

    def drop(self) -> None:
        """No next page after all (the page failed, or the feed has no more)."""
        self._open = False
        _discard(self._request)
        self._request = None


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

    async def _fetch(self, cursor: str | None) -> bytes:
        return await self.api.changes_raw(cursor, self.page_size)

    async def pull(
        self,
        on_progress: Callable[[PullProgress], None] | None = None,
        cancel: asyncio.Event | None = None,
    ) -> PullResult:
        """Pull until the feed has nothing more; returns what changed."""
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        rows = pages = expected = 0
        types: set[str] = set()
        reset = False
        cursor = self.cache.cursor()
        request: asyncio.Future[bytes] | None = None
        try:
            while True:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if request is None:
                    # the first page of a pull also asks how much of the caller's feed is left
                    request = asyncio.ensure_future(
                        self.api.changes_raw(cursor, self.page_size, count_remaining=pages == 0)
                    )
                body = await request
                request = None
                after = _NextPage(loop, self._fetch)
                apply = partial(apply_raw_page, self.cache, body, after.heard)
                try:
                    outcome = await self._run(apply)
                except BaseException:
                    after.drop()
                    raise
                if outcome.has_more:
                    request = after.take(outcome.cursor)
                else:
                    after.drop()
                cursor = outcome.cursor
                if pages == 0:  # the server counted once; count down from there
                    expected = outcome.applied.upserts + outcome.applied.deletes
                    expected += outcome.remaining_estimate
                rows += outcome.applied.upserts + outcome.applied.deletes
                pages += 1
                types |= outcome.applied.types
                reset = reset or outcome.applied.reset
                elapsed = time.monotonic() - started
                if on_progress is not None:
                    on_progress(
                        PullProgress(
                            rows, pages, max(0, expected - rows), elapsed, not outcome.has_more
                        )
                    )
                if not outcome.has_more:
                    return PullResult(rows, pages, frozenset(types), reset, elapsed)
        finally:
            _discard(request)
