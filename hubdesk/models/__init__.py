"""SQLAlchemy models: the synced domain entities (server database and console cache),
the server-only tables (secrets, sync index) and the console-only cache tables."""

from hubdesk.models.activity import AuditEvent, ServiceRequest, SharedResource
from hubdesk.models.base import Base, new_id, synced_tables, utcnow
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

__all__ = [
    "AuditEvent",
    "Base",
    "Deal",
    "DealNote",
    "Group",
    "GroupMember",
    "Invite",
    "Invoice",
    "InvoiceLine",
    "LicenceAssignment",
    "LicenceRule",
    "Membership",
    "Organisation",
    "Person",
    "Product",
    "Role",
    "ServiceRequest",
    "SharedResource",
    "Subscription",
    "new_id",
    "synced_tables",
    "utcnow",
]
