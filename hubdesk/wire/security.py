"""Wire models of a person's own security: signed-in sessions and 2-step sign-in."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Code = Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]


class SessionOut(BaseModel):
    """One console (or browser) signed in as the caller."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, StringConstraints(min_length=1, max_length=36)]
    created_at: datetime
    ip: Annotated[str | None, StringConstraints(max_length=64)] = None
    device: Annotated[str | None, StringConstraints(max_length=300)] = None
    current: bool = False


class SessionsOut(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sessions: Annotated[list[SessionOut], Field(max_length=1000)]


class Revoked(BaseModel):
    """How many sessions were signed out."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    revoked: Annotated[int, Field(ge=0)]


class TwoStepSetup(BaseModel):
    """A new 2-step secret, to be confirmed with a code from the authenticator app."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    secret: Annotated[str, StringConstraints(pattern=r"^[A-Z2-7]{16,64}$")]
    uri: Annotated[str, StringConstraints(pattern=r"^otpauth://totp/", max_length=500)]


class TwoStepCode(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Code


class TwoStepOff(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    password: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    code: Code
