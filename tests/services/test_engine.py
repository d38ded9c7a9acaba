"""The background engine on its own: backoff while the server is away, a wake-up cuts
it short, and the long-poll brings another console's change without any timer."""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

from conftest import LiveServer, cached_keys, org_named, start_server
from conftest import run_async as run

from hubdesk.services.accounts import AccountBook
from hubdesk.services.api import ApiClient
from hubdesk.services.cache import Cache, outbox
from hubdesk.services.engine import QuietListener, SyncEngine, Timing
from hubdesk.services.session import sign_in
from hubdesk.services.tokens import MemoryTokenStore
from hubdesk.wire.mutations import OrganisationPatch

PASSWORD = "hubdesk-demo"


def throwaway() -> dict[str, Any]:
    """A fresh account book and token store for one sign-in."""
    return {"book": AccountBook(), "tokens": MemoryTokenStore()}


class Recorder(QuietListener):
    def __init__(self) -> None:
        self.offline_at: list[float] = []
        self.pulled_at: list[float] = []

    def online(self, online: bool, error: BaseException | None) -> None:
        if not online:
            self.offline_at.append(time.monotonic())

    def pulled(self, result: Any) -> None:
        self.pulled_at.append(time.monotonic())


def test_backoff_grows_with_jitter_and_a_wake_up_retries_at_once(
    live_server: LiveServer, tmp_path: Any
) -> None:
    port = live_server.port

    async def scenario() -> None:
        session = await sign_in(
            live_server.url, "sofie@nordlys-arkitekter.dk", PASSWORD, None, **throwaway()
        )
        recorder = Recorder()
        timing = Timing(interval=3600, long_poll=0, backoff_unit=0.05, backoff_max=0.8)
        engine = SyncEngine(session.api, session.cache, recorder, timing=timing)
        live_server.stop()
        task = asyncio.ensure_future(engine.run())
        try:
            await asyncio.sleep(3)
            tries = recorder.offline_at
            assert len(tries) >= 4
            gaps = [b - a for a, b in itertools.pairwise(tries)]
            assert max(gaps) <= 0.8 + 0.5  # capped
            assert len({round(g, 3) for g in gaps}) > 1  # jittered, not a fixed beat
            back = start_server(live_server.db, port=port)
            try:
                woken = time.monotonic()
                engine.wake()  # "the network is back" / "Sync now"
                for _ in range(100):
                    if recorder.pulled_at:
                        break
                    await asyncio.sleep(0.05)
                assert recorder.pulled_at and recorder.pulled_at[0] - woken < 1.0
                assert engine.online is True
            finally:
                back.stop()
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await session.close()

    run(scenario)


def test_the_long_poll_brings_another_consoles_change_without_a_timer(
    live_server: LiveServer,
) -> None:
    nordlys = org_named(live_server.db, "Nordlys")

    async def scenario() -> None:
        sessions = [
            await sign_in(live_server.url, email, PASSWORD, None, **throwaway())
            for email in ("sofie@nordlys-arkitekter.dk", "mette.kjaer@havnehuset.dk")
        ]
        writer, reader = sessions
        recorder = Recorder()
        quiet = Timing(interval=3600, long_poll=20)
        engines = [
            SyncEngine(writer.api, writer.cache, QuietListener(), timing=quiet),
            SyncEngine(reader.api, reader.cache, recorder, timing=quiet),
        ]
        tasks = [asyncio.ensure_future(e.run()) for e in engines]
        try:
            while len(recorder.pulled_at) < 1:
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.3)  # the reader is long-polling now
            patch = OrganisationPatch.model_validate({"city": "Dragør"})
            outbox.queue(writer.cache, "organisation.update", nordlys.id, patch)
            engines[0].wake()
            started = time.monotonic()
            while time.monotonic() - started < 5:
                with reader.cache.reading() as conn:
                    row = conn.exec_driver_sql(
                        "SELECT city FROM organisations WHERE id = ?", (nordlys.id,)
                    ).first()
                if row and row[0] == "Dragør":
                    break
                await asyncio.sleep(0.02)
            assert row and row[0] == "Dragør"
            assert time.monotonic() - started < 3
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for s in sessions:
                await s.close()

    run(scenario)


def test_a_failure_that_is_not_the_network_is_reported_and_waits_for_sync_now(
    canned_server: Any, tmp_path: Any
) -> None:
    canned_server.answer("/api/v1/sync/changes", 410, b'{"code":"gone","detail":"Gone."}')

    async def scenario() -> None:
        api = ApiClient(canned_server.url)
        api._access = "token"  # the canned server does not check it
        cache = Cache(tmp_path / "c.sqlite")
        failures: list[BaseException] = []

        class Failing(QuietListener):
            def failed(self, error: BaseException) -> None:
                failures.append(error)

        engine = SyncEngine(api, cache, Failing(), timing=Timing(backoff_unit=0.01))
        task = asyncio.ensure_future(engine.run())
        try:
            await asyncio.sleep(0.5)
            assert len(failures) == 1 and "Gone" in str(failures[0])  # once, no hot loop
            engine.wake()
            await asyncio.sleep(0.3)
            assert len(failures) == 2
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await api.aclose()
            cache.close()

    run(scenario)


def test_a_cancelled_pull_rests_for_the_interval_then_goes_on_where_it_stopped(
    live_server: LiveServer,
) -> None:
    async def scenario() -> None:
        session = await sign_in(
            live_server.url, "support@hubdesk.example", PASSWORD, None, **throwaway()
        )
        events: list[tuple[str, float, int]] = []
        engine: SyncEngine

        class Watcher(QuietListener):
            def pull_started(self) -> None:
                events.append(("started", time.monotonic(), 0))

            def progress(self, progress: Any) -> None:
                if len(events) == 1 and progress.pages == 2:
                    engine.cancel_pull()

            def failed(self, error: BaseException) -> None:
                events.append(("cancelled", time.monotonic(), 0))

            def pulled(self, result: Any) -> None:
                events.append(("pulled", time.monotonic(), result.rows))

        timing = Timing(interval=0.6, long_poll=20)
        engine = SyncEngine(session.api, session.cache, Watcher(), timing=timing, page_size=50)
        task = asyncio.ensure_future(engine.run())
        try:
            for _ in range(300):
                if any(kind == "pulled" for kind, _t, _r in events):
                    break
                await asyncio.sleep(0.05)
            kinds = [kind for kind, _t, _r in events]
            assert kinds[:4] == ["started", "cancelled", "started", "pulled"]
            rested = events[2][1] - events[1][1]
            assert 0.5 <= rested < 2.0  # not at once (the long-poll is skipped), not never
            # the second pull brought what the first had not: two pages of 50 less
            assert events[3][2] == len(cached_keys(session.cache)) - 100
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await session.close()

    run(scenario)
