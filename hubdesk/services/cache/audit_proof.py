"""Verifying the cached audit log: as it syncs, and anywhere offline after that.

After a pull the console fetches the *verification material* of its audit scope: the
newest signed checkpoint of every chain, and the links (positions and hashes only) of
the events it may not see, up to that checkpoint (:func:`fetch_material`). Both are kept
in the cache beside the events, so the whole log verifies offline (:func:`verify`):

* every cached event's hash is recomputed (edits are found);
* every chain is followed from position 1 through events and links (removals,
  insertions and reorders are found);
* every checkpoint's signature is checked with the key pinned at the first sign-in,
  and the chain must have that hash at that position.

The result says "verified up to position N of each chain, signed at T" — or exactly where
it fails. Large logs are checked in worker processes (:mod:`hubdesk.domain.audit_rows`).
"""

from __future__ import annotations

import concurrent.futures
import json
import multiprocessing
import os
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hubdesk.domain import audit_rows
from hubdesk.domain.audit_chain import GENESIS
from hubdesk.domain.audit_verify import (
    checkpoint_message,
    key_id,
    public_key_of,
    signature_valid,
)
from hubdesk.models.cache import AuditLinkRow, AuditSigned, CacheState
from hubdesk.services.api import ApiClient
from hubdesk.services.cache.store import SCOPE_ROOTS, Cache, put_state

VERIFIED = "audit_verified"  # the last verification's result (JSON), for the views
LINKS_SCOPE = "audit_links_scope"  # the scope the stored links were fetched for
IN_PROCESS = 100_000  # fewer events than this are checked without worker processes
CHUNKS_PER_WORKER = 3


# -- the material -------------------------------------------------------------------------------


async def fetch_material(
    api: ApiClient, cache: Cache, run: Callable[[Callable[[], Any]], Awaitable[Any]]
) -> int:
    """Fetch the newest checkpoints and the links up to them; returns the links stored."""
    points = (await api.audit_checkpoints()).checkpoints
    fetched: dict[str, int] = await run(lambda: _prepare(cache))
    stored = 0
    for point in points:
        after = fetched.get(point.chain_id, 0)
        while after < point.chain_seq:
            answer = await api.audit_links(point.chain_id, after, point.chain_seq)
            rows: list[dict[str, Any]] = [
                {
                    "chain_id": point.chain_id,
                    "chain_seq": link.chain_seq,
                    "prev_hash": link.prev_hash,
                    "hash": link.hash,
                }
                for link in answer.links
                if after < link.chain_seq <= point.chain_seq
            ]
            if rows:
                await run(lambda rows=rows: _store_links(cache, rows))  # type: ignore[misc]
                stored += len(rows)
            if not answer.more or not rows:
                break
            after = int(rows[-1]["chain_seq"])
    signed = [point.model_dump() for point in points]
    await run(lambda: _store_checkpoints(cache, signed))
    return stored


def _prepare(cache: Cache) -> dict[str, int]:
    """How far links were fetched per chain (the stored checkpoints' positions); all
    of them again when the scope has changed since."""
    with cache.writing() as conn:
        roots = conn.scalar(select(CacheState.value).where(CacheState.key == SCOPE_ROOTS))
        before = conn.scalar(select(CacheState.value).where(CacheState.key == LINKS_SCOPE))
        if roots != before:
            conn.execute(delete(AuditLinkRow))
            conn.execute(delete(AuditSigned))
            put_state(conn, LINKS_SCOPE, roots or "")
            return {}
        known = conn.execute(select(AuditSigned.chain_id, AuditSigned.chain_seq))
        return {chain: int(seq) for chain, seq in known}


def _store_links(cache: Cache, rows: list[dict[str, Any]]) -> None:
    with cache.writing() as conn:
        stmt = sqlite_insert(AuditLinkRow).values(rows)
        conn.execute(stmt.on_conflict_do_nothing())


