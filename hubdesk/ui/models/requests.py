"""Service requests of a subtree, as a list (an organisation's recent requests fit)."""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.service_requests import RequestRow
from hubdesk.ui.labels import plain_tooltip, request_kind_label, request_status_label
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, Qt, QtCore, QtGui

REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1


class RequestsModel(RowListModel[RequestRow]):
    DAY, ORG, KIND, TITLE, QUANTITY, STATUS = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Day"),
            self.tr("Sub-account"),
            self.tr("Kind"),
            self.tr("What"),
            self.tr("How many"),
            self.tr("Status"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        if role == REQUEST_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, index.column())
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.version == 0:
            return QtGui.QColor("#5f6368")  # not taken by the server yet
        return None

    def _text(self, row: RequestRow, column: int) -> str:
        if column == self.DAY:
            day = QtCore.QDate(
                row.requested_for.year, row.requested_for.month, row.requested_for.day
            )
            return QtCore.QLocale().toString(day, QtCore.QLocale.FormatType.ShortFormat)
        if column == self.TITLE:
            return f"{row.title} — {row.notes}" if row.notes else row.title
        return (
            "",
            row.org_name,
            request_kind_label(row.kind),
            "",
            str(row.quantity),
            request_status_label(row.status),
        )[column]
