"""Verifying an audit log anywhere: no server, no network, no display.

An audit log is one or more hash chains (one per top-level organisation). Each entry
is an event (every chained field: its hash is recomputed) or, where the reader may not
see the event, a *link* (only its position and hashes: the chain stays whole without
showing what happened there). The server signs, with its Ed25519 key:

* **checkpoints**: "chain C had reached position N with hash H at time T";
* the **manifest** of an export: the head (last position and hash) of every chain in it.

:func:`verify` checks, entry by entry: every event's hash (edits are found), positions
one after another from 1 (removals, insertions and reorders are found), each entry's
``prev_hash`` equal to the hash before it, every checkpoint's signature and its hash at
its position, and that every chain ends exactly at the signed head (truncation is found).
It stops at the first fault and names it: line number and event id.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hubdesk.domain.audit_chain import GENESIS, event_hash

FORMAT = "hubdesk-audit-export"
VERSION = 1


# -- keys and signatures ---------------------------------------------------------------------


def public_key_text(key: Ed25519PublicKey) -> str:
    """The raw 32-byte public key, base64 (what the server publishes and consoles pin)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_of(text: str) -> Ed25519PublicKey:
    """The key from :func:`public_key_text` (``ValueError`` when it is not one)."""
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError) as exc:
        raise ValueError("not an Ed25519 public key") from exc


def key_id(text: str) -> str:
    """A short fingerprint of a public key (shown to people comparing keys)."""
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:16]


def checkpoint_message(chain_id: str, chain_seq: int, chain_hash: str, signed_at: str) -> bytes:
    return f"hubdesk-audit-checkpoint\n{chain_id}\n{chain_seq}\n{chain_hash}\n{signed_at}".encode()


def manifest_message(heads: Mapping[str, tuple[int, str]], exported_at: str) -> bytes:
    lines = [f"{c}\n{s}\n{h}" for c, (s, h) in sorted(heads.items())]
    return ("hubdesk-audit-manifest\n" + exported_at + "\n" + "\n".join(lines)).encode()


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    return base64.b64encode(key.sign(message)).decode("ascii")


def signature_valid(key: Ed25519PublicKey, signature: str, message: bytes) -> bool:
    try:
        key.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# -- verifying ---------------------------------------------------------------------------------


@dataclass
class Fault:
    """The first thing wrong: where (line, event id) and what."""

    line: int
    event_id: str | None
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", event {self.event_id}" if self.event_id else "")
        return f"{where}: {self.reason}"


@dataclass
class Verified:
    """What verification established (``fault`` is None when everything holds)."""

    fault: Fault | None = None
    events: int = 0
    links: int = 0
    checkpoints: int = 0
    heads: dict[str, tuple[int, str]] = field(default_factory=dict)  # chain → (seq, hash)
    last_checkpoint: dict[str, tuple[int, str]] = field(default_factory=dict)  # → (seq, at)

    @property
    def ok(self) -> bool:
        return self.fault is None


class _Stop(Exception):
    def __init__(self, fault: Fault) -> None:
        self.fault = fault


def verify(
    lines: Iterable[tuple[int, Mapping[str, Any]]], pinned_key: str | None = None
) -> Verified:
    """Verify an export given as (line number, parsed object) pairs, header first.

    ``pinned_key``: the public key the reader trusts (pinned at first sign-in); without
    it the header's key is used, and a forged export signed with another key would pass
    only the reader who does not compare key ids.
    """
    result = Verified()
    try:
        _verify(lines, pinned_key, result)
    except _Stop as stop:
        result.fault = stop.fault
    return result


