"""The service requests of a hub and its sub-accounts: order one, move it on.

Writes go through the outbox (they show at once and go out when the server can be
reached); the list refreshes when the controller announces that requests changed.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from pydantic import ValidationError

from hubdesk.domain.enums import RequestKind, RequestStatus
from hubdesk.domain.permissions import Permission
from hubdesk.services.cache.service_requests import (
    RequestRow,
    org_path,
    requests_of,
    subtree_orgs,
)
from hubdesk.ui.controller import Controller
from hubdesk.ui.labels import request_kind_label, request_status_label
from hubdesk.ui.models.requests import REQUEST_ROLE, RequestsModel
from hubdesk.ui.qt import QtCore, QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.forms import dialog_buttons, problem_label
from hubdesk.wire.mutations import RequestDraft, RequestPatch


class NewRequestDialog(QtWidgets.QDialog):
    """Kind, what, day, how many and notes of a new request, checked like the server."""

    def __init__(
        self, orgs: list[tuple[str, str]], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.draft: RequestDraft | None = None
        self.setWindowTitle(self.tr("New service request"))
        self.setMinimumWidth(420)
        self.org = QtWidgets.QComboBox()
        for org_id, name in orgs:
            self.org.addItem(name, org_id)
        self.kind = QtWidgets.QComboBox()
        for kind in RequestKind:
            self.kind.addItem(request_kind_label(kind), str(kind))
        self.title = QtWidgets.QLineEdit()
        self.title.setMaxLength(200)
        self.day = QtWidgets.QDateEdit(QtCore.QDate.currentDate().addDays(1))
        self.day.setCalendarPopup(True)
        self.quantity = QtWidgets.QSpinBox()
        self.quantity.setRange(1, 10_000)
        self.notes = QtWidgets.QLineEdit()
        self.notes.setMaxLength(2000)
        form = QtWidgets.QFormLayout()
        for widget, label in (
            (self.org, self.tr("&For")),
            (self.kind, self.tr("&Kind")),
            (self.title, self.tr("&What")),
            (self.day, self.tr("&Day")),
            (self.quantity, self.tr("&How many")),
            (self.notes, self.tr("&Notes")),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.problem = problem_label()
        buttons, self.ok = dialog_buttons(self, self.tr("&Order"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        day = self.day.date()
        try:
            self.draft = RequestDraft(
                org_id=self.org.currentData(),
                kind=self.kind.currentData(),
                title=self.title.text(),
                requested_for=date(day.year(), day.month(), day.day()),
                quantity=self.quantity.value(),
                notes=self.notes.text(),
            )
        except ValidationError as exc:
            field = str(exc.errors()[0]["loc"][0]) if exc.errors()[0].get("loc") else ""
            self.problem.setText(
                self.tr("Say what is needed.")
                if field == "title"
                else self.tr("Check the entries: {problem}").format(problem=exc.errors()[0]["msg"])
            )
            self.problem.show()
            return
        super().accept()


class RequestList(QtWidgets.QWidget):
    def __init__(
        self, controller: Controller, org_id: str, parent: QtWidgets.QWidget | None = None
    ):
        super().__init__(parent)
        self.c = controller
        self.org_id = org_id
        self.model = RequestsModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Service requests"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.new = QtWidgets.QPushButton(self.tr("&New request…"))
        self.new.setShortcut("Ctrl+N")
        self.new.setAccessibleName(self.tr("New request"))
        self.new.clicked.connect(self.order)
        self.status = QtWidgets.QComboBox()
        self.status.setAccessibleName(self.tr("Status of the selected request"))
        for status in RequestStatus:
            self.status.addItem(request_status_label(status), str(status))
        self.status.activated.connect(self._set_status)
        status_label = QtWidgets.QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status)
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.new)
        bar.addStretch(1)
        bar.addWidget(status_label)
        bar.addWidget(self.status)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        controller.bus.changed.connect(self._changed)
        self.reload()

    def current(self) -> RequestRow | None:
        index = self.table.currentIndex()
        value = index.data(REQUEST_ROLE) if index.isValid() else None
        return value if isinstance(value, RequestRow) else None

    def reload(self) -> None:
        org_id = self.org_id
        current = self.current()
        self.model.load(
            self.c.read(lambda conn: requests_of(conn, org_id)) if self.c.session else []
        )
        for row in range(self.model.rowCount()):
            found = self.model.item_at(row)
            if current is not None and found is not None and found.id == current.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._enable()

    def _enable(self, *_args: Any) -> None:
        row = self.current()
        may = row is not None and row.version > 0 and self._may(row.org_id)
        self.status.setEnabled(may)
        if row is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(row.status)))

    def _may(self, org_id: str) -> bool:
        path = self.c.read(lambda conn: org_path(conn, org_id)) if self.c.session else None
        return path is not None and self.c.may(Permission.MANAGE_REQUESTS, path)

    def orderable(self) -> list[tuple[str, str]]:
        """(id, name) of the organisations here one may order for: this one and below."""
        session = self.c.session
        if session is None:
            return []
        rows = self.c.read(lambda conn: subtree_orgs(conn, self.org_id))
        return [(i, n) for i, n, p in rows if self.c.may(Permission.MANAGE_REQUESTS, p)]

    def order(self) -> NewRequestDialog | None:
        orgs = self.orderable()
        if not orgs:
            self.c.messages.warning(self.tr("You may not order services here."))
            return None
        dialog = NewRequestDialog(orgs, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def send() -> None:
            if dialog.draft is not None:
                self.c.write_soon("service_request.create", str(uuid.uuid4()), dialog.draft)

        dialog.accepted.connect(send)
        dialog.open()
        return dialog

    def _set_status(self, _index: int) -> None:
        row = self.current()
        status = self.status.currentData()
        if row is not None and status != row.status:
            self.c.write_soon("service_request.update", row.id, RequestPatch(status=status))

    def _changed(self, changes: Changes) -> None:
        if changes.touches("service_request", "organisation"):
            self.reload()
