"""One change's round trip: a write in one console → the server → visible in another.

The real server (child process, loopback) over a generated data set; two consoles
(``SyncEngine`` with their caches, as the console runs them: outbox, push, long-poll,
pull) signed in as platform support, both synced first. Each round writes a new
contact name to an organisation in console A and waits until console B's cache holds
it. The baseline does the same round with plain ``httpx``: one ``POST /sync/push``,
then one ``GET /sync/changes`` from the second client's cursor (no cache, no
validation, no waiting: the best a client could do by asking at once).

    .venv/bin/python benchmarks/round_trip.py
    .venv/bin/python benchmarks/round_trip.py --rounds 100
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import time
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import _support as bench
import httpx

from hubdesk.services.api import ApiClient
from hubdesk.services.cache import Cache, outbox
from hubdesk.services.engine import QuietListener, SyncEngine
from hubdesk.wire.mutations import OrganisationPatch


class Listener(QuietListener):
    def __init__(self, on_pulled: Any = None) -> None:
        self.on_pulled = on_pulled

    def failed(self, error: BaseException) -> None:
        print(f"# engine error: {error}")

    def pulled(self, result: Any) -> None:
        if self.on_pulled is not None:
            self.on_pulled()


def contact_of(cache: Cache, org_id: str) -> str | None:
    with closing(sqlite3.connect(cache.path)) as conn:
        row = conn.execute(
            "SELECT contact_name FROM organisations WHERE id = ?", (org_id,)
        ).fetchone()
    return None if row is None else row[0]


async def console_rounds(
    server: bench.Server, work: Path, org_ids: list[str], rounds: int
) -> list[float]:
    apis = [ApiClient(server.url), ApiClient(server.url)]
    for api in apis:
        await api.login(bench.SUPPORT_EMAIL, bench.PASSWORD)
    cache_a, cache_b = Cache(work / "a.sqlite"), Cache(work / "b.sqlite")
    seen = asyncio.Event()
    engine_a = SyncEngine(apis[0], cache_a, Listener())
    engine_b = SyncEngine(apis[1], cache_b, Listener(seen.set))
    started = time.perf_counter()
    await engine_a.cycle()
    await engine_b.cycle()
    bench.note(f"both consoles synced in {time.perf_counter() - started:.1f} s")
    tasks = [asyncio.ensure_future(engine_a.run()), asyncio.ensure_future(engine_b.run())]
    await asyncio.sleep(0.5)  # both are long-polling now
    samples = []
    try:
        for i in range(rounds):
            org_id = org_ids[i % len(org_ids)]
            value = f"round {i} {uuid.uuid4().hex[:6]}"
            patch = OrganisationPatch.model_validate({"contact_name": value})
            t0 = time.perf_counter()
            await asyncio.to_thread(outbox.queue, cache_a, "organisation.update", org_id, patch)
            engine_a.wake()  # what the console does after queueing a write
            while contact_of(cache_b, org_id) != value:
                seen.clear()
                await asyncio.wait_for(seen.wait(), 30)
            samples.append(time.perf_counter() - t0)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for api in apis:
            await api.aclose()
        cache_a.close()
        cache_b.close()
    return samples


def raw_rounds(server: bench.Server, org_ids: list[str], rounds: int) -> list[float]:
    with (
        httpx.Client(base_url=server.api, timeout=60) as a,
        httpx.Client(base_url=server.api, timeout=60) as b,
    ):
        for client in (a, b):
            token = client.post(
                "/auth/login", json={"email": bench.SUPPORT_EMAIL, "password": bench.PASSWORD}
            ).json()["access_token"]
            client.headers["Authorization"] = f"Bearer {token}"
        cursor = None
        while True:  # the second client catches up first
            params: dict[str, Any] = {"limit": 5000} | ({"cursor": cursor} if cursor else {})
            page = b.get("/sync/changes", params=params).json()
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        client_id = str(uuid.uuid4())
        samples = []
        for i in range(rounds):
            org_id = org_ids[i % len(org_ids)]
            version = a.get(f"/organisations/{org_id}").json()["version"]
            value = f"raw {i} {uuid.uuid4().hex[:6]}"
            body = {
                "client_id": client_id,
                "mutations": [
                    {
                        "key": str(uuid.uuid4()),
                        "seq": i + 1,
                        "op": "organisation.update",
                        "entity_id": org_id,
                        "base_version": version,
                        "payload": {"contact_name": value},
                    }
                ],
            }
            t0 = time.perf_counter()
            assert a.post("/sync/push", json=body).json()["results"][0]["status"] == "applied"
            found = False
            while not found:
                page = b.get("/sync/changes", params={"cursor": cursor, "limit": 5000}).json()
                cursor = page["next_cursor"]
                found = any(
                    value in row
                    for block in page["upserts"]
                    if block["type"] == "organisation"
                    for row in block["rows"]
                )
            samples.append(time.perf_counter() - t0)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    bench.add_data_arguments(parser)
    parser.set_defaults(orgs=10_010, customers=1000, events=10_000, people=500)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    bench.note(f"machine: {bench.machine()}")
    with bench.workdir(args.workdir) as work:
        database = bench.server_database(args, work)
        with closing(sqlite3.connect(bench.readonly_uri(database), uri=True)) as conn:
            org_ids = [r[0] for r in conn.execute("SELECT id FROM organisations LIMIT 20")]
        with bench.serve(database) as server:
            raw = bench.stats(raw_rounds(server, org_ids, args.rounds))
            console = bench.stats(asyncio.run(console_rounds(server, work, org_ids, args.rounds)))
    print(f"baseline (httpx push + one feed request): {raw.ms()}")
    print(f"console A → server → console B:           {console.ms()}")
    print(f"ratio console / baseline (median): {bench.ratio(console.median, raw.median):.2f}")
    bench.result(
        rounds=args.rounds,
        round_trip_ms=console.median * 1000,
        round_trip_p95_ms=console.p95 * 1000,
        baseline_ms=raw.median * 1000,
        ratio=bench.ratio(console.median, raw.median),
    )


if __name__ == "__main__":
    main()
