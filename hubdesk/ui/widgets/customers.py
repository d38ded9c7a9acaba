"""A partner's customers (Organisation › Customers…): every customer account with its
status and dates, plan and progress, users, activity and what needs attention; status
tabs with live counts, a "needs attention" switch, search, sorting by any column, CSV
export; the selected customer in full beside the table.

The rows are worked out of the cache in a worker when the window opens and when a sync
or a write changes what they are made of; the table reads them a page at a time."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Connection

from hubdesk.domain.permissions import Permission
from hubdesk.services.cache import customers
from hubdesk.services.cache.customers import Counts, Customer, CustomerFilter
from hubdesk.ui.models.customers import (
    CUSTOMER_ROLE,
    CustomersModel,
    ProgressDelegate,
    need_text,
)
from hubdesk.ui.qt import Qt, QtGui, QTimer, QtWidgets
from hubdesk.ui.settings import make_settings
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets import customer_actions
from hubdesk.ui.widgets.customer_detail import CustomerPanel
from hubdesk.ui.widgets.customer_views import SavedViews, View
from hubdesk.ui.widgets.forms import OrgWindow, empty_note, shortcut_button

TABS = (None, "trial", "active", "closed")


class CustomersWindow(OrgWindow):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Customers of {org}").format(org=self.org_name))
        self.resize(1280, 760)
        self.refreshing = False
        self._stale = False
        self.tabs = QtWidgets.QTabBar()
        self.tabs.setAccessibleName(self.tr("Customers by status"))
        for _status in TABS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(lambda _i: self.apply())
        self.attention = QtWidgets.QCheckBox(self.tr("&Needs attention"))
        self.attention.setAccessibleName(self.tr("Only customers needing attention"))
        self.attention.toggled.connect(lambda _on: self.apply())
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, contacts, plans, tags… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setClearButtonEnabled(True)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(120)
        self._typing.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.saved = SavedViews(make_settings(), self.org_id)
        self.views = QtWidgets.QComboBox()
        self.views.setAccessibleName(self.tr("Saved views"))
        self.views.setMinimumContentsLength(14)
        self.views.activated.connect(lambda _i: self.use_view(self.views.currentData()))
        self.save_view_button = QtWidgets.QPushButton(self.tr("Sa&ve view…"))
        self.save_view_button.setAccessibleName(self.tr("Save this view"))
        self.save_view_button.clicked.connect(lambda _c=False: self._ask_view_name())
        self.delete_view_button = QtWidgets.QPushButton(self.tr("&Forget view"))
        self.delete_view_button.setAccessibleName(self.tr("Forget the saved view"))
        self.delete_view_button.clicked.connect(lambda _c=False: self.forget_view())
        self._fill_views()
        self.export = QtWidgets.QPushButton(self.tr("&Export CSV…"))
        self.export.setAccessibleName(self.tr("Export the customers shown as CSV"))
        self.export.clicked.connect(lambda _c=False: self.export_csv())

        self.model = CustomersModel(self.c.read, self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CustomersModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(CustomersModel.PROGRESS, ProgressDelegate(self))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column, sample in (
            (CustomersModel.NAME, "M" * 18),
            (CustomersModel.STATUS, "M" * 20),
            (CustomersModel.PLAN, "M" * 9),
            (CustomersModel.PROGRESS, "M" * 6),
            (CustomersModel.USERS, "Users"),
            (CustomersModel.ACTIVITY, "Activities (90 days)"),
            (CustomersModel.ATTENTION, "M" * 16),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.empty = empty_note(self.model, self._empty_text)
        self.new_button = self._button(self.tr("New c&ustomer…"), "Ctrl+N", self._new_customer)
        self.new_button.setEnabled(self.c.may(Permission.CREATE_CHILD, self.org_path))
        self.note_button = self._button(self.tr("Add &note…"), "Ctrl+Shift+N", self._add_note)
        self.win_button = self._button(self.tr("Mark deal &won…"), "Ctrl+Shift+W", self._win)
        self.switch_button = self._button(
            self.tr("&Switch into…"), "Ctrl+Shift+I", self._switch_into
        )
        self.switch_button.setToolTip(
            self.tr("Open the customer as its owner sees it, for a while (recorded)")
        )
        self.panel = CustomerPanel(self.model)
        self.status = QtWidgets.QLabel()
        self.status.setStyleSheet("color: palette(dark);")

        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.tabs)
        bar.addWidget(self.attention)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.views)
        bar.addWidget(self.save_view_button)
        bar.addWidget(self.delete_view_button)
        bar.addWidget(self.export)
        left = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.status, 1)
        for button in (self.new_button, self.note_button, self.win_button, self.switch_button):
            actions.addWidget(button)
        box.addLayout(actions)
        split = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.c.bus.changed.connect(self._changed)
        self.apply()
        self.refresh()

    # -- the rows ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Work the customer rows out again, in a worker (then show them)."""
        session = self.c.session
        if session is None:
            return
        if self.refreshing:
            self._stale = True  # once more when this one is done
            return
        self.refreshing = True
        self.status.setText(self.tr("Bringing the list up to date…"))
        cache, partner, today = session.cache, self.org_id, date.today()

        def run() -> int:  # only the customers whose sources changed (all on a new day)
            with cache.writing() as conn:
                return customers.refresh_changed(conn, partner, today)

        def done(_count: int) -> None:
            self.refreshing = False
            total = self.c.read(lambda conn: customers.counts(conn, partner, CustomerFilter()))
            self.status.setText(self.tr("%n customer(s), up to date.", "", total.all))
            self.model.today = today
            self.apply()
            if self._stale:
                self._stale = False
                self.refresh()

        def failed(exc: BaseException) -> None:
            self.refreshing = False
            self.status.setText(
                self.tr("Could not bring the list up to date: {error}").format(error=exc)
            )

        self.c.bg.spawn(self.c.bg.run(run), on_done=done, on_error=failed)

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            status=TABS[max(self.tabs.currentIndex(), 0)],
            needs_attention=self.attention.isChecked(),
            text=self.search.text(),
        )

    def apply(self) -> None:
        """Show the customers of the current tab, switch and search (the selected one
        stays selected when it is still in the first page)."""
        if self.c.session is None:
            return
        kept = self.current()
        f = self.current_filter()
        self.model.show(self.org_id, f)
        partner = self.org_id
        found: Counts = self.c.read(lambda conn: customers.counts(conn, partner, f))
        self._label_tabs(found)
        row = next(
            (r for r in range(self.model.rowCount())
             if kept is not None and (c := self.model.customer_at(r)) and c.id == kept.id),
            0 if self.model.rowCount() else None,
        )  # fmt: skip
        if row is not None:
            self.table.selectRow(row)
        self._show_current()

    def _label_tabs(self, found: Counts) -> None:
        labels = (
            self.tr("All (%n)", "", found.all),
            self.tr("Trial (%n)", "", found.trial),
            self.tr("Active (%n)", "", found.active),
            self.tr("Closed (%n)", "", found.closed),
        )
        for index, label in enumerate(labels):
            self.tabs.setTabText(index, label)

    def _empty_text(self) -> str:
        f = self.current_filter()
        if f.text or f.needs_attention or f.status:
            return self.tr("No customer matches.")
        return self.tr("No customers yet.")

    # -- saved views --------------------------------------------------------------------------

    def _fill_views(self, current: str | None = None) -> None:
        self.views.clear()
        self.views.addItem(self.tr("(no saved view)"), None)
        for view in self.saved.all():
            self.views.addItem(view.name, view.name)
        index = self.views.findData(current) if current else 0
        self.views.setCurrentIndex(max(index, 0))
        self.delete_view_button.setEnabled(current is not None and index > 0)

    def _ask_view_name(self) -> None:
        name, ok = QtWidgets.QInputDialog.getText(
            self,
            self.tr("Save view"),
            self.tr("Name of the view:"),
            text=self.views.currentText() if self.views.currentData() else "",
        )
        if ok and name.strip():
            self.save_view(name.strip())

    def save_view(self, name: str) -> None:
        """Keep the tab, switch, search and sort under ``name``."""
        model = self.model
        view = View(
            name=name,
            tab=max(self.tabs.currentIndex(), 0),
            attention=self.attention.isChecked(),
            text=self.search.text(),
            sort=model.sort_key.name,
            descending=model.descending,
        )
        self.saved.save(view)
        self._fill_views(name)

    def use_view(self, name: str | None) -> None:
        view = self.saved.find(name) if name else None
        self.delete_view_button.setEnabled(view is not None)
        if view is None:
            return
        for widget in (self.tabs, self.attention, self.search):
            widget.blockSignals(True)
        self.tabs.setCurrentIndex(view.tab)
        self.attention.setChecked(view.attention)
        self.search.setText(view.text)
        for widget in (self.tabs, self.attention, self.search):
            widget.blockSignals(False)
        column = next(
            (c for c, key in CustomersModel.SORTS.items() if key.name == view.sort),
            CustomersModel.NAME,
        )
        order = Qt.SortOrder.DescendingOrder if view.descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)  # the model reads the list in that order
        self.apply()

    def forget_view(self) -> None:
        name = self.views.currentData()
        if name:
            self.saved.delete(name)
            self._fill_views()

    # -- the selected customer ------------------------------------------------------------------

    def current(self) -> Customer | None:
        index = self.table.currentIndex()
        value = index.data(CUSTOMER_ROLE) if index.isValid() else None
        return value if isinstance(value, Customer) else None

    def _button(self, text: str, keys: str, act: Callable[[], None]) -> QtWidgets.QPushButton:
        button = shortcut_button(text, keys, self)
        button.clicked.connect(lambda _c=False: act())
        return button

    def _new_customer(self) -> None:
        plans = sorted({name.removesuffix(" framework") for _id, name in self.products()})
        if customer_actions.new_customer(self.c, self.org_id, plans, self):
            self.status.setText(self.tr("The customer is created; its trial has begun."))

    def _add_note(self) -> None:
        row = self.current()
        if row is not None and customer_actions.add_note(self.c, row, self):
            self.status.setText(
                self.tr("The note is saved; it goes to the server with the next sync.")
            )

    def products(self) -> list[tuple[str, str]]:
        """The partner's products (what a won deal subscribes to)."""
        partner = self.org_id
        rows = self.c.read(
            lambda conn: conn.exec_driver_sql(
                "SELECT id, name FROM products WHERE org_id = ? ORDER BY name", (partner,)
            ).all()
        )
        return [(str(i), str(n)) for i, n in rows]

    def _win(self) -> None:
        row = self.current()
        if row is not None:
            customer_actions.win(self.c, row, self.products(), self)

    def _switch_into(self) -> None:
        row = self.current()
        if row is not None and customer_actions.may_switch(self.c, self.org_path):
            customer_actions.switch_into(self.c, row, self)

    def _show_current(self) -> None:
        row = self.current()
        self.note_button.setEnabled(row is not None and row.deal_id is not None)
        self.win_button.setEnabled(row is not None and customer_actions.may_win(row))
        self.switch_button.setEnabled(
            row is not None
            and row.status != "closed"
            and customer_actions.may_switch(self.c, self.org_path)
        )
        if row is None or self.c.session is None:
            self.panel.show_customer(None, None)
            return
        found = self.c.read(lambda conn: customers.detail(conn, row.id, row.deal_id))
        self.panel.show_customer(row, found)

    # -- export ---------------------------------------------------------------------------------

    def export_csv(self, path: str | None = None) -> None:
        """Every customer the tab, switch and search show, in the table's order."""
        if path is None:
            path, _kind = QtWidgets.QFileDialog.getSaveFileName(
                self, self.tr("Export customers"), "customers.csv", self.tr("CSV files (*.csv)")
            )
        if not path or self.c.session is None:
            return
        model = self.model
        partner, f, key, desc = self.org_id, model.filter, model.sort_key, model.descending

        def everything(conn: Connection) -> list[Customer]:
            rows: list[Customer] = []
            while True:
                more = customers.page(
                    conn, partner, f, sort=key, descending=desc,
                    after=rows[-1].key if rows else None, limit=5000,
                )  # fmt: skip
                rows += more
                if len(more) < 5000:
                    return rows

        rows: list[Customer] = self.c.read(everything)
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(8)] + [
            self.tr("Trial ends"),
            self.tr("Subscription started"),
            self.tr("Renews"),
        ]
        lines = [
            [
                row.name,
                model.status_text(row),
                row.plan_name or "",
                str(row.progress_pct) if row.plan_name else "",
                str(row.users),
                str(row.activity_90d),
                "; ".join(need_text(i) for i in row.attention),
                ", ".join(row.tags),
                row.trial_ends_on.isoformat() if row.trial_ends_on else "",
                row.subscription_started_on.isoformat() if row.subscription_started_on else "",
                row.renews_on.isoformat() if row.renews_on else "",
            ]
            for row in rows
        ]
        try:
            with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(headers)
                writer.writerows(lines)
        except OSError as exc:
            self.c.messages.error(
                self.tr("Could not save {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            )
            return
        self.status.setText(
            self.tr("Saved %n customer(s) to {path}.", "", len(rows)).format(path=path)
        )

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*customers.SOURCES, "deal_note"):
            self.refresh()
