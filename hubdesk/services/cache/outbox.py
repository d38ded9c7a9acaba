"""The outbox: writes made here, kept until the server has answered for them.

A write is one transaction in the cache: the outbox entry (idempotency key, sequence
number, operation, payload, base version) and its optimistic effect on the cached row.
The cached row keeps the server's ``version``; the entries' patches are laid over the
server's values, and laid over again whenever the server's row arrives anew (a pulled
page, a conflict's "theirs"): what the console shows is always the server's row plus
the writes not yet taken.

An answer from the server (:func:`settle`) is one transaction too: acknowledged entries
leave, conflicts and rejections are kept with the server's row for the person to decide.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Date, Table, delete, func, insert, select, update

from hubdesk.domain.text import fold
from hubdesk.models.cache import CacheState, ConflictEntry, OutboxEntry
from hubdesk.services.cache.rows import TABLES, write_rows
from hubdesk.services.cache.store import ME, Cache
from hubdesk.wire.mutations import (
    MUTATION_MODELS,
    OP_ENTITY,
    OP_KIND,
    OP_PATCH,
    Mutation,
    MutationResult,
    Payload,
    PushResponse,
)

PENDING, CONFLICT, REJECTED = "pending", "conflict", "rejected"
EntityKey = tuple[str, str]  # (entity type, id)

# Columns the server derives from a patched one; the console derives them the same way.
DERIVED: dict[str, dict[str, tuple[str, Callable[[Any], Any]]]] = {
    "organisation": {"name": ("name_fold", fold)},
}


class NotCached(LookupError):
    """The entity to change is not in the cache (gone, or never synced)."""


class InConflict(RuntimeError):
    """The entity has writes the server did not take: decide about those first."""


def _table(entity_type: str) -> Table:
    return TABLES[entity_type]


def lay_over(conn: Connection, entity_type: str, entity_id: str, changes: dict[str, Any]) -> None:
    """Write ``changes`` (and what derives from them) into the cached row."""
    table = _table(entity_type)
    values = {name: _column_value(table, name, value) for name, value in changes.items()}
    for name, (derived, derive) in DERIVED.get(entity_type, {}).items():
        if name in changes and changes[name] is not None:
            values[derived] = derive(changes[name])
    conn.execute(update(table).where(table.c.id == entity_id).values(values))


def _column_value(table: Table, name: str, value: Any) -> Any:
    """A patch's JSON value as its column takes it (a day travels as ISO text)."""
    if isinstance(value, str) and isinstance(table.c[name].type, Date):
        return date.fromisoformat(value)
    return value


def _now() -> datetime:
    return datetime.now(UTC)


def _unsent(entity_id: str, now: datetime) -> dict[str, Any]:
    """The columns every entity the console made has until the server takes it."""
    return {"id": entity_id, "version": 0, "created_at": now, "updated_at": now}


def _new_invite(_conn: Connection, entity_id: str, draft: dict[str, Any]) -> dict[str, Any]:
    """What the console shows of an invite the server has not taken yet."""
    now = _now()
    return {
        **_unsent(entity_id, now),
        **draft,
        "status": "pending",
        "sent_count": 1,
        "last_sent_at": now,
        "expires_at": now + timedelta(days=14),
        "invited_by_id": None,
        "sub_org_id": None,
        "completed_at": None,
    }


def _new_request(_conn: Connection, entity_id: str, draft: dict[str, Any]) -> dict[str, Any]:
    """What the console shows of a service request the server has not taken yet."""
    now = _now()
    return {
        **_unsent(entity_id, now),
        **draft,
        "status": "open",
        "requested_by_id": None,
    }


def _new_membership(conn: Connection, entity_id: str, draft: dict[str, Any]) -> dict[str, Any]:
    """What the console shows of a person added here before the server has taken it: the
    membership, and the person when the cache does not know the address yet (a stand-in
    with version 0; the server's person replaces it by its address, a unique column)."""
    people = _table("person")
    person_id = conn.scalar(select(people.c.id).where(people.c.email == draft["email"]))
    now = _now()
    if person_id is None:
        person_id = str(uuid.uuid4())
        write_rows(
            conn,
            "person",
            [
                {
                    **_unsent(person_id, now),
                    "email": draft["email"],
                    "display_name": draft["display_name"],
                    "name_fold": fold(draft["display_name"]),
                    "phone": None,
                    "locale": "en",
                    "status": "invited",
                    "totp_enabled": False,
                    "first_sign_in_at": None,
                    "last_sign_in_at": None,
                }
            ],
        )
    return {
        **_unsent(entity_id, now),
        "person_id": person_id,
        "org_id": draft["org_id"],
        "role_id": draft["role_id"],
        "title": draft.get("title"),
        "status": "invited",
    }


