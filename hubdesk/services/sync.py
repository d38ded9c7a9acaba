"""Pulling the change feed into the cache, page by page.

Network waits run on the event loop; parsing and validation, and the database write of
each page, run in worker threads (``run_blocking``), so the GUI thread never blocks.
Each page and its cursor are committed together: a crash leaves the cursor at the last
page whose rows are in the cache, never ahead of them.

Three things overlap:

* the server prepares page N+1 while the console validates and writes page N: as soon
  as a worker has read page N's cursor (from the start of the body, before any
  validation) it hands it to the event loop, which sends the next request;
* page N+1 is validated (pydantic-core) while page N is written (SQLite, which lets go
  of the GIL while it works);
* nothing of page N+1 is written before page N is committed, and it is thrown away if
  page N fails, if the pull is cancelled, or if page N's validated cursor is not the
  one the request was sent with.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import pydantic_core
from pydantic import ValidationError

from hubdesk.services.api import ApiClient, parse_change_page
from hubdesk.services.cache import Cache
from hubdesk.services.cache.apply import Applied, apply_page
from hubdesk.wire.sync import ChangePage, PageHead

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


HEAD_BYTES = 2048  # the start of a page that holds its cursor (the server puts it first)


def peek_page(body: bytes) -> PageHead | None:
    """The cursor part of a raw page, read from its first bytes; None when it is not
    there or not valid (then the next page is asked for after validation)."""
    try:
        head = pydantic_core.from_json(body[:HEAD_BYTES], allow_partial=True)
        return PageHead.model_validate(head)
    except (ValueError, ValidationError):
        return None


def parse_raw_page(body: bytes, on_head: OnHead | None = None) -> ChangePage:
    """Validate a raw feed page (no writes; raises ``BadServerResponse``).

    ``on_head`` hears the page's cursor first (before validation): the caller may start
    asking for the next page while this one is validated and written.
    """
    if on_head is not None and (head := peek_page(body)) is not None:
        on_head(head)
    with _collector_paused():
        return parse_change_page(body)


def write_page(cache: Cache, page: ChangePage) -> Applied:
    """Write a validated page and its cursor (one transaction)."""
    with _collector_paused():
        return apply_page(cache, page)


class _CollectorPause:
    """No cyclic garbage collection while pages are validated and written.

    A page is thousands of row tuples, all alive until the page is written (and none of
    them in a reference cycle): the collector would walk them again and again (and the
    whole heap in its full passes) for nothing. Counted, since a page is validated in
    one thread while the one before it is written in another: the collector runs again
    when the last of them is done (if it ran before the first began).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._was_enabled = False

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._holders == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0 and self._was_enabled:
                    gc.enable()


_collector_paused = _CollectorPause()


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


class _Progress:
    """What a pull has written so far, told to ``on_progress`` after every page."""

    def __init__(self, started: float, on_progress: Callable[[PullProgress], None] | None) -> None:
        self.started = started
        self.on_progress = on_progress
        self.rows = self.pages = self.expected = 0
        self.types: set[str] = set()
        self.reset = False

    def add(self, page: ChangePage, applied: Applied) -> None:
        written = applied.upserts + applied.deletes
        if self.pages == 0:  # the server counted once; count down from there
            self.expected = written + page.remaining_estimate
        self.rows += written
        self.pages += 1
        self.types |= applied.types
        self.reset = self.reset or applied.reset
        if self.on_progress is not None:
            left = max(0, self.expected - self.rows)
            elapsed = time.monotonic() - self.started
            self.on_progress(PullProgress(self.rows, self.pages, left, elapsed, not page.has_more))

    def result(self) -> PullResult:
        elapsed = time.monotonic() - self.started
        return PullResult(self.rows, self.pages, frozenset(self.types), self.reset, elapsed)


class Puller:
    def __init__(
        self,
        api: ApiClient,
        cache: Cache,
        *,
        run_blocking: RunBlocking[Any] | None = None,
        page_size: int = 5000,
    ) -> None:
        self.api = api
        self.cache = cache
        self.page_size = page_size
        self._run: RunBlocking[Any] = run_blocking or to_thread

    async def _fetch(self, cursor: str | None) -> bytes:
        return await self.api.changes_raw(cursor, self.page_size)

    async def _parse(
        self, loop: asyncio.AbstractEventLoop, request: asyncio.Future[bytes]
    ) -> tuple[ChangePage, _NextPage]:
        """The page ``request`` brings, validated; and the early request for the next one."""
        body = await request
        after = _NextPage(loop, self._fetch)
        try:
            page: ChangePage = await self._run(partial(parse_raw_page, body, after.heard))
        except BaseException:
            after.drop()
            raise
        return page, after

    async def pull(
        self,
        on_progress: Callable[[PullProgress], None] | None = None,
        cancel: asyncio.Event | None = None,
    ) -> PullResult:
        """Pull until the feed has nothing more; returns what changed."""
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        progress = _Progress(started, on_progress)
        # the first page of a pull also asks how much of the caller's feed is left
        first = self.api.changes_raw(self.cache.cursor(), self.page_size, count_remaining=True)
        request: asyncio.Future[bytes] | None = asyncio.ensure_future(first)
        after: _NextPage | None = None
        try:
            assert request is not None
            page, after = await self._parse(loop, request)
            request = None
            while True:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                writing = asyncio.ensure_future(self._run(partial(write_page, self.cache, page)))
                following: ChangePage | None = None
                if page.has_more:
                    # validate page N+1 while page N is written
                    request = after.take(page.next_cursor)
                    try:
                        following, after = await self._parse(loop, request)
                    except BaseException:
                        with contextlib.suppress(Exception):  # page N goes in all the same
                            progress.add(page, await writing)
                        raise
                    finally:
                        request = None
                else:
                    after.drop()
                progress.add(page, await writing)
                if following is None:
                    return progress.result()
                page = following
        finally:
            _discard(request)
            if after is not None:
                after.drop()
