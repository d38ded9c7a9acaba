"""Opaque keyset-pagination cursors: the sort key of the last row, base64url JSON."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any

from hubdesk.server.errors import ApiError


def encode(values: Sequence[Any]) -> str:
    raw = json.dumps(list(values), separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise ApiError(422, "invalid_cursor", "The page cursor is not valid.") from exc
    if (
        not isinstance(values, list)
        or len(values) != arity
        or not all(isinstance(v, str) and len(v) <= 400 for v in values)
    ):
        raise ApiError(422, "invalid_cursor", "The page cursor is not valid.")
    return values