def _new_role(_conn: Connection, entity_id: str, draft: dict[str, Any]) -> dict[str, Any]:
    """What the console shows of a custom role the server has not taken yet."""
    now = _now()
    return {
        **_unsent(entity_id, now),
        **draft,
        "key": None,
        "builtin": False,
    }


def _new_assignment(conn: Connection, entity_id: str, draft: dict[str, Any]) -> dict[str, Any]:
    """What the console shows of a licence given here before the server has taken it."""
    subscriptions = _table("subscription")
    org_id = conn.scalar(
        select(subscriptions.c.org_id).where(subscriptions.c.id == draft["subscription_id"])
    )
    now = _now()
    return {
        **_unsent(entity_id, now),
        **draft,
        "org_id": org_id,
        "assigned_at": now,
        "rule_id": None,
    }


def _new_rule(_conn: Connection, entity_id: str, draft: dict[str, Any]) -> dict[str, Any]:
    """What the console shows of a licence rule the server has not taken yet."""
    return {**_unsent(entity_id, _now()), **draft}


def _new_resource(conn: Connection, entity_id: str, draft: dict[str, Any]) -> dict[str, Any]:
    """What the console shows of a shared resource the server has not taken yet."""
    orgs = _table("organisation")
    owner = conn.scalar(select(orgs.c.name).where(orgs.c.id == draft["org_id"])) or ""
    return {**_unsent(entity_id, _now()), **draft, "owner_name": owner}


def _me(conn: Connection) -> tuple[str, str] | None:
    """The signed-in person's id and name (kept with the cache for offline starts)."""
    raw = conn.scalar(select(CacheState.value).where(CacheState.key == ME))
    if not raw:
        return None
    person = json.loads(raw)["person"]
    return str(person["id"]), str(person.get("display_name") or person.get("email") or "")


def _new_note(conn: Connection, entity_id: str, draft: dict[str, Any]) -> dict[str, Any]:
    """What the console shows of a deal note the server has not taken yet: the writer's,
    now, on the deal's partner."""
    deals = _table("deal")
    partner = conn.scalar(select(deals.c.org_id).where(deals.c.id == draft["deal_id"]))
    me = _me(conn)
    return {
        **_unsent(entity_id, _now()),
        **draft,
        "org_id": partner,
        "author_id": me[0] if me else None,
        "author_name": me[1] if me else "",
    }


def _new_customer(conn: Connection, entity_id: str, draft: dict[str, Any]) -> dict[str, Any]:
    """What the console shows of a customer account the server has not taken yet: under
    the partner, in its trial."""
    orgs = _table("organisation")
    partner = conn.execute(
        select(orgs.c.path, orgs.c.depth, orgs.c.locale).where(orgs.c.id == draft["partner_id"])
    ).one()
    trial_ends = (_now() + timedelta(days=int(draft["trial_days"]))).date()
    return {
        **_unsent(entity_id, _now()),
        "parent_id": draft["partner_id"],
        "path": f"{partner.path}{entity_id}/",
        "depth": partner.depth + 1,
        "name": draft["name"],
        "name_fold": fold(draft["name"]),
        "kind": "customer",
        "lifecycle": "active",
        "commercial": "trial",
        "trial_ends_on": trial_ends,
        "subscription_started_on": None,
        "renews_on": None,
        "billing_org_id": None,
        "legal_name": None,
        "vat_number": None,
        "address": None,
        "postal_code": None,
        "city": None,
        "country": None,
        "phone": None,
        "contact_name": draft.get("contact_name"),
        "contact_email": draft.get("contact_email"),
        "locale": partner.locale,
        "verified_domains": [],
        "external_members": False,
    }


# The optimistic effect of each create and action (updates lay their payload over).
NEW_ROW: dict[str, Callable[[Connection, str, dict[str, Any]], dict[str, Any]]] = {
    "invite.create": _new_invite,
    "service_request.create": _new_request,
    "membership.create": _new_membership,
    "role.create": _new_role,
    "licence.assign": _new_assignment,
    "licence_rule.create": _new_rule,
    "shared_resource.create": _new_resource,
    "deal_note.create": _new_note,
    "customer.create": _new_customer,
}
ACTION_EFFECT: dict[str, Callable[[Any], dict[str, Any]]] = {
    "organisation.detach": lambda _row: {"lifecycle": "detached"},
    "deal.win": lambda _row: {"stage": "won", "won_at": _now()},
    "invite.cancel": lambda _row: {"status": "cancelled"},
    "invite.resend": lambda row: {
        "status": "pending",
        "sent_count": row.sent_count + 1,
        "last_sent_at": _now(),
    },
}


