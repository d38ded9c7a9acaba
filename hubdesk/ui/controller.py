"""The console's controller: accounts, the current session, and sync.

It owns the signed-in sessions (several at once: switching does not sign in again),
starts pulls in the background and reports through signals; widgets only listen.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection

from hubdesk.services import session as sessions
from hubdesk.services.accounts import Account, AccountBook
from hubdesk.services.cache import queries
from hubdesk.services.errors import HubdeskError, Unreachable
from hubdesk.services.session import ConsoleSession
from hubdesk.services.sync import Cancelled, PageOutcome, Puller, PullProgress, PullResult
from hubdesk.services.tokens import TokenStore
from hubdesk.ui.errors import describe
from hubdesk.ui.qt import QObject, QTimer, Signal
from hubdesk.ui.tasks import Background, ChangeBus, Changes, MessageBridge

T = TypeVar("T")
log = logging.getLogger(__name__)
SYNC_INTERVAL_MS = 30_000


class Controller(QObject):
    session_changed = Signal()  # the current session changed (or is gone)
    sync_started = Signal()
    sync_progress = Signal(object)  # PullProgress
    sync_finished = Signal(object)  # PullResult | None (failed or cancelled)
    online_changed = Signal(bool)

    def __init__(
        self,
        book: AccountBook,
        tokens: TokenStore,
        background: Background,
        bus: ChangeBus,
        messages: MessageBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.tokens = tokens
        self.bg = background
        self.bus = bus
        self.messages = messages
        self.session: ConsoleSession | None = None
        self._open: dict[str, ConsoleSession] = {}
        self._sync_task: asyncio.Task[Any] | None = None
        self._cancel = asyncio.Event()
        self.online = False
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(SYNC_INTERVAL_MS)
        self._timer.timeout.connect(self.sync_now)

    # -- reading the cache (GUI thread: small indexed queries only) ---------------------

    def read(self, fn: Callable[[Connection], T]) -> T:
        if self.session is None:
            raise RuntimeError("no session")
        with self.session.cache.reading() as conn:
            return fn(conn)

    def search(self, text: str) -> list[queries.SearchHit]:
        """Runs in a worker thread (see OrgSearchBox)."""
        session = self.session
        if session is None:
            return []
        with session.cache.reading() as conn:
            return queries.search(conn, text)

    # -- sessions -----------------------------------------------------------------------

    async def sign_in(
        self, server_url: str, email: str, password: str, totp_code: str | None
    ) -> ConsoleSession:
        return await sessions.sign_in(
            server_url, email, password, totp_code, book=self.book, tokens=self.tokens
        )

    def adopt(self, session: ConsoleSession) -> None:
        """Make ``session`` current (after a sign-in or a switch) and start syncing it."""
        self._stop_sync()
        self._open[session.account.key] = session
        self.session = session
        self._set_online(session.online)
        for note in session.notes:
            self.messages.warning(note)
        session.notes.clear()
        self.session_changed.emit()
        self.bus.announce(Changes(everything=True))
        self._timer.start()
        self.sync_now()

    async def switch(self, account: Account) -> ConsoleSession:
        """An open session of ``account``, resumed from its stored token if needed."""
        existing = self._open.get(account.key)
        if existing is not None:
            return existing
        return await sessions.resume(account, book=self.book, tokens=self.tokens)

    async def sign_out(self) -> None:
        session = self.session
        if session is None:
            return
        self._timer.stop()
        await self._stopped()  # no pull may outlive the session it writes to
        self._open.pop(session.account.key, None)
        self.session = None
        self.session_changed.emit()
        await sessions.sign_out(session, book=self.book, tokens=self.tokens)

    async def close_all(self) -> None:
        self._timer.stop()
        await self._stopped()
        for session in list(self._open.values()):
            await session.close()
        self._open.clear()
        self.session = None

    # -- sync -----------------------------------------------------------------------------

    @property
    def syncing(self) -> bool:
        return self._sync_task is not None and not self._sync_task.done()

    def sync_now(self) -> None:
        if self.session is None or self.syncing:
            return
        self._cancel = asyncio.Event()
        self._sync_task = self.bg.spawn(self._pull(self.session, self._cancel))

    def cancel_sync(self) -> None:
        self._cancel.set()

    def _stop_sync(self) -> asyncio.Task[Any] | None:
        """Stop the running pull (if any); returns its task so the caller can await it."""
        task = self._sync_task
        self._sync_task = None
        if task is None or task.done():
            return None
        self._cancel.set()
        task.cancel()
        return task

    async def _stopped(self) -> None:
        task = self._stop_sync()
        if task is not None:
            await asyncio.wait([task])

    async def _pull(self, session: ConsoleSession, cancel: asyncio.Event) -> None:
        puller = Puller(session.api, session.cache, run_blocking=self._blocking)
        self.sync_started.emit()
        result: PullResult | None = None
        try:
            if session.me is None:
                session.me = await session.api.me()
            result = await puller.pull(self._progress(session), cancel)
        except Cancelled:
            self.messages.info(self.tr("Sync cancelled; it resumes where it stopped."))
        except Unreachable as exc:
            self._set_online(False, exc)  # the status bar says so; no dialog every 30 s
        except HubdeskError as exc:
            # Refused, or the server is there but broken: the cache stays as it was.
            self._report(exc)
            self._set_online(False)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a full disk, a broken cache file …: never silent
            log.exception("sync failed")
            self._report(exc)
        finally:
            if session is self.session:
                self.sync_finished.emit(result)
        if result is not None and session is self.session:
            self._set_online(True)
            self.last_error = None
            if result.rows:
                self.bus.announce(Changes(types=result.types, everything=result.reset))

    def _report(self, exc: BaseException) -> None:
        text = describe(exc)
        if text != self.last_error:
            self.messages.error(text)
        self.last_error = text

    async def _blocking(self, fn: Callable[[], PageOutcome]) -> PageOutcome:
        return await self.bg.run(fn)

    def _progress(self, session: ConsoleSession) -> Callable[[PullProgress], None]:
        def report(progress: PullProgress) -> None:
            if session is self.session:
                self.sync_progress.emit(progress)

        return report

    def _set_online(self, online: bool, exc: BaseException | None = None) -> None:
        if session := self.session:
            session.online = online
        if exc is not None:
            self.last_error = describe(exc)
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def last_sync(self) -> datetime | None:
        return self.session.cache.last_sync() if self.session else None
