"""Scope changes reach the cache: what may now be seen arrives, what may not is dropped.

Each test holds the console's cache against a fresh pull into an empty cache by the
same person: after the change, both must hold exactly the same entities.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from conftest import LiveServer, org_named
from conftest import cached_keys as keys
from conftest import run_async as run
from sqlalchemy import delete, select, update

from hubdesk.domain.permissions import BuiltinRole
from hubdesk.models import Membership, Organisation, Person, ServiceRequest
from hubdesk.models.base import Base, utcnow
from hubdesk.models.server_only import ServerMeta
from hubdesk.server.bootstrap import PLATFORM_ID, builtin_role_id
from hubdesk.server.db import Database
from hubdesk.server.feed_compaction import compact, note_mark
from hubdesk.services.accounts import AccountBook
from hubdesk.services.cache import Cache, outbox
from hubdesk.services.engine import QuietListener, SyncEngine
from hubdesk.services.session import ConsoleSession, sign_in
from hubdesk.services.sync import Puller
from hubdesk.services.tokens import MemoryTokenStore
from hubdesk.wire.mutations import OrganisationPatch

T = TypeVar("T")
PASSWORD = "hubdesk-demo"
SOFIE = "sofie@nordlys-arkitekter.dk"
METTE = "mette.kjaer@havnehuset.dk"
FREJA = "freja@lundregnskab.dk"  # accountant of Havnehuset and of CyberNord


async def open_console(url: str, email: str) -> ConsoleSession:
    session = await sign_in(
        url, email, PASSWORD, None, book=AccountBook(), tokens=MemoryTokenStore()
    )
    await session.puller.pull()
    return session


async def fresh_keys(session: ConsoleSession, tmp_path: Path) -> set[tuple[str, str]]:
    """What an empty cache holds after a full pull by the same person, now."""
    fresh = Cache(tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}.sqlite")
    try:
        await Puller(session.api, fresh).pull()
        return keys(fresh)
    finally:
        fresh.close()


def person_id(db: Database, email: str) -> str:
    with db.reading() as s:
        found = s.scalar(select(Person.id).where(Person.email == email))
        assert found is not None
        return found


def detach(db: Database, org_id: str) -> None:
    """Move an organisation and its subtree under the platform root (what "detach" does)."""
    with db.writing() as s:
        org = s.get(Organisation, org_id)
        assert org is not None
        old = org.path
        new = f"/{PLATFORM_ID}/{org_id}/"
        shift = org.depth - 1
        for moved in s.scalars(select(Organisation).where(Organisation.path.startswith(old))):
            moved.path = new + moved.path[len(old) :]
            moved.depth -= shift
        org.parent_id = PLATFORM_ID


def org_ids_under(cache: Cache, org_id: str) -> set[str]:
    with cache.reading() as conn:
        return {
            row.id
            for row in conn.execute(select(Organisation.id, Organisation.path))
            if f"/{org_id}/" in row.path
        }


def test_a_detached_sub_account_leaves_the_hubs_cache_and_stays_with_its_owner(
    live_server: LiveServer, tmp_path: Path
) -> None:
    db = live_server.db
    nordlys = org_named(db, "Nordlys")

    async def scenario() -> None:
        mette = await open_console(live_server.url, METTE)
        sofie = await open_console(live_server.url, SOFIE)
        try:
            assert org_ids_under(mette.cache, nordlys.id)
            sofie_before = keys(sofie.cache)
            detach(db, nordlys.id)

            result = await mette.puller.pull()
            assert not result.reset  # her scope is the same; the departure did it
            assert org_ids_under(mette.cache, nordlys.id) == set()
            assert ("person", person_id(db, SOFIE)) not in keys(mette.cache)
            assert keys(mette.cache) == await fresh_keys(mette, tmp_path)

            await sofie.puller.pull()  # her root moved: her scope changed
            assert keys(sofie.cache) == await fresh_keys(sofie, tmp_path)
            assert ("organisation", nordlys.id) in keys(sofie.cache)
            # the same organisations as before (only their paths changed)
            assert {k for k in keys(sofie.cache) if k[0] == "organisation"} == {
                k for k in sofie_before if k[0] == "organisation"
            }
        finally:
            await mette.close()
            await sofie.close()

    run(scenario)


def test_a_revoked_membership_purges_that_organisation_and_a_new_one_brings_its_rows(
    live_server: LiveServer, tmp_path: Path
) -> None:
    db = live_server.db
    cybernord = org_named(db, "CyberNord")
    freja_id = person_id(db, FREJA)

    async def scenario() -> None:
        freja = await open_console(live_server.url, FREJA)
        try:
            assert ("organisation", cybernord.id) in keys(freja.cache)
            with db.writing() as s:
                s.execute(
                    delete(Membership).where(
                        Membership.person_id == freja_id, Membership.org_id == cybernord.id
                    )
                )
            result = await freja.puller.pull()
            assert result.reset
            assert org_ids_under(freja.cache, cybernord.id) == set()
            assert keys(freja.cache) == await fresh_keys(freja, tmp_path)

            # granted again (as administrator now): the organisation and its rows come back
            with db.writing() as s:
                s.add(
                    Membership(
                        person_id=freja_id,
                        org_id=cybernord.id,
                        role_id=builtin_role_id(BuiltinRole.ADMINISTRATOR),
                    )
                )
            await freja.puller.pull()
            assert ("organisation", cybernord.id) in keys(freja.cache)
            assert keys(freja.cache) == await fresh_keys(freja, tmp_path)
        finally:
            await freja.close()

    run(scenario)


def test_a_server_reset_keeps_the_rows_meanwhile_and_the_queued_writes(
    live_server: LiveServer, tmp_path: Path
) -> None:
    db = live_server.db
    nordlys = org_named(db, "Nordlys")

    async def scenario() -> None:
        mette = await open_console(live_server.url, METTE)
        try:
            before = keys(mette.cache)
            patch = OrganisationPatch.model_validate({"city": "Hillerød"})
            outbox.queue(mette.cache, "organisation.update", nordlys.id, patch)
            # the database was restored from a backup: another server id, the cursor is void
            with db.writing() as s:
                s.execute(update(ServerMeta).where(ServerMeta.key == "server_id").values(value="x"))
            pages: list[set[tuple[str, str]]] = []
            small = Puller(mette.api, mette.cache, page_size=25)
            result = await small.pull(on_progress=lambda _p: pages.append(keys(mette.cache)))
            assert result.reset and len(pages) > 2
            # while the full feed came in, nothing already cached went missing
            assert all(before <= seen for seen in pages[:-1])
            assert keys(mette.cache) == await fresh_keys(mette, tmp_path)
            with mette.cache.reading() as conn:
                assert outbox.counts(conn).pending == 1
                city = conn.scalar(select(Organisation.city).where(Organisation.id == nordlys.id))
            assert city == "Hillerød"  # my unsent write, laid over the re-sent row
        finally:
            await mette.close()

    run(scenario)


def test_a_console_behind_the_feeds_horizon_syncs_afresh_and_keeps_its_queued_writes(
    live_server: LiveServer, tmp_path: Path
) -> None:
    """Away longer than the server keeps tombstones: a deletion it missed is gone from the
    feed, so its cursor gets a reset: the full feed, and the deleted row leaves."""
    db = live_server.db
    nordlys = org_named(db, "Nordlys")

    async def scenario() -> None:
        mette = await open_console(live_server.url, METTE)
        try:
            with mette.cache.reading() as conn:
                gone = conn.scalar(
                    select(ServiceRequest.id)
                    .where(ServiceRequest.org_id == nordlys.id)
                    .order_by(ServiceRequest.id)
                )
            assert gone is not None
            patch = OrganisationPatch.model_validate({"city": "Hillerød"})
            outbox.queue(mette.cache, "organisation.update", nordlys.id, patch)  # offline
            with db.writing() as s:
                s.delete(s.get(ServiceRequest, gone))  # through the ORM: a tombstone
            now = utcnow()
            with db.writing() as s:
                note_mark(s, now, every=timedelta(0))
            with db.writing() as s:
                assert compact(s, now, timedelta(0)).removed >= 1
            result = await mette.puller.pull()
            assert result.reset
            assert ("service_request", gone) not in keys(mette.cache)
            assert keys(mette.cache) == await fresh_keys(mette, tmp_path)
            with mette.cache.reading() as conn:
                assert outbox.counts(conn).pending == 1
                city = conn.scalar(select(Organisation.city).where(Organisation.id == nordlys.id))
            assert city == "Hillerød"  # my unsent write, laid over the re-sent row
            engine = SyncEngine(mette.api, mette.cache, QuietListener())
            assert await engine.push() == 1
            with db.reading() as s:
                assert s.get(Organisation, nordlys.id).city == "Hillerød"  # type: ignore[union-attr]
        finally:
            await mette.close()

    run(scenario)


def test_a_deleted_organisation_is_purged(live_server: LiveServer, tmp_path: Path) -> None:
    db = live_server.db

    async def scenario() -> None:
        mette = await open_console(live_server.url, METTE)
        try:
            with db.reading() as s:
                hub = org_named(db, "Havnehuset")
                leaf: Any = s.scalar(
                    select(Organisation)
                    .where(Organisation.path.startswith(hub.path), Organisation.depth > hub.depth)
                    .where(
                        ~Organisation.id.in_(
                            select(Organisation.parent_id).where(
                                Organisation.parent_id.is_not(None)
                            )
                        )
                    )
                    .order_by(Organisation.name)
                )
            with db.writing() as s:  # through the ORM, as the server does (feed hooks)
                models = {m.local_table.name: m.class_ for m in Base.registry.mappers}
                for table in Base.metadata.sorted_tables[::-1]:
                    model = models.get(table.name)
                    for column in table.c:
                        targets = {fk.column.table.name for fk in column.foreign_keys}
                        if model is None or "organisations" not in targets:
                            continue
                        for obj in s.scalars(select(model).where(column == leaf.id)):
                            if table.name == "organisations" or (
                                column.name != "org_id" and column.nullable
                            ):
                                setattr(obj, column.key, None)
                            else:
                                s.delete(obj)
                    s.flush()
                s.delete(s.get(Organisation, leaf.id))  # through the ORM, as the server does
            await mette.puller.pull()
            assert ("organisation", leaf.id) not in keys(mette.cache)
            assert keys(mette.cache) == await fresh_keys(mette, tmp_path)
        finally:
            await mette.close()

    run(scenario)
