"""Keyset-paginated lists."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """A page of items; pass ``next`` back as ``after`` for the following page."""

    model_config = ConfigDict(extra="forbid")

    items: list[T]
    next: str | None