def _store_checkpoints(cache: Cache, points: list[dict[str, Any]]) -> None:
    with cache.writing() as conn:
        conn.execute(delete(AuditSigned))
        if points:
            conn.execute(sqlite_insert(AuditSigned).values(points))


# -- verifying ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainResult:
    """One chain: verified up to ``verified`` (a signed position), or a fault."""

    chain_id: str
    positions: int  # events and links cached, following on from position 1
    end: int = 0  # the last of them, and its hash (where a later check goes on from)
    end_hash: str = ""
    verified: int = 0  # the signed position the chain is verified up to
    signed_at: str | None = None
    newer: int = 0  # positions after it: chained, awaiting the next checkpoint
    fault: str | None = None  # what is wrong (None: nothing)
    fault_seq: int | None = None
    fault_event: str | None = None


@dataclass(frozen=True)
class Verification:
    """The whole cached log: every chain's result, how many events were rehashed."""

    chains: list[ChainResult] = field(default_factory=list)
    events: int = 0
    problem: str | None = None  # a fault before any chain: no key pinned, no material
    rowid: int = 0  # the highest cache rowid rehashed (where a later check goes on from)

    @property
    def ok(self) -> bool:
        return self.problem is None and all(c.fault is None for c in self.chains)

    @property
    def verified(self) -> int:
        return sum(c.verified for c in self.chains)

    @property
    def signed_at(self) -> str | None:
        """The oldest of the chains' newest checkpoints: all is verified up to then."""
        times = [c.signed_at for c in self.chains if c.signed_at]
        return min(times) if times else None

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, raw: str) -> Verification:
        data = json.loads(raw)
        return cls(
            chains=[ChainResult(**c) for c in data.get("chains", [])],
            events=int(data.get("events", 0)),
            problem=data.get("problem"),
            rowid=int(data.get("rowid", 0)),
        )


def verify(
    cache: Cache,
    pinned_key: str | None,
    workers: int | None = None,
    *,
    since: Verification | None = None,
) -> Verification:
    """Verify the cached log against the stored material and the pinned key; the result
    is also kept in the cache (:func:`last_verification`).

    ``since``: an earlier result this one goes on from (what a sync brought: events
    rehashed past its highest rowid, chains walked on from where it ended); the whole
    log when it found a fault. Changes to rows it had checked are found by the next
    full verification (the audit window runs one when it opens)."""
    if since is not None and not since.ok:
        since = None
    result = _verify(cache, pinned_key, workers, since)
    cache.put_state(VERIFIED, result.to_json())
    return result


def last_verification(conn: Connection) -> Verification | None:
    raw = conn.scalar(select(CacheState.value).where(CacheState.key == VERIFIED))
    return Verification.from_json(raw) if raw else None


