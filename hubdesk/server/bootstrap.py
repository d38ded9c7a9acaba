"""What every server database holds from the start: the platform root and built-in roles."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import Commercial, Lifecycle, OrgKind
from hubdesk.domain.permissions import BUILTIN_ROLE_NAMES, BUILTIN_ROLE_PERMISSIONS, BuiltinRole
from hubdesk.domain.text import fold
from hubdesk.models.orgs import Organisation, Role

NAMESPACE = uuid.UUID("6f1c4f0e-2b7d-4a55-9a43-3f3f0b9d1a10")
ROLE_DESCRIPTIONS: dict[BuiltinRole, str] = {
    BuiltinRole.OWNER: "Runs the organisation; every right except providing services.",
    BuiltinRole.ADMINISTRATOR: (
        "Manages the organisation, its people and sub-accounts; takes payments."
    ),
    BuiltinRole.CALL_CENTER: "Books appointments and looks after customers by phone.",
    BuiltinRole.SPECIALIST: "Provides the service: takes appointments and handles requests.",
    BuiltinRole.ACCOUNTANT: "Sees and manages billing and reports.",
    BuiltinRole.MARKETER: "Sees reports and works with customers; no billing.",
    BuiltinRole.PLATFORM_SUPPORT: "hubdesk staff: supports every organisation on the platform.",
}


def stable_id(kind: str, name: str) -> str:
    """A deterministic UUID (v5) for seeded rows: the same on every fresh database."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{name}"))


PLATFORM_ID = stable_id("organisation", "platform")


def builtin_role_id(role: BuiltinRole) -> str:
    return stable_id("role", role.value)


def ensure_foundation(session: Session, platform_name: str = "hubdesk platform") -> Organisation:
    """Create the platform root and the built-in roles if missing (idempotent)."""
    platform = session.get(Organisation, PLATFORM_ID)
    if platform is None:
        platform = Organisation(
            id=PLATFORM_ID,
            parent_id=None,
            path=f"/{PLATFORM_ID}/",
            depth=0,
            name=platform_name,
            name_fold=fold(platform_name),
            kind=OrgKind.PLATFORM,
            lifecycle=Lifecycle.ACTIVE,
            commercial=Commercial.NONE,
        )
        session.add(platform)
    existing = set(session.scalars(select(Role.key).where(Role.builtin.is_(True))))
    for role in BuiltinRole:
        if role.value not in existing:
            session.add(
                Role(
                    id=builtin_role_id(role),
                    org_id=None,
                    key=role.value,
                    name=BUILTIN_ROLE_NAMES[role],
                    description=ROLE_DESCRIPTIONS[role],
                    permissions=sorted(p.value for p in BUILTIN_ROLE_PERMISSIONS[role]),
                    builtin=True,
                )
            )
    session.flush()
    return platform
