"""Compacting the change feed: old tombstones go, cursors from before them reset."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import httpx
import pytest
from conftest import LiveServer, PersonSpec, add_person, changes_of, new_org, start_server
from sqlalchemy import func, select

from hubdesk.models import Organisation, ServiceRequest
from hubdesk.models.base import utcnow
from hubdesk.models.server_only import FeedMark, SyncIndex
from hubdesk.server.cli import main as server_cli
from hubdesk.server.db import Database
from hubdesk.server.feed_compaction import CompactionRound, compact, horizon, note_mark
from hubdesk.server.settings import Settings

DAY = timedelta(days=1)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def setup(request: pytest.FixtureRequest) -> Iterator[tuple[LiveServer, httpx.Client, str]]:
    db: Database = request.getfixturevalue("bare_db" if request.param == "sqlite" else "pg_bare_db")
    org = new_org(db, "Nord")
    person: PersonSpec = add_person(db, "ida@nord.dk", org_id=org)
    server = start_server(db, demo=False)
    token = httpx.post(
        f"{server.api}/auth/login", json={"email": person.email, "password": person.password}
    ).json()["access_token"]
    client = httpx.Client(base_url=server.api, headers={"Authorization": f"Bearer {token}"})
    yield server, client, org
    client.close()
    server.stop()


def read_all(client: httpx.Client, cursor: str | None) -> tuple[str, list[dict[str, object]], bool]:
    """Every change after ``cursor``: (the cursor after them, the changes, whether reset)."""
    changes: list[dict[str, object]] = []
    reset = None
    while True:
        params: dict[str, str | int] = {"limit": 50} | ({"cursor": cursor} if cursor else {})
        answer = client.get("/sync/changes", params=params)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        reset = page["reset"] if reset is None else reset
        changes += changes_of(page)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            assert cursor is not None
            return cursor, changes, bool(reset)


def add_and_delete_request(db: Database, org: str) -> str:
    with db.writing() as session:
        org_row = session.get(Organisation, org)
        assert org_row is not None
        request = ServiceRequest(
            org_id=org,
            kind="lunch",
            title="Frokost",
            status="open",
            requested_for=org_row.created_at.date(),
        )
        session.add(request)
        session.flush()
        request_id = request.id
    with db.writing() as session:
        session.delete(session.get(ServiceRequest, request_id))
    return request_id


def mark_as_of(db: Database, when: datetime) -> None:
    """The feed as it stands now, marked as if noted at ``when`` (the server's round
    notes its marks as time passes; a test has no months to wait)."""
    with db.writing() as session:
        seq = session.scalar(select(func.max(SyncIndex.seq)))
        session.add(FeedMark(noted_at=when, seq=seq))


def tombstones(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).where(SyncIndex.deleted.is_(True))) or 0


def test_old_tombstones_go_and_a_cursor_from_before_them_resets(
    setup: tuple[LiveServer, httpx.Client, str],
) -> None:
    server, client, org = setup
    db = server.db
    before, _changes, _reset = read_all(client, None)
    gone = add_and_delete_request(db, org)
    after, changes, reset = read_all(client, before)
    assert not reset and {"op": "delete", "type": "service_request", "id": gone} in changes
    with db.reading() as session:
        live = session.scalar(select(func.count()).where(SyncIndex.deleted.is_(False)))
    assert tombstones(db) == 1

    now = utcnow()
    mark_as_of(db, now - 91 * DAY)
    with db.writing() as session:
        done = compact(session, now, 90 * DAY)
    assert done.removed == 1 and tombstones(db) == 0
    with db.reading() as session:
        assert horizon(session) == done.horizon
        # live entries stay: only tombstones are compacted
        assert session.scalar(select(func.count()).where(SyncIndex.deleted.is_(False))) == live

    # a console that had seen the deletion carries on as before
    assert read_all(client, after)[1:] == ([], False)
    # one that had not may have missed it: everything again, from the start
    _cursor, again, reset = read_all(client, before)
    assert reset
    assert gone not in {c.get("id") for c in again}
    assert org in {c["data"]["id"] for c in again if c["op"] == "upsert"}  # type: ignore[index]
    # and so does its long-poll: there is something (a reset) at once
    wait = client.get("/sync/wait", params={"cursor": before, "timeout": 5})
    assert wait.status_code == 200 and wait.json() == {"changed": True}


def test_tombstones_younger_than_the_retention_stay(
    setup: tuple[LiveServer, httpx.Client, str],
) -> None:
    server, client, org = setup
    db = server.db
    before = read_all(client, None)[0]
    add_and_delete_request(db, org)
    now = utcnow()
    mark_as_of(db, now - 89 * DAY)  # the deletion is at most 89 days old
    with db.writing() as session:
        assert compact(session, now, 90 * DAY).removed == 0
    assert tombstones(db) == 1
    assert read_all(client, before)[2] is False


def test_marks_are_hourly_and_only_the_needed_ones_are_kept(bare_db: Database) -> None:
    now = utcnow()
    with bare_db.writing() as session:
        assert note_mark(session, now - 100 * DAY)
        assert not note_mark(session, now - 100 * DAY + timedelta(minutes=59))
        assert note_mark(session, now - 95 * DAY)
        assert note_mark(session, now - 10 * DAY)
    with bare_db.writing() as session:
        compact(session, now, 90 * DAY)
    with bare_db.reading() as session:
        kept = sorted(session.scalars(select(FeedMark.noted_at)))
    # the newest mark older than the retention stays (the next compaction starts there)
    assert [now - t for t in kept] == [95 * DAY, 10 * DAY]


def test_the_background_round_marks_once_an_hour(bare_db: Database) -> None:
    chore = CompactionRound(bare_db, timedelta(days=90))
    chore()
    chore()
    with bare_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(FeedMark)) == 1


def test_the_command_line_compacts_now(
    bare_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    org = new_org(bare_db, "Nord")
    add_and_delete_request(bare_db, org)
    assert tombstones(bare_db) == 1
    assert server_cli(["compact-feed", "--database-url", bare_db.url, "--days", "0"]) == 0
    assert "tombstones removed: 1;" in capsys.readouterr().out
    assert tombstones(bare_db) == 0
    with pytest.raises(SystemExit):
        server_cli(["compact-feed", "--database-url", bare_db.url, "--days", "-1"])


def test_the_retention_comes_from_the_environment() -> None:
    url = "sqlite://"
    assert Settings.from_env(url, env={}).tombstone_days == 90
    assert Settings.from_env(url, env={"HUBDESK_TOMBSTONE_DAYS": "30"}).tombstone_days == 30
    with pytest.raises(ValueError, match="HUBDESK_TOMBSTONE_DAYS"):
        Settings.from_env(url, env={"HUBDESK_TOMBSTONE_DAYS": "soon"})
