"""The console and the audit log's key: pinned at the first sign-in, kept, and a change
said out loud; the export saved, verified against the pinned key, with a CSV beside it."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import httpx
from conftest import LiveServer
from conftest import run_async as run

from hubdesk.services import audit_export
from hubdesk.services.accounts import AccountBook
from hubdesk.services.session import ConsoleSession, sign_in
from hubdesk.services.tokens import MemoryTokenStore

METTE = "mette.kjaer@havnehuset.dk"


async def open_console(url: str, book: AccountBook) -> ConsoleSession:
    return await sign_in(url, METTE, "hubdesk-demo", None, book=book, tokens=MemoryTokenStore())


def test_the_key_is_pinned_kept_and_a_change_is_said(live_server: LiveServer) -> None:
    book = AccountBook()
    served = httpx.get(f"{live_server.api}/audit/key").json()["public_key"]

    async def scenario() -> tuple[str, str, bool, list[str]]:
        first = await open_console(live_server.url, book)
        pinned = first.account.audit_key
        await first.close()
        again = await open_console(live_server.url, book)  # signing in again keeps it
        kept = again.account.audit_key
        await again.close()
        # a server that now signs with another key (here: the pin is another one)
        book.remember(replace(book.all()[0], audit_key="x" * 44))
        changed = await open_console(live_server.url, book)
        flagged, notes = changed.audit_key_changed, list(changed.notes)
        await changed.close()
        return pinned, kept, flagged, notes

    pinned, kept, flagged, notes = run(scenario)
    assert pinned == kept == served
    assert flagged and any("another key" in n for n in notes)


def test_an_export_is_saved_verified_and_readable(live_server: LiveServer, tmp_path: Path) -> None:
    book = AccountBook()

    async def scenario() -> tuple[audit_export.Exported, audit_export.Exported]:
        session = await open_console(live_server.url, book)
        try:
            good = await audit_export.export(
                session.api, tmp_path / "log.jsonl", session.account.audit_key
            )
            other = "B" * 43 + "="  # not the pinned key
            bad = await audit_export.export(session.api, tmp_path / "other.jsonl", other)
        finally:
            await session.close()
        return good, bad

    good, bad = run(scenario)
    assert good.verified.ok and good.events > 50
    with good.csv.open(encoding="utf-8-sig", newline="") as rows:
        table = list(csv.reader(rows))
    assert table[0][:3] == ["time", "organisation id", "actor"]
    assert len(table) - 1 == good.events == good.verified.events
    assert not bad.verified.ok and bad.verified.fault is not None
    assert bad.verified.fault.line == 1  # the header: signed with a key not trusted