def _verify(
    lines: Iterable[tuple[int, Mapping[str, Any]]], pinned_key: str | None, result: Verified
) -> None:
    entries = iter(lines)
    first = next(entries, None)
    if first is None:
        raise _Stop(Fault(1, None, "the file is empty"))
    number, header = first
    if header.get("type") != "header" or header.get("format") != FORMAT:
        raise _Stop(Fault(number, None, "not a hubdesk audit export (no header)"))
    key_text = str(header.get("public_key", ""))
    if pinned_key is not None and key_text != pinned_key:
        raise _Stop(Fault(number, None, "signed with another key than the one trusted"))
    try:
        key = public_key_of(key_text)
    except ValueError as exc:
        raise _Stop(Fault(number, None, str(exc))) from None
    manifest = header.get("heads")
    if not isinstance(manifest, dict):
        raise _Stop(Fault(number, None, "the header names no chain heads"))
    try:
        heads = {str(c): (int(v[0]), str(v[1])) for c, v in manifest.items()}
    except (TypeError, ValueError, IndexError):
        raise _Stop(Fault(number, None, "the chain heads are malformed")) from None
    exported_at = str(header.get("exported_at", ""))
    if not signature_valid(
        key, str(header.get("signature", "")), manifest_message(heads, exported_at)
    ):
        raise _Stop(Fault(number, None, "the export's signature does not match its heads"))
    hashes: dict[tuple[str, int], str] = {}
    pending: list[tuple[int, Mapping[str, Any]]] = []
    for number, entry in entries:
        kind = entry.get("type")
        if kind in ("event", "link"):
            _entry(number, entry, kind == "event", result, hashes)
        elif kind == "checkpoint":
            pending.append((number, entry))
        else:
            raise _Stop(Fault(number, _id(entry), f"unknown entry type {kind!r}"))
    for number, entry in pending:
        _checkpoint(number, entry, key, hashes, result)
    for chain, (seq, chain_hash) in heads.items():
        got = result.heads.get(chain)
        if got is None or got[0] < seq:
            last = got[0] if got else 0
            raise _Stop(
                Fault(number + 1, None, f"chain {chain} ends at {last}, the signed head is {seq}")
            )
        if got != (seq, chain_hash):
            raise _Stop(Fault(number, None, f"chain {chain} goes past its signed head {seq}"))
    extra = set(result.heads) - set(heads)
    if extra:
        raise _Stop(Fault(number, None, f"chains not in the signed heads: {sorted(extra)}"))


def _id(entry: Mapping[str, Any]) -> str | None:
    value = entry.get("id")
    return str(value) if value is not None else None


def _entry(
    number: int,
    entry: Mapping[str, Any],
    is_event: bool,
    result: Verified,
    hashes: dict[tuple[str, int], str],
) -> None:
    try:
        chain = str(entry["chain_id"])
        seq = int(entry["chain_seq"])
        prev = str(entry["prev_hash"])
        own = str(entry["hash"])
    except (KeyError, TypeError, ValueError):
        raise _Stop(Fault(number, _id(entry), "an entry without its chain position")) from None
    last_seq, last_hash = result.heads.get(chain, (0, GENESIS))
    if seq != last_seq + 1:
        reason = f"position {seq} follows {last_seq} in chain {chain}: " + (
            "an entry is missing" if seq > last_seq + 1 else "entries are repeated or reordered"
        )
        raise _Stop(Fault(number, _id(entry), reason))
    if prev != last_hash:
        raise _Stop(Fault(number, _id(entry), "it does not follow the entry before it"))
    if is_event:
        if event_hash(prev, entry) != own:
            raise _Stop(Fault(number, _id(entry), "the event was changed after it was recorded"))
        result.events += 1
    else:
        result.links += 1
    result.heads[chain] = (seq, own)
    hashes[chain, seq] = own


def _checkpoint(
    number: int,
    entry: Mapping[str, Any],
    key: Ed25519PublicKey,
    hashes: dict[tuple[str, int], str],
    result: Verified,
) -> None:
    try:
        chain, seq = str(entry["chain_id"]), int(entry["chain_seq"])
        chain_hash, at, signature = str(entry["hash"]), str(entry["signed_at"]), entry["signature"]
    except (KeyError, TypeError, ValueError):
        raise _Stop(Fault(number, None, "a malformed checkpoint")) from None
    if not signature_valid(key, str(signature), checkpoint_message(chain, seq, chain_hash, at)):
        raise _Stop(Fault(number, None, f"checkpoint {chain}/{seq}: the signature is wrong"))
    if hashes.get((chain, seq)) != chain_hash:
        raise _Stop(
            Fault(number, None, f"checkpoint {chain}/{seq}: the chain there has another hash")
        )
    result.checkpoints += 1
    before = result.last_checkpoint.get(chain)
    if before is None or before[0] < seq:
        result.last_checkpoint[chain] = (seq, at)
