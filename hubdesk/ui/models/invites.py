"""The invites an organisation sent (one table; an organisation's invites fit in memory)."""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.queries import InviteRow
from hubdesk.ui.labels import invite_status_label, plain_tooltip
from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore

INVITE_ROLE = Qt.ItemDataRole.UserRole + 1


class InvitesModel(QtCore.QAbstractTableModel):
    COMPANY, CONTACT, EMAIL, STATUS, SENT, LAST_SENT, EXPIRES = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InviteRow] = []

    def load(self, rows: list[InviteRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def invite_at(self, row: int) -> InviteRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Company"),
            self.tr("Contact person"),
            self.tr("Email"),
            self.tr("Status"),
            self.tr("Sent"),
            self.tr("Last sent"),
            self.tr("Expires"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        invite = self._rows[index.row()]
        if role == INVITE_ROLE:
            return invite
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(invite, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(invite, index.column())
            return plain_tooltip(text) if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, invite: InviteRow, column: int) -> str:
        if column == self.COMPANY:
            return invite.company_name
        if column == self.CONTACT:
            return invite.contact_name
        if column == self.EMAIL:
            return invite.email
        if column == self.STATUS:
            return invite_status_label(invite.status)
        if column == self.SENT:
            return str(invite.sent_count)
        when = invite.last_sent_at if column == self.LAST_SENT else invite.expires_at
        if when is None:
            return "—"
        local = QtCore.QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
        return QtCore.QLocale().toString(local, QtCore.QLocale.FormatType.ShortFormat)
