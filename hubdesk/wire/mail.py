"""The demo's local mailbox (``GET /demo/mailbox``): mail the server "sent"."""

from __future__ import annotations

from typing import Annotated

from annotated_types import MaxLen
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from hubdesk.wire.entities import Id


class MailOut(BaseModel):
    model_config = ConfigDict(extra="forbid", from_attributes=True, frozen=True)

    id: Id
    org_id: Id | None
    to_address: Annotated[str, MaxLen(254)]
    subject: Annotated[str, MaxLen(300)]
    body: Annotated[str, MaxLen(100_000)]
    kind: Annotated[str, MaxLen(40)]
    status: Annotated[str, MaxLen(12)]
    created_at: AwareDatetime
    sent_at: AwareDatetime | None


class Mailbox(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    mail: Annotated[list[MailOut], Field(max_length=500)]
