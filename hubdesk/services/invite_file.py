"""Inviting many sub-accounts from a CSV file: read it, check every row (a dry run), then
queue one invite per good row.

Files come from spreadsheet programs, so the reader takes what they write: UTF-8 with or
without a byte-order mark, UTF-16 (Excel's "Unicode text"), Windows-1252 (Excel's
"CSV" on Western Windows), and commas, semicolons (where the comma is the decimal
sign), tabs or pipes between fields. The first row names the columns — in English,
Danish, German, Hungarian or Swedish; their order does not matter and other columns are
ignored.

The dry run says for every row what will happen: an invite, or why not (the address is
not valid, a field is missing or too long, the address is twice in the file, or it has
an open invite from this organisation already). Nothing is queued until the person
applies it; applying queues each good row as its own outbox entry (all of a row or
nothing of it), and the server checks each again when it arrives.
"""

from __future__ import annotations

import codecs
import csv
import io
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from pydantic import ValidationError

from hubdesk.domain.text import fold
from hubdesk.services.cache import Cache, outbox
from hubdesk.services.errors import HubdeskError
from hubdesk.wire.mutations import InviteDraft

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
SEPARATORS = ",;\t|"

# Header names that mean each field (folded: lower case, no accents, single spaces).
FIELD_NAMES: Mapping[str, frozenset[str]] = {
    "email": frozenset(
        {
            "email", "e-mail", "e mail", "mail", "email address", "e-mail address",
            "e-mailadresse", "mailadresse", "e-mail-adresse", "e-mail cim", "email cim",
            "e-postadress", "e-post", "epost", "mejl", "mejladress",
        }
    ),
    "contact_name": frozenset(
        {
            "contact", "contact person", "contact name", "name", "kontaktperson",
            "kontakt", "navn", "ansprechpartner", "ansprechperson", "kontaktname",
            "kapcsolattarto", "nev", "kontaktnamn", "namn",
        }
    ),
    "company_name": frozenset(
        {
            "company", "company name", "organisation", "organization", "firma",
            "firmanavn", "virksomhed", "virksomhedsnavn", "firmenname", "unternehmen",
            "ceg", "cegnev", "foretag", "foretagsnamn", "bolag",
        }
    ),
}  # fmt: skip


