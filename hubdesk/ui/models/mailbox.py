"""The demo server's outgoing mail (a few hundred at most: held whole)."""

from __future__ import annotations

from typing import Any

from hubdesk.ui.labels import plain_tooltip
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, Qt, QtCore
from hubdesk.wire.mail import MailOut

MAIL_ROLE = Qt.ItemDataRole.UserRole + 1


class MailboxModel(RowListModel[MailOut]):
    WHEN, TO, SUBJECT = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("To"), self.tr("Subject"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        mail = self.item(index)
        if mail is None:
            return None
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
