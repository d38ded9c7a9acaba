"""The cached audit log verified as it syncs and offline: the server's material (newest
checkpoints, links for the events a viewer may not see), then every kind of tampering
with the cache — an edit, a removal, an insertion, a reordering, a truncation, a forged
signature, another key — found at its position."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from conftest import LiveServer
from conftest import run_async as run

from hubdesk.server.audit_signing import Signer, checkpoint, key_path
from hubdesk.services.accounts import AccountBook
from hubdesk.services.cache import Cache, audit_proof
from hubdesk.services.engine import SyncEngine
from hubdesk.services.session import sign_in
from hubdesk.services.sync import Puller
from hubdesk.services.tokens import MemoryTokenStore

SUPPORT = "support@hubdesk.example"
METTE = "mette.kjaer@havnehuset.dk"  # administrator of the hub (the top of her chain)
SOFIE = "sofie@nordlys-arkitekter.dk"  # a tenant: one subtree of the hub's chain


@dataclass
class Synced:
    cache: Cache
    key: str


def _sign(server: LiveServer) -> None:
    db = server.db
    with db.writing() as s:  # sign the chains' heads now (the background round does it)
        checkpoint(s, Signer.from_file(key_path(db.url, None)))


def _synced(server: LiveServer, email: str, path: Path) -> Synced:
    """A cache pulled by ``email``, with the verification material fetched."""
    cache = Cache(path)

    async def pull() -> str:
        session = await sign_in(
            server.url, email, "hubdesk-demo", None, book=AccountBook(), tokens=MemoryTokenStore()
        )
        try:
            await Puller(session.api, cache).pull()
            await audit_proof.fetch_material(session.api, cache, _now)
            return str(session.account.audit_key)
        finally:
            await session.close()

    return Synced(cache, run(pull))


async def _now(fn):  # type: ignore[no-untyped-def]
    return fn()


@pytest.fixture
def support(live_server: LiveServer, tmp_path: Path) -> Iterator[Synced]:
    _sign(live_server)
    synced = _synced(live_server, SUPPORT, tmp_path / "support.sqlite")
    yield synced
    synced.cache.close()


def _faults(result: audit_proof.Verification) -> list[tuple[str | None, int | None]]:
    return [(c.fault, c.fault_seq) for c in result.chains if c.fault]


def test_an_intact_log_verifies_up_to_its_checkpoints(support: Synced) -> None:
    result = audit_proof.verify(support.cache, support.key)
    assert result.ok, _faults(result)
    assert result.events > 500 and len(result.chains) > 3
    assert all(c.verified > 0 and c.signed_at for c in result.chains)
    assert result.verified == sum(c.verified for c in result.chains)
    # kept in the cache for the views
    with support.cache.reading() as conn:
        assert audit_proof.last_verification(conn) == result


def test_a_tenant_verifies_its_part_of_the_hubs_chain(
    live_server: LiveServer, tmp_path: Path
) -> None:
    _sign(live_server)
    sofie = _synced(live_server, SOFIE, tmp_path / "sofie.sqlite")
    try:
        result = audit_proof.verify(sofie.cache, sofie.key)
        with sofie.cache.reading() as conn:
            links = conn.exec_driver_sql("SELECT count(*) FROM audit_links").scalar_one()
            events = conn.exec_driver_sql("SELECT count(*) FROM audit_events").scalar_one()
    finally:
        sofie.cache.close()
    assert result.ok, _faults(result)
    assert links > events > 0  # the hub's other events are links: hashes only
    (chain,) = result.chains
    assert chain.verified == chain.positions - chain.newer == events + links - chain.newer


def test_the_material_is_scoped(live_server: LiveServer) -> None:
    _sign(live_server)
    api = live_server.api

    def token(email: str) -> str:
        answer = httpx.post(
            f"{api}/auth/login", json={"email": email, "password": "hubdesk-demo"}
        ).json()
        return str(answer["access_token"])

    mette = {"Authorization": f"Bearer {token(METTE)}"}
    support = {"Authorization": f"Bearer {token(SUPPORT)}"}
    everything = httpx.get(f"{api}/audit/checkpoints", headers=support).json()["checkpoints"]
    hers = httpx.get(f"{api}/audit/checkpoints", headers=mette).json()["checkpoints"]
    assert len(hers) == 1 and len(everything) > 1 and hers[0] in everything
    other = next(p for p in everything if p["chain_id"] != hers[0]["chain_id"])
    refused = httpx.get(
        f"{api}/audit/links",
        headers=mette,
        params={"chain": other["chain_id"], "upto": other["chain_seq"]},
    )
    assert refused.status_code == 404
    bad = httpx.get(f"{api}/audit/links", headers=mette, params={"chain": "x", "upto": 0})
    assert bad.status_code == 422


def _tamper(cache: Cache, sql: str, *params: object) -> None:
    with sqlite3.connect(cache.path) as conn:
        conn.execute(sql, params)


def _event_at(cache: Cache, position: str) -> tuple[str, str, int]:
    """(event id, chain id, position) of an event in the middle of the longest chain."""
    with sqlite3.connect(cache.path) as conn:
        chain = conn.execute(
            "SELECT chain_id FROM audit_events GROUP BY chain_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        seq = conn.execute(
            f"SELECT {position} FROM audit_events WHERE chain_id = ?", (chain,)
        ).fetchone()[0]
        event = conn.execute(
            "SELECT id FROM audit_events WHERE chain_id = ? AND chain_seq = ?", (chain, seq)
        ).fetchone()[0]
    return event, chain, seq


@pytest.mark.parametrize(
    ("change", "fault"),
    [
        ("UPDATE audit_events SET actor_name = 'Someone else' WHERE id = ?", "changed"),
        ('UPDATE audit_events SET after = \'{"role": "Owner"}\' WHERE id = ?', "changed"),
        (
            "UPDATE audit_events SET occurred_at = '2020-01-01 00:00:00.000000' WHERE id = ?",
            "changed",
        ),
        ("DELETE FROM audit_events WHERE id = ?", "missing"),
        ("UPDATE audit_events SET chain_seq = chain_seq + 100000 WHERE id = ?", "missing"),
    ],
)
def test_tampering_with_an_event_is_found_where_it_is(
    support: Synced, change: str, fault: str
) -> None:
    event, chain, seq = _event_at(support.cache, "max(chain_seq) / 2")
    _tamper(support.cache, change, event)
    result = audit_proof.verify(support.cache, support.key)
    assert not result.ok
    (found,) = [c for c in result.chains if c.fault]
    assert (found.chain_id, found.fault, found.fault_seq) == (chain, fault, seq)
    if fault == "changed":
        assert found.fault_event == event


def test_an_inserted_and_a_reordered_event_are_found(support: Synced) -> None:
    event, chain, seq = _event_at(support.cache, "max(chain_seq) / 3")
    other, _chain, other_seq = _event_at(support.cache, "max(chain_seq) / 3 + 1")
    # reordered: two neighbours swap places
    _tamper(support.cache, "UPDATE audit_events SET chain_seq = -1 WHERE id = ?", event)
    _tamper(support.cache, "UPDATE audit_events SET chain_seq = ? WHERE id = ?", seq, other)
    _tamper(support.cache, "UPDATE audit_events SET chain_seq = ? WHERE id = ?", other_seq, event)
    found = [
        (c.chain_id, c.fault_seq)
        for c in audit_proof.verify(support.cache, support.key).chains
        if c.fault
    ]
    assert found == [(chain, seq)]
    # put back: intact again
    _tamper(support.cache, "UPDATE audit_events SET chain_seq = -1 WHERE id = ?", other)
    _tamper(support.cache, "UPDATE audit_events SET chain_seq = ? WHERE id = ?", seq, event)
    _tamper(support.cache, "UPDATE audit_events SET chain_seq = ? WHERE id = ?", other_seq, other)
    assert audit_proof.verify(support.cache, support.key).ok
    # inserted: a made-up event after the last one, its own hash made to fit
    last, _c, last_seq = _event_at(support.cache, "max(chain_seq)")
    with sqlite3.connect(support.cache.path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(audit_events)")]
        names = ", ".join(columns)
        values = ", ".join(
            {"id": "'forged'", "chain_seq": "chain_seq + 1", "actor_name": "'Nobody'"}.get(c, c)
            for c in columns
        )
        conn.execute(
            f"INSERT INTO audit_events ({names}) SELECT {values} FROM audit_events WHERE id = ?",
            (last,),
        )
    result = audit_proof.verify(support.cache, support.key)
    assert [(c.chain_id, c.fault, c.fault_seq) for c in result.chains if c.fault] == [
        (chain, "changed", last_seq + 1)
    ]


def test_a_truncated_log_a_forged_signature_and_another_key_are_found(support: Synced) -> None:
    _event, chain, _seq = _event_at(support.cache, "max(chain_seq)")
    with sqlite3.connect(support.cache.path) as conn:
        signed = conn.execute(
            "SELECT chain_seq FROM audit_signed WHERE chain_id = ?", (chain,)
        ).fetchone()[0]
    # the end of the chain cut off, up to before its checkpoint
    _tamper(
        support.cache,
        "DELETE FROM audit_events WHERE chain_id = ? AND chain_seq >= ?",
        chain,
        signed - 2,
    )
    result = audit_proof.verify(support.cache, support.key)
    assert _faults(result) == [("missing", signed - 2)]
    # a checkpoint signed by someone else
    _tamper(support.cache, "UPDATE audit_signed SET signature = ? ", "A" * 86 + "==")
    result = audit_proof.verify(support.cache, support.key)
    assert {f for f, _s in _faults(result)} == {"bad_signature", "missing"}
    # another key than the one pinned
    other = "B" * 43 + "="
    assert {f for f, _s in _faults(audit_proof.verify(support.cache, other))} >= {"other_key"}
    # no key pinned: the hashes are checked, the signatures cannot be
    assert audit_proof.verify(support.cache, None).problem == "no_key"


def test_worker_processes_find_what_one_process_finds(
    support: Synced, monkeypatch: pytest.MonkeyPatch
) -> None:
    event, _chain, seq = _event_at(support.cache, "max(chain_seq) / 2")
    _tamper(support.cache, "UPDATE audit_events SET device = 'x' WHERE id = ?", event)
    alone = audit_proof.verify(support.cache, support.key, workers=1)
    monkeypatch.setattr(audit_proof, "IN_PROCESS", 10)
    pooled = audit_proof.verify(support.cache, support.key, workers=2)
    assert pooled == alone and _faults(pooled) == [("changed", seq)]


def test_the_sync_verifies_what_each_pull_brings(live_server: LiveServer, tmp_path: Path) -> None:
    _sign(live_server)
    cache = Cache(tmp_path / "engine.sqlite")

    async def scenario() -> tuple[audit_proof.Verification, audit_proof.Verification]:
        session = await sign_in(
            live_server.url, SUPPORT, "hubdesk-demo", None, book=AccountBook(),
            tokens=MemoryTokenStore(),
        )  # fmt: skip
        try:
            engine = SyncEngine(session.api, cache, _Quiet(), audit_key=session.account.audit_key)
            await engine.cycle()
            first = _last(cache)
            await session.api.me()  # …time passes: more events, a newer checkpoint
            _sign(live_server)
            await sign_in(
                live_server.url,
                SUPPORT,
                "hubdesk-demo",
                None,
                book=AccountBook(),
                tokens=MemoryTokenStore(),
            )  # fmt: skip  (a sign-in: a new audit event)
            _sign(live_server)
            await engine.cycle()
            return first, _last(cache)
        finally:
            await session.close()

    try:
        first, second = run(scenario)
    finally:
        cache.close()
    assert first.ok and second.ok, (_faults(first), _faults(second))
    assert second.verified > first.verified and second.events > first.events


def _last(cache: Cache) -> audit_proof.Verification:
    with cache.reading() as conn:
        found = audit_proof.last_verification(conn)
    assert found is not None
    return found


class _Quiet:
    def online(self, online: bool, error: BaseException | None) -> None: ...
    def pull_started(self) -> None: ...
    def progress(self, progress: object) -> None: ...
    def pulled(self, result: object) -> None: ...
    def settled(self, settled: object) -> None: ...
    def failed(self, error: BaseException) -> None: ...
