"""Every synced entity type: its model, and who may see it.

Visibility rules (enforced by the server, mirrored nowhere else):
- ``SUBTREE``: the row's organisation lies in a subtree where the reader holds
  ``permission``.
- ``SUBTREE_OR_ANCESTOR``: as SUBTREE, or the row belongs to an ancestor of such a
  subtree (custom roles, shared resources and a vendor's products flow down the tree),
  or to no organisation at all (built-in roles, the platform's own catalogue).
- ``PERSON``: people are visible through a membership in a visible organisation (and
  every person sees themself).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from hubdesk.domain.permissions import Permission
from hubdesk.models.activity import AuditEvent, ServiceRequest, SharedResource
from hubdesk.models.base import Base, Synced
from hubdesk.models.commerce import (
    Deal,
    DealNote,
    Invoice,
    InvoiceLine,
    LicenceAssignment,
    LicenceRule,
    Product,
    Subscription,
)
from hubdesk.models.orgs import Group, GroupMember, Invite, Membership, Organisation, Person, Role


class Visibility(Enum):
    SUBTREE = "subtree"
    SUBTREE_OR_ANCESTOR = "subtree_or_ancestor"
    PERSON = "person"


@dataclass(frozen=True)
class EntitySpec:
    model: type[Base]
    permission: Permission
    visibility: Visibility = Visibility.SUBTREE

    @property
    def name(self) -> str:
        return str(self.model.__sync_type__)  # type: ignore[attr-defined]

    @property
    def plural(self) -> str:
        return str(self.model.__sync_plural__)  # type: ignore[attr-defined]

    @property
    def table_name(self) -> str:
        return str(self.model.__tablename__)


V = Visibility
P = Permission

ENTITIES: tuple[EntitySpec, ...] = (
    EntitySpec(Organisation, P.VIEW_ORG),
    EntitySpec(Person, P.VIEW_ORG, V.PERSON),
    EntitySpec(Role, P.VIEW_ORG, V.SUBTREE_OR_ANCESTOR),
    EntitySpec(Membership, P.VIEW_ORG),
    EntitySpec(Group, P.VIEW_ORG),
    EntitySpec(GroupMember, P.VIEW_ORG),
    EntitySpec(Invite, P.VIEW_ORG),
    EntitySpec(Product, P.VIEW_ORG, V.SUBTREE_OR_ANCESTOR),  # a vendor's catalogue flows down
    EntitySpec(Subscription, P.VIEW_ORG),
    EntitySpec(LicenceAssignment, P.VIEW_ORG),
    EntitySpec(LicenceRule, P.VIEW_ORG),
    EntitySpec(SharedResource, P.VIEW_ORG, V.SUBTREE_OR_ANCESTOR),
    EntitySpec(Invoice, P.VIEW_BILLING),
    EntitySpec(InvoiceLine, P.VIEW_BILLING),
    EntitySpec(ServiceRequest, P.VIEW_ORG),
    EntitySpec(Deal, P.VIEW_ORG),
    EntitySpec(DealNote, P.VIEW_ORG),
    EntitySpec(AuditEvent, P.VIEW_AUDIT),
)

BY_NAME: dict[str, EntitySpec] = {spec.name: spec for spec in ENTITIES}
BY_MODEL: dict[type[Base], EntitySpec] = {spec.model: spec for spec in ENTITIES}


def spec_for(obj: Synced | type[Synced]) -> EntitySpec:
    cls = obj if isinstance(obj, type) else type(obj)
    return BY_MODEL[cls]  # type: ignore[index]
