"""Wire models of the audit log's verification material."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints


class AuditKey(BaseModel):
    """The server's audit signing key: raw Ed25519 public key (base64) and its id."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    public_key: Annotated[str, StringConstraints(min_length=40, max_length=60)]
    key_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
