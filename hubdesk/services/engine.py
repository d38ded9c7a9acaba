"""The background sync engine of one account: push the outbox, pull the feed, wait.

It runs in the console's event loop (qasync) — or headless, in a plain asyncio loop
(the crash harness runs it that way). A cycle sends the outbox in order, pulls the feed
to its end and sends what was queued meanwhile. Between cycles it long-polls the server
(``/sync/wait``): news in the caller's feed, a write queued here (:meth:`wake`) or the
interval ends the wait. A cycle that fails because the server is away, failing (5xx)
or answering garbage is retried with exponential backoff and full jitter (tenacity);
:meth:`wake` (a new write, "sync now", the network back) cuts a backoff short.

The engine does not know Qt: it reports through :class:`Listener` callbacks, which the
console turns into signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Protocol, TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    wait_random_exponential,
)

from hubdesk.services.api import ApiClient
from hubdesk.services.cache import Cache, audit_proof
from hubdesk.services.cache.outbox import Settled, settle, to_send
from hubdesk.services.errors import BadServerResponse, ServerFailed, ServerRejected, Unreachable
from hubdesk.services.sync import Cancelled, Puller, PullProgress, PullResult, to_thread
from hubdesk.wire.mutations import (
    MAX_MUTATIONS,
    OP_ENTITY,
    Mutation,
    MutationResult,
    PushRequest,
    PushResponse,
)

T = TypeVar("T")
log = logging.getLogger(__name__)

# Worth trying again later: the server is away, failing, or its answer was garbage.
TRANSIENT = (Unreachable, ServerFailed, BadServerResponse)
AUDIT_PROOF = "audit_proof"  # the change a new verification of the audit log announces


class Listener(Protocol):
    def online(self, online: bool, error: BaseException | None) -> None: ...
    def pull_started(self) -> None: ...
    def progress(self, progress: PullProgress) -> None: ...
    def pulled(self, result: PullResult) -> None: ...
    def settled(self, settled: Settled) -> None: ...
    def failed(self, error: BaseException) -> None: ...


class QuietListener:
    """A listener that ignores everything (headless runs override what they need)."""

    def online(self, online: bool, error: BaseException | None) -> None:
        pass

    def pull_started(self) -> None:
        pass

    def progress(self, progress: PullProgress) -> None:
        pass

    def pulled(self, result: PullResult) -> None:
        pass

    def settled(self, settled: Settled) -> None:
        pass

    def failed(self, error: BaseException) -> None:
        pass


@dataclass(frozen=True)
class Timing:
    interval: float = 30.0  # a cycle at least this often
    long_poll: float = 25.0  # the server's wait; 0 = no long-poll
    backoff_max: float = 60.0  # the longest wait between failed cycles
    backoff_unit: float = 1.0


class SyncEngine:
    def __init__(
        self,
        api: ApiClient,
        cache: Cache,
        listener: Listener,
        *,
        run_blocking: Callable[[Callable[[], Any]], Awaitable[Any]] = to_thread,
        timing: Timing | None = None,
        page_size: int = 2000,
        audit_key: str | None = None,
    ) -> None:
        self.api = api
        self.audit_key = audit_key  # pinned at the first sign-in: the log is verified by it
        self.cache = cache
        self.listener = listener
        self.timing = timing or Timing()
        self._run = run_blocking
        self._puller = Puller(api, cache, run_blocking=run_blocking, page_size=page_size)
        self._wake = asyncio.Event()
        self._cancel = asyncio.Event()
        self._paused = False  # a failure that is not the network's: until "sync now"
        self._resting = False  # a cancelled pull: until the interval or "sync now"
        self.online: bool | None = None

    # -- control (event-loop thread) --------------------------------------------------

    def wake(self) -> None:
        """Sync now: ends a wait or a backoff; resumes a cancelled pull."""
        self._paused = False
        self._wake.set()

    def cancel_pull(self) -> None:
        """Stop the running pull (what it wrote stays); it goes on from there after the
        interval, or at once with :meth:`wake`."""
        self._cancel.set()

    # -- the loop -----------------------------------------------------------------------

    async def run(self) -> None:
        """Sync until cancelled (the task is cancelled by whoever started it)."""
        while True:
            await self._cycle_until_done()
            await self._idle()

    async def _cycle_until_done(self) -> None:
        retrying = AsyncRetrying(
            wait=wait_random_exponential(
                multiplier=self.timing.backoff_unit, max=self.timing.backoff_max
            ),
            retry=retry_if_exception_type(TRANSIENT),
            sleep=self._nap,
            before_sleep=self._went_offline,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    await self.cycle()
        except Cancelled as exc:
            self._resting = True  # no long-poll (it would answer at once): the interval
            self.listener.failed(exc)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # refused (4xx), signed out, a broken cache …
            self._set_online(False, exc)
            self.listener.failed(exc)
            self._paused = True

    async def cycle(self) -> PullResult:
        """One push → pull → push round; raises what went wrong."""
        self._wake.clear()
        await self.push()
        self._cancel = asyncio.Event()
        self.listener.pull_started()
        result = await self._puller.pull(self.listener.progress, self._cancel)
        self._set_online(True, None)
        if "audit_event" in result.types or result.reset:
            await self.verify_audit()
            result = replace(result, types=result.types | {AUDIT_PROOF})
        self.listener.pulled(result)
        await self.push()
        return result

    async def verify_audit(self) -> None:
        """Fetch the audit log's verification material and verify what the pull added
        (the result is kept in the cache for the views). Never fails the sync: without
        the material (an older server, no audit scope) the stored one is used."""
        try:
            await audit_proof.fetch_material(self.api, self.cache, self._run)
        except (ServerRejected, ServerFailed, BadServerResponse, Unreachable) as exc:
            log.info("no audit verification material: %s", exc)
        cache, key = self.cache, self.audit_key

        def check() -> None:
            with cache.reading() as conn:
                since = audit_proof.last_verification(conn)
            audit_proof.verify(cache, key, since=since)

        await self._run(check)

    async def push(self) -> int:
        """Send the outbox, oldest first, until nothing is pending; returns how many."""
        sent_total = 0
        client_id: str = await self._run(self.cache.client_id)
        while True:
            batch = await self._run(lambda: to_send(self.cache, MAX_MUTATIONS))
            if not batch:
                return sent_total
            response = await self._send(client_id, batch)
            settled = await self._run(partial(settle, self.cache, batch, response))
            sent_total += len(batch)
            self._set_online(True, None)
            self.listener.settled(settled)

    async def _send(self, client_id: str, batch: list[Mutation]) -> PushResponse:
        """Push ``batch``; a request the server refuses as a whole (422: a change it
        cannot take at all, e.g. from an older console) is sent again one change at a
        time, and the one refused becomes a rejection kept for the person's decision,
        so one bad change never blocks the outbox."""
        try:
            return await self.api.push(PushRequest(client_id=client_id, mutations=batch))
        except ServerRejected as exc:
            if exc.status not in (413, 422):
                raise
            if len(batch) > 1:
                results: list[MutationResult] = []
                for mutation in batch:
                    results.extend((await self._send(client_id, [mutation])).results)
                return PushResponse(results=results, last_seq=0)
            (mutation,) = batch
            current = await self.api.entity(OP_ENTITY[mutation.op], mutation.entity_id)
            rejected = MutationResult(
                key=mutation.key,
                status="rejected",
                code=exc.code[:60] if current is not None else "not_found",
                message=str(exc)[:500],
                current=None
                if current is None
                else {"op": "upsert", "type": OP_ENTITY[mutation.op], "data": current},
            )
            return PushResponse(results=[rejected], last_seq=0)

    async def _idle(self) -> None:
        """Wait for news (long-poll), a wake-up, or the interval."""
        waits: list[asyncio.Future[Any]] = [asyncio.ensure_future(self._wake.wait())]
        cursor = self.cache.cursor()
        poll: asyncio.Future[bool] | None = None
        quiet = self._paused or self._resting
        self._resting = False
        if not quiet and self.online and cursor and self.timing.long_poll > 0:
            poll = asyncio.ensure_future(self.api.wait_changes(cursor, self.timing.long_poll))
            waits.append(poll)
        timeout = None if self._paused else self.timing.interval
        try:
            done, _ = await asyncio.wait(
                waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for task in waits:
                task.cancel()
        if poll is not None and poll in done and (exc := poll.exception()) is not None:
            if isinstance(exc, TRANSIENT):
                self._set_online(False, exc)  # the next cycle finds out more
            else:
                log.info("long-poll failed: %s", exc)

    async def _nap(self, seconds: float) -> None:
        """tenacity's sleep between attempts: cut short by :meth:`wake`."""
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)

    def _went_offline(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        self._set_online(False, exc)

    def _set_online(self, online: bool, error: BaseException | None) -> None:
        if online != self.online or error is not None:
            self.online = online
            self.listener.online(online, error)
