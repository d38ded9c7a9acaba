"""The people of an organisation as a windowed table: rows are read a page at a time as
the view scrolls (keyset pagination), and filtering and sorting happen in SQL — the model
never holds more than the pages seen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from hubdesk.services.cache.people import PAGE, PersonRow, SortKey, people_page
from hubdesk.ui.labels import plain_tooltip
from hubdesk.ui.models.keyset import KeysetModel
from hubdesk.ui.models.row_list import column_title
from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore, QtGui

Read = Callable[[Callable[[Connection], Any]], Any]
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleModel(KeysetModel[PersonRow]):
    NAME, EMAIL, ROLE, SEAT, LICENCES, STATUS, FIRST, LAST = range(8)
    SORTS = {
        NAME: SortKey.NAME,
        EMAIL: SortKey.EMAIL,
        ROLE: SortKey.ROLE,
        STATUS: SortKey.STATUS,
        FIRST: SortKey.FIRST_SIGN_IN,
        LAST: SortKey.LAST_SIGN_IN,
    }  # the seat and licence columns are derived, not sortable

    def __init__(self, read: Read, parent: QObject | None = None) -> None:
        super().__init__(SortKey.NAME, PAGE, parent)
        self._read = read
        self.org_id: str | None = None
        self.search = ""

    # -- loading ------------------------------------------------------------------------------

    def page_after(self, after: Any) -> list[PersonRow]:
        org_id, search, key, desc = self.org_id, self.search, self.sort_key, self.descending
        size = self.page_size
        if org_id is None:
            return []
        rows: list[PersonRow] = self._read(
            lambda conn: people_page(
                conn, org_id, search=search, sort=key, descending=desc, after=after, limit=size
            )
        )
        return rows

    def key_of(self, row: PersonRow) -> tuple[Any, str]:
        return (row.sort_value, row.membership_id)

    def show(self, org_id: str | None, search: str | None = None) -> None:
        self.org_id = org_id
        if search is not None:
            self.search = search
        self.reload()

    def person_at(self, row: int) -> PersonRow | None:
        return self.row_at(row)

    # -- the table ------------------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = (
            self.tr("Name"),
            self.tr("Email"),
            self.tr("Role"),
            self.tr("Seat"),
            self.tr("Licences"),
            self.tr("Status"),
            self.tr("First sign-in"),
            self.tr("Last sign-in"),
        )
        return column_title(headers, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.person_at(index.row()) if index.isValid() else None
        if person is None:
            return None
        if role == PERSON_ROLE:
            return person
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(person, index.column())
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.SEAT:
            return QtGui.QColor("#1a73e8") if person.billable else None
        return None

    def _text(self, person: PersonRow, column: int) -> str:
        if column == self.SEAT:
            return self.tr("Billable") if person.billable else self.tr("Free")
        if column == self.STATUS:
            return {
                "active": self.tr("Active"),
                "invited": self.tr("Invited"),
                "suspended": self.tr("Suspended"),
            }.get(person.status, person.status)
        if column in (self.FIRST, self.LAST):
            when = person.first_sign_in if column == self.FIRST else person.last_sign_in
            return _when(when) if when else self.tr("Never")
        return (person.name, person.email, person.role, "", person.licences)[column]


def _when(moment: datetime) -> str:
    local = QtCore.QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QtCore.QLocale().toString(local, QtCore.QLocale.FormatType.ShortFormat)
