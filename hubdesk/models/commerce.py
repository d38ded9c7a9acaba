"""Products, subscriptions, licences and their rules, invoices, deals."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.domain.enums import (
    DealStage,
    InvoiceStatus,
    ProductKind,
    RuleAction,
    RuleCondition,
    SubscriptionStatus,
    Term,
)
from hubdesk.models.base import FK, Base, Synced, UTCDateTime

Enum = String(24)


class Product(Synced, Base):
    """Something sold: a workspace licence tier, a seat plan, a channel, an add-on, a framework.

    ``org_id`` is the vendor organisation; empty for the platform's own catalogue.
    """

    __tablename__ = "products"
    __sync_type__ = "product"
    __sync_plural__ = "products"

    org_id: Mapped[str | None] = mapped_column(FK("organisations.id"), index=True)
    sku: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[ProductKind] = mapped_column(Enum, nullable=False)
    tier: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    monthly_price_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="EUR")


class Subscription(Synced, Base):
    __tablename__ = "subscriptions"
    __sync_type__ = "subscription"
    __sync_plural__ = "subscriptions"

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    product_id: Mapped[str] = mapped_column(FK("products.id"), nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)
    term: Mapped[Term] = mapped_column(Enum, nullable=False, default=Term.ANNUAL)
    status: Mapped[SubscriptionStatus] = mapped_column(
        Enum, nullable=False, default=SubscriptionStatus.ACTIVE
    )
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    renews_on: Mapped[date | None] = mapped_column(Date)


class LicenceAssignment(Synced, Base):
    __tablename__ = "licence_assignments"
    __sync_type__ = "licence_assignment"
    __sync_plural__ = "licence-assignments"

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    subscription_id: Mapped[str] = mapped_column(FK("subscriptions.id"), nullable=False, index=True)
    person_id: Mapped[str] = mapped_column(FK("people.id"), nullable=False, index=True)
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    rule_id: Mapped[str | None] = mapped_column(FK("licence_rules.id"))


class LicenceRule(Synced, Base):
    """Assigns, removes or changes a licence type automatically (lower priority runs first)."""

    __tablename__ = "licence_rules"
    __sync_type__ = "licence_rule"
    __sync_plural__ = "licence-rules"

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    priority: Mapped[int] = mapped_column(Integer, nullable=False)
    condition: Mapped[RuleCondition] = mapped_column(Enum, nullable=False)
    # org_unit: {"org_id"}; group: {"group_id"}; inactivity: {"days"}; first_login: {"within_days"}
    params: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    action: Mapped[RuleAction] = mapped_column(Enum, nullable=False)
    product_id: Mapped[str] = mapped_column(FK("products.id"), nullable=False)
    target_product_id: Mapped[str | None] = mapped_column(FK("products.id"))
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Invoice(Synced, Base):
    """One invoice per billing organisation and period, with lines per child organisation."""

    __tablename__ = "invoices"
    __sync_type__ = "invoice"
    __sync_plural__ = "invoices"

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[InvoiceStatus] = mapped_column(Enum, nullable=False)
    total_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="EUR")
    paid_on: Mapped[date | None] = mapped_column(Date)


class InvoiceLine(Synced, Base):
    __tablename__ = "invoice_lines"
    __sync_type__ = "invoice_line"
    __sync_plural__ = "invoice-lines"

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    invoice_id: Mapped[str] = mapped_column(FK("invoices.id"), nullable=False, index=True)
    child_org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False)
    product_id: Mapped[str | None] = mapped_column(FK("products.id"))
    description: Mapped[str] = mapped_column(String(300), nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)
    unit_price_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    amount_cents: Mapped[int] = mapped_column(Integer, nullable=False)


class Deal(Synced, Base):
    """A partner's (``org_id``) deal with one of its customer accounts."""

    __tablename__ = "deals"
    __sync_type__ = "deal"
    __sync_plural__ = "deals"
    __table_args__ = (Index("ix_deals_customer", "customer_org_id"),)

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    customer_org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False)
    stage: Mapped[DealStage] = mapped_column(Enum, nullable=False, default=DealStage.OPEN)
    plan_name: Mapped[str | None] = mapped_column(String(120))
    progress_pct: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    value_cents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    won_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    won_by_id: Mapped[str | None] = mapped_column(FK("people.id"))
    tags: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)


class DealNote(Synced, Base):
    __tablename__ = "deal_notes"
    __sync_type__ = "deal_note"
    __sync_plural__ = "deal-notes"

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    deal_id: Mapped[str] = mapped_column(FK("deals.id"), nullable=False, index=True)
    author_id: Mapped[str | None] = mapped_column(FK("people.id"))
    author_name: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
