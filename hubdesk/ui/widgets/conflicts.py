"""The Conflicts window: my writes the server did not take, theirs beside mine.

For each entity the person keeps theirs (drop mine), keeps mine (send it again, now on
top of theirs) or edits a version of their own. Nothing leaves this list without such a
decision. Each decision is an operation: it runs off the GUI thread and the controller
announces what changed, which refreshes this window as well.
"""

from __future__ import annotations

from hubdesk.services.cache.conflicts import Conflict
from hubdesk.ui.controller import Controller
from hubdesk.ui.errors import describe
from hubdesk.ui.models.conflicts import CONFLICT_ROLE, ConflictsModel
from hubdesk.ui.qt import Qt, QtWidgets
from hubdesk.ui.widgets.org_edit import OrgEditDialog


class ConflictsDialog(QtWidgets.QDialog):
    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(760, 420)
        self.model = ConflictsModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Changes the server did not take"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.explain = QtWidgets.QLabel()
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setWordWrap(True)
        self.explain.setAccessibleName(self.tr("About the selected conflict"))

        self.keep_mine = QtWidgets.QPushButton(self.tr("Keep &mine"))
        self.keep_mine.setToolTip(self.tr("Send my version again, replacing theirs"))
        self.take_theirs = QtWidgets.QPushButton(self.tr("Take &theirs"))
        self.take_theirs.setToolTip(self.tr("Drop my change and keep the server's version"))
        self.edit = QtWidgets.QPushButton(self.tr("&Edit…"))
        self.edit.setToolTip(self.tr("Write a version of my own, starting from both"))
        close = QtWidgets.QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for button in (self.keep_mine, self.take_theirs, self.edit, close):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.keep_mine.clicked.connect(self._keep_mine)
        self.take_theirs.clicked.connect(self._take_theirs)
        self.edit.clicked.connect(self._edit)

        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        buttons.addWidget(self.edit)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)

        controller.outbox_changed.connect(self.reload)
        controller.session_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        current = self.current()
        self.model.load_conflicts(self.c.list_conflicts())
        row = 0
        if current is not None:
            for r in range(self.model.rowCount()):
                found = self.model.conflict_at(r)
                if found is not None and found.entity_id == current.entity_id:
                    row = r
                    break
        if self.model.rowCount():
            self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._show_current()

    def current(self) -> Conflict | None:
        index = self.table.currentIndex()
        value = index.data(CONFLICT_ROLE) if index.isValid() else None
        return value if isinstance(value, Conflict) else None

    def _show_current(self) -> None:
        conflict = self.current()
        for button in (self.keep_mine, self.take_theirs, self.edit):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.explain.setText(self.tr("Nothing to decide: the server took all your changes."))
            return
        self.keep_mine.setEnabled(conflict.can_keep_mine)
        self.edit.setEnabled(conflict.can_edit)
        if conflict.kind == "conflict":
            text = self.tr(
                "{name} was changed on the server after you edited it. Keep your version, "
                "take theirs, or edit one that combines both."
            ).format(name=conflict.title)
        else:
            text = self.tr("The server refused your change to {name}: {reason}").format(
                name=conflict.title, reason=conflict.message or conflict.code or ""
            )
        self.explain.setText(text)

    def _run(
        self, conflict: Conflict, keep: bool, changes: dict[str, object] | None = None
    ) -> None:
        work = self.c.keep_mine(conflict, changes) if keep else self.c.take_theirs(conflict)
        self.c.bg.spawn(work, on_error=lambda exc: self.c.messages.error(describe(exc)))

    def _keep_mine(self) -> None:
        if (conflict := self.current()) is not None:
            self._run(conflict, keep=True)

    def _take_theirs(self) -> None:
        if (conflict := self.current()) is not None:
            self._run(conflict, keep=False)

    def _edit(self) -> None:
        conflict = self.current()
        if conflict is None or conflict.theirs is None:
            return
        dialog = OrgEditDialog(
            {**conflict.theirs, **conflict.mine},
            self,
            title=self.tr("Edit a version of your own"),
            note=self.tr("Your changes are filled in over the server's version."),
            baseline=conflict.theirs,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._run(conflict, True, dialog.changes() or None))
        dialog.open()
