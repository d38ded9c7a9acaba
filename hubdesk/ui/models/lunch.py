"""The lunch overview as a table: a row per sub-account, a column per day, totals last."""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.service_requests import LunchOverview
from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore, QtGui


class LunchModel(QtCore.QAbstractTableModel):
    """Rows: the sub-accounts that ordered, then the day totals. Columns: the name, one per
    day, the sub-account's total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.overview: LunchOverview | None = None

    def load(self, overview: LunchOverview | None) -> None:
        self.beginResetModel()
        self.overview = overview
        self.endResetModel()

    def _days(self) -> int:
        return len(self.overview.days) if self.overview else 0

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.overview is None:
            return 0
        return len(self.overview.rows) + 1  # + the totals

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.overview is None else self._days() + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.overview is None:
            return None
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < self._days() + 2:
            return None
        if section == 0:
            return self.tr("Sub-account")
        if section == self._days() + 1:
            return self.tr("Week")
        day = self.overview.days[section - 1]
        locale = QtCore.QLocale()
        return locale.toString(QtCore.QDate(day.year, day.month, day.day), "ddd d/M")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        overview = self.overview
        if overview is None or not index.isValid():
            return None
        row, column, days = index.row(), index.column(), self._days()
        if not (0 <= row <= len(overview.rows) and 0 <= column < days + 2):
            return None
        totals = row == len(overview.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("Total") if totals else overview.rows[row].name
            per_day = overview.per_day if totals else overview.rows[row].per_day
            value = sum(per_day) if column == days + 1 else per_day[column - 1]
            return str(value) if value else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (totals or column == days + 1):
            font = QtGui.QFont()
            font.setBold(True)
            return font
        return None
