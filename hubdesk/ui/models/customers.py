"""A partner's customers as a windowed table: filtered and sorted in SQL over the worked-out
customer rows, read a page at a time as the view scrolls (keyset pagination); the plan's
progress drawn as a bar, what needs attention in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Connection

from hubdesk.domain.attention import Item, Need
from hubdesk.services.cache import customers
from hubdesk.services.cache.customers import PAGE, Customer, CustomerFilter, Sort
from hubdesk.ui.labels import commercial_label, day_text, plain_tooltip
from hubdesk.ui.models.keyset import KeysetModel
from hubdesk.ui.models.row_list import column_title
from hubdesk.ui.qt import (
    AnyIndex,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QtGui,
    QtWidgets,
)

Read = Callable[[Callable[[Connection], Any]], Any]
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2
ATTENTION_COLOUR = "#b06000"


def need_text(item: Item) -> str:
    """One item needing attention, with its figure, in words."""
    n = item.figure
    texts = {
        Need.TRIAL_ENDING: QCoreApplication.translate(
            "customers", "Trial ends in %n day(s)", "", n
        ),
        Need.RENEWAL_SOON: QCoreApplication.translate("customers", "Renews in %n day(s)", "", n),
        Need.INVITE_PENDING: QCoreApplication.translate(
            "customers", "Invitation pending for %n day(s)", "", n
        ),
        Need.INVOICE_OVERDUE: QCoreApplication.translate(
            "customers", "%n overdue invoice(s)", "", n
        ),
        Need.INVOICE_UNPAID: QCoreApplication.translate("customers", "%n unpaid invoice(s)", "", n),
        Need.LICENCES_UNASSIGNED: QCoreApplication.translate(
            "customers", "%n licence(s) bought but not given", "", n
        ),
        Need.NO_ACTIVITY: QCoreApplication.translate(
            "customers", "No activity for %n day(s)", "", n
        ),
    }
    return texts[item.need]


class CustomersModel(KeysetModel[Customer]):
    NAME, STATUS, PLAN, PROGRESS, USERS, ACTIVITY, ATTENTION, TAGS = range(8)
    SORTS = {
        NAME: Sort.NAME,
        STATUS: Sort.DAYS,  # the status column's days (trial left, to renewal)
        PLAN: Sort.PLAN,
        PROGRESS: Sort.PROGRESS,
        USERS: Sort.USERS,
        ACTIVITY: Sort.ACTIVITY,
        ATTENTION: Sort.ATTENTION,
        TAGS: Sort.TAGS,
    }

    def __init__(self, read: Read, parent: QObject | None = None) -> None:
        super().__init__(Sort.NAME, PAGE, parent)
        self._read = read
        self.partner_id: str | None = None
        self.filter = CustomerFilter()
        self.today = date.today()

    # -- loading ----------------------------------------------------------------------------

    def page_after(self, after: Any) -> list[Customer]:
        partner, f, key, desc, size = (
            self.partner_id, self.filter, self.sort_key, self.descending, self.page_size,
        )  # fmt: skip
        if partner is None:
            return []
        rows: list[Customer] = self._read(
            lambda conn: customers.page(
                conn, partner, f, sort=key, descending=desc, after=after, limit=size
            )
        )
        return rows

    def key_of(self, row: Customer) -> tuple[Any, str]:
        return row.key

    def show(self, partner_id: str | None, f: CustomerFilter | None = None) -> None:
        self.partner_id = partner_id
        if f is not None:
            self.filter = f
        self.reload()

    def customer_at(self, row: int) -> Customer | None:
        return self.row_at(row)

    # -- the table ----------------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = (
            self.tr("Customer"),
            self.tr("Status"),
            self.tr("Plan"),
            self.tr("Progress"),
            self.tr("Users"),
            self.tr("Activities (90 days)"),
            self.tr("Needs attention"),
            self.tr("Tags"),
        )
        return column_title(headers, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.customer_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == CUSTOMER_ROLE:
            return row
        if role == PROGRESS_ROLE and column == self.PROGRESS:
            return row.progress_pct if row.plan_name else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ATTENTION and row.attention:
                return plain_tooltip("\n".join(need_text(i) for i in row.attention))
            if column == self.STATUS:
                return plain_tooltip(self.status_detail(row))
            return plain_tooltip(self._text(row, column))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ATTENTION and row.attention:
            return QtGui.QColor(ATTENTION_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.USERS, self.ACTIVITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: Customer, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.STATUS:
            return self.status_text(row)
        if column == self.PLAN:
            return row.plan_name or ""
        if column == self.PROGRESS:
            return f"{row.progress_pct} %" if row.plan_name else ""
        if column == self.USERS:
            return str(row.users)
        if column == self.ACTIVITY:
            return str(row.activity_90d)
        if column == self.ATTENTION:
            if not row.attention:
                return ""
            first = need_text(row.attention[0])
            more = len(row.attention) - 1
            return first + (f"  (+{more})" if more else "")
        return ", ".join(row.tags)

    def status_text(self, row: Customer) -> str:
        if row.status == "trial" and row.trial_ends_on is not None:
            left = (row.trial_ends_on - self.today).days
            if left < 0:
                return self.tr("Trial ended {day}").format(day=day_text(row.trial_ends_on))
            return self.tr("Trial: %n day(s) left", "", left)
        if row.status == "active":
            if row.renews_on is not None:
                return self.tr("Active, renews {day}").format(day=day_text(row.renews_on))
            return self.tr("Active")
        return commercial_label(row.status)

    def status_detail(self, row: Customer) -> str:
        """The status with every date (tooltip, detail panel)."""
        if row.status == "active" and row.subscription_started_on is not None:
            since = self.tr("Subscribed since {day}").format(
                day=day_text(row.subscription_started_on)
            )
            if row.renews_on is not None:
                since += ", " + self.tr("renews {day}").format(day=day_text(row.renews_on))
            return since
        if row.status == "trial" and row.trial_ends_on is not None:
            return self.status_text(row) + " (" + day_text(row.trial_ends_on) + ")"
        return self.status_text(row)


class ProgressDelegate(QtWidgets.QStyledItemDelegate):
    """Draws a customer's plan progress as a bar (the number as its text)."""

    def paint(
        self, painter: QtGui.QPainter, option: QtWidgets.QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        bar = QtWidgets.QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 4, -3, -4)
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(value)
        bar.text = f"{int(value)} %"
        bar.textVisible = True
        style = option.widget.style() if option.widget else QtWidgets.QApplication.style()
        style.drawControl(QtWidgets.QStyle.ControlElement.CE_ProgressBar, bar, painter)
