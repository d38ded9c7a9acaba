"""The permission catalogue, the built-in roles and how grants resolve to a scope.

A membership grants a role at an organisation. The role's permissions apply to that
organisation **and all its descendants** (upstream rights). Organisations are addressed
by their materialised path (``/<root-id>/<child-id>/…/``), so "is inside the subtree of"
is a string-prefix test that SQL can answer with an index range.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Permission(StrEnum):
    VIEW_ORG = "org.view"
    MANAGE_ORG = "org.manage"
    CREATE_CHILD = "org.create_child"
    DETACH_ORG = "org.detach"
    INVITE = "invite.manage"
    MANAGE_MEMBERS = "members.manage"
    MANAGE_ROLES = "roles.manage"
    IMPERSONATE = "impersonate"
    MANAGE_LICENCES = "licences.manage"
    VIEW_BILLING = "billing.view"
    MANAGE_BILLING = "billing.manage"
    VIEW_AUDIT = "audit.view"
    EXPORT_AUDIT = "audit.export"
    MANAGE_SHARED = "shared.manage"
    CREATE_APPOINTMENTS = "appointments.create"
    PROCESS_PAYMENTS = "payments.process"
    MANAGE_CUSTOMERS = "customers.manage"
    MANAGE_REQUESTS = "requests.manage"
    VIEW_REPORTS = "reports.view"


ALL_PERMISSIONS: frozenset[Permission] = frozenset(Permission)

# A seat is billable when its role includes one of these (see domain.seats).
BILLABLE_PERMISSIONS: frozenset[Permission] = frozenset(
    {Permission.CREATE_APPOINTMENTS, Permission.PROCESS_PAYMENTS}
)


class BuiltinRole(StrEnum):
    OWNER = "owner"
    ADMINISTRATOR = "administrator"
    CALL_CENTER = "call_center"
    SPECIALIST = "specialist"
    ACCOUNTANT = "accountant"
    MARKETER = "marketer"
    PLATFORM_SUPPORT = "platform_support"


P = Permission
_SERVICE = BILLABLE_PERMISSIONS

BUILTIN_ROLE_PERMISSIONS: Mapping[BuiltinRole, frozenset[Permission]] = {
    # The owner runs the business; an owner who provides no service holds a free seat.
    BuiltinRole.OWNER: ALL_PERMISSIONS - _SERVICE,
    # Administrators process payments, so theirs is a billable seat (Altegio's rule).
    BuiltinRole.ADMINISTRATOR: ALL_PERMISSIONS - {P.CREATE_APPOINTMENTS, P.MANAGE_BILLING},
    BuiltinRole.CALL_CENTER: frozenset(
        {P.VIEW_ORG, P.CREATE_APPOINTMENTS, P.MANAGE_CUSTOMERS, P.MANAGE_REQUESTS}
    ),
    BuiltinRole.SPECIALIST: frozenset({P.VIEW_ORG, P.CREATE_APPOINTMENTS, P.MANAGE_REQUESTS}),
    BuiltinRole.ACCOUNTANT: frozenset(
        {P.VIEW_ORG, P.VIEW_BILLING, P.MANAGE_BILLING, P.VIEW_REPORTS, P.EXPORT_AUDIT}
    ),
    BuiltinRole.MARKETER: frozenset({P.VIEW_ORG, P.VIEW_REPORTS, P.MANAGE_CUSTOMERS}),
    BuiltinRole.PLATFORM_SUPPORT: ALL_PERMISSIONS - _SERVICE - {P.MANAGE_BILLING},
}

BUILTIN_ROLE_NAMES: Mapping[BuiltinRole, str] = {
    BuiltinRole.OWNER: "Owner",
    BuiltinRole.ADMINISTRATOR: "Administrator",
    BuiltinRole.CALL_CENTER: "Call Center",
    BuiltinRole.SPECIALIST: "Specialist",
    BuiltinRole.ACCOUNTANT: "Accountant",
    BuiltinRole.MARKETER: "Marketer",
    BuiltinRole.PLATFORM_SUPPORT: "Platform Support",
}


def parse_permissions(values: Iterable[str]) -> frozenset[Permission]:
    """Permissions from their wire names; unknown names raise ``ValueError``."""
    return frozenset(Permission(v) for v in values)


def is_within(path: str, root_path: str) -> bool:
    """True when the organisation at ``path`` is ``root_path`` itself or below it."""
    return path.startswith(root_path)


def path_ids(path: str) -> list[str]:
    """The organisation ids on ``path``, from the root down to the organisation itself."""
    return [part for part in path.split("/") if part]


def parent_path(path: str) -> str:
    """The path of the organisation directly above ``path`` ("/" for a root)."""
    return path[: path.rstrip("/").rfind("/") + 1]


def path_upper_bound(root_path: str) -> str:
    """The smallest string greater than every path inside ``root_path``'s subtree.

    Every path in the subtree starts with ``root_path``, whose last character is ``/``
    (0x2F); no character lies between ``/`` and ``0`` (0x30), so ``[root_path, bound)``
    is exactly the subtree for a binary-collation range scan.
    """
    if not root_path.endswith("/"):
        raise ValueError(f"organisation path must end with '/': {root_path!r}")
    return root_path[:-1] + "0"


@dataclass(frozen=True, slots=True)
class Grant:
    """One membership's effect: ``permissions`` at the subtree rooted at ``org_path``."""

    org_id: str
    org_path: str
    role_id: str
    role_name: str
    permissions: frozenset[Permission]
    membership_id: str = ""


