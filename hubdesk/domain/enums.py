"""Enumerations of the domain: kinds and statuses that travel between server and console."""

from __future__ import annotations

from enum import StrEnum


class OrgKind(StrEnum):
    PLATFORM = "platform"
    PARTNER = "partner"
    RESELLER = "reseller"
    HUB = "hub"
    BRAND = "brand"
    DEALER = "dealer"
    COMPANY = "company"
    TENANT = "tenant"
    BUSINESS_UNIT = "business_unit"
    LOCATION = "location"
    CUSTOMER = "customer"


class Lifecycle(StrEnum):
    INVITED = "invited"
    ONBOARDING = "onboarding"
    ACTIVE = "active"
    DETACHED = "detached"
    CLOSED = "closed"


class Commercial(StrEnum):
    NONE = "none"
    TRIAL = "trial"
    ACTIVE = "active"
    CLOSED = "closed"


class PersonStatus(StrEnum):
    INVITED = "invited"
    ACTIVE = "active"
    DISABLED = "disabled"


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    INVITED = "invited"
    SUSPENDED = "suspended"


class InviteStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class ProductKind(StrEnum):
    WORKSPACE_LICENCE = "workspace_licence"
    SEAT_PLAN = "seat_plan"
    CHANNEL = "channel"
    ADD_ON = "add_on"
    FRAMEWORK = "framework"


class Term(StrEnum):
    MONTHLY = "monthly"
    ANNUAL = "annual"


class SubscriptionStatus(StrEnum):
    TRIAL = "trial"
    ACTIVE = "active"
    CANCELLED = "cancelled"


class RuleCondition(StrEnum):
    ORG_UNIT = "org_unit"
    GROUP = "group"
    INACTIVITY = "inactivity"
    FIRST_LOGIN = "first_login"


class RuleAction(StrEnum):
    ASSIGN = "assign"
    REMOVE = "remove"
    CHANGE = "change"


class ResourceKind(StrEnum):
    AGENT = "agent"
    CHANNEL = "channel"
    KNOWLEDGE = "knowledge"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    UNPAID = "unpaid"
    PAID = "paid"
    OVERDUE = "overdue"
    VOID = "void"


class RequestKind(StrEnum):
    LUNCH = "lunch"
    CLEANING = "cleaning"
    HANDYMAN = "handyman"
    IT_SUPPORT = "it_support"
    MEETING_ROOM = "meeting_room"
    OTHER = "other"


class RequestStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class DealStage(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"
