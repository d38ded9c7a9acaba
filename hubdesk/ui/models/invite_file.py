"""The rows of an invite file: what the dry run found, then what applying did."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hubdesk.services.invite_file import InviteRow, Queued, Verdict
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, QObject, Qt, QtGui

REFUSED_COLOUR = QtGui.QColor("#d93025")
DONE_COLOUR = QtGui.QColor("#188038")


class InviteFileModel(RowListModel[InviteRow]):
    """One row per data row of the file (a file holds at most a few thousand)."""

    LINE, EMAIL, CONTACT, COMPANY, RESULT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queued: dict[int, Queued] = {}  # line → what applying did

    def load(self, rows: Iterable[InviteRow]) -> None:
        self._queued = {}
        super().load(rows)

    def set_queued(self, done: list[Queued]) -> None:
        self._queued = {q.row.line: q for q in done}
        if self._rows:
            top = self.index(0, self.RESULT)
            bottom = self.index(len(self._rows) - 1, self.RESULT)
            self.dataChanged.emit(top, bottom)

    def rows(self) -> list[InviteRow]:
        return list(self._rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Line"),
            self.tr("Email"),
            self.tr("Contact person"),
            self.tr("Company"),
            self.tr("What happens"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE:
                return str(row.line)
            if column == self.RESULT:
                return self.result_text(row)
            return (row.email, row.contact_name, row.company_name)[column - 1]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT:
            queued = self._queued.get(row.line)
            if row.verdict is Verdict.REFUSED or (queued is not None and queued.error):
                return REFUSED_COLOUR
            return DONE_COLOUR if queued is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def result_text(self, row: InviteRow) -> str:
        queued = self._queued.get(row.line)
        if queued is not None:
            if queued.error:
                return self.tr("Not queued: {reason}").format(reason=queued.error)
            return self.tr("Queued: goes out with the next sync")
        if row.verdict is Verdict.INVITE:
            return self.tr("Will be invited")
        field = {
            "email": self.tr("email address"),
            "contact_name": self.tr("contact person"),
            "company_name": self.tr("company name"),
        }.get(row.field, row.field)
        reasons = {
            "invalid_email": self.tr("Refused: not a valid email address"),
            "missing": self.tr("Refused: the {field} is missing").format(field=field),
            "too_long": self.tr("Refused: the {field} is too long").format(field=field),
            "invalid": self.tr("Refused: the {field} is not valid").format(field=field),
            "duplicate_in_file": self.tr(
                "Refused: the address is in the file twice (first on line {line})"
            ).format(line=row.first_line),
            "already_invited": self.tr("Refused: the address has an open invite already"),
        }
        return reasons.get(row.code, row.reason)
