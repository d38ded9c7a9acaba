""" "Log in as": open a sub-account as its owner sees it, for a limited time.

With the impersonate permission on a sub-account, a person gets a session of its owner
that ends at a fixed time (``Settings.impersonation_minutes``; refreshing never goes
past it). Every action in it is audited with both identities (the owner acted, the real
person is the impersonator), its start and its end too (``impersonation.start`` /
``impersonation.end``, as the demo data records them). Signing out of it
(``POST /auth/logout`` with its token) ends it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.permissions import BuiltinRole, Permission, parent_path
from hubdesk.models.base import utcnow
from hubdesk.models.orgs import Membership, Organisation, Person
from hubdesk.models.server_only import AuthSession
from hubdesk.server import audit
from hubdesk.server.bootstrap import builtin_role_id
from hubdesk.server.deps import (
    Caller,
    CallerDep,
    DatabaseDep,
    SettingsDep,
    client_device,
    client_ip,
)
from hubdesk.server.errors import ApiError
from hubdesk.server.security import digest, new_token
from hubdesk.wire.auth import (
    ErrorOut,
    ImpersonateRequest,
    ImpersonationOut,
    ImpersonationPair,
    TokenPair,
)
from hubdesk.wire.entities import PersonOut

router = APIRouter(prefix="/auth", tags=["auth"])
ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorOut} for code in (401, 403, 404, 409, 422)
}


def owner_of(session: Session, org: Organisation) -> Person | None:
    """The sub-account's owner (the first, if it has several), active."""
    return session.scalar(
        select(Person)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.org_id == org.id,
            Membership.role_id == builtin_role_id(BuiltinRole.OWNER),
            Membership.status == "active",
            Person.status == "active",
        )
        .order_by(Membership.created_at, Person.email)
        .limit(1)
    )


def describe(session: Session, auth: AuthSession) -> ImpersonationOut | None:
    """What a "log in as" session is (None for an ordinary one)."""
    if auth.impersonator_id is None or auth.grant_ends_at is None:
        return None
    owner = session.get(Person, auth.person_id)
    real = session.get(Person, auth.impersonator_id)
    org = session.get(Organisation, auth.impersonated_org_id) if auth.impersonated_org_id else None
    if owner is None or real is None or org is None:
        return None
    return ImpersonationOut(
        org_id=org.id,
        org_name=org.name,
        owner=PersonOut.model_validate(owner),
        impersonator_id=real.id,
        impersonator_name=real.display_name,
        ends_at=auth.grant_ends_at,
    )


def _refuse(caller: Caller, session: Session, org: Organisation | None) -> Person:
    if caller.impersonator is not None:
        raise ApiError(409, "already_impersonating", "Return to your own account first.")
    if org is None or not caller.scope.allows(Permission.VIEW_ORG, org.path):
        raise ApiError(404, "not_found", "The organisation no longer exists for you.")
    above = parent_path(org.path)  # a sub-account of an organisation of yours
    if not caller.scope.allows(Permission.IMPERSONATE, above):
        raise ApiError(403, "forbidden", f"You may not log in as the owner of {org.name}.")
    owner = owner_of(session, org)
    if owner is None:
        raise ApiError(409, "no_owner", f"{org.name} has no active owner to log in as yet.")
    if owner.id == caller.person.id:
        raise ApiError(409, "yourself", f"You are the owner of {org.name} already.")
    return owner


@router.post("/impersonate", response_model=ImpersonationPair, responses=ERRORS)
def impersonate(
    body: ImpersonateRequest,
    request: Request,
    caller: CallerDep,
    db: DatabaseDep,
    settings: SettingsDep,
) -> ImpersonationPair:
    """A session of the sub-account's owner for the caller, until a fixed end."""
    with db.writing() as session:
        org = session.get(Organisation, body.org_id)
        owner = _refuse(caller, session, org)
        assert org is not None
        now = utcnow()
        ends = now + timedelta(minutes=settings.impersonation_minutes)
        access, refresh = new_token(), new_token()
        access_ttl = min(settings.access_ttl_seconds, int((ends - now).total_seconds()))
        auth = AuthSession(
            person_id=owner.id,
            access_digest=digest(access),
            access_expires_at=now + timedelta(seconds=access_ttl),
            refresh_digest=digest(refresh),
            refresh_expires_at=ends,
            ip=client_ip(request),
            device=client_device(request),
            impersonator_id=caller.person.id,
            impersonated_org_id=org.id,
            grant_ends_at=ends,
        )
        session.add(auth)
        both = replace(
            audit.Actor.of(owner, client_ip(request), client_device(request)),
            impersonator_id=caller.person.id,
            impersonator_name=caller.actor.name,
        )
        audit.record(
            session,
            both,
            "impersonation.start",
            org=org,
            target_type="person",
            target_id=owner.id,
            target_name=owner.display_name,
            after={"as": owner.display_name, "until": ends.isoformat()},
        )
        session.flush()
        described = describe(session, auth)
        assert described is not None
        tokens = TokenPair(
            access_token=access,
            refresh_token=refresh,
            access_expires_in=access_ttl,
            person=PersonOut.model_validate(owner),
        )
    return ImpersonationPair(tokens=tokens, impersonation=described)


def record_end(session: Session, auth: AuthSession, request: Request, reason: str) -> None:
    """Audit the end of a "log in as" session (both identities, like its start)."""
    real = session.get(Person, auth.impersonator_id) if auth.impersonator_id else None
    owner = session.get(Person, auth.person_id)
    org = session.get(Organisation, auth.impersonated_org_id) if auth.impersonated_org_id else None
    if real is None or owner is None:
        return
    both = replace(
        audit.Actor.of(owner, client_ip(request), client_device(request)),
        impersonator_id=real.id,
        impersonator_name=audit.Actor.of(real).name,
    )
    audit.record(
        session,
        both,
        "impersonation.end",
        org=org,
        target_type="person",
        target_id=owner.id,
        target_name=owner.display_name,
        after={"reason": reason},
    )
