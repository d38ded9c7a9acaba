"""Verifying an audit export offline: an intact export passes; an edit, a removal, an
insertion, a reordering, a truncation, a forged signature or another key is found every
time, at the right line and event (Qt-free, database-free)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.domain import audit_verify as av
from hubdesk.domain.audit_chain import GENESIS, event_hash

KEY = Ed25519PrivateKey.generate()
T0 = datetime(2026, 11, 1, 9, tzinfo=UTC)


def export(
    events_per_chain: dict[str, int], hidden: frozenset[tuple[str, int]] = frozenset()
) -> list[dict[str, Any]]:
    """A signed export: chains of events (some only as links), then checkpoints."""
    body: list[dict[str, Any]] = []
    heads: dict[str, tuple[int, str]] = {}
    points: list[dict[str, Any]] = []
    for chain, count in sorted(events_per_chain.items()):
        prev = GENESIS
        for seq in range(1, count + 1):
            event = {
                "type": "event",
                "id": f"{chain}-{seq}",
                "org_id": chain,
                "chain_id": chain,
                "chain_seq": seq,
                "occurred_at": (T0 + timedelta(minutes=seq)).isoformat(timespec="microseconds"),
                "actor_id": None,
                "actor_name": "Mette Kjær",
                "impersonator_id": None,
                "impersonator_name": None,
                "action": "organisation.update",
                "target_type": "organisation",
                "target_id": chain,
                "target_name": "Nordlys",
                "before": {"city": "Aarhus"},
                "after": {"city": "København"},
                "ip": "10.0.0.1",
                "device": "hubdesk",
            }
            own = event_hash(prev, event)
            entry = {**event, "prev_hash": prev, "hash": own}
            if (chain, seq) in hidden:
                entry = {"type": "link", "chain_id": chain, "chain_seq": seq,
                         "prev_hash": prev, "hash": own}  # fmt: skip
            body.append(entry)
            if seq % 3 == 0:
                at = (T0 + timedelta(minutes=seq, seconds=30)).isoformat()
                message = av.checkpoint_message(chain, seq, own, at)
                points.append({"type": "checkpoint", "chain_id": chain, "chain_seq": seq,
                               "hash": own, "signed_at": at,
                               "signature": av.sign(KEY, message)})  # fmt: skip
            prev = own
        heads[chain] = (count, prev)
    at = T0.isoformat()
    header = {
        "type": "header",
        "format": av.FORMAT,
        "version": 1,
        "exported_at": at,
        "public_key": av.public_key_text(KEY.public_key()),
        "heads": {c: [s, h] for c, (s, h) in heads.items()},
        "signature": av.sign(KEY, av.manifest_message(heads, at)),
    }
    return [header, *body, *points]


def check(lines: list[dict[str, Any]], pinned: str | None = None) -> av.Verified:
    return av.verify(((n, e) for n, e in enumerate(lines, start=1)), pinned_key=pinned)


CHAINS = {"a": 7, "b": 4}


def test_an_intact_export_with_links_passes() -> None:
    result = check(export(CHAINS, hidden=frozenset({("a", 2), ("a", 5)})))
    assert result.ok, result.fault
    assert (result.events, result.links, result.checkpoints) == (9, 2, 3)
    assert result.heads["a"][0] == 7 and result.last_checkpoint["a"][0] == 6


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 11), st.sampled_from(["actor_name", "before", "occurred_at", "ip", "action"]))
def test_an_edit_anywhere_is_found_at_its_line(position: int, field: str) -> None:
    lines = export(CHAINS)
    changed = copy.deepcopy(lines)
    entry = changed[position]
    entry[field] = {"city": "Odense"} if field == "before" else "someone else"
    result = check(changed)
    assert result.fault is not None
    assert result.fault.line == position + 1 and result.fault.event_id == entry["id"]
    assert "changed" in result.fault.reason


@pytest.mark.parametrize(
    "tamper, line",
    [
        (lambda ls: ls.pop(3), 4),  # an event removed: the next one no longer follows
        (lambda ls: ls.insert(3, copy.deepcopy(ls[2])), 4),  # one recorded twice
        (lambda ls: ls.insert(2, ls.pop(3)), 3),  # two swapped
    ],
)
def test_removals_insertions_and_reorders(tamper: Any, line: int) -> None:
    lines = export(CHAINS)
    tamper(lines)
    result = check(lines)
    assert result.fault is not None and result.fault.line == line, result.fault


def test_a_truncated_export_is_found() -> None:
    lines = [
        e for e in export(CHAINS) if not (e.get("chain_id") == "b" and e.get("chain_seq", 0) > 2)
    ]
    result = check(lines)
    assert result.fault is not None and "ends at 2, the signed head is 4" in result.fault.reason


def test_forged_signatures_and_another_key_are_found() -> None:
    lines = export(CHAINS)
    header = lines[0]
    wrong = copy.deepcopy(lines)
    wrong[0]["heads"]["b"] = [3, wrong[0]["heads"]["b"][1]]
    assert not check(wrong).ok  # heads changed under the signature
    point = next(i for i, e in enumerate(lines) if e["type"] == "checkpoint")
    forged = copy.deepcopy(lines)
    forged[point]["signature"] = av.sign(Ed25519PrivateKey.generate(), b"something else")
    result = check(forged)
    assert result.fault is not None and result.fault.line == point + 1
    other = Ed25519PrivateKey.generate()
    trusted = av.public_key_text(other.public_key())
    result = check(lines, pinned=trusted)
    assert result.fault is not None and "another key" in result.fault.reason
    assert check(lines, pinned=header["public_key"]).ok
    resigned = copy.deepcopy(lines)  # a forger with their own key and a made-up chain
    resigned[0]["public_key"] = trusted
    assert not check(resigned).ok
