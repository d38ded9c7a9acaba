"""Exporting the audit log from the console: the server's verifiable export (JSON Lines,
with links, checkpoints and a signed header) saved as it came, checked against the key
pinned at the first sign-in, and a CSV of its events beside it for people to read.

Also what ``hubdesk audit verify`` reads files with.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hubdesk.domain.audit_verify import Fault, Verified, verify
from hubdesk.services.api import ApiClient

CSV_COLUMNS = (
    ("occurred_at", "time"),
    ("org_id", "organisation id"),
    ("actor_name", "actor"),
    ("impersonator_name", "acting as them"),
    ("action", "action"),
    ("target_type", "target type"),
    ("target_id", "target id"),
    ("target_name", "target"),
    ("before", "before"),
    ("after", "after"),
    ("ip", "IP address"),
    ("device", "device"),
    ("chain_id", "chain"),
    ("chain_seq", "position"),
    ("hash", "hash"),
)


class Unreadable(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(f"line {line}: not a JSON object")
        self.line = line


def entries(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The export's lines as (line number, object); ``Unreadable`` at a line that is not."""
    with path.open("r", encoding="utf-8", errors="strict") as lines:
        for number, text in enumerate(lines, start=1):
            if not text.strip():
                continue
            try:
                value = json.loads(text)
            except ValueError:
                raise Unreadable(number) from None
            if not isinstance(value, dict):
                raise Unreadable(number)
            yield number, value


def verify_file(path: Path, pinned_key: str | None) -> Verified:
    """Verify an export file (a line that is not JSON is a fault at that line)."""
    try:
        return verify(entries(path), pinned_key=pinned_key)
    except Unreadable as exc:
        return Verified(fault=Fault(exc.line, None, "not readable as JSON"))


def write_csv(jsonl: Path, target: Path) -> int:
    """The export's events as CSV (UTF-8 with BOM, for spreadsheets); how many."""
    count = 0
    with target.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([title for _name, title in CSV_COLUMNS])
        for _number, entry in entries(jsonl):
            if entry.get("type") != "event":
                continue
            writer.writerow([_cell(entry.get(name)) for name, _title in CSV_COLUMNS])
            count += 1
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


@dataclass(frozen=True)
class Exported:
    jsonl: Path
    csv: Path
    events: int
    verified: Verified


async def export(api: ApiClient, jsonl: Path, pinned_key: str | None) -> Exported:
    """Download the caller's audit export to ``jsonl``, verify it against the pinned key,
    and write the CSV beside it (same name, ``.csv``)."""
    await api.download_audit(jsonl)
    verified = verify_file(jsonl, pinned_key)
    target = jsonl.with_suffix(".csv")
    events = write_csv(jsonl, target) if verified.ok else 0
    return Exported(jsonl, target, events, verified)
