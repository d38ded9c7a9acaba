"""The billing of an organisation: its invoices and those of everything below it (paid,
unpaid, overdue), an invoice's lines per organisation and product, and the totals rolled
up the tree. Whoever manages billing marks an invoice paid or unpaid again."""

from __future__ import annotations

from datetime import date

from hubdesk.domain.permissions import Permission, parent_path
from hubdesk.services.cache.billing import (
    OPEN,
    OVERDUE,
    PAID,
    InvoiceRow,
    invoices_of,
    lines_of,
    rollup,
)
from hubdesk.ui.labels import money
from hubdesk.ui.models.billing import ITEM_ROLE, InvoicesModel, LinesModel, RollupModel
from hubdesk.ui.qt import QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.forms import OrgWindow, empty_note, table_view
from hubdesk.wire.mutations import InvoicePatch


class BillingWindow(OrgWindow):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Billing of {org}").format(org=self.org_name))
        self.resize(900, 620)
        self.tabs = QtWidgets.QTabWidget()
        # -- invoices and lines
        self.only = QtWidgets.QComboBox()
        self.only.setAccessibleName(self.tr("Show"))
        for value, label in (
            ("", self.tr("All invoices")),
            (OPEN, self.tr("Unpaid")),
            (OVERDUE, self.tr("Overdue")),
            (PAID, self.tr("Paid")),
        ):
            self.only.addItem(label, value)
        self.only.currentIndexChanged.connect(lambda _i: self.reload())
        show = QtWidgets.QLabel(self.tr("&Show:"))
        show.setBuddy(self.only)
        self.mark = QtWidgets.QPushButton(self.tr("Mark &paid"))
        self.mark.setAccessibleName(self.tr("Mark the invoice paid or unpaid"))
        self.mark.clicked.connect(lambda _c=False: self.toggle_paid())
        self.invoices = InvoicesModel(self)
        self.invoice_table = table_view(self.invoices, self.tr("Invoices"))
        self.invoice_table.selectionModel().currentRowChanged.connect(lambda *_a: self._lines())
        self.lines = LinesModel(self)
        self.line_table = table_view(self.lines, self.tr("Lines of the invoice"))
        page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(page)
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.only)
        bar.addStretch(1)
        bar.addWidget(self.mark)
        box.addLayout(bar)
        box.addWidget(
            empty_note(
                self.invoices,
                lambda: (
                    self.tr("No invoice matches.")
                    if self.only.currentData()
                    else self.tr("No invoices here or below yet.")
                ),
            )
        )
        box.addWidget(self.invoice_table, 3)
        box.addWidget(self.line_table, 2)
        self.tabs.addTab(page, self.tr("&Invoices"))
        # -- roll-up
        self.rolled = RollupModel(self)
        self.rollup_table = table_view(self.rolled, self.tr("Totals per organisation below"))
        self.totals = QtWidgets.QLabel()
        self.totals.setAccessibleName(self.tr("Totals"))
        page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(page)
        box.addWidget(self.totals)
        box.addWidget(self.rollup_table, 1)
        self.rollup_tab = self.tabs.addTab(page, self.tr("&Totals up the tree"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.c.bus.changed.connect(self._changed)
        self.reload()

    def current(self) -> InvoiceRow | None:
        index = self.invoice_table.currentIndex()
        value = index.data(ITEM_ROLE) if index.isValid() else None
        return value if isinstance(value, InvoiceRow) else None

    def reload(self) -> None:
        if self.c.session is None:
            return
        org_id, today, only = self.org_id, date.today(), self.only.currentData() or None
        kept = self.current()
        self.invoices.load(self.c.read(lambda conn: invoices_of(conn, org_id, today, only)))
        for row in range(self.invoices.rowCount()):
            found = self.invoices.item_at(row)
            if found is not None and (kept is None or found.id == kept.id):
                self.invoice_table.selectRow(row)
                break
        summary = self.c.read(lambda conn: rollup(conn, org_id, today))
        self.rolled.currency = summary.currency
        self.rolled.load(summary.rows)
        if summary.currency:
            self.totals.setText(
                self.tr("Invoiced {total}: paid {paid}, unpaid {open}, overdue {overdue}.").format(
                    total=money(summary.total, summary.currency),
                    paid=money(summary.totals.get(PAID, 0), summary.currency),
                    open=money(summary.totals.get(OPEN, 0), summary.currency),
                    overdue=money(summary.totals.get(OVERDUE, 0), summary.currency),
                )
            )
        else:
            self.totals.setText(self.tr("No invoices here yet."))
        self._lines()

    def _lines(self) -> None:
        invoice = self.current()
        if invoice is None or self.c.session is None:
            self.lines.load([])
        else:
            self.lines.currency = invoice.currency
            self.lines.load(self.c.read(lambda conn: lines_of(conn, invoice.id)))
        # payments are recorded by the provider's side: billing managers above the payer
        provider = invoice is not None and invoice.org_path.count("/") > 2
        manage = provider and self.c.may(
            Permission.MANAGE_BILLING,
            parent_path(invoice.org_path),  # type: ignore[union-attr]
        )
        self.mark.setEnabled(manage and invoice is not None and invoice.version > 0)
        paid = invoice is not None and invoice.standing == PAID
        self.mark.setText(self.tr("Mark &unpaid") if paid else self.tr("Mark &paid"))

    def toggle_paid(self) -> None:
        invoice = self.current()
        if invoice is None or not self.mark.isEnabled():
            return
        patch = (
            InvoicePatch(status="unpaid")
            if invoice.standing == PAID
            else InvoicePatch(status="paid", paid_on=date.today())
        )
        self.c.write_soon("invoice.update", invoice.id, patch)

    def _changed(self, changes: Changes) -> None:
        if changes.touches("invoice", "invoice_line", "organisation"):
            self.reload()
