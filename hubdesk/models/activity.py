"""Shared resources, service requests and the audit log."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.domain.enums import RequestKind, RequestStatus, ResourceKind
from hubdesk.models.base import FK, Base, Synced, UTCDateTime

Enum = String(24)


class SharedResource(Synced, Base):
    """An agent, channel or knowledge entry; when ``shared`` it flows down the tree."""

    __tablename__ = "shared_resources"
    __sync_type__ = "shared_resource"
    __sync_plural__ = "shared-resources"

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False, index=True)
    kind: Mapped[ResourceKind] = mapped_column(Enum, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    shared: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # The owning organisation's name, for those below who see the resource but not the
    # organisation it comes from (kept in step when the organisation is renamed).
    owner_name: Mapped[str] = mapped_column(
        String(200), nullable=False, default="", server_default=""
    )


class ServiceRequest(Synced, Base):
    """Lunch, cleaning, handyman … ordered by or for a sub-account."""

    __tablename__ = "service_requests"
    __sync_type__ = "service_request"
    __sync_plural__ = "service-requests"
    __table_args__ = (Index("ix_service_requests_org_day", "org_id", "requested_for"),)

    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False)
    kind: Mapped[RequestKind] = mapped_column(Enum, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[RequestStatus] = mapped_column(Enum, nullable=False)
    requested_by_id: Mapped[str | None] = mapped_column(FK("people.id"))
    requested_for: Mapped[date] = mapped_column(Date, nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class AuditEvent(Synced, Base):
    """One recorded change or critical event, hash-chained per top-level organisation.

    Names are stored beside ids (``actor_name``, ``target_name``) so a reviewer reads
    names even for people and objects outside their own scope or long deleted.
    """

    __tablename__ = "audit_events"
    __sync_type__ = "audit_event"
    __sync_plural__ = "audit-events"
    __table_args__ = (
        Index("ix_audit_events_org_time", "org_id", "occurred_at"),
        Index("ix_audit_events_chain", "chain_id", "chain_seq", unique=True),
        Index("ix_audit_events_actor", "actor_id", "occurred_at"),
        # The audit pane: the whole log by time, one target's history, one action.
        Index("ix_audit_events_time", "occurred_at"),
        Index("ix_audit_events_target", "target_id", "occurred_at"),
        Index("ix_audit_events_action", "action", "occurred_at"),
    )

    org_id: Mapped[str | None] = mapped_column(FK("organisations.id"))
    chain_id: Mapped[str] = mapped_column(String(36), nullable=False)
    chain_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    actor_name: Mapped[str] = mapped_column(String(300), nullable=False)
    impersonator_id: Mapped[str | None] = mapped_column(String(36))
    impersonator_name: Mapped[str | None] = mapped_column(String(300))
    action: Mapped[str] = mapped_column(String(60), nullable=False)
    target_type: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[str | None] = mapped_column(String(36))
    target_name: Mapped[str | None] = mapped_column(String(300))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ip: Mapped[str | None] = mapped_column(String(64))
    device: Mapped[str | None] = mapped_column(String(300))
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
