"""The consoles signed in as the person (the security window's table)."""

from __future__ import annotations

from typing import Any

from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, Qt, QtCore, QtGui
from hubdesk.wire.security import SessionOut


class SessionsModel(RowListModel[SessionOut]):
    DEVICE, ADDRESS, SINCE = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Console"), self.tr("Address"), self.tr("Signed in"))

    def rows(self) -> list[SessionOut]:
        return [row for r in range(self.rowCount()) if (row := self.item_at(r)) is not None]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.DEVICE:
                device = row.device or self.tr("Unknown console")
                return (
                    self.tr("{device} (this console)").format(device=device)
                    if row.current
                    else device
                )
            if column == self.ADDRESS:
                return row.ip or ""
            local = QtCore.QDateTime.fromSecsSinceEpoch(int(row.created_at.timestamp()))
            return QtCore.QLocale().toString(local, QtCore.QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.FontRole and row.current:
            font = QtGui.QFont()
            font.setBold(True)
            return font
        return None
