"""The server's audit signing key, its signed checkpoints, and the verifiable export.

The Ed25519 key lives in a file outside the database (``HUBDESK_AUDIT_KEY_FILE``; by
default next to an SQLite database, else in the server's data directory), created on
first start, readable by the server's user only: someone who can write the database
cannot sign a forged log. Its public half is published (``GET /audit/key``) and pinned by
consoles at first sign-in.

Checkpoints: the background round signs every chain's head when it has moved on.

The export (``GET /audit/export``): JSON Lines, a signed header naming every chain's head,
then each chain in order — events the caller may see in full, the others as links
(position and hashes only) — then the checkpoints. Anyone can verify it with
``hubdesk audit verify FILE`` (:mod:`hubdesk.domain.audit_verify`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain import audit_verify
from hubdesk.domain.audit_chain import CHAINED_FIELDS
from hubdesk.domain.permissions import Permission, Scope, path_ids
from hubdesk.models.activity import AuditEvent
from hubdesk.models.base import utcnow
from hubdesk.models.orgs import Organisation
from hubdesk.models.server_only import AuditCheckpoint
from hubdesk.server.db import Database
from hubdesk.server.scope import within


@dataclass(frozen=True)
class Signer:
    key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        return audit_verify.public_key_text(self.key.public_key())

    @property
    def key_id(self) -> str:
        return audit_verify.key_id(self.public_key)

    def sign(self, message: bytes) -> str:
        return audit_verify.sign(self.key, message)

    @classmethod
    def from_file(cls, path: Path) -> Signer:
        """The key in ``path`` (PEM, PKCS#8), made there first if there is none."""
        if path.exists():
            loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
            if not isinstance(loaded, Ed25519PrivateKey):
                raise ValueError(f"{path} does not hold an Ed25519 key")
            return cls(loaded)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another worker process made it first
            return cls.from_file(path)
        with os.fdopen(descriptor, "wb") as out:
            out.write(pem)
        return cls(key)


def key_path(database_url: str, configured: str | None) -> Path:
    """Where the signing key lives: as configured, next to an SQLite file, or in the
    server's data directory."""
    if configured:
        return Path(configured)
    if database_url.startswith("sqlite:///") and ":memory:" not in database_url:
        return Path(database_url.removeprefix("sqlite:///") + ".audit-key")
    return platformdirs.user_data_path("hubdesk-server") / "audit-signing.key"


# -- checkpoints --------------------------------------------------------------------------------


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def checkpoint(session: Session, signer: Signer, now: datetime | None = None) -> int:
    """Sign the head of every chain that has moved on since its last checkpoint."""
    heads = session.execute(
        select(AuditEvent.chain_id, func.max(AuditEvent.chain_seq)).group_by(AuditEvent.chain_id)
    ).all()
    signed = dict(
        session.execute(
            select(AuditCheckpoint.chain_id, func.max(AuditCheckpoint.chain_seq)).group_by(
                AuditCheckpoint.chain_id
            )
        ).all()
    )
    at = _stamp(now or utcnow())
    made = 0
    for chain_id, seq in heads:
        if signed.get(chain_id, 0) >= seq:
            continue
        chain_hash = session.scalar(
            select(AuditEvent.hash).where(
                AuditEvent.chain_id == chain_id, AuditEvent.chain_seq == seq
            )
        )
        assert chain_hash is not None
        message = audit_verify.checkpoint_message(chain_id, seq, chain_hash, at)
        session.add(
            AuditCheckpoint(
                chain_id=chain_id,
                chain_seq=seq,
                hash=chain_hash,
                signed_at=at,
                key_id=signer.key_id,
                signature=signer.sign(message),
            )
        )
        made += 1
    return made


class CheckpointRound:
    """A chore of the server's background round: sign the chains' heads this often."""

    def __init__(self, db: Database, signer: Signer, every: timedelta) -> None:
        self.db, self.signer, self.every = db, signer, every
        self.last: datetime | None = None

    def __call__(self) -> int:
        now = utcnow()
        if self.last is not None and now - self.last < self.every:
            return 0
        self.last = now
        with self.db.writing() as session:
            return checkpoint(session, self.signer, now)


# -- export ---------------------------------------------------------------------------------------


EXPORTED = (*CHAINED_FIELDS, "prev_hash", "hash")


def event_line(event: dict[str, Any]) -> dict[str, Any]:
    """An event (its :data:`EXPORTED` columns) as the export writes it: every chained
    field in the form that was hashed."""
    line: dict[str, Any] = {"type": "event"}
    for name in EXPORTED:
        value = event[name]
        line[name] = _stamp(value) if isinstance(value, datetime) else value
    return line


def chains_of(scope: Scope) -> list[str] | None:
    """The chains an audit viewer's export covers (None: every chain, for a viewer at
    the platform)."""
    roots = scope.roots(Permission.VIEW_AUDIT)
    chains: set[str] = set()
    for root in roots:
        parts = path_ids(root)
        if len(parts) == 1:
            return None
        chains.add(parts[1])
    return sorted(chains)


def export_lines(session: Session, scope: Scope, signer: Signer) -> Iterator[str]:
    """The export for ``scope`` (JSON Lines, one string per line, with its newline)."""
    chosen = chains_of(scope)
    heads_query = select(AuditEvent.chain_id, func.max(AuditEvent.chain_seq)).group_by(
        AuditEvent.chain_id
    )
    if chosen is not None:
        heads_query = heads_query.where(AuditEvent.chain_id.in_(chosen))
    heads: dict[str, tuple[int, str]] = {}
    for chain_id, seq in session.execute(heads_query).all():
        chain_hash = session.scalar(
            select(AuditEvent.hash).where(
                AuditEvent.chain_id == chain_id, AuditEvent.chain_seq == seq
            )
        )
        heads[chain_id] = (int(seq), str(chain_hash))
    exported_at = _stamp(utcnow())
    header = {
        "type": "header",
        "format": audit_verify.FORMAT,
        "version": audit_verify.VERSION,
        "exported_at": exported_at,
        "public_key": signer.public_key,
        "key_id": signer.key_id,
        "heads": {c: [s, h] for c, (s, h) in heads.items()},
        "signature": signer.sign(audit_verify.manifest_message(heads, exported_at)),
    }
    yield _json(header)
    roots = scope.roots(Permission.VIEW_AUDIT)
    # the organisations whose events the caller may read in full, looked up once
    visible = set(session.scalars(select(Organisation.id).where(within(Organisation.path, roots))))
    columns = [getattr(AuditEvent, name) for name in EXPORTED]
    for chain_id in sorted(heads):
        limit = heads[chain_id][0]
        rows = session.execute(
            select(*columns)
            .where(AuditEvent.chain_id == chain_id, AuditEvent.chain_seq <= limit)
            .order_by(AuditEvent.chain_seq)
            .execution_options(yield_per=5000)
        )
        for row in rows:
            event = dict(zip(EXPORTED, row, strict=True))
            if event["org_id"] in visible:
                yield _json(event_line(event))
            else:
                yield _json(
                    {
                        "type": "link",
                        "chain_id": event["chain_id"],
                        "chain_seq": event["chain_seq"],
                        "prev_hash": event["prev_hash"],
                        "hash": event["hash"],
                    }
                )
    checkpoints = session.scalars(
        select(AuditCheckpoint)
        .where(AuditCheckpoint.chain_id.in_(list(heads)))
        .order_by(AuditCheckpoint.chain_id, AuditCheckpoint.chain_seq)
    )
    for point in checkpoints:
        if point.chain_seq <= heads[point.chain_id][0]:
            yield _json(
                {
                    "type": "checkpoint",
                    "chain_id": point.chain_id,
                    "chain_seq": point.chain_seq,
                    "hash": point.hash,
                    "signed_at": point.signed_at,
                    "key_id": point.key_id,
                    "signature": point.signature,
                }
            )


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str) + "\n"


