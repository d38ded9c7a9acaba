"""Applying the console's writes: each idempotency key at most once, stale ones as conflicts.

Every mutation runs in its own write transaction, together with its stored result
(:class:`~hubdesk.models.server_only.IdempotencyRecord`), its audit event and its feed
numbers: either all of it is committed or none of it. A repeat of a key returns the
stored result without touching anything; two requests racing with the same key end
with one of them applied and the other one answered from the record.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hubdesk.domain.permissions import Permission
from hubdesk.domain.text import fold
from hubdesk.models.activity import SharedResource
from hubdesk.models.base import utcnow
from hubdesk.models.orgs import Organisation
from hubdesk.models.server_only import IdempotencyRecord, PushClient
from hubdesk.server import (
    audit,
    billing,
    deals,
    detach,
    invites,
    licences,
    members,
    roles,
    service_requests,
    shared,
)
from hubdesk.server.db import Database
from hubdesk.server.deps import Caller
from hubdesk.server.errors import ApiError
from hubdesk.server.results import apply_changes, rejected, upsert
from hubdesk.server.settings import Settings
from hubdesk.wire.mutations import Mutation, MutationResult, OrganisationUpdate

KEY_REUSED = "idempotency_key_reused"


def request_digest(mutation: Mutation) -> str:
    """What the key stands for: the whole mutation but its key, in canonical JSON."""
    body = mutation.model_dump(mode="json", exclude={"key"}, exclude_unset=True)
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Context:
    """Who writes, and what the server knows about itself (for mail and links)."""

    caller: Caller
    settings: Settings
    base_url: str  # where people reach this server, without a trailing slash


def _update_organisation(
    session: Session, ctx: Context, mutation: OrganisationUpdate
) -> MutationResult:
    caller = ctx.caller
    org = session.scalar(
        select(Organisation).where(Organisation.id == mutation.entity_id).with_for_update()
    )
    if org is None or not caller.scope.allows(Permission.VIEW_ORG, org.path):
        return rejected(mutation, "not_found", "The organisation no longer exists for you.")
    if not caller.scope.allows(Permission.MANAGE_ORG, org.path):
        return rejected(
            mutation, "forbidden", "You may not change this organisation's details.", org
        )
    if org.version != mutation.base_version:
        return MutationResult(
            key=mutation.key, status="conflict", current=upsert("organisation", org)
        )
    before, after = apply_changes(org, mutation.payload.changes())
    if "name" in after:
        org.name_fold = fold(org.name)
        for resource in session.scalars(
            select(SharedResource).where(SharedResource.org_id == org.id)
        ):
            resource.owner_name = org.name  # those below see where it comes from
    if after:
        session.flush()  # the version bump (see hubdesk.server.feed)
        audit.record(
            session,
            caller.actor,
            "organisation.updated",
            org=org,
            target_type="organisation",
            target_id=org.id,
            target_name=org.name,
            before=before,
            after=after,
        )
    return MutationResult(key=mutation.key, status="applied", version=org.version)


APPLY: dict[str, Callable[[Session, Context, Any], MutationResult]] = {
    "organisation.update": _update_organisation,
    "organisation.detach": detach.detach,
    "invite.create": invites.create,
    "invite.resend": invites.resend,
    "invite.cancel": invites.cancel,
    "service_request.create": service_requests.create,
    "service_request.update": service_requests.update,
    "membership.create": members.create,
    "membership.update": members.update,
    "membership.remove": members.remove,
    "role.create": roles.create,
    "role.update": roles.update,
    "role.remove": roles.remove,
    "licence.assign": licences.assign,
    "licence.unassign": licences.unassign,
    "subscription.update": licences.update_subscription,
    "licence_rule.create": licences.create_rule,
    "licence_rule.update": licences.update_rule,
    "licence_rule.remove": licences.remove_rule,
    "shared_resource.create": shared.create,
    "shared_resource.update": shared.update,
    "shared_resource.remove": shared.remove,
    "invoice.update": billing.update,
    "deal_note.create": deals.add_note,
    "deal.win": deals.win,
    "customer.create": deals.create_customer,
}


def _stored(record: IdempotencyRecord, caller: Caller, digest: str) -> MutationResult:
    if record.person_id != caller.person.id or record.request_digest != digest:
        raise ApiError(
            422,
            KEY_REUSED,
            "This idempotency key was already used for a different request.",
        )
    return MutationResult.model_validate_json(record.result)


def _note_client(session: Session, caller: Caller, client_id: str, seq: int) -> None:
    client = session.get(PushClient, client_id, with_for_update=True)
    if client is None:
        session.add(PushClient(client_id=client_id, person_id=caller.person.id, last_seq=seq))
    elif client.person_id != caller.person.id:
        raise ApiError(409, "client_id_taken", "This client id belongs to another account.")
    elif seq > client.last_seq:
        client.last_seq = seq
        client.updated_at = utcnow()


def apply_one(db: Database, ctx: Context, client_id: str, mutation: Mutation) -> MutationResult:
    """Apply ``mutation`` once (or answer from its record); one transaction."""
    caller = ctx.caller
    digest = request_digest(mutation)
    for _attempt in range(2):
        try:
            with db.writing() as session:
                record = session.get(IdempotencyRecord, mutation.key)
                if record is not None:
                    return _stored(record, caller, digest)
                result = APPLY[mutation.op](session, ctx, mutation)
                session.add(
                    IdempotencyRecord(
                        key=mutation.key,
                        person_id=caller.person.id,
                        client_id=client_id,
                        seq=mutation.seq,
                        request_digest=digest,
                        status=result.status,
                        result=result.model_dump_json(),
                    )
                )
                _note_client(session, caller, client_id, mutation.seq)
                return result
        except IntegrityError:
            # Another request stored this key first (PostgreSQL, concurrent pushes):
            # everything here was rolled back; the record answers on the next pass.
            continue
    raise ApiError(409, "busy", "The change could not be stored; send it again.")


def last_seq(db: Database, client_id: str) -> int:
    with db.reading() as session:
        value = session.scalar(select(PushClient.last_seq).where(PushClient.client_id == client_id))
    return int(value or 0)
