"""Organisations, people, roles, memberships, groups and invites."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.domain.enums import (
    Commercial,
    InviteStatus,
    Lifecycle,
    MembershipStatus,
    OrgKind,
    PersonStatus,
)
from hubdesk.models.base import FK, Base, PathType, Synced, UTCDateTime

Enum = String(24)


class Organisation(Synced, Base):
    """A node of the organisation tree (platform → partner/hub/brand → account → sub-account)."""

    __tablename__ = "organisations"
    __sync_type__ = "organisation"
    __sync_plural__ = "organisations"
    __table_args__ = (
        Index("ix_organisations_parent_sort", "parent_id", "name_fold", "id"),
        Index("ix_organisations_path", "path"),
        Index("ix_organisations_name_fold", "name_fold"),
        # One tree: only the platform has no parent (a detached account moves under it).
        Index(
            "uq_organisations_single_root",
            "depth",
            unique=True,
            sqlite_where=text("parent_id IS NULL"),
            postgresql_where=text("parent_id IS NULL"),
        ),
    )

    parent_id: Mapped[str | None] = mapped_column(FK("organisations.id"))
    # Materialised path "/<root-id>/…/<own-id>/": subtree queries are index range scans.
    path: Mapped[str] = mapped_column(PathType, nullable=False)
    depth: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_fold: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[OrgKind] = mapped_column(Enum, nullable=False)
    lifecycle: Mapped[Lifecycle] = mapped_column(Enum, nullable=False, default=Lifecycle.ACTIVE)
    commercial: Mapped[Commercial] = mapped_column(Enum, nullable=False, default=Commercial.NONE)
    trial_ends_on: Mapped[date | None] = mapped_column(Date)
    subscription_started_on: Mapped[date | None] = mapped_column(Date)
    renews_on: Mapped[date | None] = mapped_column(Date)
    billing_org_id: Mapped[str | None] = mapped_column(FK("organisations.id"))
    legal_name: Mapped[str | None] = mapped_column(String(200))
    vat_number: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(40))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    locale: Mapped[str] = mapped_column(String(10), nullable=False, default="en")
    verified_domains: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    # Its administrators allow members from domains other than the verified ones.
    external_members: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=text("false")
    )


class Person(Synced, Base):
    __tablename__ = "people"
    __sync_type__ = "person"
    __sync_plural__ = "people"
    __table_args__ = (Index("ix_people_name_fold", "name_fold"),)

    email: Mapped[str] = mapped_column(String(254), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_fold: Mapped[str] = mapped_column(String(200), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    locale: Mapped[str] = mapped_column(String(10), nullable=False, default="en")
    status: Mapped[PersonStatus] = mapped_column(Enum, nullable=False, default=PersonStatus.ACTIVE)
    totp_enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    first_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Role(Synced, Base):
    """A built-in role (``org_id`` empty, ``key`` set) or a custom role of an organisation."""

    __tablename__ = "roles"
    __sync_type__ = "role"
    __sync_plural__ = "roles"

    org_id: Mapped[str | None] = mapped_column(FK("organisations.id"), index=True)
    key: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    permissions: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    builtin: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Membership(Synced, Base):
    """A person's role at an organisation: applies there and to every descendant."""

    __tablename__ = "memberships"
    __sync_type__ = "membership"
    __sync_plural__ = "memberships"
    __table_args__ = (
        UniqueConstraint("person_id", "org_id", name="uq_memberships_person_org"),
        Index("ix_memberships_org", "org_id"),
    )

    person_id: Mapped[str] = mapped_column(FK("people.id"), nullable=False, index=True)
    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False)
    role_id: Mapped[str] = mapped_column(FK("roles.id"), nullable=False)
    title: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[MembershipStatus] = mapped_column(
        Enum, nullable=False, default=MembershipStatus.ACTIVE
    )


class Group(Synced, Base):
    __tablename__ = "groups"
    __sync_type__ = "group"
    __sync_plural__ = "groups"

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str] = mapped_column(String(500), nullable=False, default="")


class GroupMember(Synced, Base):
    __tablename__ = "group_members"
    __sync_type__ = "group_member"
    __sync_plural__ = "group-members"
    __table_args__ = (UniqueConstraint("group_id", "person_id", name="uq_group_members"),)

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    group_id: Mapped[str] = mapped_column(FK("groups.id"), nullable=False)
    person_id: Mapped[str] = mapped_column(FK("people.id"), nullable=False)


class Invite(Synced, Base):
    """An invitation from ``org_id`` (the hub) to a new sub-account."""

    __tablename__ = "invites"
    __sync_type__ = "invite"
    __sync_plural__ = "invites"

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    email: Mapped[str] = mapped_column(String(254), nullable=False)
    contact_name: Mapped[str] = mapped_column(String(200), nullable=False)
    company_name: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[InviteStatus] = mapped_column(Enum, nullable=False, default=InviteStatus.PENDING)
    sent_count: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    last_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    invited_by_id: Mapped[str | None] = mapped_column(FK("people.id"))
    sub_org_id: Mapped[str | None] = mapped_column(FK("organisations.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
