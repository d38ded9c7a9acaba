"""Tables of the billing window: invoices, an invoice's lines, and the totals rolled up."""

from __future__ import annotations

from typing import Any

from hubdesk.services.cache.billing import OPEN, OVERDUE, PAID, InvoiceRow, LineRow, RollupRow
from hubdesk.ui.labels import day_text, money
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, Qt, QtGui

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
COLOURS = {PAID: QtGui.QColor("#188038"), OVERDUE: QtGui.QColor("#d93025")}


class InvoicesModel(RowListModel[InvoiceRow]):
    STANDING = 4

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Billed to"),
            self.tr("Period"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Total"),
        )

    def standing_text(self, standing: str) -> str:
        return {
            PAID: self.tr("Paid"),
            OPEN: self.tr("Unpaid"),
            OVERDUE: self.tr("Overdue"),
            "draft": self.tr("Draft"),
            "void": self.tr("Void"),
        }.get(standing, standing)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        if role == ITEM_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STANDING:
            return COLOURS.get(row.standing)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.number,
            row.org_name,
            f"{day_text(row.period_start)} – {day_text(row.period_end)}",
            day_text(row.due_on),
            self.standing_text(row.standing),
            money(row.total_cents, row.currency),
        )[index.column()]


class LinesModel(RowListModel[LineRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = ""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Organisation"),
            self.tr("Product"),
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit price"),
            self.tr("Amount"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.org_name,
            row.product,
            row.description,
            str(row.quantity),
            money(row.unit_cents, self.currency),
            money(row.amount_cents, self.currency),
        )[index.column()]


class RollupModel(RowListModel[RollupRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = ""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Organisation"),
            self.tr("Invoiced"),
            self.tr("Paid"),
            self.tr("Unpaid"),
            self.tr("Overdue"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            return COLOURS[OVERDUE] if row.amounts.get(OVERDUE) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return row.name
        amount = (row.total, *(row.amounts.get(s, 0) for s in (PAID, OPEN, OVERDUE)))
        return money(amount[index.column() - 1], self.currency)
