"""Demo-only endpoints: the local mailbox (mail "sent" without an SMTP server)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import or_, select

from hubdesk.models.registry import BY_NAME
from hubdesk.models.server_only import OutgoingMail
from hubdesk.server.deps import CallerDep, ReadSession, SettingsDep
from hubdesk.server.errors import ApiError
from hubdesk.server.routes.orgs import ERRORS
from hubdesk.server.scope import visible_condition
from hubdesk.wire.mail import Mailbox, MailOut

router = APIRouter(prefix="/demo", tags=["demo"])


@router.get("/mailbox", response_model=Mailbox, responses=ERRORS)
def mailbox(
    caller: CallerDep,
    session: ReadSession,
    settings: SettingsDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> Mailbox:
    """The newest mail about organisations the caller may see, or sent to the caller.

    Only a demo server has a mailbox (a real one hands mail to its SMTP server).
    """
    if not settings.demo:
        raise ApiError(404, "not_found", "This server sends mail over SMTP; it keeps no mailbox.")
    spec = BY_NAME["invite"]  # mail is about invites and sub-accounts: the same rule
    seen = visible_condition(spec, caller.scope, OutgoingMail.org_id, OutgoingMail.id)
    rows = session.scalars(
        select(OutgoingMail)
        .where(or_(seen, OutgoingMail.to_address == caller.person.email))
        .order_by(OutgoingMail.created_at.desc(), OutgoingMail.id)
        .limit(limit)
    )
    return Mailbox(mail=[MailOut.model_validate(row) for row in rows])