# -- verification material for consoles -----------------------------------------------------------


def latest_checkpoints(session: Session, scope: Scope) -> list[AuditCheckpoint]:
    """The newest checkpoint of every chain the caller's audit scope reaches."""
    chosen = chains_of(scope)
    newest = select(AuditCheckpoint.chain_id, func.max(AuditCheckpoint.chain_seq).label("seq"))
    if chosen is not None:
        newest = newest.where(AuditCheckpoint.chain_id.in_(chosen))
    heads = newest.group_by(AuditCheckpoint.chain_id).subquery()
    return list(
        session.scalars(
            select(AuditCheckpoint)
            .join(
                heads,
                (AuditCheckpoint.chain_id == heads.c.chain_id)
                & (AuditCheckpoint.chain_seq == heads.c.seq),
            )
            .order_by(AuditCheckpoint.chain_id)
        )
    )


def links_of(
    session: Session, scope: Scope, chain_id: str, after: int, upto: int, limit: int
) -> list[tuple[int, str, str]] | None:
    """The positions of ``chain_id`` in (``after``, ``upto``] the caller may not see, as
    (position, previous hash, hash); None when the chain is outside the caller's scope."""
    chosen = chains_of(scope)
    if chosen is not None and chain_id not in chosen:
        return None
    if chosen is None:
        return []  # a viewer at the platform sees every event: no links
    roots = scope.roots(Permission.VIEW_AUDIT)
    visible = select(Organisation.id).where(within(Organisation.path, roots))
    rows = session.execute(
        select(AuditEvent.chain_seq, AuditEvent.prev_hash, AuditEvent.hash)
        .where(
            AuditEvent.chain_id == chain_id,
            AuditEvent.chain_seq > after,
            AuditEvent.chain_seq <= upto,
            AuditEvent.org_id.is_(None) | AuditEvent.org_id.not_in(visible),
        )
        .order_by(AuditEvent.chain_seq)
        .limit(limit)
    )
    return [(int(seq), str(prev), str(own)) for seq, prev, own in rows]
