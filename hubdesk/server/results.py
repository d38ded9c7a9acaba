"""Building push results (shared by every kind of mutation)."""

from __future__ import annotations

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
