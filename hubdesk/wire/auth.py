"""Sign-in, tokens and "who am I"."""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from hubdesk.domain.permissions import Permission
from hubdesk.wire.entities import Id, PersonOut

Secret = Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(_Strict):
    email: Annotated[str, StringConstraints(min_length=3, max_length=254, strip_whitespace=True)]
    password: Secret
    totp_code: Annotated[str, StringConstraints(pattern=r"^\d{6}$")] | None = None
    device: Annotated[str, StringConstraints(max_length=300)] | None = None


class RefreshRequest(_Strict):
    refresh_token: Secret


class TokenPair(_Strict):
    access_token: Secret
    refresh_token: Secret
    access_expires_in: Annotated[int, Field(ge=1, le=86_400)]
    person: PersonOut


class GrantOut(_Strict):
    """One membership as the signed-in person's grant ("why can I do that here?")."""

    membership_id: Id
    org_id: Id
    org_name: str
    org_path: str
    role_id: Id
    role_name: str
    permissions: list[Permission]


class ImpersonateRequest(_Strict):
    """Open a sub-account as its owner sees it ("log in as")."""

    org_id: Id


class ImpersonationOut(_Strict):
    """Whom a session acts as, for whom, where, and until when ("log in as")."""

    org_id: Id
    org_name: str
    owner: PersonOut  # the person the session acts as
    impersonator_id: Id  # the real person
    impersonator_name: str
    ends_at: AwareDatetime  # a hard end: the session stops working then


class ImpersonationPair(_Strict):
    """The tokens of a "log in as" session and what it is."""

    tokens: TokenPair
    impersonation: ImpersonationOut


class MeOut(_Strict):
    person: PersonOut
    grants: list[GrantOut]
    impersonation: ImpersonationOut | None = None  # set in a "log in as" session


class ErrorOut(_Strict):
    """Every error answer: a stable machine code and a sentence for people."""

    code: str
    detail: str


class ServerInfo(_Strict):
    name: str
    version: str
    api_version: str
    server_id: Id
    demo: bool
