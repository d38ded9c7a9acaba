"""Sign-in (password + optional RFC 6238 code), token refresh with rotation, sign-out."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request, Response
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from hubdesk.domain.enums import PersonStatus
from hubdesk.models.base import utcnow
from hubdesk.models.orgs import Organisation, Person
from hubdesk.models.server_only import AuthSession, Credential, SignInThrottle
from hubdesk.server import audit
from hubdesk.server.deps import (
    CallerDep,
    DatabaseDep,
    ReadSession,
    SettingsDep,
    bearer_token,
    client_device,
    client_ip,
)
from hubdesk.server.errors import ApiError, unauthenticated
from hubdesk.server.routes import impersonation
from hubdesk.server.scope import load_scope
from hubdesk.server.security import digest, new_token, totp_step_for, verify_password
from hubdesk.server.settings import Settings
from hubdesk.wire.auth import ErrorOut, GrantOut, LoginRequest, MeOut, RefreshRequest, TokenPair
from hubdesk.wire.entities import PersonOut

router = APIRouter(prefix="/auth", tags=["auth"])
ERRORS: dict[int | str, dict[str, object]] = {401: {"model": ErrorOut}, 422: {"model": ErrorOut}}


def _home_org(session: Session, person_id: str) -> Organisation | None:
    """Where a person's sign-in events are recorded: their highest membership."""
    scope = load_scope(session, person_id)
    if not scope.grants:
        return None
    top = min(scope.grants, key=lambda g: (g.org_path.count("/"), g.org_path))
    return session.get(Organisation, top.org_id)


def _throttle(session: Session, email: str) -> SignInThrottle:
    """The address's failure counter, created if new and locked for this transaction.

    The row lock makes concurrent sign-ins with one address take turns (PostgreSQL), so
    every failure is counted and a 2-step code is accepted once.
    """
    key = digest(email)
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(SignInThrottle).values(email_digest=key, failures=0).on_conflict_do_nothing()
    )
    row = session.scalar(
        select(SignInThrottle).where(SignInThrottle.email_digest == key).with_for_update()
    )
    assert row is not None
    return row


def record_own(
    session: Session,
    person: Person,
    action: str,
    request: Request,
    after: dict[str, object] | None = None,
) -> None:
    """Audit something a person did to their own sign-in (at their home organisation)."""
    audit.record(
        session,
        audit.Actor.of(person, client_ip(request), client_device(request)),
        action,
        org=_home_org(session, person.id),
        target_type="person",
        target_id=person.id,
        target_name=person.display_name,
        after=after,
    )


def _fail(
    session: Session, person: Person | None, email: str, reason: str, request: Request
) -> None:
    actor = (
        audit.Actor.of(person, client_ip(request), client_device(request))
        if person
        else audit.Actor(None, email, ip=client_ip(request), device=client_device(request))
    )
    org = _home_org(session, person.id) if person else None
    audit.record(
        session,
        actor,
        "auth.sign_in_failed",
        org=org,
        target_type="person" if person else None,
        target_id=person.id if person else None,
        target_name=person.display_name if person else email,
        after={"reason": reason},
    )


def _issue(session: Session, settings: Settings, person: Person, request: Request) -> TokenPair:
    access, refresh = new_token(), new_token()
    now = utcnow()
    session.add(
        AuthSession(
            person_id=person.id,
            access_digest=digest(access),
            access_expires_at=now + timedelta(seconds=settings.access_ttl_seconds),
            refresh_digest=digest(refresh),
            refresh_expires_at=now + timedelta(seconds=settings.refresh_ttl_seconds),
            ip=client_ip(request),
            device=client_device(request),
        )
    )
    return TokenPair(
        access_token=access,
        refresh_token=refresh,
        access_expires_in=settings.access_ttl_seconds,
        person=PersonOut.model_validate(person),
    )


