"""Who receives an organisation's notifications — one rule for the server (which mails
them) and the console (which shows who gets them), read with the same models.

Until a sub-account is set up (invited, onboarding) its notifications go to the owners
and administrators of the organisation above it; afterwards to its own owners (or, with
no owner, its administrators).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from hubdesk.models.orgs import Membership, Organisation, Person, Role


@dataclass(frozen=True, slots=True)
class Recipients:
    """Who receives an organisation's notifications now, and why."""

    names: tuple[str, ...]
    emails: tuple[str, ...]
    via_parent: bool  # the parent's administrators, until the sub-account is set up


def notification_recipients(conn: Connection, org_id: str) -> Recipients | None:
    """None when the database at hand (a console's cache) does not hold who they are."""
    org = conn.execute(
        select(Organisation.parent_id, Organisation.lifecycle).where(Organisation.id == org_id)
    ).first()
    if org is None:
        return None

    def people(at: str, keys: tuple[str, ...]) -> list[tuple[str, str]]:
        rows = conn.execute(
            select(Person.display_name, Person.email)
            .join(Membership, Membership.person_id == Person.id)
            .join(Role, Role.id == Membership.role_id)
            .where(Membership.org_id == at, Membership.status == "active", Role.key.in_(keys))
            .order_by(Person.name_fold, Person.email)
        ).all()
        return [(name, email) for name, email in rows]

    via_parent = org.lifecycle in ("invited", "onboarding") and org.parent_id is not None
    if via_parent:
        found = people(org.parent_id, ("owner", "administrator"))
    else:
        found = people(org_id, ("owner",)) or people(org_id, ("administrator",))
    if not found:
        return None
    return Recipients(
        tuple(name for name, _ in found), tuple(email for _, email in found), via_parent
    )
