"""A person's own security: the consoles signed in as them (sign one out, or all the
others), and 2-step sign-in (turn on with a code from the authenticator app, turn off
with the password and a code). Each change is audited with the address and device it
came from; a "log in as" session may change none of it."""

from __future__ import annotations

import pyotp
from fastapi import APIRouter, Request
from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from hubdesk.models.base import utcnow
from hubdesk.models.orgs import Person
from hubdesk.models.server_only import AuthSession, Credential
from hubdesk.server.deps import Caller, CallerDep, DatabaseDep
from hubdesk.server.errors import ApiError
from hubdesk.server.routes.auth import ERRORS, record_own
from hubdesk.server.security import TOTP_STEP, totp_step_for, verify_password
from hubdesk.wire.security import (
    Revoked,
    SessionOut,
    SessionsOut,
    TwoStepCode,
    TwoStepOff,
    TwoStepSetup,
)

router = APIRouter(prefix="/me", tags=["security"])
ISSUER = "hubdesk"


def _own(caller: Caller) -> None:
    if caller.impersonator is not None:
        raise ApiError(
            403, "forbidden", "While logged in as someone, their security cannot be changed."
        )


def _active(person_id: str) -> list[ColumnElement[bool]]:
    now = utcnow()
    return [
        AuthSession.person_id == person_id,
        AuthSession.revoked_at.is_(None),
        AuthSession.refresh_expires_at > now,
        AuthSession.impersonator_id.is_(None),
    ]


def _person_and_credential(session: Session, caller: Caller) -> tuple[Person, Credential | None]:
    person = session.get(Person, caller.person.id)
    assert person is not None  # the caller was read in this request
    return person, session.get(Credential, caller.person.id)


@router.get("/sessions", response_model=SessionsOut, responses=ERRORS)
def sessions(caller: CallerDep, db: DatabaseDep) -> SessionsOut:
    """The consoles signed in as the caller, newest first."""
    _own(caller)
    with db.reading() as session:
        rows = session.scalars(
            select(AuthSession)
            .where(*_active(caller.person.id))
            .order_by(AuthSession.created_at.desc())
            .limit(1000)
        ).all()
        return SessionsOut(
            sessions=[
                SessionOut(
                    id=row.id,
                    created_at=row.created_at,
                    ip=row.ip,
                    device=row.device,
                    current=row.id == caller.session_id,
                )
                for row in rows
            ]
        )


@router.post("/sessions/{session_id}/revoke", response_model=Revoked, responses=ERRORS)
def revoke(session_id: str, request: Request, caller: CallerDep, db: DatabaseDep) -> Revoked:
    """Sign one of the caller's consoles out (its tokens stop working at once)."""
    _own(caller)
    with db.writing() as session:
        row = session.scalar(
            select(AuthSession).where(
                AuthSession.id == session_id,
                *_active(caller.person.id),
            )
        )
        if row is None:
            raise ApiError(404, "not_found", "No such session.")
        row.revoked_at = utcnow()
        person = session.get(Person, caller.person.id)
        assert person is not None
        record_own(
            session,
            person,
            "auth.session_revoke",
            request,
            after={"session": row.id, "ip": row.ip, "device": row.device},
        )
    return Revoked(revoked=1)


@router.post("/sessions/revoke-others", response_model=Revoked, responses=ERRORS)
def revoke_others(request: Request, caller: CallerDep, db: DatabaseDep) -> Revoked:
    """Sign out every console of the caller but this one."""
    _own(caller)
    with db.writing() as session:
        result = session.execute(
            update(AuthSession)
            .where(
                *_active(caller.person.id),
                AuthSession.id != caller.session_id,
            )
            .values(revoked_at=utcnow())
        )
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        person = session.get(Person, caller.person.id)
        assert person is not None
        record_own(session, person, "auth.tokens_revoke", request, after={"sessions": count})
    return Revoked(revoked=count)


@router.post("/two-step/start", response_model=TwoStepSetup, responses=ERRORS)
def two_step_start(caller: CallerDep, db: DatabaseDep) -> TwoStepSetup:
    """A new secret for the authenticator app; 2-step sign-in is on only once a code
    from it is confirmed (:func:`two_step_enable`)."""
    _own(caller)
    with db.writing() as session:
        person = session.get(Person, caller.person.id)
        assert person is not None
        if person.totp_enabled:
            raise ApiError(409, "totp_enabled", "2-step sign-in is on already.")
        cred = session.get(Credential, person.id)
        if cred is None:
            cred = Credential(person_id=person.id)
            session.add(cred)
        # Kept while 2-step sign-in is off: signing in ignores it until it is confirmed.
        cred.totp_secret = pyotp.random_base32()
        cred.totp_last_step = None
        uri = pyotp.TOTP(cred.totp_secret, interval=TOTP_STEP).provisioning_uri(
            name=person.email, issuer_name=ISSUER
        )
        return TwoStepSetup(secret=cred.totp_secret, uri=uri)


@router.post("/two-step/enable", status_code=204, responses=ERRORS)
def two_step_enable(
    body: TwoStepCode, request: Request, caller: CallerDep, db: DatabaseDep
) -> None:
    """Turn 2-step sign-in on: the code shows the app holds the secret."""
    _own(caller)
    with db.writing() as session:
        person, cred = _person_and_credential(session, caller)
        if person.totp_enabled:
            raise ApiError(409, "totp_enabled", "2-step sign-in is on already.")
        if cred is None or cred.totp_secret is None:
            raise ApiError(409, "totp_not_started", "Start setting up 2-step sign-in first.")
        step = totp_step_for(cred.totp_secret, body.code, cred.totp_last_step)
        if step is None:
            raise ApiError(422, "totp_invalid", "The 2-step code is wrong or was used already.")
        cred.totp_last_step = step
        person.totp_enabled = True
        record_own(session, person, "auth.totp_enable", request, after={"two_step": True})


@router.post("/two-step/disable", status_code=204, responses=ERRORS)
def two_step_disable(
    body: TwoStepOff, request: Request, caller: CallerDep, db: DatabaseDep
) -> None:
    """Turn 2-step sign-in off: the password and a current code, both."""
    _own(caller)
    with db.writing() as session:
        person, cred = _person_and_credential(session, caller)
        if not person.totp_enabled or cred is None or cred.totp_secret is None:
            raise ApiError(409, "totp_off", "2-step sign-in is off already.")
        step = totp_step_for(cred.totp_secret, body.code, cred.totp_last_step)
        if not verify_password(cred.password_hash, body.password) or step is None:
            failed = True
        else:
            failed = False
            cred.totp_last_step = step
            cred.totp_secret = None
            person.totp_enabled = False
            record_own(session, person, "auth.totp_disable", request, after={"two_step": False})
    if failed:
        with db.writing() as session:
            record_own(
                session,
                _person_and_credential(session, caller)[0],
                "auth.totp_disable_failed",
                request,
            )
        raise ApiError(403, "invalid_credentials", "The password or the 2-step code is wrong.")
