"""Wire form of every synced entity (one model per entity type, fields = table columns)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from annotated_types import MaxLen
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from hubdesk.domain.enums import (
    Commercial,
    DealStage,
    InviteStatus,
    InvoiceStatus,
    Lifecycle,
    MembershipStatus,
    OrgKind,
    PersonStatus,
    ProductKind,
    RequestKind,
    RequestStatus,
    ResourceKind,
    RuleAction,
    RuleCondition,
    SubscriptionStatus,
    Term,
)
from hubdesk.domain.permissions import Permission

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]
# Free text is ``Annotated[str, MaxLen(n)]`` (n = the column's length).
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Email = Annotated[str, StringConstraints(max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
Cents = Annotated[int, Field(ge=-(2**53), le=2**53)]
Count = Annotated[int, Field(ge=0, le=2**31)]


class EntityOut(BaseModel):
    model_config = ConfigDict(extra="forbid", from_attributes=True, frozen=True)

    id: Id
    version: Annotated[int, Field(ge=1)]
    created_at: AwareDatetime
    updated_at: AwareDatetime


class OrganisationOut(EntityOut):
    parent_id: Id | None
    path: Annotated[str, StringConstraints(max_length=800, pattern=r"^/([0-9a-f-]{36}/)+$")]
    depth: Annotated[int, Field(ge=0, le=20)]
    name: Name
    name_fold: Annotated[str, MaxLen(200)]
    kind: OrgKind
    lifecycle: Lifecycle
    commercial: Commercial
    trial_ends_on: date | None
    subscription_started_on: date | None
    renews_on: date | None
    billing_org_id: Id | None
    legal_name: Annotated[str, MaxLen(200)] | None
    vat_number: Annotated[str, MaxLen(40)] | None
    address: Annotated[str, MaxLen(300)] | None
    postal_code: Annotated[str, MaxLen(20)] | None
    city: Annotated[str, MaxLen(100)] | None
    country: Annotated[str, MaxLen(2)] | None
    phone: Annotated[str, MaxLen(40)] | None
    contact_name: Annotated[str, MaxLen(200)] | None
    contact_email: Annotated[str, MaxLen(254)] | None
    locale: Annotated[str, MaxLen(10)]
    verified_domains: Annotated[list[Annotated[str, MaxLen(253)]], Field(max_length=50)]
    external_members: bool


class PersonOut(EntityOut):
    email: Email
    display_name: Name
    name_fold: Annotated[str, MaxLen(200)]
    phone: Annotated[str, MaxLen(40)] | None
    locale: Annotated[str, MaxLen(10)]
    status: PersonStatus
    totp_enabled: bool
    first_sign_in_at: AwareDatetime | None
    last_sign_in_at: AwareDatetime | None


class RoleOut(EntityOut):
    org_id: Id | None
    key: Annotated[str, MaxLen(40)] | None
    name: Name
    description: Annotated[str, MaxLen(500)]
    permissions: Annotated[list[Permission], Field(max_length=64)]
    builtin: bool


class MembershipOut(EntityOut):
    person_id: Id
    org_id: Id
    role_id: Id
    title: Annotated[str, MaxLen(100)] | None
    status: MembershipStatus


class GroupOut(EntityOut):
    org_id: Id
    name: Name
    description: Annotated[str, MaxLen(500)]


class GroupMemberOut(EntityOut):
    org_id: Id
    group_id: Id
    person_id: Id


class InviteOut(EntityOut):
    org_id: Id
    email: Email
    contact_name: Name
    company_name: Name
    status: InviteStatus
    sent_count: Count
    last_sent_at: AwareDatetime | None
    expires_at: AwareDatetime
    invited_by_id: Id | None
    sub_org_id: Id | None
    completed_at: AwareDatetime | None


class ProductOut(EntityOut):
    org_id: Id | None
    sku: Annotated[str, MaxLen(60)]
    name: Name
    kind: ProductKind
    tier: Count
    monthly_price_cents: Cents
    currency: Annotated[str, MaxLen(3)]


class SubscriptionOut(EntityOut):
    org_id: Id
    product_id: Id
    quantity: Count
    term: Term
    status: SubscriptionStatus
    started_on: date
    renews_on: date | None


class LicenceAssignmentOut(EntityOut):
    org_id: Id
    subscription_id: Id
    person_id: Id
    assigned_at: AwareDatetime
    rule_id: Id | None


class LicenceRuleOut(EntityOut):
    org_id: Id
    name: Name
    priority: int
    condition: RuleCondition
    params: dict[str, Any]
    action: RuleAction
    product_id: Id
    target_product_id: Id | None
    enabled: bool


class SharedResourceOut(EntityOut):
    org_id: Id
    kind: ResourceKind
    name: Name
    body: Annotated[str, MaxLen(100_000)]
    shared: bool
    owner_name: Annotated[str, MaxLen(200)]


class InvoiceOut(EntityOut):
    org_id: Id
    number: Annotated[str, MaxLen(40)]
    period_start: date
    period_end: date
    issued_on: date
    due_on: date
    status: InvoiceStatus
    total_cents: Cents
    currency: Annotated[str, MaxLen(3)]
    paid_on: date | None


class InvoiceLineOut(EntityOut):
    org_id: Id
    invoice_id: Id
    child_org_id: Id
    product_id: Id | None
    description: Annotated[str, MaxLen(300)]
    quantity: int
    unit_price_cents: Cents
    amount_cents: Cents


class ServiceRequestOut(EntityOut):
    org_id: Id
    kind: RequestKind
    title: Name
    status: RequestStatus
    requested_by_id: Id | None
    requested_for: date
    quantity: Count
    notes: Annotated[str, MaxLen(10_000)]


class DealOut(EntityOut):
    org_id: Id
    customer_org_id: Id
    stage: DealStage
    plan_name: Annotated[str, MaxLen(120)] | None
    progress_pct: Annotated[int, Field(ge=0, le=100)]
    value_cents: Cents
    won_at: AwareDatetime | None
    won_by_id: Id | None
    tags: Annotated[list[Annotated[str, MaxLen(40)]], Field(max_length=50)]


class DealNoteOut(EntityOut):
    org_id: Id
    deal_id: Id
    author_id: Id | None
    author_name: Name
    body: Annotated[str, MaxLen(20_000)]


class AuditEventOut(EntityOut):
    org_id: Id | None
    chain_id: Id
    chain_seq: Annotated[int, Field(ge=1)]
    occurred_at: AwareDatetime
    actor_id: Id | None
    actor_name: Annotated[str, MaxLen(300)]
    impersonator_id: Id | None
    impersonator_name: Annotated[str, MaxLen(300)] | None
    action: Annotated[str, MaxLen(60)]
    target_type: Annotated[str, MaxLen(40)] | None
    target_id: Id | None
    target_name: Annotated[str, MaxLen(300)] | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    ip: Annotated[str, MaxLen(64)] | None
    device: Annotated[str, MaxLen(300)] | None
    prev_hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


WIRE_MODELS: dict[str, type[EntityOut]] = {
    "organisation": OrganisationOut,
    "person": PersonOut,
    "role": RoleOut,
    "membership": MembershipOut,
    "group": GroupOut,
    "group_member": GroupMemberOut,
    "invite": InviteOut,
    "product": ProductOut,
    "subscription": SubscriptionOut,
    "licence_assignment": LicenceAssignmentOut,
    "licence_rule": LicenceRuleOut,
    "shared_resource": SharedResourceOut,
    "invoice": InvoiceOut,
    "invoice_line": InvoiceLineOut,
    "service_request": ServiceRequestOut,
    "deal": DealOut,
    "deal_note": DealNoteOut,
    "audit_event": AuditEventOut,
}