def apply_effect(conn: Connection, op: str, entity_id: str, payload: dict[str, Any]) -> None:
    """Lay one outbox entry's optimistic effect over the cached row (or make the row)."""
    entity_type = OP_ENTITY[op]
    kind = OP_KIND[op]
    if kind == "update":
        lay_over(conn, entity_type, entity_id, payload)
        return
    table = _table(entity_type)
    if kind == "delete":
        conn.execute(delete(table).where(table.c.id == entity_id))
        return
    row = conn.execute(select(table).where(table.c.id == entity_id)).first()
    if kind == "create":
        if row is None:
            write_rows(conn, entity_type, [NEW_ROW[op](conn, entity_id, payload)])
    elif row is not None:
        lay_over(conn, entity_type, entity_id, ACTION_EFFECT[op](row))


@dataclass(frozen=True)
class Queued:
    key: str
    seq: int
    entity_type: str
    entity_id: str


def queue(cache: Cache, op: str, entity_id: str, patch: Payload) -> Queued:
    """Record a write and its optimistic effect, in one durable transaction.

    ``entity_id`` is the entity changed — or, for a create, the new entity's id (made
    here, so the console shows the new entity at once).
    """
    entity_type = OP_ENTITY[op]
    if not isinstance(patch, OP_PATCH[op]):
        raise TypeError(f"{op} takes a {OP_PATCH[op].__name__}")
    table = _table(entity_type)
    with cache.writing() as conn:
        version = conn.scalar(select(table.c.version).where(table.c.id == entity_id))
        if OP_KIND[op] == "create":
            if version is not None:
                raise ValueError(f"{entity_type} {entity_id} exists already")
            version = 0
        elif version is None:
            raise NotCached(entity_id)
        blocked = conn.scalar(
            select(func.count())
            .select_from(ConflictEntry)
            .where(ConflictEntry.entity_type == entity_type, ConflictEntry.entity_id == entity_id)
        )
        if blocked:
            raise InConflict(entity_id)
        return add_entry(conn, op, entity_id, version, patch.changes())


def add_entry(
    conn: Connection, op: str, entity_id: str, base_version: int, changes: dict[str, Any]
) -> Queued:
    """Lay ``changes`` over the cached row and queue them (in the caller's transaction)."""
    entity_type = OP_ENTITY[op]
    apply_effect(conn, op, entity_id, changes)
    key = str(uuid.uuid4())
    inserted = conn.execute(
        insert(OutboxEntry).values(
            key=key,
            op=op,
            entity_type=entity_type,
            entity_id=entity_id,
            base_version=base_version,
            payload=json.dumps(changes),
            state=PENDING,
            created_at=datetime.now(UTC).isoformat(),
        )
    ).inserted_primary_key
    assert inserted is not None
    return Queued(key, int(inserted[0]), entity_type, entity_id)


def to_send(cache: Cache, limit: int) -> list[Mutation]:
    """The oldest pending entries, in order, as mutations.

    The batch ends before a second entry for an entity already in it: that entry was
    made on top of the first, so its base version is known only once the first one is
    acknowledged (:func:`settle` moves it on).
    """
    with cache.reading() as conn:
        rows = conn.execute(
            select(OutboxEntry)
            .where(OutboxEntry.state == PENDING)
            .order_by(OutboxEntry.seq)
            .limit(limit)
        ).all()
    out: list[Mutation] = []
    seen: set[EntityKey] = set()
    for row in rows:
        if (row.entity_type, row.entity_id) in seen:
            break
        seen.add((row.entity_type, row.entity_id))
        model = MUTATION_MODELS[row.op]
        out.append(
            model(
                key=row.key,
                seq=row.seq,
                op=row.op,
                entity_id=row.entity_id,
                base_version=row.base_version,
                payload=OP_PATCH[row.op].model_validate(json.loads(row.payload)),
            )
        )
    return out


@dataclass(frozen=True)
class Counts:
    pending: int = 0
    conflicts: int = 0  # entities waiting for a decision (conflicts and rejections)


def counts(conn: Connection) -> Counts:
    pending = conn.scalar(
        select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == PENDING)
    )
    conflicts = conn.scalar(select(func.count()).select_from(ConflictEntry))
    return Counts(int(pending or 0), int(conflicts or 0))


