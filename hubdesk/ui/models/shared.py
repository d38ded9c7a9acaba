"""An organisation's shared resources: its own and those inherited from above."""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.shared import ResourceRow
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, Qt, QtGui

RESOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
INHERITED = QtGui.QColor("#5f6368")


class SharedModel(RowListModel[ResourceRow]):
    NAME, KIND, FROM, SHARED = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Kind"), self.tr("From"), self.tr("Shared down"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        if role == RESOURCE_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.inherited:
            return INHERITED
        if role == Qt.ItemDataRole.ToolTipRole and row.inherited:
            return self.tr("Inherited from {org}: read-only here.").format(org=row.org_name)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.NAME:
            return row.name
        if column == self.KIND:
            return {
                "agent": self.tr("Agent"),
                "channel": self.tr("Channel"),
                "knowledge": self.tr("Knowledge base"),
            }.get(row.kind, row.kind)
        if column == self.FROM:
            return row.org_name if row.inherited else self.tr("This organisation")
        if row.inherited:
            return self.tr("Inherited")
        return self.tr("Yes") if row.shared else self.tr("No")
