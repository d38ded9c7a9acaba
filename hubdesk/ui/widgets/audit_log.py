"""The audit log window: every event the signed-in person may review, from the cache
(so it works offline), for one organisation's subtree or for everything in scope.

Filters: words (full-text), action, organisation, date range, and — from an event —
its actor or its target. The list is a windowed model over SQL; the selected event is
shown in full below it with its before/after values side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from hubdesk.services.cache import audit_log, audit_search
from hubdesk.services.cache.audit_log import AuditFilter, EventRow
from hubdesk.services.cache.audit_search import Coverage
from hubdesk.ui.audit_labels import action_label, family_label
from hubdesk.ui.controller import Controller
from hubdesk.ui.models.audit_log import EVENT_ROLE, AuditLogModel
from hubdesk.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.audit_event import EventPanel
from hubdesk.ui.widgets.audit_verification import VerificationBar

SEARCH_DELAY_MS = 150


class AuditLogWindow(QtWidgets.QDialog):
    reached = Signal(object)  # Coverage, from the worker building the search index

    def __init__(
        self,
        controller: Controller,
        *,
        org_id: str | None = None,
        org_name: str = "",
        org_path: str | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.c = controller
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1180, 760)
        self.filter = AuditFilter(org_path=org_path)
        self._org: tuple[str, str, str] | None = (
            (org_id, org_name, org_path) if org_id and org_path else None
        )
        self._actor_name = self._target_name = ""
        self._indexing = False
        self._generation = 0  # of the list shown (a full count for an older one is moot)
        self.reached.connect(self._show_coverage)

        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names, actions, values, addresses, devices… (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search the audit log"))
        self.search.setClearButtonEnabled(True)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.scope = QtWidgets.QComboBox()
        self.scope.setAccessibleName(self.tr("Organisations"))
        self.action = QtWidgets.QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.setMinimumContentsLength(18)
        self.order = QtWidgets.QComboBox()
        self.order.setAccessibleName(self.tr("Order"))
        self.order.addItem(self.tr("Newest first"), True)
        self.order.addItem(self.tr("Oldest first"), False)
        self.since_on, self.since = self._date_filter(self.tr("&From"))
        self.until_on, self.until = self._date_filter(self.tr("&To"))

        self.actor_chip = self._chip(self._clear_actor)
        self.target_chip = self._chip(self._clear_target)

        self.model = AuditLogModel(controller.read, self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed heights: a view never measures ten million rows.
        vertical.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column, sample in (
            (AuditLogModel.WHEN, "2026-12-02 18:00:00"),
            (AuditLogModel.ORGANISATION, "M" * 16),
            (AuditLogModel.ACTOR, "M" * 20),
            (AuditLogModel.ACTION, "M" * 13),
            (AuditLogModel.TARGET, "M" * 14),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())

        self.count = QtWidgets.QLabel()
        self.count.setAccessibleName(self.tr("How many events match"))
        self.coverage = QtWidgets.QLabel()
        self.coverage.setStyleSheet("color: palette(dark);")
        self.verification = VerificationBar(controller)
        self.panel = EventPanel()
        self.panel.actor_requested.connect(self.show_actor)
        self.panel.target_requested.connect(self.show_target)
        self.panel.organisation_requested.connect(self.show_organisation)

        self._lay_out()
        self._fill_scope()
        self._fill_actions()
        for combo in (self.scope, self.action, self.order):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        self.c.bus.changed.connect(self._changed)
        self.apply()
        self._ensure_index()
        self.verification.verify()  # the whole cached log, in a worker

    # -- building ---------------------------------------------------------------------------

    def _date_filter(self, text: str) -> tuple[QtWidgets.QCheckBox, QtWidgets.QDateEdit]:
        on = QtWidgets.QCheckBox(text)
        edit = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        edit.setAccessibleName(text.replace("&", ""))
        on.toggled.connect(edit.setEnabled)
        on.toggled.connect(lambda _on: self.apply())
        edit.dateChanged.connect(lambda _d: self.apply() if on.isChecked() else None)
        return on, edit

    def _chip(self, clear: Callable[[], None]) -> QtWidgets.QToolButton:
        chip = QtWidgets.QToolButton()
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        chip.setToolTip(self.tr("Click to remove this filter"))
        chip.clicked.connect(clear)
        chip.hide()
        return chip

    def _lay_out(self) -> None:
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.scope, 2)
        bar.addWidget(self.action, 2)
        second = QtWidgets.QHBoxLayout()
        for widget in (self.since_on, self.since, self.until_on, self.until):
            second.addWidget(widget)
        second.addWidget(self.order)
        second.addWidget(self.actor_chip)
        second.addWidget(self.target_chip)
        second.addStretch(1)
        second.addWidget(self.count)
        top = QtWidgets.QWidget()
        top_box = QtWidgets.QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self.table, 1)
        top_box.addWidget(self.coverage)
        top_box.addWidget(self.verification)
        split = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(split, 1)

    def _fill_scope(self) -> None:
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Everything I may review"), None)
        if self._org is not None:
            _org_id, name, path = self._org
            self.scope.addItem(self.tr("{org} and below").format(org=name), path)
            self.scope.setCurrentIndex(1 if self.filter.org_path == path else 0)
        self.scope.blockSignals(False)

    def _fill_actions(self) -> None:
        codes = self.c.read(audit_log.actions)
        families: dict[str, list[str]] = {}
        for code in codes:
            families.setdefault(code.split(".", 1)[0], []).append(code)
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), "")
        for family in sorted(families, key=family_label):
            self.action.addItem(family_label(family), family + ".")
            for code in sorted(families[family], key=action_label):
                self.action.addItem("    " + action_label(code), code)
        self.action.blockSignals(False)

    # -- filtering --------------------------------------------------------------------------

    def _day_start(self, edit: QtWidgets.QDateEdit, days: int = 0) -> datetime:
        moment = QtCore.QDateTime(edit.date().addDays(days), QtCore.QTime(0, 0))
        return datetime.fromtimestamp(moment.toSecsSinceEpoch()).astimezone()

    def current_filter(self) -> AuditFilter:
        return replace(
            self.filter,
            text=self.search.text(),
            action=self.action.currentData() or None,
            org_path=self.scope.currentData(),
            since=self._day_start(self.since) if self.since_on.isChecked() else None,
            before=self._day_start(self.until, 1) if self.until_on.isChecked() else None,
        )

    def _apply_search(self) -> None:
        self.apply()

    def apply(self) -> None:
        """Show the events of the current filters (the selected event stays selected when
        it still matches and is in the first pages)."""
        if self.c.session is None:
            return
        kept = self.current()
        self.filter = self.current_filter()
        self.model.show(self.filter, newest_first=bool(self.order.currentData()))
        self._update_chips()
        self.count.setText(self._count_text())
        self._count_in_full()
        row = self.model.row_of(kept.id) if kept is not None else None
        if row is None and self.model.total:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._show_current()

    def _count_in_full(self) -> None:
        """A list longer than the first count: its full count and its anchors (so a jump
        anywhere reads one page), from a worker; a newer list makes it moot."""
        session = self.c.session
        self._generation += 1
        if session is None or not self.model.partial:
            return
        generation, cache = self._generation, session.cache
        f, newest, many = self.model.filter, self.model.newest_first, self.model.many

        def run() -> audit_log.Anchors | None:
            if generation != self._generation:
                return None  # typed on since: not worth counting
            with cache.reading() as conn:
                return audit_log.anchors(conn, f, newest_first=newest, many=many)

        def done(found: audit_log.Anchors | None) -> None:
            if found is not None and generation == self._generation:
                self.model.counted(f, newest, found)
                self.count.setText(self._count_text())

        self.c.bg.spawn(
            self.c.bg.run(run), on_done=done, on_error=lambda e: self.c.messages.error(str(e))
        )

    def _count_text(self) -> str:
        if self.model.partial:
            return self.tr("More than %Ln events (counting…)", "", self.model.total)
        total = self.model.total
        if total == 0:
            if self.filter == AuditFilter(org_path=self.filter.org_path):
                return self.tr("No events yet.")
            return self.tr("No event matches.")
        return self.tr("%Ln event(s)", "", total)

    def _update_chips(self) -> None:
        for chip, value, name, label in (
            (self.actor_chip, self.filter.actor_id, self._actor_name, self.tr("Who: {name} ✕")),
            (
                self.target_chip,
                self.filter.target_id,
                self._target_name,
                self.tr("About: {name} ✕"),
            ),
        ):
            chip.setVisible(value is not None)
            chip.setText(label.format(name=name))
            chip.setAccessibleName(label.format(name=name).rstrip(" ✕"))

    def show_actor(self, actor_id: str, name: str) -> None:
        self._actor_name = name
        self.filter = replace(self.filter, actor_id=actor_id, target_id=None)
        self.apply()

    def show_target(self, target_id: str, name: str) -> None:
        self._target_name = name
        self.filter = replace(self.filter, target_id=target_id, actor_id=None)
        self.apply()

    def show_organisation(self, org_id: str, name: str) -> None:
        path = self.c.read(lambda conn: audit_log.org_path(conn, org_id))
        if path is None:
            return
        self._org = (org_id, name, path)
        self.filter = replace(self.filter, org_path=path)
        self._fill_scope()
        self.apply()

    def _clear_actor(self) -> None:
        self.filter = replace(self.filter, actor_id=None)
        self.apply()

    def _clear_target(self) -> None:
        self.filter = replace(self.filter, target_id=None)
        self.apply()

    # -- the selected event -----------------------------------------------------------------

    def current(self) -> EventRow | None:
        index = self.table.currentIndex()
        value = index.data(EVENT_ROLE) if index.isValid() else None
        return value if isinstance(value, EventRow) else None

    def _show_current(self) -> None:
        row = self.current()
        if row is None or self.c.session is None:
            self.panel.show_event(None)
            return
        self.panel.show_event(self.c.read(lambda conn: audit_log.detail(conn, row.id)))

    # -- the search index -------------------------------------------------------------------

    def _ensure_index(self) -> None:
        """Index what the search does not cover yet, in a worker, saying how far it is."""
        session = self.c.session
        if session is None or self._indexing:
            return
        reach: Coverage = self.c.read(audit_search.coverage)
        self._show_coverage(reach)
        if reach.complete:
            return
        self._indexing = True
        cache = session.cache

        def run() -> None:  # in a worker; its reports reach the GUI thread queued
            audit_search.build(cache.writing, self.reached.emit)

        def done(_result: object = None) -> None:
            self._indexing = False
            self.apply()

        def failed(exc: BaseException) -> None:
            self._indexing = False
            self.c.messages.error(str(exc))

        self.c.bg.spawn(self.c.bg.run(run), on_done=done, on_error=failed)

    def _show_coverage(self, reach: Coverage) -> None:
        if reach.complete:
            self.coverage.hide()
            return
        self.coverage.show()
        self.coverage.setText(
            self.tr("Preparing the search: {done} of {total} events so far.").format(
                done=f"{reach.indexed:,}", total=f"{reach.total:,}"
            )
        )

    def _changed(self, changes: Changes) -> None:
        if changes.touches("audit_event", "organisation"):
            self.apply()
            self._ensure_index()
