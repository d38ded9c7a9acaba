"""The audit log as a windowed table: however many events match (ten million too), the
model knows their number and holds only the pages around what is on screen.

A page is read when a row of it is first painted: from its neighbour's key when the
neighbour is loaded (keyset pagination, the common case of scrolling), otherwise from
the nearer end of the log — the last page is the first page of the opposite order, so
jumping to the end costs what the start does. Pages not used lately are let go.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from hubdesk.services.cache import audit_log
from hubdesk.services.cache.audit_log import PAGE, AuditFilter, EventRow, FieldChange
from hubdesk.ui.audit_labels import action_label
from hubdesk.ui.labels import field_label, plain_tooltip
from hubdesk.ui.models.row_list import RowListModel, column_title
from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore, QtGui

Read = Callable[[Callable[[Connection], Any]], Any]
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
KEEP_PAGES = 64  # pages held at most (6,400 rows)
FIRST_COUNT = audit_log.MANY  # counted at once; a longer list is counted in a worker
REMOVED_COLOUR = "#fde2e1"  # a value as it was before (changed or removed)
ADDED_COLOUR = "#dff3e3"  # a value as it is after (changed or added)


def when_text(row: EventRow) -> str:
    """An event's time in local time, to the second (what a reviewer compares)."""
    local = QtCore.QDateTime.fromMSecsSinceEpoch(int(row.occurred_at.timestamp() * 1000))
    return local.toString("yyyy-MM-dd HH:mm:ss")


class AuditLogModel(QtCore.QAbstractTableModel):
    WHEN, ORGANISATION, ACTOR, ACTION, TARGET, ORIGIN = range(6)

    def __init__(self, read: Read, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._pages: OrderedDict[int, list[EventRow]] = OrderedDict()
        self._total = 0
        self.many = False  # more events match than audit_log.MANY (how pages are read)
        self._anchors: audit_log.Anchors | None = None
        self.partial = False  # more rows than counted so far
        self.filter = AuditFilter()
        self.newest_first = True
        self.page_size = PAGE
        self.pages_read = 0  # how many pages were read from the cache (tests, benchmark)

    # -- what is shown ------------------------------------------------------------------------

    def show(self, f: AuditFilter, *, newest_first: bool | None = None) -> None:
        self.filter = f
        if newest_first is not None:
            self.newest_first = newest_first
        self.reload()

    def reload(self) -> None:
        """Count again (up to :data:`FIRST_COUNT`: a larger list is counted in full by
        :meth:`counted`, from a worker) and drop every page read."""
        f = self.filter
        self.beginResetModel()
        self._pages.clear()
        self._anchors = None
        counted = self._read(lambda conn: audit_log.count(conn, f, FIRST_COUNT + 1))
        self.partial = counted > FIRST_COUNT
        self._total = min(counted, FIRST_COUNT)
        self.many = counted > audit_log.MANY
        self.endResetModel()

    def counted(self, f: AuditFilter, newest_first: bool, found: audit_log.Anchors) -> None:
        """The full count and the anchors of a list shown partly: the rows beyond the first
        count are added (ignored when another list is shown by now)."""
        if f != self.filter or newest_first != self.newest_first or not self.partial:
            return
        self._anchors = found
        self.partial = False
        if found.total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, found.total - 1)
            self._total = found.total
            self.endInsertRows()
        elif found.total < self._total:  # the log changed meanwhile: read it afresh
            self.reload()

    @property
    def anchors(self) -> audit_log.Anchors | None:
        return self._anchors

    @property
    def total(self) -> int:
        return self._total

    def event_at(self, row: int) -> EventRow | None:
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, self.page_size)
        rows = self._page(number)
        return rows[offset] if offset < len(rows) else None

    def row_of(self, event_id: str) -> int | None:
        """The row of an event among the pages held (None: not loaded)."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == event_id:
                    return number * self.page_size + offset
        return None

    # -- pages ------------------------------------------------------------------------------

    def _page(self, number: int) -> list[EventRow]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        rows = self._read_page(number)
        self._pages[number] = rows
        while len(self._pages) > KEEP_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _read_page(self, number: int) -> list[EventRow]:
        start = number * self.page_size
        size = min(self.page_size, self._total - start)
        f, newest, many = self.filter, self.newest_first, self.many
        before, after = self._pages.get(number - 1), self._pages.get(number + 1)
        self.pages_read += 1

        def forward(conn: Connection, key: Any = None, offset: int = 0) -> list[EventRow]:
            return audit_log.page(
                conn, f, newest_first=newest, after=key, offset=offset, limit=size, many=many
            )

        def backward(conn: Connection, key: Any = None, offset: int = 0) -> list[EventRow]:
            rows = audit_log.page(
                conn, f, newest_first=not newest, after=key, offset=offset, limit=size, many=many
            )
            rows.reverse()
            return rows

        if before:
            key = before[-1].key
            rows: list[EventRow] = self._read(lambda conn: forward(conn, key))
        elif after:
            key = after[0].key
            rows = self._read(lambda conn: backward(conn, key))
        else:
            anchor, skip = self._anchors.before(start) if self._anchors else (None, start)
            from_end = self._total - (start + size)
            if self.partial or skip <= from_end:
                rows = self._read(lambda conn: forward(conn, anchor, skip))
            else:
                rows = self._read(lambda conn: backward(conn, offset=from_end))
        return rows

    # -- the table -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = (
            self.tr("When"),
            self.tr("Organisation"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("About"),
            self.tr("From"),
        )
        return column_title(headers, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            EVENT_ROLE,
        ):
            return None
        row = self.event_at(index.row())
        if row is None:
            return None
        if role == EVENT_ROLE:
            return row
        text = self.text(row, index.column())
        return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def text(self, row: EventRow, column: int) -> str:
        if column == self.WHEN:
            return when_text(row)
        if column == self.ORGANISATION:
            if row.org_id is None:
                return self.tr("Platform")
            return row.org_name or self.tr("(not in this cache)")
        if column == self.ACTOR:
            if row.impersonator_name:
                return (
                    self.tr("%1, logged in by %2")
                    .replace("%1", row.actor_name)
                    .replace("%2", row.impersonator_name)
                )
            return row.actor_name
        if column == self.ACTION:
            return action_label(row.action)
        if column == self.TARGET:
            return row.target_name or ""
        return " · ".join(part for part in (row.ip, row.device) if part)


class ChangesModel(RowListModel[FieldChange]):
    """An event's before and after, field by field; what changed is marked."""

    FIELD, BEFORE, AFTER = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Field"), self.tr("Before"), self.tr("After"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        change = self.item(index)
        if change is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.FIELD:
                text = field_label(change.name)
            else:
                value = change.before if index.column() == self.BEFORE else change.after
                text = self.value_text(value, change.kind, index.column() == self.BEFORE)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.FontRole and change.kind != "same":
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and change.kind != "same":
            column = index.column()
            if column == self.BEFORE and change.kind in ("changed", "removed"):
                return QtGui.QColor(REMOVED_COLOUR)
            if column == self.AFTER and change.kind in ("changed", "added"):
                return QtGui.QColor(ADDED_COLOUR)
        return None

    def value_text(self, value: Any, kind: str, before: bool) -> str:
        if (kind == "added" and before) or (kind == "removed" and not before):
            return self.tr("(none)")
        if value is None:
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        return str(value)
