"""A table over a short list held in memory (an organisation's invites, the conflicts,
the rows of an invite file): one item per row, the columns named by the subclass.

Large tables are windowed models over SQL instead (see ``org_tree`` and the search).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore

T = TypeVar("T")


class RowListModel(QtCore.QAbstractTableModel, Generic[T]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def headers(self) -> tuple[str, ...]:
        """The column titles (translated), in column order."""
        raise NotImplementedError

    def load(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def item(self, index: AnyIndex) -> T | None:
        """The row's item of a valid index of this model (None otherwise)."""
        return self.item_at(index.row()) if index.isValid() else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(self.headers(), section, orientation, role)


def column_title(
    headers: tuple[str, ...], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """A table model's ``headerData``: the titles of its columns, nothing else."""
    if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
        return None
    return headers[section] if 0 <= section < len(headers) else None