def state_of(conn: Connection, entity_type: str, entity_id: str) -> str | None:
    """``pending``, ``conflict`` or ``rejected`` while the entity has unsettled writes."""
    states = set(
        conn.scalars(
            select(OutboxEntry.state).where(
                OutboxEntry.entity_type == entity_type, OutboxEntry.entity_id == entity_id
            )
        )
    )
    for state in (CONFLICT, REJECTED, PENDING):
        if state in states:
            return state
    return None


@dataclass
class Settled:
    """What an answer changed: entries acknowledged, conflicts found, types touched."""

    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    types: set[str] = field(default_factory=set)


def settle(cache: Cache, sent: list[Mutation], response: PushResponse) -> Settled:
    """Record the server's answer for ``sent`` (one transaction)."""
    out = Settled()
    with cache.writing() as conn:
        for mutation, result in zip(sent, response.results, strict=True):
            entity_type = OP_ENTITY[mutation.op]
            out.types.add(entity_type)
            row = conn.execute(select(OutboxEntry).where(OutboxEntry.key == mutation.key)).first()
            if row is None or row.state != PENDING:
                continue  # already settled (an answer that came twice)
            if result.status == "applied":
                _acknowledge(conn, entity_type, mutation, result)
                out.applied += 1
            else:
                _hold(conn, entity_type, mutation.entity_id, result)
                if result.status == "conflict":
                    out.conflicts += 1
                else:
                    out.rejected += 1
    return out


def _acknowledge(
    conn: Connection, entity_type: str, mutation: Mutation, result: MutationResult
) -> None:
    conn.execute(delete(OutboxEntry).where(OutboxEntry.key == mutation.key))
    assert result.version is not None
    table = _table(entity_type)
    base = mutation.base_version
    # The cached row is now at the server's new version, unless a pull already brought
    # something newer; later entries made on top of this one are based on it too.
    conn.execute(
        update(table)
        .where(table.c.id == mutation.entity_id, table.c.version == base)
        .values(version=result.version)
    )
    conn.execute(
        update(OutboxEntry)
        .where(
            OutboxEntry.entity_type == entity_type,
            OutboxEntry.entity_id == mutation.entity_id,
            OutboxEntry.base_version == base,
        )
        .values(base_version=result.version)
    )


def _hold(conn: Connection, entity_type: str, entity_id: str, result: MutationResult) -> None:
    """Keep every entry of the entity for the person's decision, with the server's row."""
    conn.execute(
        update(OutboxEntry)
        .where(OutboxEntry.entity_type == entity_type, OutboxEntry.entity_id == entity_id)
        .values(state=CONFLICT if result.status == "conflict" else REJECTED)
    )
    theirs = result.current.data.model_dump(mode="json") if result.current else None
    conn.execute(
        delete(ConflictEntry).where(
            ConflictEntry.entity_type == entity_type, ConflictEntry.entity_id == entity_id
        )
    )
    conn.execute(
        insert(ConflictEntry).values(
            entity_type=entity_type,
            entity_id=entity_id,
            kind=result.status,
            theirs=None if theirs is None else json.dumps(theirs),
            code=result.code,
            message=result.message,
            detected_at=datetime.now(UTC).isoformat(),
        )
    )
    if result.current is not None:
        write_rows(conn, entity_type, [result.current.data.__dict__])
        lay_over_outbox(conn, [(entity_type, entity_id)])


def held_keys(conn: Connection) -> set[EntityKey]:
    """The entities with outbox entries (the outbox is small: read it whole)."""
    return {(t, i) for t, i in conn.execute(select(OutboxEntry.entity_type, OutboxEntry.entity_id))}


def lay_over_outbox(conn: Connection, keys: Iterable[EntityKey]) -> None:
    """Lay the outbox's patches (oldest first) over the server rows of ``keys``."""
    for entity_type, entity_id in keys:
        rows = conn.execute(
            select(OutboxEntry.op, OutboxEntry.payload)
            .where(OutboxEntry.entity_type == entity_type, OutboxEntry.entity_id == entity_id)
            .order_by(OutboxEntry.seq)
        ).all()
        for op, payload in rows:
            apply_effect(conn, op, entity_id, json.loads(payload))


def refresh_theirs(conn: Connection, entity_type: str, entity_id: str, text: str) -> None:
    """A pulled row of an entity in conflict is the newest "theirs" (JSON ``text``)."""
    conn.execute(
        update(ConflictEntry)
        .where(ConflictEntry.entity_type == entity_type, ConflictEntry.entity_id == entity_id)
        .values(theirs=text)
    )
