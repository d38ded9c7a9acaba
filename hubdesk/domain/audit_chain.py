"""Hash chaining of audit events (tamper evidence), shared by server and console.

Each event's hash is SHA-256 over the previous hash and the event's canonical JSON
(sorted keys, no whitespace, UTF-8). Changing, removing, inserting or reordering any
event changes every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

GENESIS = "0" * 64

# The fields that are covered by the hash, in the wire form of AuditEvent.
CHAINED_FIELDS = (
    "id",
    "org_id",
    "chain_id",
    "chain_seq",
    "occurred_at",
    "actor_id",
    "actor_name",
    "impersonator_id",
    "impersonator_name",
    "action",
    "target_type",
    "target_id",
    "target_name",
    "before",
    "after",
    "ip",
    "device",
)


def _default(value: Any) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("audit timestamps must be timezone-aware")
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON-serialisable in an audit event: {type(value).__name__}")


def canonical(event: Mapping[str, Any]) -> bytes:
    body = {k: event.get(k) for k in CHAINED_FIELDS}
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
    ).encode()


def event_hash(prev_hash: str, event: Mapping[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(event)).hexdigest()
