"""The roles that can be given at an organisation: built-in and custom, with their seat."""

from __future__ import annotations

from typing import Any

from hubdesk.models.seats import RoleChoice
from hubdesk.ui.labels import permission_label
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, QObject, Qt, QtGui

ROLE_ROLE = Qt.ItemDataRole.UserRole + 1
BILLABLE_COLOUR = QtGui.QColor("#1a73e8")


class RolesModel(RowListModel[RoleChoice]):
    NAME, KIND, SEAT, PERMISSIONS = range(4)

    def __init__(self, org_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.org_id = org_id  # custom roles defined here are this organisation's own

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Role"), self.tr("Kind"), self.tr("Seat"), self.tr("Permissions"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        choice = self.item(index)
        if choice is None:
            return None
        column = index.column()
        if role == ROLE_ROLE:
            return choice
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEAT and choice.billable:
            return BILLABLE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = sorted(permission_label(p) for p in choice.permissions)
            return "\n".join([choice.description, "", *lines]).strip()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return choice.name
        if column == self.KIND:
            if choice.builtin:
                return self.tr("Built-in")
            if choice.org_id == self.org_id:
                return self.tr("Custom, this organisation's")
            return self.tr("Custom, from above")
        if column == self.SEAT:
            return self.tr("Billable") if choice.billable else self.tr("Free")
        return str(len(choice.permissions))
