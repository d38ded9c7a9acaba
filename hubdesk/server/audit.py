"""Recording audit events server-side, hash-chained per top-level organisation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain import audit_chain
from hubdesk.models.activity import AuditEvent
from hubdesk.models.base import Synced, new_id, utcnow
from hubdesk.models.orgs import Organisation, Person
from hubdesk.server.bootstrap import PLATFORM_ID

STAGED = "hubdesk.audit.staged"


@dataclass(frozen=True)
class Actor:
    """Who did it, from where: the person (and the impersonator, if any), IP and device."""

    person_id: str | None
    name: str
    impersonator_id: str | None = None
    impersonator_name: str | None = None
    ip: str | None = None
    device: str | None = None

    @classmethod
    def of(cls, person: Person, ip: str | None = None, device: str | None = None) -> Actor:
        return cls(person.id, f"{person.display_name} <{person.email}>", ip=ip, device=device)


def chain_id_for(org_path: str | None, platform_id: str) -> str:
    """The chain an event joins: its top-level organisation (depth 1), else the platform."""
    if not org_path:
        return platform_id
    parts = [p for p in org_path.split("/") if p]
    return parts[1] if len(parts) > 1 else parts[0]


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    org: Organisation | None,
    target_type: str | None = None,
    target_id: str | None = None,
    target_name: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    occurred_at: datetime | None = None,
    event_id: str | None = None,
) -> AuditEvent:
    """Stage one event for the caller's transaction; it joins its chain at commit.

    The chain position and hashes are fixed in the commit phase under the writers' lock
    (see :func:`materialise`), so no lock is held while the request does its work and
    locks are always taken in the same order.
    """
    fields: dict[str, Any] = {
        "id": event_id or new_id(),
        "org_id": org.id if org else None,
        "chain_id": chain_id_for(org.path if org else None, PLATFORM_ID),
        "occurred_at": occurred_at or utcnow(),
        "actor_id": actor.person_id,
        "actor_name": actor.name,
        "impersonator_id": actor.impersonator_id,
        "impersonator_name": actor.impersonator_name,
        "action": action,
        "target_type": target_type,
        "target_id": target_id,
        "target_name": target_name,
        "before": before,
        "after": after,
        "ip": actor.ip,
        "device": actor.device,
    }
    event = AuditEvent(**fields, created_at=fields["occurred_at"], updated_at=fields["occurred_at"])
    session.info.setdefault(STAGED, []).append(event)
    return event


def changed(
    session: Session,
    actor: Actor,
    action: str,
    org: Organisation | None,
    entity: Synced,
    name: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """An event about one synced entity (its type and id as the target, ``name`` beside)."""
    return record(
        session,
        actor,
        action,
        org=org,
        target_type=entity.__sync_type__,
        target_id=entity.id,
        target_name=name,
        before=before,
        after=after,
    )


def materialise(session: Session) -> None:
    """Chain and insert the staged events (the caller holds the writers' lock)."""
    staged: list[AuditEvent] = session.info.pop(STAGED, [])
    heads: dict[str, tuple[int, str]] = {}
    for event in staged:
        if event.chain_id not in heads:
            head = session.execute(
                select(AuditEvent.chain_seq, AuditEvent.hash)
                .where(AuditEvent.chain_id == event.chain_id)
                .order_by(AuditEvent.chain_seq.desc())
                .limit(1)
            ).first()
            heads[event.chain_id] = (head[0], head[1]) if head else (0, audit_chain.GENESIS)
        seq, prev = heads[event.chain_id]
        event.chain_seq = seq + 1
        event.prev_hash = prev
        fields = {name: getattr(event, name) for name in audit_chain.CHAINED_FIELDS}
        event.hash = audit_chain.event_hash(prev, fields)
        heads[event.chain_id] = (event.chain_seq, event.hash)
        session.add(event)
    if staged:
        session.flush()
