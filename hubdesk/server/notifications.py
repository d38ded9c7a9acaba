"""Notifications of an organisation, by mail, to whoever receives them now.

The recipients follow one rule (:mod:`hubdesk.models.recipients`): the hub's owners and
administrators until a sub-account is set up, then the sub-account's owners. The person
whose own action it is hears nothing about it. Mail goes out after the commit
(:mod:`hubdesk.server.mail`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from hubdesk.models.orgs import Organisation
from hubdesk.models.recipients import notification_recipients
from hubdesk.server.mail import queue_mail


def notify(
    session: Session,
    org: Organisation,
    *,
    subject: str,
    body: str,
    kind: str,
    actor_email: str | None = None,
) -> list[str]:
    """Queue the notification to everyone who receives ``org``'s now; their addresses."""
    recipients = notification_recipients(session.connection(), org.id)
    if recipients is None:
        return []
    sent = [e for e in recipients.emails if e != actor_email]
    for email in sent:
        queue_mail(session, to=email, subject=subject, body=body, kind=kind, org_id=org.id)
    return sent
