"""Building push results (shared by every kind of mutation)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from hubdesk.wire.entities import WIRE_MODELS
from hubdesk.wire.mutations import Mutation, MutationResult


def upsert(entity_type: str, row: Any) -> dict[str, Any]:
    data = WIRE_MODELS[entity_type].model_validate(row)
    return {"op": "upsert", "type": entity_type, "data": data}


def rejected(mutation: Mutation, code: str, message: str, current: Any = None) -> MutationResult:
    return MutationResult(
        key=mutation.key,
        status="rejected",
        code=code,
        message=message,
        current=None if current is None else upsert(mutation.entity_type, current),
    )


def apply_changes(entity: Any, changes: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Set each field of ``changes`` that differs on ``entity``; (before, after) of those
    (an enum's old value as its plain text, as the audit keeps it)."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for name, value in changes.items():
        old = getattr(entity, name)
        if old != value:
            before[name] = str(old) if isinstance(old, Enum) else old
            after[name] = value
            setattr(entity, name, value)
    return before, after
