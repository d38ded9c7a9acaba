"""The people of an organisation a page at a time: every order, both directions, any page
size gives exactly the members, in order, once each (the demo data, counted in Python)."""

from __future__ import annotations

import pytest
from conftest import org_named
from sqlalchemy import select

from hubdesk.domain.text import fold
from hubdesk.models import Membership, Person
from hubdesk.server.db import Database
from hubdesk.services.cache.people import PersonRow, SortKey, people_page


def all_pages(db: Database, org_id: str, size: int, **options: object) -> list[PersonRow]:
    rows: list[PersonRow] = []
    with db.reading() as s:
        conn = s.connection()
        while True:
            after = (rows[-1].sort_value, rows[-1].membership_id) if rows else None
            page = people_page(conn, org_id, after=after, limit=size, **options)  # type: ignore[arg-type]
            rows += page
            if len(page) < size:
                return rows


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_hold_every_member_once_in_order(
    demo_db: Database, sort: SortKey, descending: bool
) -> None:
    hub = org_named(demo_db, "Havnehuset")
    with demo_db.reading() as s:
        members = set(s.scalars(select(Membership.id).where(Membership.org_id == hub.id)))
    assert len(members) >= 3
    whole = all_pages(demo_db, hub.id, 1000, sort=sort, descending=descending)
    paged = all_pages(demo_db, hub.id, 2, sort=sort, descending=descending)
    assert [r.membership_id for r in paged] == [r.membership_id for r in whole]
    assert {r.membership_id for r in paged} == members
    keys = [(r.sort_value, r.membership_id) for r in paged]
    assert keys == sorted(keys, reverse=descending)


def test_search_by_name_or_address_in_any_case_or_accent(demo_db: Database) -> None:
    nordlys = org_named(demo_db, "Nordlys")
    everyone = all_pages(demo_db, nordlys.id, 50)
    sofie = next(r for r in everyone if r.email == "sofie@nordlys-arkitekter.dk")
    by_name = all_pages(demo_db, nordlys.id, 50, search="NØRGAARD")
    assert sofie.membership_id in {r.membership_id for r in by_name}
    assert all("norgaard" in fold(r.name) or "norgaard" in r.email for r in by_name)
    assert [r.email for r in all_pages(demo_db, nordlys.id, 50, search="sofie@")] == [sofie.email]
    assert all_pages(demo_db, nordlys.id, 50, search="%") == []  # a wildcard is a character
    with demo_db.reading() as s:
        person = s.get(Person, sofie.person_id)
        assert person is not None and sofie.name == person.display_name
    assert sofie.role == "Owner" and sofie.status == "active"
