"""The people pane of an organisation: its members with role, seat, licences, status and
sign-ins; searched and sorted in SQL, read a page at a time."""

from __future__ import annotations

from hubdesk.domain.permissions import Permission
from hubdesk.ui.controller import Controller
from hubdesk.ui.models.people import PeopleModel
from hubdesk.ui.qt import Qt, QTimer, QtWidgets
from hubdesk.ui.tasks import Changes


class PeoplePane(QtWidgets.QGroupBox):
    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("People"), parent)
        self.c = controller
        self.model = PeopleModel(controller.read, self)
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a person by name or email…"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(lambda: self.model.show(self.model.org_id, self.search.text()))
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Members of the organisation"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PeopleModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setMinimumHeight(180)
        self.empty = QtWidgets.QLabel()
        self.empty.setStyleSheet("color: palette(dark);")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.model.modelReset.connect(self._update_empty)
        controller.bus.changed.connect(self._changed)
        self.hide()

    def show_for(self, org_id: str | None, path: str = "") -> None:
        """The members of ``org_id`` — for whoever may see its people."""
        allowed = bool(org_id) and self.c.may(Permission.VIEW_ORG, path)
        self.setVisible(allowed)
        if allowed and org_id != self.model.org_id:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.show(org_id, "")
        elif not allowed:
            self.model.show(None, "")

    def _update_empty(self) -> None:
        nobody = self.model.rowCount() == 0
        self.empty.setVisible(nobody)
        if nobody:
            self.empty.setText(
                self.tr("Nobody matches the search.")
                if self.model.search
                else self.tr("No members here yet.")
            )
        self.table.resizeColumnsToContents()

    def _changed(self, changes: Changes) -> None:
        if self.model.org_id and changes.touches(
            "person", "membership", "role", "licence_assignment"
        ):
            self.model.reload()
