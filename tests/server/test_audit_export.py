"""The audit export through the real server: signed, scoped (events outside the caller's
audit scope travel only as links), audited itself, and verified offline by
``hubdesk audit verify`` — which finds any change made to the file afterwards."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
from conftest import LiveServer, org_named
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from hubdesk.domain.audit_verify import public_key_text
from hubdesk.models.activity import AuditEvent
from hubdesk.models.orgs import Organisation
from hubdesk.models.server_only import AuditCheckpoint
from hubdesk.server.audit_signing import Signer, checkpoint, key_path

METTE = "mette.kjaer@havnehuset.dk"  # administrator of the hub: its whole audit log
SOFIE = "sofie@nordlys-arkitekter.dk"  # owner of a tenant: only her tenant's events


def token(server: LiveServer, email: str) -> dict[str, str]:
    answer = httpx.post(
        f"{server.api}/auth/login", json={"email": email, "password": "hubdesk-demo"}
    )
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def download(server: LiveServer, email: str, path: Path) -> list[dict[str, object]]:
    answer = httpx.get(f"{server.api}/audit/export", headers=token(server, email), timeout=60)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/x-ndjson")
    path.write_bytes(answer.content)
    return [json.loads(line) for line in answer.text.splitlines()]


def verify(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubdesk.cli", "audit", "verify", str(path), *extra],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


def test_an_export_verifies_offline_and_any_change_is_found(
    live_server: LiveServer, tmp_path: Path
) -> None:
    db = live_server.db
    with db.writing() as s:  # sign the chains' heads now (the background round does it)
        checkpoint(s, Signer.from_file(key_path(db.url, None)))
    path = tmp_path / "hub.jsonl"
    lines = download(live_server, METTE, path)
    header = lines[0]
    key = httpx.get(f"{live_server.api}/audit/key").json()
    assert header["public_key"] == key["public_key"] and header["key_id"] == key["key_id"]
    kinds = [str(line["type"]) for line in lines]
    assert kinds.count("event") > 50 and "checkpoint" in kinds
    done = verify(path, "--key", str(key["public_key"]))
    assert done.returncode == 0, done.stderr
    assert "intact:" in done.stdout and "verified up to event" in done.stdout
    with db.reading() as s:  # exporting is itself an audited event
        exported = s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "audit.export")
        )
    assert exported == 1

    # Someone edits one event in the file: found, with its line and id.
    text = path.read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(text) if '"type":"event"' in line and "Mette" in line)
    event = json.loads(text[n])
    event["actor_name"] = "Somebody Else"
    text[n] = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
    edited = tmp_path / "edited.jsonl"
    edited.write_text("\n".join(text) + "\n", encoding="utf-8")
    bad = verify(edited)
    assert bad.returncode == 1
    assert f"line {n + 1}" in bad.stderr and str(event["id"]) in bad.stderr
    # … or cuts it short, or signs it with another key
    cut = tmp_path / "cut.jsonl"
    cut.write_text("\n".join(text[: n - 2]) + "\n", encoding="utf-8")
    assert verify(cut).returncode == 1
    other = public_key_text(Ed25519PrivateKey.generate().public_key())
    assert verify(path, "--key", other).returncode == 1
    junk = tmp_path / "junk.jsonl"
    junk.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    broken = verify(junk)
    assert broken.returncode == 1 and f"line {len(text) + 1}" in broken.stderr


def test_a_tenant_exports_only_its_own_events(live_server: LiveServer, tmp_path: Path) -> None:
    db = live_server.db
    nordlys = org_named(db, "Nordlys")
    path = tmp_path / "tenant.jsonl"
    lines = download(live_server, SOFIE, path)
    events = [line for line in lines if line["type"] == "event"]
    links = [line for line in lines if line["type"] == "link"]
    with db.reading() as s:
        own = set(
            s.scalars(select(Organisation.id).where(Organisation.path.startswith(nordlys.path)))
        )
        checkpoints = s.scalar(select(func.count()).select_from(AuditCheckpoint))
    assert events and links  # the hub's other events are only links here
    assert {e["org_id"] for e in events} <= own
    assert all(
        set(link) == {"type", "chain_id", "chain_seq", "prev_hash", "hash"} for link in links
    )
    assert checkpoints is not None
    done = verify(path)
    assert done.returncode == 0, done.stderr
