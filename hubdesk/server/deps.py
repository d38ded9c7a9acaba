"""FastAPI dependencies: the database, the caller and their scope."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import PersonStatus
from hubdesk.domain.permissions import Scope
from hubdesk.models.base import utcnow
from hubdesk.models.orgs import Organisation, Person
from hubdesk.models.server_only import AuthSession
from hubdesk.server.audit import Actor
from hubdesk.server.db import Database
from hubdesk.server.errors import unauthenticated
from hubdesk.server.scope import load_scope
from hubdesk.server.security import digest
from hubdesk.server.settings import Settings


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def settings(request: Request) -> Settings:
    s: Settings = request.app.state.settings
    return s


def read_session(db: Annotated[Database, Depends(database)]) -> Iterator[Session]:
    with db.reading() as session:
        yield session


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def client_device(request: Request) -> str | None:
    agent = request.headers.get("user-agent")
    return agent[:300] if agent else None


@dataclass(frozen=True)
class Caller:
    person: Person  # whom the session acts as
    session_id: str
    scope: Scope
    ip: str | None
    device: str | None
    impersonator: Person | None = None  # the real person, in a "log in as" session

    @property
    def actor(self) -> Actor:
        """Both identities when someone acts as someone else: every audited action names
        the person acted as and the real person."""
        actor = Actor.of(self.person, self.ip, self.device)
        if self.impersonator is None:
            return actor
        real = Actor.of(self.impersonator)
        return replace(actor, impersonator_id=real.person_id, impersonator_name=real.name)


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthenticated()
    return token.strip()


def caller(
    request: Request,
    session: Annotated[Session, Depends(read_session)],
) -> Caller:
    return caller_of(request, session)


def caller_of(request: Request, session: Session) -> Caller:
    """The signed-in caller of ``request`` (401 if none), read with ``session``."""
    token = bearer_token(request)
    auth = session.scalar(select(AuthSession).where(AuthSession.access_digest == digest(token)))
    if auth is None or auth.revoked_at is not None:
        raise unauthenticated("Your session has ended. Sign in again.", "session_ended")
    if auth.access_expires_at <= utcnow():
        raise unauthenticated("The access token has expired.", "token_expired")
    person = session.get(Person, auth.person_id)
    if person is None or person.status != PersonStatus.ACTIVE:
        raise unauthenticated("This account is not active.", "account_inactive")
    impersonator = None
    if auth.impersonator_id is not None:
        impersonator = session.get(Person, auth.impersonator_id)
        if auth.grant_ends_at is None or auth.grant_ends_at <= utcnow():
            raise unauthenticated("The log-in-as time is over.", "impersonation_ended")
        if impersonator is None or impersonator.status != PersonStatus.ACTIVE:
            raise unauthenticated("This account is not active.", "account_inactive")
    scope = load_scope(session, person.id)
    if auth.impersonated_org_id is not None:
        org = session.get(Organisation, auth.impersonated_org_id)
        if org is None:
            raise unauthenticated("The log-in-as time is over.", "impersonation_ended")
        scope = scope.within(org.path)
    return Caller(
        person,
        auth.id,
        scope,
        client_ip(request),
        client_device(request),
        impersonator,
    )


CallerDep = Annotated[Caller, Depends(caller)]
ReadSession = Annotated[Session, Depends(read_session)]
DatabaseDep = Annotated[Database, Depends(database)]
SettingsDep = Annotated[Settings, Depends(settings)]
