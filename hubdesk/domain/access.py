"""Who may give whom which role: the rules against escalation, shared by server and console.

Nobody grants a role or a permission they do not hold themselves at that organisation,
nobody changes or removes someone who holds more there than they do (an administrator
cannot demote the owner), and nobody raises their own role. An organisation that has an
owner keeps one.

The work permissions (creating appointments, taking payments: what makes a seat
billable) confer no power over anyone, so whoever manages the people may hand them out
without holding them: an owner who provides no service (a free seat) still takes on
specialists.

The address rule: a person may be added from one of the organisation's verified
domains (its own or an ancestor's), or from any domain once its administrators allow
members from other domains.

Each check returns ``None`` when the change may go ahead, else a :class:`Refusal` with
a code for programs and an English sentence for people (the console translates the
code; the server sends both).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hubdesk.domain.permissions import BILLABLE_PERMISSIONS, Permission, Scope


@dataclass(frozen=True, slots=True)
class Refusal:
    code: str
    message: str


NO_MEMBERS_RIGHT = "forbidden"
ESCALATION = "escalation"
MORE_POWERFUL = "more_powerful"
OWN_ROLE = "own_role"
LAST_OWNER = "last_owner"
OTHER_DOMAIN = "other_domain"


def missing(scope: Scope, org_path: str, permissions: Iterable[str]) -> frozenset[str]:
    """The ``permissions`` the person of ``scope`` does not hold at ``org_path`` (the work
    permissions aside: see the module's text)."""
    held = {p.value for p in scope.permissions_at(org_path) | BILLABLE_PERMISSIONS}
    return frozenset(str(p) for p in permissions) - held


def may_grant(scope: Scope, org_path: str, role_permissions: Iterable[str]) -> Refusal | None:
    """May this person give someone a role with ``role_permissions`` at ``org_path``?"""
    if not scope.allows(Permission.MANAGE_MEMBERS, org_path):
        return Refusal(NO_MEMBERS_RIGHT, "You may not manage the people of this organisation.")
    lacking = missing(scope, org_path, role_permissions)
    if lacking:
        return Refusal(
            ESCALATION,
            "You cannot give a role with permissions you do not hold yourself: "
            + ", ".join(sorted(lacking))
            + ".",
        )
    return None


def may_change_member(
    scope: Scope,
    org_path: str,
    member_person_id: str,
    current_permissions: Iterable[str],
    new_permissions: Iterable[str] | None,
) -> Refusal | None:
    """May this person change a membership (to a role with ``new_permissions``; ``None``
    when the role stays: a title or status) or remove it (``None``)?"""
    if not scope.allows(Permission.MANAGE_MEMBERS, org_path):
        return Refusal(NO_MEMBERS_RIGHT, "You may not manage the people of this organisation.")
    if member_person_id == scope.person_id and new_permissions is not None:
        return Refusal(OWN_ROLE, "You cannot change your own role; ask another administrator.")
    if missing(scope, org_path, current_permissions):
        return Refusal(
            MORE_POWERFUL,
            "This person holds permissions here that you do not; you cannot change "
            "or remove their membership.",
        )
    if new_permissions is not None:
        return may_grant(scope, org_path, new_permissions)
    return None


def may_edit_role(
    scope: Scope, org_path: str, old_permissions: Iterable[str], new_permissions: Iterable[str]
) -> Refusal | None:
    """May this person define (or redefine) a custom role of the organisation at
    ``org_path``? Both what the role held and what it will hold must be theirs."""
    if not scope.allows(Permission.MANAGE_ROLES, org_path):
        return Refusal(NO_MEMBERS_RIGHT, "You may not manage the roles of this organisation.")
    lacking = missing(scope, org_path, [*old_permissions, *new_permissions])
    if lacking:
        return Refusal(
            ESCALATION,
            "You cannot define a role with permissions you do not hold yourself: "
            + ", ".join(sorted(lacking))
            + ".",
        )
    return None


def address_domain(email: str) -> str:
    return email.rpartition("@")[2].strip().lower()


def may_add_address(
    email: str, verified_domains: Iterable[str], other_domains_allowed: bool
) -> Refusal | None:
    """The address rule for adding a person to an organisation."""
    domain = address_domain(email)
    if other_domains_allowed or domain in {d.strip().lower() for d in verified_domains}:
        return None
    return Refusal(
        OTHER_DOMAIN,
        f"{domain} is not one of this organisation's verified domains, and its "
        "administrators have not allowed members from other domains.",
    )
