"""The main window: account switcher, organisation tree, detail pane, status bar."""

from __future__ import annotations

import itertools
from pathlib import Path

from hubdesk.domain.permissions import Permission
from hubdesk.services import audit_export
from hubdesk.services.accounts import Account
from hubdesk.services.cache import outbox, queries
from hubdesk.services.cache.outbox import InConflict
from hubdesk.services.cache.queries import OrgDetail
from hubdesk.services.session import ConsoleSession
from hubdesk.ui.controller import Controller
from hubdesk.ui.errors import describe
from hubdesk.ui.labels import all_kind_labels, all_status_labels
from hubdesk.ui.models.org_tree import ORG_ID_ROLE, OrgTreeModel
from hubdesk.ui.qt import QModelIndex, QSettings, Qt, QtGui, QtWidgets, Signal, is_alive
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.accounts import AccountSwitcher
from hubdesk.ui.widgets.audit_log import AuditLogWindow
from hubdesk.ui.widgets.conflicts import ConflictsDialog
from hubdesk.ui.widgets.detach import DetachQuestion, DetachTarget, detach_target
from hubdesk.ui.widgets.impersonation import LogInAs
from hubdesk.ui.widgets.invites import InvitesPane
from hubdesk.ui.widgets.mailbox import MailboxDialog
from hubdesk.ui.widgets.org_detail import DetailData, OrgDetailPane
from hubdesk.ui.widgets.org_edit import OrgEditDialog
from hubdesk.ui.widgets.org_search import OrgSearchBox
from hubdesk.ui.widgets.people import PeoplePane
from hubdesk.ui.widgets.security import SecurityDialog
from hubdesk.ui.widgets.service_requests import RequestsWindow
from hubdesk.ui.widgets.status import SyncStatusBar
from hubdesk.wire.mutations import NoFields, OrganisationPatch

ORG_TYPES = ("organisation", "membership", "role")


PARTNER_KINDS = frozenset({"partner", "reseller"})  # organisations with customer accounts