@router.post("/login", response_model=TokenPair, responses=ERRORS)
def login(
    body: LoginRequest, request: Request, db: DatabaseDep, settings: SettingsDep
) -> TokenPair:
    email = body.email.lower()
    error: ApiError | None = None
    with db.writing() as session:
        throttle = _throttle(session, email)  # first: concurrent sign-ins take turns here
        person = session.scalar(select(Person).where(Person.email == email))
        cred = session.get(Credential, person.id) if person else None
        now = utcnow()
        # Always spend the hashing time: neither timing nor the answer tells whether an
        # account exists or is locked.
        password_ok = verify_password(cred.password_hash if cred else None, body.password)
        if throttle.locked_until and throttle.locked_until > now:
            error = ApiError(401, "locked", "Too many failed sign-ins. Try again in a few minutes.")
        elif not password_ok:
            error = unauthenticated("The email or password is wrong.", "invalid_credentials")
            _fail(session, person, email, "password", request)
        elif person is None or cred is None or person.status != PersonStatus.ACTIVE:
            error = unauthenticated("This account is not active.", "account_inactive")
        elif person.totp_enabled and cred.totp_secret:
            if body.totp_code is None:
                error = unauthenticated(
                    "Enter the code from your authenticator app.", "totp_required"
                )
            else:
                step = totp_step_for(cred.totp_secret, body.totp_code, cred.totp_last_step)
                if step is None:
                    error = unauthenticated(
                        "The 2-step code is wrong or was used already.", "totp_invalid"
                    )
                    _fail(session, person, email, "2-step code", request)
                else:
                    cred.totp_last_step = step
        if error is not None:
            if error.code in {"invalid_credentials", "totp_invalid"}:
                throttle.failures += 1
                if throttle.failures >= settings.max_failed_sign_ins:
                    throttle.locked_until = now + timedelta(seconds=settings.lockout_seconds)
                    throttle.failures = 0
        else:
            assert person is not None and cred is not None
            throttle.failures = 0
            person.first_sign_in_at = person.first_sign_in_at or now
            person.last_sign_in_at = now
            pair = _issue(session, settings, person, request)
            record_own(
                session, person, "auth.sign_in", request, after={"two_step": person.totp_enabled}
            )
            session.flush()
            pair = pair.model_copy(update={"person": PersonOut.model_validate(person)})
    if error is not None:
        raise error  # raised after the commit, so failures are recorded
    return pair


@router.post("/refresh", response_model=TokenPair, responses=ERRORS)
def refresh(
    body: RefreshRequest, request: Request, db: DatabaseDep, settings: SettingsDep
) -> TokenPair:
    presented = digest(body.refresh_token)
    error: ApiError | None = None
    with db.writing() as session:
        now = utcnow()
        # Locked rows: of two requests presenting the same token, the second sees the
        # rotated row, finds the token retired, and ends the session (theft detection).
        auth = session.scalar(
            select(AuthSession).where(AuthSession.refresh_digest == presented).with_for_update()
        )
        if auth is None:
            stolen = session.scalar(
                select(AuthSession)
                .where(AuthSession.previous_refresh_digest == presented)
                .with_for_update()
            )
            if stolen is not None and stolen.revoked_at is None:
                # A rotated-away token came back: someone copied it. End that session.
                stolen.revoked_at = now
                person = session.get(Person, stolen.person_id)
                if person is not None:
                    record_own(session, person, "auth.refresh_reuse", request)
            error = unauthenticated("Your session has ended. Sign in again.", "session_ended")
        elif auth.revoked_at is not None or auth.refresh_expires_at <= now:
            error = unauthenticated("Your session has ended. Sign in again.", "session_ended")
        else:
            person = session.get(Person, auth.person_id)
            if person is None or person.status != PersonStatus.ACTIVE:
                error = unauthenticated("This account is not active.", "account_inactive")
            else:
                access, new_refresh = new_token(), new_token()
                access_ttl = settings.access_ttl_seconds
                refresh_until = now + timedelta(seconds=settings.refresh_ttl_seconds)
                if auth.grant_ends_at is not None:  # "log in as": never past its end
                    left = int((auth.grant_ends_at - now).total_seconds())
                    access_ttl, refresh_until = max(1, min(access_ttl, left)), auth.grant_ends_at
                auth.access_digest = digest(access)
                auth.access_expires_at = now + timedelta(seconds=access_ttl)
                auth.previous_refresh_digest = presented
                auth.refresh_digest = digest(new_refresh)
                auth.refresh_expires_at = refresh_until
                pair = TokenPair(
                    access_token=access,
                    refresh_token=new_refresh,
                    access_expires_in=access_ttl,
                    person=PersonOut.model_validate(person),
                )
    if error is not None:
        raise error
    return pair


@router.post("/logout", status_code=204, responses=ERRORS)
def logout(request: Request, db: DatabaseDep) -> Response:
    token_digest = digest(bearer_token(request))
    with db.writing() as session:
        auth = session.scalar(select(AuthSession).where(AuthSession.access_digest == token_digest))
        if auth is not None and auth.revoked_at is None:
            auth.revoked_at = utcnow()
            person = session.get(Person, auth.person_id)
            if auth.impersonator_id is not None:
                impersonation.record_end(session, auth, request, "returned")
            elif person is not None:
                record_own(session, person, "auth.sign_out", request)
    return Response(status_code=204)


me_router = APIRouter(tags=["auth"])


@me_router.get("/me", response_model=MeOut, responses=ERRORS)
def me(caller: CallerDep, session: ReadSession) -> MeOut:
    grants = []
    for g in caller.scope.grants:
        org = session.get(Organisation, g.org_id)
        grants.append(
            GrantOut(
                membership_id=g.membership_id,
                org_id=g.org_id,
                org_name=org.name if org else "",
                org_path=g.org_path,
                role_id=g.role_id,
                role_name=g.role_name,
                permissions=sorted(g.permissions),
            )
        )
    auth = session.get(AuthSession, caller.session_id)
    return MeOut(
        person=PersonOut.model_validate(caller.person),
        grants=grants,
        impersonation=impersonation.describe(session, auth) if auth is not None else None,
    )
