"""The conflicts list: one row per field I changed that the server did not take.

Columns: what (the entity's name), field, mine, theirs. The list is small (writes of
one person that need a decision), so the model holds it whole and is rebuilt on
:meth:`ConflictsModel.load`.
"""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.conflicts import Conflict
from hubdesk.ui.labels import field_label, plain_tooltip
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, Qt, QtGui

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictsModel(RowListModel[tuple[Conflict, str]]):
    WHAT, FIELD, MINE, THEIRS = range(4)

    def load_conflicts(self, conflicts: list[Conflict]) -> None:
        """One row per field of each conflict (a conflict with no field: one row)."""
        self.load((c, name) for c in conflicts for name in (sorted(c.mine) or [""]))

    def conflict_at(self, row: int) -> Conflict | None:
        item = self.item_at(row)
        return item[0] if item is not None else None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("What"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        conflict, name = item
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
