"""The invites an organisation sent (one table; an organisation's invites fit in memory)."""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.queries import InviteRow
from hubdesk.ui.labels import invite_status_label, plain_tooltip
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, Qt, QtCore

INVITE_ROLE = Qt.ItemDataRole.UserRole + 1


class InvitesModel(RowListModel[InviteRow]):
    COMPANY, CONTACT, EMAIL, STATUS, SENT, LAST_SENT, EXPIRES = range(7)

    def invite_at(self, row: int) -> InviteRow | None:
        return self.item_at(row)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Company"),
            self.tr("Contact person"),
            self.tr("Email"),
            self.tr("Status"),
            self.tr("Sent"),
            self.tr("Last sent"),
            self.tr("Expires"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        invite = self.item(index)
        if invite is None:
            return None
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
