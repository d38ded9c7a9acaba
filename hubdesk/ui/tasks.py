"""Running work off the GUI thread and telling the views what changed.

- :class:`Background` runs blocking work (database, parsing) in worker threads and
  network coroutines on the qasync event loop; results come back on the GUI thread.
- :class:`ChangeBus` is the one place "what changed" is announced. Views subscribe,
  mark themselves stale and refresh; they never call each other (Anki's pattern).
- :class:`MessageBridge` carries user-facing messages from Qt-free code to the UI.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hubdesk.ui.qt import QObject, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    """What an operation or a sync changed: entity types, and whether everything did."""

    types: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False

    def touches(self, *entity_types: str) -> bool:
        return self.everything or not self.types.isdisjoint(entity_types)


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        if changes.everything or changes.types:
            self.changed.emit(changes)


class MessageBridge(QObject):
    """User-facing messages from non-UI code: ``message(level, text)``."""

    message = Signal(str, str)

    def info(self, text: str) -> None:
        self.message.emit("info", text)

    def warning(self, text: str) -> None:
        self.message.emit("warning", text)

    def error(self, text: str) -> None:
        self.message.emit("error", text)


class Background:
    """Worker threads for blocking work plus task bookkeeping for coroutines."""

    def __init__(self, on_unhandled: Callable[[BaseException], None] | None = None) -> None:
        self._pool = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="hubdesk-db")
        self._tasks: set[asyncio.Task[Any]] = set()
        # Errors of tasks spawned without their own handler go here (never only to a log).
        self.on_unhandled = on_unhandled

    async def run(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` in a worker thread; await its result on the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, fn)

    def spawn(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[T]:
        """Start a coroutine; its result or error is handed to the callbacks (GUI thread)."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def finished(t: asyncio.Task[T]) -> None:
            self._tasks.discard(t)
            if t.cancelled():
                return
            exc = t.exception()
            if exc is not None:
                if on_error is not None:
                    on_error(exc)  # expected failures (a wrong password) are the caller's
                    return
                log.error("background task failed", exc_info=exc)
                if self.on_unhandled is not None:
                    self.on_unhandled(exc)
            elif on_done is not None:
                on_done(t.result())

        task.add_done_callback(finished)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def drain(self) -> None:
        """Wait for every spawned task (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def shutdown(self) -> None:
        """Cancel every task (but the one calling) and stop the worker threads."""
        try:
            current = asyncio.current_task()
        except RuntimeError:
            current = None
        for task in list(self._tasks):
            if task is not current:
                task.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
