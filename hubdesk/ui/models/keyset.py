"""A table read a page at a time as the view scrolls (keyset pagination: each page starts
after the last row's key), sorted in SQL by the column clicked. The subclass reads a
page (:meth:`KeysetModel.page_after`) and names each row's key; the model never holds
more than the pages seen."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore

R = TypeVar("R")


class KeysetModel(QtCore.QAbstractTableModel, Generic[R]):
    SORTS: ClassVar[dict[int, Any]] = {}  # column → the sort key it sorts by

    def __init__(self, sort_key: Any, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._more = False
        self.sort_key = sort_key
        self.descending = False
        self.page_size = page_size

    def page_after(self, after: Any) -> list[R]:
        """The page after the row whose key is ``after`` (None: the first page)."""
        raise NotImplementedError

    def key_of(self, row: R) -> Any:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.page_after(None)
        self._more = len(self._rows) == self.page_size
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self._rows:
            return
        more = self.page_after(self.key_of(self._rows[-1]))
        self._more = len(more) == self.page_size
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTS.get(column)
        if key is None:
            return  # a derived column: not sortable
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
