"""The console's controller: accounts, the current session, and sync.

It owns the signed-in sessions (several at once: switching does not sign in again),
starts pulls in the background and reports through signals; widgets only listen.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection

from hubdesk.domain.permissions import Grant, Permission, Scope
from hubdesk.services import audit_export, invite_file
from hubdesk.services import session as sessions
from hubdesk.services.accounts import Account, AccountBook
from hubdesk.services.cache import conflicts, outbox, queries
from hubdesk.services.cache.conflicts import Conflict
from hubdesk.services.engine import SyncEngine, Timing
from hubdesk.services.errors import AuthFailed, HubdeskError, Unreachable
from hubdesk.services.invite_file import InviteRow, Queued
from hubdesk.services.session import ConsoleSession
from hubdesk.services.sync import Cancelled, PullProgress, PullResult
from hubdesk.services.tokens import TokenStore
from hubdesk.ui.errors import describe
from hubdesk.ui.qt import QObject, QtNetwork, Signal
from hubdesk.ui.tasks import Background, ChangeBus, Changes, MessageBridge
from hubdesk.wire.mutations import Payload

T = TypeVar("T")
log = logging.getLogger(__name__)


class Controller(QObject):
    session_changed = Signal()  # the current session changed (or is gone)
    sync_started = Signal()
    sync_progress = Signal(object)  # PullProgress
    sync_finished = Signal(object)  # PullResult | None (failed or cancelled)
    online_changed = Signal(bool)
    outbox_changed = Signal()  # writes queued, sent, or in conflict: counts() changed

    def __init__(
        self,
        book: AccountBook,
        tokens: TokenStore,
        background: Background,
        bus: ChangeBus,
        messages: MessageBridge,
        parent: QObject | None = None,
        *,
        timing: Timing | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.tokens = tokens
        self.bg = background
        self.bus = bus
        self.messages = messages
        self.session: ConsoleSession | None = None
        self._open: dict[str, ConsoleSession] = {}
        self._engine: SyncEngine | None = None
        self._engine_task: asyncio.Task[Any] | None = None
        self._pulling = False
        self.timing = timing or Timing()
        self.online = False
        self.last_error: str | None = None
        self._watch_network()

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
        previous = self.session
        if previous is not None and previous.opened_from is not None and previous is not session:
            # leaving a "log in as" session any other way also ends it (audited, cache gone)
            self.bg.spawn(sessions.end_log_in_as(previous), on_error=self._report)
        if session.opened_from is None:  # a "log in as" session is never an account
            self._open[session.account.key] = session
        self.session = session
        self._set_online(session.online)
        for note in session.notes:
            self.messages.warning(note)
        session.notes.clear()
        self.session_changed.emit()
        self.bus.announce(Changes(everything=True))
        self.outbox_changed.emit()
        self._start_engine(session)

    async def switch(self, account: Account) -> ConsoleSession:
        """An open session of ``account``, resumed from its stored token if needed."""
        existing = self._open.get(account.key)
        if existing is not None:
            return existing
        return await sessions.resume(account, book=self.book, tokens=self.tokens)

    async def log_in_as(self, org_id: str) -> None:
        """Open ``org_id`` as its owner sees it (time-limited; the banner shows it)."""
        real = self._current()
        if real.opened_from is not None:
            raise AuthFailed("Return to your own account first.", "already_impersonating")
        session = await sessions.log_in_as(real, org_id)
        self.adopt(session)

    async def return_to_own(self) -> None:
        """End the "log in as" session and go back to the account it was opened from."""
        session = self.session
        if session is None or session.opened_from is None:
            return
        real = session.opened_from
        await self._stopped()
        self.session = None
        await sessions.end_log_in_as(session)
        self.adopt(real)

    async def sign_out(self) -> None:
        session = self.session
        if session is None:
            return
        if session.opened_from is not None:  # signing out of "log in as" returns
            await self.return_to_own()
            return
        await self._stopped()  # no pull may outlive the session it writes to
        self._open.pop(session.account.key, None)
        self.session = None
        self.session_changed.emit()
        await sessions.sign_out(session, book=self.book, tokens=self.tokens)

    async def close_all(self) -> None:
        await self._stopped()
        for session in list(self._open.values()):
            await session.close()
        self._open.clear()
        self.session = None

    # -- sync -----------------------------------------------------------------------------

    @property
    def syncing(self) -> bool:
        return self._pulling

    def _start_engine(self, session: ConsoleSession) -> None:
        engine = SyncEngine(
            session.api,
            session.cache,
            _EngineReport(self, session),
            run_blocking=self.bg.run,
            timing=self.timing,
            audit_key=session.account.audit_key,
        )
        self._engine = engine
        self._engine_task = self.bg.spawn(self._run_engine(session, engine))

    async def _run_engine(self, session: ConsoleSession, engine: SyncEngine) -> None:
        if session.me is None and session.online:
            with contextlib.suppress(HubdeskError):
                session.me = await session.api.me()
        await engine.run()

    def _watch_network(self) -> None:
        """The network coming back ends a backoff at once (where Qt can tell)."""
        network = QtNetwork.QNetworkInformation
        if network.instance() is None and not network.loadDefaultBackend():
            return
        info = network.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(
        self, reachability: QtNetwork.QNetworkInformation.Reachability
    ) -> None:
        if reachability in (
            QtNetwork.QNetworkInformation.Reachability.Online,
            QtNetwork.QNetworkInformation.Reachability.Site,
            QtNetwork.QNetworkInformation.Reachability.Local,
        ):
            self.sync_now()

    def sync_now(self) -> None:
        if self._engine is not None:
            self._engine.wake()

    def cancel_sync(self) -> None:
        if self._engine is not None:
            self._engine.cancel_pull()

    def _stop_sync(self) -> asyncio.Task[Any] | None:
        """Stop the engine (if any); returns its task so the caller can await it."""
        task, self._engine_task, self._engine = self._engine_task, None, None
        self._pulling = False
        if task is None or task.done():
            return None
        task.cancel()
        return task

    async def _stopped(self) -> None:
        task = self._stop_sync()
        if task is not None:
            await asyncio.wait([task])

    def _report(self, exc: BaseException) -> None:
        text = describe(exc)
        if text != self.last_error:
            self.messages.error(text)
        self.last_error = text

    # -- writes (operations: off the GUI thread, then "what changed") -------------------

    def counts(self) -> outbox.Counts:
        if self.session is None:
            return outbox.Counts()
        return self.read(outbox.counts)

    async def write(self, op: str, entity_id: str, patch: Payload) -> None:
        """Queue a write (optimistic in the cache at once) and send it when possible."""
        session = self._current()
        queued = await self.bg.run(lambda: outbox.queue(session.cache, op, entity_id, patch))
        self._wrote(session, {queued.entity_type})

    async def export_audit(self, jsonl: Path) -> audit_export.Exported:
        """The audit log in the signed-in person's scope, saved, verified against the key
        pinned at the first sign-in, with a CSV beside it."""
        session = self._current()
        return await audit_export.export(session.api, jsonl, session.account.audit_key or None)

    def write_soon(self, op: str, entity_id: str, patch: Payload) -> None:
        """Queue a write as an operation of its own; a failure is said to the person."""
        self.bg.spawn(
            self.write(op, entity_id, patch),
            on_error=lambda exc: self.messages.error(describe(exc)),
        )

    async def invite_from_file(self, rows: list[InviteRow]) -> list[Queued]:
        """Queue one invite per good row of an invite file (each row whole or not at all)."""
        session = self._current()
        done = await self.bg.run(lambda: invite_file.apply(session.cache, rows))
        if any(not q.error for q in done):
            self._wrote(session, {"invite"})
        return done

    def list_conflicts(self) -> list[Conflict]:
        return self.read(conflicts.list_conflicts) if self.session else []

    async def keep_mine(self, conflict: Conflict, changes: dict[str, Any] | None = None) -> None:
        session = self._current()
        await self.bg.run(
            lambda: conflicts.keep_mine(
                session.cache, conflict.entity_type, conflict.entity_id, changes
            )
        )
        self._wrote(session, {conflict.entity_type})

    async def take_theirs(self, conflict: Conflict) -> None:
        session = self._current()
        await self.bg.run(
            lambda: conflicts.take_theirs(session.cache, conflict.entity_type, conflict.entity_id)
        )
        self._wrote(session, {conflict.entity_type})

    def may(self, permission: Permission, org_path: str) -> bool:
        """Whether the signed-in person holds ``permission`` at ``org_path`` (as last
        known: the server decides again when the write arrives)."""
        scope = self.scope()
        return scope is not None and scope.allows(permission, org_path)

    def scope(self) -> Scope | None:
        """What the signed-in person may do where, as last known (None: signed out)."""
        me = self.session.me if self.session else None
        if me is None:
            return None
        grants = [
            Grant(
                org_id=g.org_id,
                org_path=g.org_path,
                role_id=g.role_id,
                role_name=g.role_name,
                permissions=frozenset(g.permissions),
                membership_id=g.membership_id,
            )
            for g in me.grants
        ]
        return Scope.resolve(me.person.id, grants)

    def tell_cancelled(self) -> None:
        self.messages.info(self.tr("Sync cancelled; it resumes where it stopped."))

    def tell_not_taken(self) -> None:
        self.messages.warning(
            self.tr("The server did not take some of your changes: see Conflicts.")
        )

    def _current(self) -> ConsoleSession:
        if self.session is None:
            raise RuntimeError("no session")
        return self.session

    def _wrote(self, session: ConsoleSession, types: set[str]) -> None:
        if session is self.session:
            self.bus.announce(Changes(types=frozenset(types)))
            self.outbox_changed.emit()
            self.sync_now()

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


class _EngineReport:
    """The engine's reports, turned into the controller's signals (for its session only)."""

    def __init__(self, controller: Controller, session: ConsoleSession) -> None:
        self.c = controller
        self.session = session

    def _current(self) -> bool:
        return self.session is self.c.session

    def online(self, online: bool, error: BaseException | None) -> None:
        if not self._current():
            return
        if not online and self.c._pulling:  # a pull that failed; the engine retries
            self.c._pulling = False
            self.c.sync_finished.emit(None)
        if error is not None and not isinstance(error, Unreachable):
            # the server is there but failing or answering garbage: say so (once)
            self.c._report(error)
        self.c._set_online(online, error)
        if online:
            self.c.last_error = None

    def pull_started(self) -> None:
        if self._current():
            self.c._pulling = True
            self.c.sync_started.emit()

    def progress(self, progress: PullProgress) -> None:
        if self._current():
            self.c.sync_progress.emit(progress)

    def pulled(self, result: PullResult) -> None:
        if self._current():
            self.c._pulling = False
            self.c.sync_finished.emit(result)
            if result.rows:
                self.c.bus.announce(Changes(types=result.types, everything=result.reset))

    def settled(self, settled: outbox.Settled) -> None:
        if self._current():
            self.c.outbox_changed.emit()
            self.c.bus.announce(Changes(types=frozenset(settled.types)))
            if settled.conflicts or settled.rejected:
                self.c.tell_not_taken()

    def failed(self, error: BaseException) -> None:
        if not self._current():
            return
        if self.c._pulling:
            self.c._pulling = False
            self.c.sync_finished.emit(None)
        if isinstance(error, Cancelled):
            self.c.tell_cancelled()
            return
        if not isinstance(error, HubdeskError):
            log.error("sync failed", exc_info=error)
        self.c._report(error)
