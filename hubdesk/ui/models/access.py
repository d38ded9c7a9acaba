"""Grants as a table: a person's (what each reaches) or an organisation's (who reaches it)."""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.access import AccessRow
from hubdesk.ui.labels import permission_label
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, QObject, Qt, QtGui

GRANT_ROLE = Qt.ItemDataRole.UserRole + 1
INACTIVE_COLOUR = QtGui.QColor("#80868b")


class AccessModel(RowListModel[AccessRow]):
    """``by_person``: one row per grant of one person (where, role, how far it reaches);
    otherwise one row per person reaching one organisation (who, role, how)."""

    def __init__(self, by_person: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.by_person = by_person
        self.columns = (
            ("where", "role", "reach", "status")
            if by_person
            else ("who", "email", "role", "how", "status")
        )

    def headers(self) -> tuple[str, ...]:
        names = {
            "where": self.tr("Granted at"),
            "role": self.tr("Role"),
            "reach": self.tr("Organisations reached"),
            "status": self.tr("Status"),
            "who": self.tr("Person"),
            "email": self.tr("Email"),
            "how": self.tr("How"),
        }
        return tuple(names[c] for c in self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == GRANT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "active":
            return INACTIVE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == "role":
            return "\n".join(sorted(permission_label(p) for p in row.permissions))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, column)

    def _text(self, row: AccessRow, column: str) -> str:
        if column == "where":
            return row.org_name
        if column == "who":
            return row.person_name
        if column == "email":
            return row.email
        if column == "role":
            return row.role_name
        if column == "reach":
            return str(row.reaches)
        if column == "how":
            if row.inherited:
                return self.tr("Member of {org}, above").format(org=row.org_name)
            return self.tr("Member here")
        return {
            "active": self.tr("Active"),
            "invited": self.tr("Invited (grants nothing yet)"),
            "suspended": self.tr("Suspended (grants nothing)"),
        }.get(row.status, row.status)
