"""The console's API client against hostile and broken servers: clear errors, nothing applied."""

from __future__ import annotations

import asyncio
import json
import socket

import pytest
from conftest import WIRE_PAIR, WIRE_PERSON, CannedServer, feed_block

from hubdesk.services.api import ApiClient, parse_change_page
from hubdesk.services.errors import (
    AuthFailed,
    BadServerResponse,
    ServerFailed,
    ServerRejected,
    Unreachable,
)

PERSON = WIRE_PERSON
PAIR = WIRE_PAIR


EMPTY_PAGE: dict[str, object] = {
    "upserts": [],
    "deletes": [],
    "purges": [],
    "next_cursor": "c",
    "has_more": False,
    "reset": False,
    "scope_roots": [],
    "remaining_estimate": 0,
}


def person_block(**changed: object) -> dict[str, object]:
    """A block with one person row, its fields changed by ``changed`` (unknown ones added)."""
    block = feed_block("person", PERSON)
    row = dict(zip(block["columns"], block["rows"][0], strict=True)) | changed
    return block | {"columns": list(row), "rows": [list(row.values())]}


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


async def _login(url: str) -> None:
    api = ApiClient(url, timeout=2)
    try:
        await api.login("ida@nord.dk", "pw")
    finally:
        await api.aclose()


def test_a_good_answer_is_accepted(canned_server: CannedServer) -> None:
    canned_server.answer("/api/v1/auth/login", 200, json.dumps(PAIR).encode())
    run(_login(canned_server.url))


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (200, b'{"access_token": "a", "refresh_', BadServerResponse),  # truncated JSON
        (200, b"<html>Welcome to nginx</html>", BadServerResponse),
        (200, json.dumps(PAIR | {"access_expires_in": "soon"}).encode(), BadServerResponse),
        (200, json.dumps(PAIR | {"surprise": 1}).encode(), BadServerResponse),  # unknown field
        (
            200,
            json.dumps({k: v for k, v in PAIR.items() if k != "person"}).encode(),
            BadServerResponse,
        ),
        (
            200,
            json.dumps(PAIR | {"person": PERSON | {"id": "not-a-uuid"}}).encode(),
            BadServerResponse,
        ),
        (
            401,
            b'{"code":"invalid_credentials","detail":"The email or password is wrong."}',
            AuthFailed,
        ),
        (401, b"garbage", AuthFailed),
        (422, b'{"code":"invalid_request","detail":"email: too short"}', ServerRejected),
        (500, b"Internal Server Error", ServerFailed),
        (502, b"", ServerFailed),
    ],
)
def test_hostile_answers_become_clear_errors(
    canned_server: CannedServer, status: int, body: bytes, error: type[Exception]
) -> None:
    canned_server.answer("/api/v1/auth/login", status, body)
    with pytest.raises(error) as info:
        run(_login(canned_server.url))
    assert str(info.value)


def test_an_oversized_answer_is_refused(
    canned_server: CannedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("hubdesk.services.api.MAX_RESPONSE_BYTES", 1000)
    canned_server.answer("/api/v1/auth/login", 200, b"[" + b"1," * 5000 + b"1]")
    with pytest.raises(BadServerResponse, match="more than"):
        run(_login(canned_server.url))


def test_a_server_that_does_not_answer_in_time(canned_server: CannedServer) -> None:
    canned_server.delay = 3
    canned_server.answer("/api/v1/auth/login", 200, json.dumps(PAIR).encode())
    with pytest.raises(Unreachable, match="did not answer in time"):
        run(_login(canned_server.url))


def test_nobody_listening() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(Unreachable, match="Cannot reach"):
        run(_login(f"http://127.0.0.1:{port}"))


@pytest.mark.parametrize(
    "page",
    [
        {"upserts": [person_block(email=5)]},
        {"upserts": [person_block() | {"type": "spaceship"}]},
        {"upserts": [person_block() | {"columns": ["id"]}]},
        {"upserts": [person_block(surprise=1)]},
        {"upserts": [person_block(created_at="2026-02-30T10:00:00.000000Z")]},
        {"upserts": [person_block(created_at="2026-11-01T10:00:00Z")]},  # not canonical
        {"deletes": [{"type": "person"}]},
        {"deletes": [{"type": "person", "id": PERSON["id"], "op": "explode"}]},
        {"purges": [{"type": "organisation", "id": PERSON["id"], "path": "/x/"}]},
        {  # one entity twice: which state wins would depend on the order applied
            "upserts": [person_block()],
            "deletes": [{"type": "person", "id": PERSON["id"]}],
        },
        {"upserts": [person_block(), person_block()]},  # two blocks of one type
        {"upserts": "everything"},
        {"next_cursor": ""},
        {"has_more": "maybe"},
    ],
)
def test_malformed_change_pages_are_refused(page: dict[str, object]) -> None:
    with pytest.raises(BadServerResponse, match="not valid"):
        parse_change_page(json.dumps(EMPTY_PAGE | page).encode())


def test_a_well_formed_change_page_is_taken() -> None:
    """The malformed pages above differ from this one only in what is wrong with them."""
    page = EMPTY_PAGE | {
        "upserts": [person_block()],
        "deletes": [{"type": "organisation", "id": PERSON["id"]}],
    }
    parsed = parse_change_page(json.dumps(page).encode())
    assert parsed.size == 2
    assert parsed.upserts[0].rows[0][2] == "2026-11-01T10:00:00.000000Z"