class MainWindow(QtWidgets.QMainWindow):
    add_account_requested = Signal()

    def __init__(self, controller: Controller, settings: QSettings) -> None:
        super().__init__()
        self.c = controller
        self.settings = settings
        self._detail_generation = 0
        self._error_box: QtWidgets.QMessageBox | None = None
        self._conflicts: ConflictsDialog | None = None
        self._mailbox: MailboxDialog | None = None
        self.setWindowTitle(self.tr("hubdesk"))
        self.resize(1280, 800)

        self.switcher = AccountSwitcher(controller)
        self.switcher.switch_requested.connect(self.switch_account)
        self.switcher.add_requested.connect(self.add_account_requested.emit)
        self.switcher.sign_out_requested.connect(self.sign_out)
        self.switcher.organisation_chosen.connect(self.show_organisation)

        self.search = OrgSearchBox(controller.bg)
        self.search.chosen.connect(self.reveal)
        self.tree_model = OrgTreeModel(controller.read, self)
        self.tree = QtWidgets.QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Organisation tree"))
        self.tree.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        metrics = self.tree.fontMetrics()
        for column, texts in ((1, all_kind_labels()), (2, all_status_labels())):
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + 24)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree)

        self.detail = OrgDetailPane()
        self.invites = InvitesPane(controller)
        right = QtWidgets.QWidget()
        right_layout = QtWidgets.QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.invites, 1)
        self.people = PeoplePane(controller)
        right_layout.addWidget(self.people, 1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)

        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 720])
        self.log_in_as = LogInAs(controller, self)
        central = QtWidgets.QWidget()
        central_layout = QtWidgets.QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.log_in_as.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.status = SyncStatusBar(controller)
        self.setStatusBar(self.status)
        self._build_actions()

        controller.session_changed.connect(self._session_changed)
        controller.outbox_changed.connect(self._outbox_changed)
        self.status.conflicts_requested.connect(self.show_conflicts)
        controller.bus.changed.connect(self._changed)
        controller.messages.message.connect(self._message)
        self._restore()
        self._session_changed()  # the empty state says how to begin

    # -- chrome ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        style = self.style()
        self.sync_action = QtGui.QAction(
            style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_BrowserReload),
            self.tr("&Sync now"),
            self,
        )
        self.sync_action.setShortcut(QtGui.QKeySequence.StandardKey.Refresh)
        self.sync_action.setToolTip(self.tr("Fetch the latest changes from the server (F5)"))
        self.sync_action.triggered.connect(self.c.sync_now)
        add = QtGui.QAction(self.tr("&Add account…"), self)
        add.setShortcut(QtGui.QKeySequence("Ctrl+Shift+N"))
        add.triggered.connect(self.add_account_requested.emit)
        out = QtGui.QAction(self.tr("Sign &out"), self)
        out.triggered.connect(self.sign_out)
        quit_ = QtGui.QAction(self.tr("&Quit"), self)
        quit_.setShortcut(QtGui.QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        collapse = QtGui.QAction(self.tr("&Collapse tree"), self)
        collapse.setShortcut(QtGui.QKeySequence("Ctrl+Shift+C"))
        collapse.triggered.connect(self.tree.collapseAll)
        self.edit_action = QtGui.QAction(self.tr("&Edit details…"), self)
        self.edit_action.setShortcut(QtGui.QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_details)
        self.detail.edit_button.clicked.connect(self.edit_action.trigger)
        self.detach_action = QtGui.QAction(self.tr("&Detach sub-account…"), self)
        self.detach_action.setToolTip(
            self.tr("Make the selected sub-account an independent organisation")
        )
        self.detach_action.setEnabled(False)
        self.detach_action.triggered.connect(self.detach_selected)
        self.requests_action = QtGui.QAction(self.tr("&Lunch and requests…"), self)
        self.requests_action.setShortcut(QtGui.QKeySequence("Ctrl+L"))
        self.requests_action.setToolTip(
            self.tr("The week's lunch orders and a report of service requests, for the selection")
        )
        self.requests_action.triggered.connect(self.show_requests)
        self.roles_action = QtGui.QAction(self.tr("&Roles…"), self)
        self.roles_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+R"))
        self.roles_action.setToolTip(self.tr("The roles that can be given here; the role editor"))
        self.roles_action.triggered.connect(lambda _c=False: self.people.show_roles())
        self.licences_action = QtGui.QAction(self.tr("L&icences…"), self)
        self.licences_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+L"))
        self.licences_action.setToolTip(
            self.tr("Subscriptions, who holds which licence, and the licence rules")
        )
        self.licences_action.triggered.connect(lambda _c=False: self.people.show_licences())
        self.shared_action = QtGui.QAction(self.tr("S&hared resources…"), self)
        self.shared_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+H"))
        self.shared_action.setToolTip(
            self.tr("Agents, channels and knowledge: this organisation's own and those inherited")
        )
        self.shared_action.triggered.connect(lambda _c=False: self.people.show_shared())
        self.billing_action = QtGui.QAction(self.tr("&Billing…"), self)
        self.billing_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+B"))
        self.billing_action.setToolTip(
            self.tr("Invoices here and below, their lines, and the totals rolled up the tree")
        )
        self.billing_action.triggered.connect(lambda _c=False: self.people.show_billing())
        self.customers_action = QtGui.QAction(self.tr("C&ustomers…"), self)
        self.customers_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+M"))
        self.customers_action.setToolTip(
            self.tr("A partner's customer accounts: status, plans, what needs attention")
        )
        self.customers_action.triggered.connect(lambda _c=False: self.people.show_customers())
        self.export_audit_action = QtGui.QAction(self.tr("E&xport audit log…"), self)
        self.export_audit_action.setToolTip(
            self.tr("Save the audit log you may review, verified, as JSON Lines and CSV")
        )
        self.export_audit_action.triggered.connect(lambda _c=False: self.export_audit())
        self.audit_action = QtGui.QAction(self.tr("&Audit log…"), self)
        self.audit_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+J"))
        self.audit_action.setToolTip(
            self.tr("Every recorded change and sign-in you may review, searchable offline")
        )
        self.audit_action.triggered.connect(lambda _c=False: self.show_audit_log())
        self.security_action = QtGui.QAction(self.tr("Securit&y…"), self)
        self.security_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+Y"))
        self.security_action.setToolTip(
            self.tr("2-step sign-in, and the consoles signed in as you")
        )
        self.security_action.triggered.connect(lambda _c=False: self.show_security())
        self.mailbox_action = QtGui.QAction(self.tr("Outgoing &mail…"), self)
        self.mailbox_action.triggered.connect(self.show_mailbox)
        self.conflicts_action = QtGui.QAction(self.tr("&Conflicts…"), self)
        self.conflicts_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+K"))
        self.conflicts_action.triggered.connect(self.show_conflicts)
        focus_tree = QtGui.QAction(self.tr("Go to &tree"), self)
        focus_tree.setShortcut(QtGui.QKeySequence("Ctrl+1"))
        focus_tree.triggered.connect(lambda: self.tree.setFocus())

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([add, out, self.security_action])
        file_menu.addSeparator()
        file_menu.addAction(self.export_audit_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_)
        org_menu = menu.addMenu(self.tr("&Organisation"))
        org_menu.addActions([self.edit_action, self.detach_action, self.log_in_as.action])
        org_menu.addSeparator()
        org_menu.addActions(
            [
                self.roles_action,
                self.licences_action,
                self.shared_action,
                self.billing_action,
                self.customers_action,
            ]
        )
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addActions(
            [
                self.sync_action,
                self.requests_action,
                self.audit_action,
                self.conflicts_action,
                self.mailbox_action,
                focus_tree,
                collapse,
            ]
        )

        toolbar = QtWidgets.QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(self.switcher)
        toolbar.addSeparator()
        toolbar.addAction(self.sync_action)
        self.addToolBar(toolbar)

    def _restore(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def _message(self, level: str, text: str) -> None:
        """Errors open a window-modal box that does not block (no nested event loop, so
        background work carries on); the same error is not stacked twice."""
        if level != "error":
            return
        box = self._error_box
        if box is not None and box.isVisible():
            if box.text() == text:
                return
            box.close()
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, self.tr("hubdesk"), text, parent=self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._error_box = box

    # -- sessions ----------------------------------------------------------------------------

    def _session_changed(self) -> None:
        session = self.c.session
        focus = self.settings.value(f"focus/{session.account.key}", "") if session else ""
        self.switcher.focus = str(focus) or None
        self.switcher.rebuild()
        self.search.set_search(self.c.search if session else None)
        self.search.setEnabled(session is not None)
        self.sync_action.setEnabled(session is not None)
        self.edit_action.setEnabled(session is not None)
        self.conflicts_action.setEnabled(session is not None)
        self.mailbox_action.setEnabled(session is not None)
        self.security_action.setEnabled(session is not None)
        self.search.clear()
        title = self.tr("hubdesk")
        if session is not None:
            title = f"{session.account.display_name} — {title}"
        self.setWindowTitle(title)
        self.reload_tree()

    def show_organisation(self, org_id: str | None) -> None:
        """Show one of the account's top-level organisations (None: all of them)."""
        session = self.c.session
        if session is None:
            return
        self.settings.setValue(f"focus/{session.account.key}", org_id or "")
        self.switcher.focus = org_id
        self.switcher.rebuild()
        self.detail.clear()
        self.invites.show_for(None)
        self.people.show_for(None)
        self.reload_tree()
        if org_id is not None:
            self.reveal(org_id)

    def switch_account(self, account: Account) -> None:
        def done(session: ConsoleSession) -> None:
            self.c.adopt(session)

        def failed(exc: BaseException) -> None:
            self.status.note(describe(exc))
            self.add_account_requested.emit()

        self.c.bg.spawn(self.c.switch(account), on_done=done, on_error=failed)

    def sign_out(self) -> None:
        """Sign out of the current account, then go on with another one or ask to sign in."""

        def next_account(_result: object = None) -> None:
            remaining = self.c.book.all()
            if remaining:
                self.switch_account(remaining[0])
            else:
                self.add_account_requested.emit()

        self.c.bg.spawn(self.c.sign_out(), on_done=next_account, on_error=next_account)

    # -- tree ------------------------------------------------------------------------------

    def reload_tree(self) -> None:
        """Rebuild from the cache, keeping what was expanded and selected."""
        expanded = self._expanded_ids()
        selected = self.detail.org_id
        if self.c.session is None:
            self.tree_model.load_roots([])
            self.detail.clear(self.tr("Not signed in. Choose File › Add account… to sign in."))
            self.invites.show_for(None)
            self.people.show_for(None)
            return
        roots = self.c.session.cache.scope_roots()
        focus = self.switcher.focus
        self.tree_model.load_roots([focus] if focus in roots else roots)
        for org_id in expanded:
            index = self.tree_model.index_of(org_id)
            if index.isValid():
                self.tree.expand(index)
        if self.tree_model.rowCount() == 1 and not expanded:
            self.tree.expand(self.tree_model.index(0, 0))
        if selected and self.tree_model.index_of(selected).isValid():
            self._select(self.tree_model.index_of(selected))
        elif selected and self.reveal(selected):
            pass
        elif self.tree_model.rowCount():  # nothing selected, or it left this console's view
            self._select(self.tree_model.index(0, 0))
        else:
            self.detail.clear(
                self.tr("Nothing to show yet: your organisations appear here after the first sync.")
            )

    def _expanded_ids(self) -> list[str]:
        found: list[str] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.tree_model.rowCount(parent)):
                index = self.tree_model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    found.append(index.data(ORG_ID_ROLE))
                    pending.append(index)
        return found

    def reveal(self, org_id: str) -> bool:
        """Expand the path to ``org_id``, select it and scroll it into view (False: it
        is not in this console's view)."""
        if self.c.session is None:
            return False
        chain = self.c.read(lambda conn: queries.lineage(conn, org_id))
        if not chain:
            return False
        index = self.tree_model.index_of(chain[0])
        for parent_id, child_id in itertools.pairwise(chain):
            self.tree.expand(self.tree_model.index_of(parent_id))
            index = self.tree_model.load_until(parent_id, child_id)
        if not index.isValid():
            return False
        self._select(index)
        self.tree.setFocus()
        return True

    def _select(self, index: QModelIndex) -> None:
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QtWidgets.QAbstractItemView.ScrollHint.PositionAtCenter)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        org_id = current.data(ORG_ID_ROLE) if current.isValid() else None
        if org_id is None:
            self.detail.clear()
            self.invites.show_for(None)
            self.people.show_for(None)
            return
        self.load_detail(org_id)

    def load_detail(self, org_id: str) -> None:
        """Read the detail and counts off the GUI thread; show them if still wanted."""
        session = self.c.session
        if session is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation

        def read() -> DetailData | None:
            with session.cache.reading() as conn:
                detail = queries.detail(conn, org_id)
                if detail is None:
                    return None
                return DetailData(
                    detail,
                    queries.counts(conn, org_id),
                    write_state=outbox.state_of(conn, "organisation", org_id),
                    recipients=queries.notification_recipients(conn, org_id),
                    editable=self.c.may(Permission.MANAGE_ORG, detail.path),
                    detachable=self._detachable(detail),
                )

        async def load() -> DetailData | None:
            return await self.c.bg.run(read)

        def show(data: DetailData | None) -> None:
            if generation != self._detail_generation or not is_alive(self.detail):
                return  # another organisation was chosen meanwhile, or the window is gone
            self.detach_action.setEnabled(data is not None and data.detachable is not None)
            self.log_in_as.selection_changed(data.detail if data is not None else None)
            path = data.detail.path if data is not None else ""
            self.billing_action.setEnabled(bool(path) and self.c.may(Permission.VIEW_BILLING, path))
            partner = data is not None and data.detail.kind in PARTNER_KINDS
            self.customers_action.setEnabled(
                partner and self.c.may(Permission.MANAGE_CUSTOMERS, path)
            )
            for action in (self.roles_action, self.licences_action, self.shared_action):
                action.setEnabled(data is not None)
            if data is None:
                self.detail.clear()
                self.invites.show_for(None)
                self.people.show_for(None)
            else:
                self.detail.show_data(data)
                self.invites.show_for(data.detail.id, data.detail.name, data.detail.path)
                self.people.show_for(data.detail.id, data.detail.path, data.detail.name)

        self.c.bg.spawn(load(), on_done=show)

    # -- writes ------------------------------------------------------------------------------

    def edit_details(self) -> None:
        """Edit the selected organisation's details; the write is queued (works offline)."""
        org_id = self.detail.org_id
        if self.c.session is None or org_id is None:
            return
        values = self.c.read(lambda conn: queries.editable(conn, org_id))
        if values is None:
            return
        if not self.c.may(Permission.MANAGE_ORG, values["path"]):
            self.status.note(self.tr("You may not change this organisation's details."))
            return
        dialog = OrgEditDialog(
            values, self, title=self.tr("Edit {name}").format(name=values["name"])
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            changes = dialog.changes()
            if not changes:
                return
            patch = OrganisationPatch.model_validate(changes)
            self.c.bg.spawn(
                self.c.write("organisation.update", org_id, patch),
                on_done=lambda _r: self.status.note(self.tr("Saved.")),
                on_error=self._write_failed,
            )

        dialog.accepted.connect(save)
        dialog.open()

    def _detachable(self, detail: OrgDetail) -> DetachTarget | None:
        target = detach_target(detail)
        if target is None or not self.c.may(Permission.DETACH_ORG, target.hub_path):
            return None
        return target

    def detach_selected(self) -> None:
        """Detach the selected sub-account once the person confirms (queued, works offline)."""
        org_id = self.detail.org_id
        if self.c.session is None or org_id is None:
            return
        detail = self.c.read(lambda conn: queries.detail(conn, org_id))
        target = self._detachable(detail) if detail is not None else None
        if target is None:
            self.status.note(self.tr("This organisation cannot be detached by you."))
            return
        question = DetachQuestion(self, target)
        question.exec()
        if not question.confirmed():
            return
        self.c.bg.spawn(
            self.c.write("organisation.detach", org_id, NoFields()),
            on_done=lambda _r: self.status.note(
                self.tr("{name} will be detached as soon as the server has the change.").format(
                    name=target.name
                )
            ),
            on_error=self._write_failed,
        )

    def export_audit(self, path: str | None = None) -> None:
        """Ask where, then save the audit log (JSON Lines and CSV) and say whether it is
        intact (verified against the key pinned at the first sign-in)."""
        if path is None:
            path, _filter = QtWidgets.QFileDialog.getSaveFileName(
                self,
                self.tr("Export audit log"),
                "hubdesk-audit.jsonl",
                self.tr("Audit export (*.jsonl)"),
            )
        if not path:
            return
        target = Path(path)

        def done(result: audit_export.Exported) -> None:
            if result.verified.ok:
                self.c.messages.info(
                    self.tr(
                        "Saved %n event(s) to {jsonl} and {csv}; verified intact.",
                        "",
                        result.events,
                    ).format(jsonl=result.jsonl.name, csv=result.csv.name)
                )
            else:
                self.c.messages.error(
                    self.tr("The audit export is NOT intact: {fault}").format(
                        fault=str(result.verified.fault)
                    )
                )

        self.status.note(self.tr("Exporting the audit log…"))
        self.c.bg.spawn(
            self.c.export_audit(target),
            on_done=done,
            on_error=lambda exc: self.c.messages.error(describe(exc)),
        )

    def _write_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InConflict):
            self.status.note(self.tr("Decide about the earlier change first (Conflicts)."))
            self.show_conflicts()
            return
        self.c.messages.error(describe(exc))

    def show_conflicts(self) -> None:
        if self._conflicts is None:
            self._conflicts = ConflictsDialog(self.c, self)
        self._conflicts.reload()
        self._conflicts.show()
        self._conflicts.raise_()
        self._conflicts.activateWindow()

    def show_requests(self) -> RequestsWindow | None:
        """Lunch and requests of the selected organisation and everything below it."""
        org_id = self.detail.org_id
        if self.c.session is None or org_id is None:
            return None
        detail = self.c.read(lambda conn: queries.detail(conn, org_id))
        if detail is None:
            return None
        window = RequestsWindow(self.c, org_id, detail.name, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def show_audit_log(self) -> AuditLogWindow | None:
        """The audit log: of the selected organisation and below (if one is selected;
        the window can widen it to everything in scope)."""
        if self.c.session is None:
            return None
        org_id = self.detail.org_id
        detail = self.c.read(lambda conn: queries.detail(conn, org_id)) if org_id else None
        if detail is None:
            window = AuditLogWindow(self.c, parent=self)
        else:
            window = AuditLogWindow(
                self.c, org_id=detail.id, org_name=detail.name, org_path=detail.path, parent=self
            )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def show_security(self) -> SecurityDialog | None:
        """The signed-in person's own security (it needs the server)."""
        if self.c.session is None:
            return None
        dialog = SecurityDialog(self.c, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_mailbox(self) -> None:
        if self._mailbox is None:
            self._mailbox = MailboxDialog(self.c, self)
        self._mailbox.reload()
        self._mailbox.show()
        self._mailbox.raise_()

    def _outbox_changed(self) -> None:
        if self.detail.org_id:
            self.load_detail(self.detail.org_id)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*ORG_TYPES):
            self.reload_tree()
        elif self.detail.org_id and changes.touches("person", "membership", "role"):
            self.load_detail(self.detail.org_id)