@dataclass(frozen=True)
class Scope:
    """What one person may do where, resolved from their grants."""

    person_id: str
    grants: tuple[Grant, ...]
    _roots: dict[Permission, tuple[str, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def resolve(cls, person_id: str, grants: Iterable[Grant]) -> Scope:
        ordered = tuple(sorted(grants, key=lambda g: (g.org_path, g.role_id)))
        roots: dict[Permission, tuple[str, ...]] = {}
        for permission in Permission:
            paths = sorted({g.org_path for g in ordered if permission in g.permissions})
            roots[permission] = tuple(_minimal_roots(paths))
        return cls(person_id, ordered, roots)

    def within(self, root_path: str) -> Scope:
        """This scope cut down to the subtree at ``root_path`` (a "log in as" session sees
        the sub-account, not whatever else its owner belongs to)."""
        kept = [g for g in self.grants if is_within(g.org_path, root_path)]
        return Scope.resolve(self.person_id, kept)

    def roots(self, permission: Permission) -> tuple[str, ...]:
        """The minimal set of subtree roots (paths) where ``permission`` holds."""
        return self._roots.get(permission, ())

    def allows(self, permission: Permission, org_path: str) -> bool:
        return any(is_within(org_path, root) for root in self.roots(permission))

    def permissions_at(self, org_path: str) -> frozenset[Permission]:
        held: set[Permission] = set()
        for grant in self.grants:
            if is_within(org_path, grant.org_path):
                held |= grant.permissions
        return frozenset(held)

    def explain(self, permission: Permission, org_path: str) -> tuple[Grant, ...]:
        """Every grant that gives ``permission`` at ``org_path`` ("why can they do that here?")."""
        return tuple(
            g
            for g in self.grants
            if permission in g.permissions and is_within(org_path, g.org_path)
        )

    def fingerprint(self) -> str:
        """Stable text that changes whenever what this person may see changes."""
        parts = [
            f"{p.value}={','.join(self.roots(p))}"
            for p in sorted(Permission, key=lambda p: p.value)
        ]
        return ";".join(parts)


def _minimal_roots(sorted_paths: list[str]) -> list[str]:
    """Drop every path that lies inside another path of the (sorted) list."""
    result: list[str] = []
    for path in sorted_paths:
        if result and is_within(path, result[-1]):
            continue
        result.append(path)
    return result