class FileProblem(ValueError):
    """The file as a whole cannot be read as an invite list (nothing is queued).

    ``code`` says which problem it is (for a translated message), ``missing`` names the
    columns the header lacks (``missing_columns``)."""

    def __init__(self, code: str, message: str, missing: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.missing = missing


class Verdict(Enum):
    INVITE = "invite"
    REFUSED = "refused"


@dataclass(frozen=True)
class InviteRow:
    """One data row of the file and what the dry run found for it."""

    line: int  # 1-based line number in the file (the header is line 1)
    email: str
    contact_name: str
    company_name: str
    verdict: Verdict
    reason: str = ""  # why it is refused (English; the console shows its own words)
    code: str = ""  # invalid_email | missing | too_long | invalid | duplicate_in_file |
    #                 already_invited
    field: str = ""  # the field a missing / too long / invalid value is in
    first_line: int = 0  # duplicate_in_file: where the address is first
    draft: InviteDraft | None = None


@dataclass(frozen=True)
class InviteFile:
    """A read file: how it was read and its rows."""

    encoding: str
    separator: str
    rows: list[dict[str, str]]  # field → text, per data row (line = index + 2)


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read with."""
    if len(data) > MAX_BYTES:
        raise FileProblem("too_large", f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "UTF-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise FileProblem("bad_encoding", "The file says it is UTF-16 but is not.") from exc
    if b"\x00" in data[:4096]:
        raise FileProblem("binary", "This is not a text file (it holds binary data).")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _separator(text: str) -> str:
    """The field separator: the one the header line uses most (ties: in SEPARATORS order)."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    if counts[best] == 0:
        raise FileProblem(
            "one_column",
            "The first line names only one column; it must name the email, contact person "
            "and company name columns.",
        )
    return best


def _field_of(header: str) -> str | None:
    name = " ".join(fold(header).replace("_", " ").split())
    return next((field for field, names in FIELD_NAMES.items() if name in names), None)


def read(data: bytes) -> InviteFile:
    """Read an invite list; raises :class:`FileProblem` for a file that is not one."""
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise FileProblem("empty", "The file is empty.")
    separator = _separator(text)
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    try:
        header = next(reader)
        columns: dict[str, int] = {}
        for index, title in enumerate(header):
            field = _field_of(title)
            if field is not None and field not in columns:
                columns[field] = index
        missing = [f for f in FIELD_NAMES if f not in columns]
        if missing:
            raise FileProblem(
                "missing_columns",
                "The first line must name the columns email, contact person and company "
                f"name; missing: {', '.join(m.replace('_', ' ') for m in missing)}.",
                tuple(missing),
            )
        rows: list[dict[str, str]] = []
        for record in reader:
            if not any(cell.strip() for cell in record):
                rows.append({})  # an empty line keeps its number; it is skipped later
                continue
            if len(rows) >= MAX_ROWS:
                raise FileProblem("too_many_rows", f"The file has more than {MAX_ROWS:,} rows.")
            rows.append(
                {f: record[i].strip() if i < len(record) else "" for f, i in columns.items()}
            )
    except csv.Error as exc:
        raise FileProblem("not_csv", f"The file is not valid CSV: {exc}.") from exc
    return InviteFile(encoding, separator, rows)


def _problem(exc: ValidationError) -> tuple[str, str, str]:
    """(code, reason, field) of the first thing wrong with a row."""
    first = exc.errors()[0]
    field = str(first["loc"][0]) if first.get("loc") else ""
    label = field.replace("_", " ")
    kind = first.get("type", "")
    if kind == "string_too_short" or (field == "email" and not first.get("input")):
        return "missing", f"The {label} is missing.", field
    if field == "email":
        return "invalid_email", "The email address is not valid.", field
    if kind == "string_too_long":
        return "too_long", f"The {label} is too long.", field
    return "invalid", f"The {label} is not valid.", field


def _refused(
    line: int,
    values: tuple[str, str, str],
    code: str,
    reason: str,
    *,
    field: str = "",
    first_line: int = 0,
) -> InviteRow:
    return InviteRow(line, *values, Verdict.REFUSED, reason, code, field, first_line)


def dry_run(file: InviteFile, org_id: str, open_emails: Iterable[str]) -> list[InviteRow]:
    """What applying the file would do, row by row (nothing is written).

    ``open_emails`` are the addresses with an open (pending or accepted) invite from
    ``org_id`` already.
    """
    already = {e.strip().lower() for e in open_emails}
    first_line: dict[str, int] = {}
    out: list[InviteRow] = []
    for index, row in enumerate(file.rows):
        line = index + 2
        if not row:
            continue
        values = (row["email"], row["contact_name"], row["company_name"])
        try:
            draft = InviteDraft(org_id=org_id, **row)
        except ValidationError as exc:
            code, reason, field = _problem(exc)
            out.append(_refused(line, values, code, reason, field=field))
            continue
        if draft.email in first_line:
            first = first_line[draft.email]
            reason = f"The address is in the file twice (first on line {first})."
            out.append(_refused(line, values, "duplicate_in_file", reason, first_line=first))
            continue
        first_line[draft.email] = line
        if draft.email in already:
            reason = "The address has an open invite already."
            out.append(_refused(line, values, "already_invited", reason))
            continue
        out.append(InviteRow(line, *values, Verdict.INVITE, draft=draft))
    return out


@dataclass(frozen=True)
class Queued:
    """What applying did with one good row: its new invite's id, or why it failed."""

    row: InviteRow
    invite_id: str | None
    error: str = ""


def apply(cache: Cache, rows: Iterable[InviteRow]) -> list[Queued]:
    """Queue one invite per good row, each in its own durable transaction (a row goes in
    whole or not at all); the outbox sends them with the next sync."""
    done: list[Queued] = []
    for row in rows:
        if row.verdict is not Verdict.INVITE or row.draft is None:
            continue
        invite_id = str(uuid.uuid4())
        try:
            outbox.queue(cache, "invite.create", invite_id, row.draft)
        except (ValueError, HubdeskError) as exc:
            done.append(Queued(row, None, str(exc)))
        else:
            done.append(Queued(row, invite_id))
    return done
