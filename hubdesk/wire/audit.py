"""Wire models of the audit log's verification material."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


class AuditKey(BaseModel):
    """The server's audit signing key: raw Ed25519 public key (base64) and its id."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    public_key: Annotated[str, StringConstraints(min_length=40, max_length=60)]
    key_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]


Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
LINKS_PAGE = 5000  # links in one answer at most


class AuditCheckpointOut(BaseModel):
    """The server's signed statement "chain C had reached position N with hash H at T"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    chain_id: Id
    chain_seq: Annotated[int, Field(ge=1)]
    hash: Hash
    signed_at: Annotated[str, StringConstraints(min_length=10, max_length=40)]
    key_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
    signature: Annotated[str, StringConstraints(min_length=40, max_length=120)]


class AuditCheckpoints(BaseModel):
    """The newest checkpoint of every chain the caller's audit scope reaches."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    checkpoints: Annotated[list[AuditCheckpointOut], Field(max_length=100_000)]


class AuditLinkOut(BaseModel):
    """A position of a chain the caller may not see: only its hashes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    chain_seq: Annotated[int, Field(ge=1)]
    prev_hash: Hash
    hash: Hash


class AuditLinks(BaseModel):
    """Links of one chain after a position, up to a limit (``more``: ask again after
    the last one)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    chain_id: Id
    links: Annotated[list[AuditLinkOut], Field(max_length=LINKS_PAGE)]
    more: bool
