"""The people of an organisation, a page at a time: filtered and sorted in SQL, paged by
keyset (the sort value and the membership id of the last row seen), so the people pane
reads only what it shows however many members there are.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    and_,
    delete,
    exists,
    func,
    or_,
    select,
    type_coerce,
)

from hubdesk.domain.permissions import path_ids
from hubdesk.domain.seats import is_billable
from hubdesk.domain.text import fold
from hubdesk.models.cache import CacheState
from hubdesk.models.commerce import LicenceAssignment, Product, Subscription
from hubdesk.models.orgs import Membership, Organisation, Person, Role
from hubdesk.services.cache.rows import TABLES
from hubdesk.services.cache.store import ME

PAGE = 200


class SortKey(enum.Enum):
    """What the list can be sorted by (each an SQL expression that is never NULL)."""

    NAME = "name"
    EMAIL = "email"
    ROLE = "role"
    STATUS = "status"
    FIRST_SIGN_IN = "first_sign_in"
    LAST_SIGN_IN = "last_sign_in"


def _sort_column(key: SortKey) -> ColumnElement[Any]:
    """The sort expression: plain text, never NULL (so a keyset compares it directly)."""
    if key is SortKey.FIRST_SIGN_IN:
        stamp: Any = Person.first_sign_in_at
    elif key is SortKey.LAST_SIGN_IN:
        stamp = Person.last_sign_in_at
    else:
        text = {
            SortKey.NAME: Person.name_fold,
            SortKey.EMAIL: Person.email,
            SortKey.ROLE: func.lower(Role.name),
            SortKey.STATUS: Membership.status,
        }[key]
        return type_coerce(text, String())
    # stored as sortable naive-UTC text; never signed in sorts first (ascending)
    return func.coalesce(type_coerce(stamp, String()), "")


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One member of the organisation as the people pane shows them."""

    membership_id: str
    person_id: str
    name: str
    email: str
    role: str
    role_id: str
    role_permissions: frozenset[str]
    title: str
    version: int  # the membership's (0 while the server has not taken it yet)
    billable: bool  # the role's seat is billable (creates appointments or takes payments)
    status: str  # the membership's
    first_sign_in: datetime | None
    last_sign_in: datetime | None
    licences: str  # the products of the licences assigned to them here, by name
    sort_value: Any  # where the row stands in the order asked for (the keyset)


def people_page(
    conn: Connection,
    org_id: str,
    *,
    search: str = "",
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    after: tuple[Any, str] | None = None,
    limit: int = PAGE,
) -> list[PersonRow]:
    """The next ``limit`` members of ``org_id`` after ``after`` (sort value, membership id)
    in the order asked for; ``search`` matches names (any case or accent) and addresses."""
    column = _sort_column(sort)
    licences = (
        select(func.group_concat(Product.name, ", "))
        .select_from(LicenceAssignment)
        .join(Subscription, Subscription.id == LicenceAssignment.subscription_id)
        .join(Product, Product.id == Subscription.product_id)
        .where(
            LicenceAssignment.person_id == Membership.person_id,
            LicenceAssignment.org_id == Membership.org_id,
        )
        .scalar_subquery()
    )
    query = (
        select(
            Membership.id,
            Person.id,
            Person.display_name,
            Person.email,
            Role.name,
            Role.permissions,
            Membership.status,
            Membership.role_id,
            Membership.title,
            Membership.version,
            Person.first_sign_in_at,
            Person.last_sign_in_at,
            licences,
            column,
        )
        .join(Person, Person.id == Membership.person_id)
        .join(Role, Role.id == Membership.role_id)
        .where(Membership.org_id == org_id)
    )
    needle = fold(search.strip())
    if needle:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(
            or_(
                Person.name_fold.like(f"%{escaped}%", escape="\\"),
                Person.email.like(f"%{escaped}%", escape="\\"),
            )
        )
    if after is not None:
        value, last_id = after
        beyond = (column < value) if descending else (column > value)
        same = (Membership.id < last_id) if descending else (Membership.id > last_id)
        query = query.where(or_(beyond, and_(column == value, same)))
    order = (column.desc(), Membership.id.desc()) if descending else (column, Membership.id)
    rows = conn.execute(query.order_by(*order).limit(limit)).all()
    return [
        PersonRow(
            membership_id=r[0],
            person_id=r[1],
            name=r[2],
            email=r[3],
            role=r[4],
            role_id=r[7],
            role_permissions=frozenset(r[5] or []),
            title=r[8] or "",
            version=int(r[9]),
            billable=is_billable(r[5] or []),
            status=str(r[6]),
            first_sign_in=r[10],
            last_sign_in=r[11],
            licences=r[12] or "",
            sort_value=r[13],
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class AddressRule:
    """Whose addresses may be added to an organisation (see :mod:`hubdesk.domain.access`)."""

    verified_domains: tuple[str, ...]  # its own and those of the organisations above it
    other_domains: bool  # its administrators allow members from other domains


def address_rule(conn: Connection, org_id: str) -> AddressRule:
    path = conn.scalar(select(Organisation.path).where(Organisation.id == org_id)) or ""
    ids = path_ids(path)
    rows = conn.execute(
        select(Organisation.id, Organisation.verified_domains, Organisation.external_members).where(
            Organisation.id.in_(ids)
        )
    ).all()
    domains = sorted({d.lower() for _i, found, _e in rows for d in found or []})
    allowed = any(bool(e) for i, _d, e in rows if i == org_id)
    return AddressRule(tuple(domains), allowed)


def drop_unattached_people(conn: Connection) -> None:
    """People are seen through their memberships: drop those with none left in the cache
    (the signed-in person excepted) — after a purge, a reset, a removed membership, or a
    refused add given up (its stand-in person goes with it)."""
    people, memberships = TABLES["person"], TABLES["membership"]
    me = conn.scalar(select(CacheState.value).where(CacheState.key == ME))
    me_id = json.loads(me)["person"]["id"] if me else ""
    member = select(memberships.c.id).where(memberships.c.person_id == people.c.id)
    conn.execute(delete(people).where(people.c.id != me_id, ~exists(member)))
