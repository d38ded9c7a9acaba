"""Invites from a CSV file: what spreadsheet programs write, a dry run per row, and
applying it row by row into the outbox (Qt-free)."""

from __future__ import annotations

import codecs
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hubdesk.models import Invite
from hubdesk.models.cache import OutboxEntry
from hubdesk.services.cache import Cache
from hubdesk.services.invite_file import (
    MAX_ROWS,
    FileProblem,
    Verdict,
    apply,
    dry_run,
    read,
)

HUB = str(uuid.uuid4())


def test_excel_on_western_windows_semicolons_and_windows_1252() -> None:
    text = "E-mail;Kontaktperson;Firma\r\nida@fjord.dk;Ida Ærø;Fjord Studio ApS\r\n"
    file = read(text.encode("cp1252"))
    assert (file.encoding, file.separator) == ("Windows-1252", ";")
    rows = dry_run(file, HUB, [])
    assert [(r.line, r.email, r.contact_name, r.verdict) for r in rows] == [
        (2, "ida@fjord.dk", "Ida Ærø", Verdict.INVITE)
    ]


def test_utf8_with_a_byte_order_mark_quoted_fields_and_any_column_order() -> None:
    text = 'Company name,Notes,Email,Contact person\n"Hav, Sø & Co ApS","x",bo@hav.dk,"Bo, jr."\n'
    file = read(codecs.BOM_UTF8 + text.encode())
    assert (file.encoding, file.separator) == ("UTF-8", ",")
    (row,) = dry_run(file, HUB, [])
    assert (row.company_name, row.contact_name, row.email) == (
        "Hav, Sø & Co ApS",
        "Bo, jr.",
        "bo@hav.dk",
    )
    assert row.verdict is Verdict.INVITE and row.draft is not None


@pytest.mark.parametrize(
    ("header", "encoding", "separator"),
    [
        ("E-Mail\tAnsprechpartner\tFirmenname", "utf-16", "\t"),  # Excel "Unicode text"
        ("E-mail cím;Kapcsolattartó;Cégnév", "utf-8", ";"),
        ("E-postadress,Kontaktperson,Företag", "utf-8", ","),
        ("mail|navn|virksomhed", "utf-8", "|"),
    ],
)
def test_headers_in_every_language_of_the_console(
    header: str, encoding: str, separator: str
) -> None:
    line = separator.join(["anna@firma.de", "Anna Müller", "Müller GmbH"])
    file = read(f"{header}\n{line}\n".encode(encoding))
    assert file.separator == separator
    (row,) = dry_run(file, HUB, [])
    assert (row.email, row.contact_name, row.company_name) == (
        "anna@firma.de",
        "Anna Müller",
        "Müller GmbH",
    )


def test_the_dry_run_says_for_each_bad_row_why() -> None:
    lines = [
        "email;contact;company",
        "ok@fjord.dk;Ida;Fjord ApS",  # 2
        "not-an-address;Bo;Hav ApS",  # 3
        "lis@hav.dk;;Hav ApS",  # 4
        f"max@hav.dk;Max;{'x' * 201}",  # 5
        "",  # 6: skipped
        "OK@Fjord.dk;Ida again;Fjord ApS",  # 7: same address, other case
        "open@hav.dk;Olga;Hav ApS",  # 8: has an open invite
        ";;Hav ApS",  # 9
    ]
    rows = dry_run(read("\n".join(lines).encode()), HUB, ["Open@hav.dk"])
    found = {r.line: (r.verdict, r.code, r.field) for r in rows}
    assert found == {
        2: (Verdict.INVITE, "", ""),
        3: (Verdict.REFUSED, "invalid_email", "email"),
        4: (Verdict.REFUSED, "missing", "contact_name"),
        5: (Verdict.REFUSED, "too_long", "company_name"),
        7: (Verdict.REFUSED, "duplicate_in_file", ""),
        8: (Verdict.REFUSED, "already_invited", ""),
        9: (Verdict.REFUSED, "missing", "email"),
    }
    assert next(r for r in rows if r.line == 7).first_line == 2
    assert all(r.reason for r in rows if r.verdict is Verdict.REFUSED)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"email\nida@fjord.dk\n", "only one column"),
        (b"name;city\nIda;Roskilde\n", "missing: email, company name"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),
        (b"x" * (2 * 1024 * 1024 + 1), "larger than 2 MB"),
    ],
)
def test_a_file_that_is_not_an_invite_list_says_why(data: bytes, message: str) -> None:
    with pytest.raises(FileProblem, match=message):
        read(data)


def test_too_many_rows() -> None:
    body = "\n".join(f"p{i}@x.dk;P {i};X ApS" for i in range(MAX_ROWS + 1))
    with pytest.raises(FileProblem, match="more than 5,000 rows"):
        read(f"email;contact;company\n{body}\n".encode())


def test_applying_queues_each_good_row_and_nothing_else(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache.sqlite")
    try:
        text = "email;contact;company\na@x.dk;A;A ApS\nbad;B;B ApS\nc@x.dk;C;C ApS\n"
        rows = dry_run(read(text.encode()), HUB, [])
        done = apply(cache, rows)
        assert [(q.row.line, q.error) for q in done] == [(2, ""), (4, "")]
        with cache.reading() as conn:
            assert conn.scalar(select(func.count()).select_from(OutboxEntry)) == 2
            emails = set(conn.scalars(select(Invite.email).where(Invite.org_id == HUB)))
        assert emails == {"a@x.dk", "c@x.dk"}
        # the same file again: the invites are open now, nothing would be sent twice
        open_now = sorted(emails)
        again = dry_run(read(text.encode()), HUB, open_now)
        assert [r.code for r in again] == ["already_invited", "invalid_email", "already_invited"]
    finally:
        cache.close()
