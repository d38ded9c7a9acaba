"""Hash chaining: any change to any event changes its hash and breaks the chain."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hubdesk.domain import audit_chain


def event(n: int) -> dict[str, object]:
    return {
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "org_id": None,
        "chain_id": "00000000-0000-4000-8000-000000000000",
        "chain_seq": n,
        "occurred_at": datetime(2026, 11, 1, 12, n % 60, tzinfo=UTC),
        "actor_name": "Ida Holm <ida@example.dk>",
        "action": "org.update",
        "before": {"name": "Old"},
        "after": {"name": "Ny æøå"},
    }


def test_hash_depends_on_every_field_and_on_the_previous_hash() -> None:
    base = audit_chain.event_hash(audit_chain.GENESIS, event(1))
    assert base == audit_chain.event_hash(audit_chain.GENESIS, event(1))
    changed = event(1) | {"after": {"name": "Ny æøa"}}
    assert audit_chain.event_hash(audit_chain.GENESIS, changed) != base
    assert audit_chain.event_hash("1" * 64, event(1)) != base


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        audit_chain.canonical(event(1) | {"occurred_at": datetime(2026, 1, 1)})
