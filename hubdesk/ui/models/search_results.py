"""A small list model of organisation search hits (at most one page of results)."""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.queries import SearchHit
from hubdesk.ui.labels import kind_label, plain_tooltip
from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore

ORG_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchResultsModel(QtCore.QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            trail = " › ".join(hit.trail)
            return f"{hit.name}  —  {trail}" if trail else hit.name
        if role == Qt.ItemDataRole.EditRole:
            return hit.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(" › ".join((*hit.trail, hit.name)))
        if role == ORG_ID_ROLE:
            return hit.id
        if role == Qt.ItemDataRole.StatusTipRole:
            return kind_label(hit.kind)
        return None