def _verify(
    cache: Cache, pinned_key: str | None, workers: int | None, since: Verification | None
) -> Verification:
    after = since.rowid if since is not None else 0
    starts = {c.chain_id: (c.end, c.end_hash) for c in since.chains} if since else {}
    with cache.reading() as conn:
        low, high, total = conn.exec_driver_sql(
            "SELECT min(rowid), max(rowid), count(*) FROM audit_events WHERE rowid > ?",
            (after,),
        ).one()
        points = {
            str(row.chain_id): _Signed(*row)
            for row in conn.execute(
                select(
                    AuditSigned.chain_id,
                    AuditSigned.chain_seq,
                    AuditSigned.hash,
                    AuditSigned.signed_at,
                    AuditSigned.key_id,
                    AuditSigned.signature,
                )
            )
        }
        cached = conn.exec_driver_sql("SELECT DISTINCT chain_id FROM audit_events").scalars()
        chains = sorted({str(c) for c in cached} | set(points))
    marks = {c: points[c].chain_seq if c in points else 0 for c in chains}
    start = {c: starts.get(c, (0, GENESIS)) for c in chains}
    path = str(cache.path)
    ranges = _ranges(int(low or 0), int(high or 0), total, workers)
    changed: list[audit_rows.Changed] = []
    checked = 0
    if total < IN_PROCESS or workers == 1:
        walked = [audit_rows.walk(path, c, marks[c], start[c]) for c in chains]
        for first, last in ranges:
            count, bad = audit_rows.rehash(path, first, last)
            checked, changed = checked + count, changed + bad
    else:
        context = multiprocessing.get_context("spawn")  # never fork a process with threads
        with concurrent.futures.ProcessPoolExecutor(_workers(workers), mp_context=context) as pool:
            walks = [pool.submit(audit_rows.walk, path, c, marks[c], start[c]) for c in chains]
            hashes = [pool.submit(audit_rows.rehash, path, a, b) for a, b in ranges]
            for future in hashes:
                count, bad = future.result()
                checked, changed = checked + count, changed + bad
            walked = [w.result() for w in walks]
    if pinned_key is None:
        problem: str | None = "no_key"
    elif not points:
        problem = "no_material"
    else:
        problem = None
    first_changed: dict[str, audit_rows.Changed] = {}
    for c in sorted(changed, key=lambda c: c.chain_seq):
        first_changed.setdefault(c.chain_id, c)
    results = [
        _chain_result(w, points.get(w.chain_id), first_changed.get(w.chain_id), pinned_key)
        for w in walked
    ]
    done = since.events if since is not None else 0
    return Verification(
        chains=results, events=done + checked, problem=problem, rowid=int(high or after)
    )


@dataclass(frozen=True)
class _Signed:
    chain_id: str
    chain_seq: int
    hash: str
    signed_at: str
    key_id: str
    signature: str


def _chain_result(
    walked: audit_rows.Walked,
    point: _Signed | None,
    changed: audit_rows.Changed | None,
    pinned_key: str | None,
) -> ChainResult:
    base = ChainResult(
        chain_id=walked.chain_id,
        positions=walked.positions,
        end=walked.end,
        end_hash=walked.end_hash,
    )
    faults: list[tuple[int, str, str | None]] = []
    if changed is not None:
        faults.append((changed.chain_seq, "changed", changed.event_id))
    if walked.stop in ("broken", "conflict") and walked.stop_seq is not None:
        faults.append((walked.stop_seq, walked.stop, walked.stop_event))
    if point is not None and walked.end < point.chain_seq:
        # positions up to the checkpoint are missing: removed, or not synced yet
        faults.append((walked.end + 1, "missing", walked.stop_event))
    if faults:
        seq, what, event = min(faults, key=lambda f: f[0])
        return _fault(base, what, seq, event)
    if point is None or pinned_key is None:
        return base
    if point.key_id != key_id(pinned_key):
        return _fault(base, "other_key", point.chain_seq, None)
    message = checkpoint_message(point.chain_id, point.chain_seq, point.hash, point.signed_at)
    if not signature_valid(public_key_of(pinned_key), point.signature, message):
        return _fault(base, "bad_signature", point.chain_seq, None)
    if walked.mark_hash != point.hash:
        return _fault(base, "not_signed_hash", point.chain_seq, None)
    newer = walked.end - point.chain_seq
    return replace(base, verified=point.chain_seq, signed_at=point.signed_at, newer=newer)


def _fault(base: ChainResult, what: str, seq: int | None, event: str | None) -> ChainResult:
    return replace(base, fault=what, fault_seq=seq, fault_event=event)


def _ranges(low: int, high: int, total: int, workers: int | None) -> list[tuple[int, int]]:
    if total == 0:
        return []
    parts = 1 if total < IN_PROCESS else _workers(workers) * CHUNKS_PER_WORKER
    step = (high - low) // parts + 1
    return [(a, min(a + step - 1, high)) for a in range(low, high + 1, step)]


def _workers(workers: int | None) -> int:
    return max(1, workers or os.cpu_count() or 1)
