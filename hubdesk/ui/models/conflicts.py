"""The conflicts list: one row per field I changed that the server did not take.

Columns: what (the entity's name), field, mine, theirs. The list is small (writes of
one person that need a decision), so the model holds it whole and is rebuilt on
:meth:`ConflictsModel.load`.
"""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.conflicts import Conflict
from hubdesk.ui.labels import field_label, plain_tooltip
from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore, QtGui

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictsModel(QtCore.QAbstractTableModel):
    WHAT, FIELD, MINE, THEIRS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Conflict, str]] = []

    def load(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self._rows = []
        for conflict in conflicts:
            fields = sorted(conflict.mine) or [""]
            self._rows.extend((conflict, name) for name in fields)
        self.endResetModel()

    def conflict_at(self, row: int) -> Conflict | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("What"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conflict, name = self._rows[index.row()]
        column = index.column()
        if role == CONFLICT_ROLE:
            return conflict
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return plain_tooltip(str(text)) if text else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHAT:
                return conflict.title
            if column == self.FIELD:
                return field_label(name) if name else ""
            if column == self.MINE:
                return _text(conflict.mine.get(name)) if name else ""
            if conflict.theirs is None:
                return self.tr("(no longer visible to you)")
            return _text(conflict.their_value(name))
        differs = bool(name) and conflict.their_value(name) != conflict.mine.get(name)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.THEIRS and differs:
            return QtGui.QBrush(QtGui.QColor("#d93025"))
        return None


def _text(value: Any) -> str:
    return "—" if value in (None, "") else str(value)
