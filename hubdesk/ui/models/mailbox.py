"""The demo server's outgoing mail (a few hundred at most: held whole)."""

from __future__ import annotations

from typing import Any

from hubdesk.ui.labels import plain_tooltip
from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore
from hubdesk.wire.mail import MailOut

MAIL_ROLE = Qt.ItemDataRole.UserRole + 1


class MailboxModel(QtCore.QAbstractTableModel):
    WHEN, TO, SUBJECT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mail: list[MailOut] = []

    def load(self, mail: list[MailOut]) -> None:
        self.beginResetModel()
        self._mail = list(mail)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._mail)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("To"), self.tr("Subject"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._mail):
            return None
        mail = self._mail[index.row()]
        if role == MAIL_ROLE:
            return mail
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.WHEN:
                local = QtCore.QDateTime.fromSecsSinceEpoch(int(mail.created_at.timestamp()))
                text = QtCore.QLocale().toString(local, QtCore.QLocale.FormatType.ShortFormat)
            elif index.column() == self.TO:
                text = mail.to_address
            else:
                text = mail.subject
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None
