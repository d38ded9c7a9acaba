"""Crash harness for the console's sync engine: kill -9 at random moments, lose nothing.

    .venv/bin/python tools/crash_harness.py --trials 200          # what CI runs
    .venv/bin/python tools/crash_harness.py --trials 2000 --seed 7

The reference server runs in its own process on loopback (the demo, SQLite). Each trial
starts a headless console in a child process (``child`` below): it signs in as the
administrator of the Danish office hotel, then queues writes to "its" organisations
while the sync engine pushes and pulls — until the harness kills it with SIGKILL at a
random moment. Consoles keep their cache from trial to trial, so every trial starts
from what the previous kill left behind. Meanwhile a colleague changes other
organisations through the API, so pulls have pages to write when the kill lands.

After each kill the harness checks the cursor against the data: every entity whose
latest change is at or before the cursor must be in the cache at the server's version.
At the end every console runs until its outbox is empty, and the harness counts:

- ``lost``: writes a console reported as queued (committed) that the server never applied;
- ``duplicated``: applications beyond one per write (from the organisations' versions
  and from the audit log, whichever is larger);
- ``cursor_ahead``: trials after which the cursor was ahead of the cached data.

It ends with ``RESULT trials=N lost=L duplicated=D cursor_ahead=C``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EMAIL = "mette.kjaer@havnehuset.dk"
COLLEAGUE = "support@hubdesk.example"
PASSWORD = "hubdesk-demo"
FIELD = "contact_name"
BURST = 10  # the colleague's changes per push


# -- the child: a headless console ---------------------------------------------------------


async def _child(args: argparse.Namespace) -> int:
    from hubdesk.services.api import ApiClient
    from hubdesk.services.cache import Cache, outbox
    from hubdesk.services.engine import QuietListener, SyncEngine, Timing
    from hubdesk.services.errors import HubdeskError
    from hubdesk.wire.mutations import OrganisationPatch

    api = ApiClient(args.server)
    await api.login(EMAIL, PASSWORD)
    cache = Cache(args.cache)
    engine = SyncEngine(api, cache, QuietListener(), timing=Timing(long_poll=0), page_size=10)
    orgs = args.orgs.split(",")
    rng = random.Random(args.seed)
    print("READY", flush=True)

    async def write(n: int) -> None:
        org_id = rng.choice(orgs)
        value = f"{args.label}-{n}"
        patch = OrganisationPatch.model_validate({FIELD: value})
        while True:  # a console edits what it shows: wait for the first sync to bring it
            try:
                queued = await asyncio.to_thread(
                    outbox.queue, cache, "organisation.update", org_id, patch
                )
                break
            except outbox.NotCached:
                await asyncio.sleep(0.05)
        print(f"Q {queued.key} {org_id}", flush=True)  # committed: it must reach the server

    async def writer() -> None:
        for n in range(args.writes):
            await write(n)
            await asyncio.sleep(rng.uniform(0, 0.03))

    async def syncer() -> None:
        while True:
            try:
                await engine.cycle()
            except HubdeskError:
                await asyncio.sleep(0.05)

    if args.drain:
        for _ in range(50):
            await engine.cycle()
            with cache.reading() as conn:
                counts = outbox.counts(conn)
            if counts.pending == 0:
                print(f"DRAINED conflicts={counts.conflicts}", flush=True)
                await api.aclose()
                return 0
        print("NOT DRAINED", flush=True)
        return 1
    sync_task = asyncio.ensure_future(syncer())
    await writer()
    await sync_task  # runs until killed
    return 0


# -- the harness ------------------------------------------------------------------------------


class Server:
    def __init__(self, data_dir: Path) -> None:
        code = "from hubdesk.server.cli import main; raise SystemExit(main())"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                code,
                "--demo",
                "--port",
                "0",
                "--exit-with-stdin",
                "--data-dir",
                str(data_dir),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if "http://" in line and line.strip().split()[-1].startswith("http"):
                self.url = line.strip().split()[-1]
                break
        else:
            raise RuntimeError("the server did not start")
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()
        self.db_file = data_dir / "demo.sqlite"

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)


def _cursor_seq(cache_file: Path) -> int | None:
    with closing(_connect(cache_file)) as conn:
        row = conn.execute("SELECT value FROM cache_state WHERE key = 'cursor'").fetchone()
    if row is None:
        return None
    raw = row[0]
    return int(json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))["q"])


class Checker:
    """The server's view, to hold caches against (read-only, through the server's code)."""

    def __init__(self, db_file: Path, person_email: str) -> None:
        from hubdesk.server.db import Database

        self.db = Database.open(f"sqlite:///{db_file}")
        self.email = person_email

    def cursor_ahead(self, cache_file: Path) -> list[str]:
        """Entities changed at or before the cache's cursor that the cache lacks or has
        at another version (empty: the cursor is not ahead of the data)."""
        from sqlalchemy import select

        from hubdesk.models import Person
        from hubdesk.models.base import Base
        from hubdesk.models.registry import BY_NAME
        from hubdesk.models.server_only import SyncIndex
        from hubdesk.server.scope import feed_visible, load_scope

        seq = _cursor_seq(cache_file)
        if seq is None:
            return []
        with self.db.reading() as session:
            person = session.scalar(select(Person).where(Person.email == self.email))
            assert person is not None
            scope = load_scope(session, person.id)
            index = session.execute(
                select(SyncIndex.entity_type, SyncIndex.entity_id, SyncIndex.deleted).where(
                    SyncIndex.seq <= seq,
                    SyncIndex.departed_from.is_(None),
                    feed_visible(scope),
                )
            ).all()
            server: dict[tuple[str, str], int] = {}
            by_type: dict[str, list[str]] = {}
            for entity_type, entity_id, deleted in index:
                if not deleted:
                    by_type.setdefault(entity_type, []).append(entity_id)
            for entity_type, ids in by_type.items():
                table = Base.metadata.tables[BY_NAME[entity_type].table_name]
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    for entity_id, version in session.execute(
                        select(table.c.id, table.c.version).where(table.c.id.in_(chunk))
                    ):
                        server[entity_type, entity_id] = version
        problems = []
        with closing(_connect(cache_file)) as conn:
            for (entity_type, entity_id), version in server.items():
                table = BY_NAME[entity_type].table_name
                row = conn.execute(
                    f"SELECT version FROM {table} WHERE id = ?", (entity_id,)
                ).fetchone()
                if row is None or row[0] != version:
                    have = None if row is None else row[0]
                    problems.append(f"{entity_type} {entity_id}: cache {have}, server {version}")
        return problems

    def org_versions(self, org_ids: list[str]) -> dict[str, int]:
        from sqlalchemy import select

        from hubdesk.models import Organisation

        with self.db.reading() as session:
            rows = session.execute(
                select(Organisation.id, Organisation.version).where(Organisation.id.in_(org_ids))
            )
            return {org_id: version for org_id, version in rows}

    def applied(self) -> dict[str, str]:
        """key → status of every stored push result."""
        from sqlalchemy import select

        from hubdesk.models.server_only import IdempotencyRecord

        with self.db.reading() as session:
            rows = session.execute(select(IdempotencyRecord.key, IdempotencyRecord.status))
            return {key: status for key, status in rows}

    def applied_by(self, client_ids: list[str]) -> int:
        from sqlalchemy import func, select

        from hubdesk.models.server_only import IdempotencyRecord

        with self.db.reading() as session:
            count = session.scalar(
                select(func.count())
                .select_from(IdempotencyRecord)
                .where(
                    IdempotencyRecord.status == "applied",
                    IdempotencyRecord.client_id.in_(client_ids),
                )
            )
        return int(count or 0)

    def audit_updates(self, org_ids: list[str]) -> Counter[str]:
        from sqlalchemy import select

        from hubdesk.models.activity import AuditEvent

        with self.db.reading() as session:
            rows = session.scalars(
                select(AuditEvent.target_id).where(
                    AuditEvent.action == "organisation.updated",
                    AuditEvent.target_id.in_(org_ids),
                )
            )
            return Counter(rows)


def _hub_tenants(db_file: Path) -> tuple[list[str], list[str]]:
    """The office hotel's tenants (the consoles write to these) and other organisations
    in the same scope (the colleague writes to those)."""
    with closing(_connect(db_file)) as conn:
        (hub_path,) = conn.execute(
            "SELECT path FROM organisations WHERE name LIKE 'Havnehuset%' ORDER BY depth LIMIT 1"
        ).fetchone()
        rows = conn.execute(
            "SELECT id, depth FROM organisations WHERE path LIKE ? ORDER BY name, id",
            (hub_path + "%",),
        ).fetchall()
    depth = min(d for _, d in rows)
    tenants = [i for i, d in rows if d == depth + 1]
    others = [i for i, d in rows if d != depth + 1]
    return tenants, others


def _child_cmd(args: argparse.Namespace, **kw: Any) -> list[str]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "child"]
    for key, value in kw.items():
        if value is True:
            cmd.append(f"--{key}")
        else:
            cmd += [f"--{key}", str(value)]
    return cmd


class Colleague(threading.Thread):
    """Someone else at work: changes other organisations every few milliseconds."""

    def __init__(self, url: str, orgs: list[str]) -> None:
        super().__init__(daemon=True)
        self.url, self.orgs = url, orgs
        self.stopped = threading.Event()
        self.client_id = str(uuid.uuid4())

    def run(self) -> None:
        import httpx

        with httpx.Client(base_url=self.url + "/api/v1", timeout=30) as http:
            token = http.post(
                "/auth/login", json={"email": COLLEAGUE, "password": PASSWORD}
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            n = 0
            while not self.stopped.is_set() and self.orgs:
                mutations = []
                for org_id in (self.orgs[(n + i) % len(self.orgs)] for i in range(BURST)):
                    org = http.get(f"/organisations/{org_id}", headers=headers).json()
                    n += 1
                    mutations.append(
                        {
                            "key": str(uuid.uuid4()),
                            "seq": n,
                            "op": "organisation.update",
                            "entity_id": org_id,
                            "base_version": org["version"],
                            "payload": {"phone": f"+45 {n:08d}"},
                        }
                    )
                body = {"client_id": self.client_id, "mutations": mutations}
                http.post("/sync/push", json=body, headers=headers)
                self.stopped.wait(0.02)


def harness(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    own_work = args.work is None
    work = Path(args.work or tempfile.mkdtemp(prefix="hubdesk-crash-"))
    server = Server(work / "server")
    try:
        tenants, others = _hub_tenants(server.db_file)
        consoles = max(1, args.parallel)
        shares = [tenants[i::consoles] for i in range(consoles)]
        checker = Checker(server.db_file, EMAIL)
        initial = checker.org_versions(tenants)
        colleague = Colleague(server.url, others)
        colleague.start()
        queued: dict[str, str] = {}  # key → org id
        cursor_ahead = 0
        lock = threading.Lock()
        trials_done = 0
        started = time.monotonic()

        def console_loop(index: int, trials: int) -> None:
            nonlocal cursor_ahead, trials_done
            cache = work / f"console-{index}" / "cache.sqlite"
            cache.parent.mkdir(parents=True)
            local = random.Random(rng.random())
            for trial in range(trials):
                cmd = _child_cmd(
                    args,
                    server=server.url,
                    cache=cache,
                    orgs=",".join(shares[index]),
                    label=f"c{index}t{trial}",
                    seed=local.randrange(2**31),
                    writes=local.randrange(1, 60),
                )
                child = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
                assert child.stdout is not None
                lines: list[str] = []
                reader = threading.Thread(target=lines.extend, args=(child.stdout,), daemon=True)
                ready = child.stdout.readline()
                reader.start()
                if ready.strip() == "READY":
                    time.sleep(local.uniform(0.0, args.max_life))
                child.send_signal(signal.SIGKILL)
                child.wait()
                reader.join(timeout=10)
                problems = checker.cursor_ahead(cache)
                with lock:
                    for line in lines:
                        parts = line.split()
                        if len(parts) == 3 and parts[0] == "Q":
                            queued[parts[1]] = parts[2]
                    trials_done += 1
                    if problems:
                        cursor_ahead += 1
                        print(f"trial {index}/{trial}: cursor ahead: {problems[:3]}", flush=True)
                    if trials_done % 25 == 0:
                        rate = trials_done / (time.monotonic() - started)
                        print(f"{trials_done} trials ({rate:.1f}/s)", flush=True)

        per_console = [
            args.trials // consoles + (i < args.trials % consoles) for i in range(consoles)
        ]
        threads = [
            threading.Thread(target=console_loop, args=(i, n)) for i, n in enumerate(per_console)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        colleague.stopped.set()
        colleague.join(timeout=30)

        conflicts = 0
        for index in range(consoles):
            cache = work / f"console-{index}" / "cache.sqlite"
            out = subprocess.run(
                _child_cmd(
                    args,
                    server=server.url,
                    cache=cache,
                    orgs=",".join(shares[index]),
                    label="drain",
                    seed=0,
                    writes=0,
                    drain=True,
                ),
                capture_output=True,
                text=True,
                timeout=300,
            )
            if "DRAINED" not in out.stdout:
                print(f"console {index} did not drain:\n{out.stdout}\n{out.stderr}", flush=True)
            else:
                conflicts += int(out.stdout.split("conflicts=")[1].split()[0])

        applied = checker.applied()
        lost = sum(1 for key in queued if applied.get(key) != "applied")
        console_ids = [_client_id(work / f"console-{i}" / "cache.sqlite") for i in range(consoles)]
        # every write a console got applied (also those whose "queued" line the kill cut off)
        expected = checker.applied_by(console_ids)
        final = checker.org_versions(tenants)
        growth = sum(final[o] - initial[o] for o in tenants)
        events = sum(checker.audit_updates(tenants).values())
        duplicated = max(growth - expected, events - expected, 0)
        print(
            f"queued={len(queued)} applied={expected} conflicts={conflicts} "
            f"version_growth={growth} audit_events={events}",
            flush=True,
        )
        print(
            f"RESULT trials={trials_done} lost={lost} duplicated={duplicated} "
            f"cursor_ahead={cursor_ahead}",
            flush=True,
        )
        ok = lost == 0 and duplicated == 0 and cursor_ahead == 0 and trials_done == args.trials
        return 0 if ok else 1
    finally:
        server.stop()
        if own_work:
            shutil.rmtree(work, ignore_errors=True)


def _client_id(cache_file: Path) -> str:
    with closing(_connect(cache_file)) as conn:
        row = conn.execute("SELECT value FROM cache_state WHERE key = 'client_id'").fetchone()
    return str(row[0]) if row else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    child = sub.add_parser("child")
    child.add_argument("--server", required=True)
    child.add_argument("--cache", required=True)
    child.add_argument("--orgs", required=True)
    child.add_argument("--label", required=True)
    child.add_argument("--seed", type=int, required=True)
    child.add_argument("--writes", type=int, required=True)
    child.add_argument("--drain", action="store_true")
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--parallel", type=int, default=2, help="consoles killed side by side")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("HUBDESK_SEED", "1")))
    parser.add_argument("--work", help="keep the server and caches here (default: a temp dir)")
    parser.add_argument("--max-life", type=float, default=1.0, help="seconds before the kill")
    args = parser.parse_args(argv)
    if args.command == "child":
        return asyncio.run(_child(args))
    return harness(args)


if __name__ == "__main__":
    raise SystemExit(main())
