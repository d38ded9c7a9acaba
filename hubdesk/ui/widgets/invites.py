"""The invites pane of an organisation: invite a sub-account, resend, cancel.

Every action is a write through the outbox (it shows at once and goes out when the
server can be reached); the list refreshes when the controller announces that invites
changed. The pane is there only where the signed-in person may invite.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError

from hubdesk.domain.permissions import Permission
from hubdesk.services.cache import queries
from hubdesk.services.cache.queries import InviteRow
from hubdesk.ui.controller import Controller
from hubdesk.ui.models.invites import INVITE_ROLE, InvitesModel
from hubdesk.ui.qt import Qt, QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.forms import dialog_buttons, problem_label
from hubdesk.ui.widgets.invite_file import InviteFileDialog
from hubdesk.wire.mutations import InviteDraft, NoFields

OPEN = ("pending", "expired")


class InviteDialog(QtWidgets.QDialog):
    """Email, contact person and company of a new sub-account, checked like the server."""

    def __init__(self, org_id: str, hub_name: str, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.org_id = org_id
        self.draft: InviteDraft | None = None
        self.setWindowTitle(self.tr("Invite a sub-account to {name}").format(name=hub_name))
        self.setMinimumWidth(420)
        about = QtWidgets.QLabel(
            self.tr("They get a mail with a one-time link to set up the company's account.")
        )
        about.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        self.email = QtWidgets.QLineEdit()
        self.contact = QtWidgets.QLineEdit()
        self.company = QtWidgets.QLineEdit()
        for edit, label, length in (
            (self.email, self.tr("&Email"), 254),
            (self.contact, self.tr("&Contact person"), 200),
            (self.company, self.tr("Com&pany"), 200),
        ):
            edit.setMaxLength(length)
            edit.setAccessibleName(label.replace("&", ""))
            form.addRow(label, edit)
        self.problem = problem_label()
        buttons, self.send = dialog_buttons(self, self.tr("&Send invite"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.draft = InviteDraft(
                org_id=self.org_id,
                email=self.email.text(),
                contact_name=self.contact.text(),
                company_name=self.company.text(),
            )
        except ValidationError as exc:
            field = str(exc.errors()[0]["loc"][0]) if exc.errors()[0].get("loc") else ""
            edit, text = {
                "email": (self.email, self.tr("The email address is not valid.")),
                "contact_name": (self.contact, self.tr("Name the contact person.")),
                "company_name": (self.company, self.tr("Name the company.")),
            }.get(field, (self.email, self.tr("This value is not valid.")))
            self.problem.setText(text)
            self.problem.show()
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


class InvitesPane(QtWidgets.QGroupBox):
    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Invites"), parent)
        self.c = controller
        self.org_id: str | None = None
        self.org_name = ""
        self.model = InvitesModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Invites sent"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.invite = QtWidgets.QPushButton(self.tr("&Invite…"))
        self.invite.setToolTip(self.tr("Invite a new sub-account by email (Ctrl+I)"))
        self.invite.setShortcut("Ctrl+I")
        self.from_file = QtWidgets.QPushButton(self.tr("From &file…"))
        self.from_file.setToolTip(
            self.tr("Invite many sub-accounts from a CSV file, with a dry run first")
        )
        self.resend = QtWidgets.QPushButton(self.tr("Re&send"))
        self.resend.setToolTip(self.tr("Send the invite again with a new link"))
        self.cancel = QtWidgets.QPushButton(self.tr("Cancel in&vite"))
        self.cancel.setToolTip(self.tr("The link stops working; the sub-account is not set up"))
        for button in (self.invite, self.from_file, self.resend, self.cancel):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.invite.clicked.connect(self._invite)
        self.from_file.clicked.connect(self.invite_from_file)
        self.resend.clicked.connect(lambda: self._act("invite.resend"))
        self.cancel.clicked.connect(lambda: self._act("invite.cancel"))
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.invite)
        buttons.addWidget(self.from_file)
        buttons.addWidget(self.resend)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        self.empty = QtWidgets.QLabel(self.tr("No invites yet: Invite… sends the first one."))
        self.empty.setStyleSheet("color: palette(dark);")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        controller.bus.changed.connect(self._changed)
        self.hide()

    def show_for(self, org_id: str | None, org_name: str = "", path: str = "") -> None:
        """Show the invites of ``org_id`` — if the signed-in person may invite there."""
        allowed = bool(org_id) and self.c.may(Permission.INVITE, path)
        self.org_id = org_id if allowed else None
        self.org_name = org_name
        self.setVisible(allowed)
        self.reload()

    def reload(self) -> None:
        org_id = self.org_id
        rows = self.c.read(lambda conn: queries.invites(conn, org_id)) if org_id else []
        current = self.current()
        self.model.load(rows)
        for row in range(self.model.rowCount()):
            found = self.model.invite_at(row)
            if current is not None and found is not None and found.id == current.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(self.model.rowCount() == 0)
        self._enable()

    def current(self) -> InviteRow | None:
        index = self.table.currentIndex()
        value = index.data(INVITE_ROLE) if index.isValid() else None
        return value if isinstance(value, InviteRow) else None

    def _enable(self, *_args: Any) -> None:
        invite = self.current()
        can_act = invite is not None and invite.status in OPEN and invite.version > 0
        self.resend.setEnabled(can_act)
        self.cancel.setEnabled(can_act)

    def _changed(self, changes: Changes) -> None:
        if self.org_id and changes.touches("invite"):
            self.reload()

    def _invite(self) -> None:
        if self.org_id is None:
            return
        dialog = InviteDialog(self.org_id, self.org_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def send() -> None:
            if dialog.draft is not None:
                self.c.write_soon("invite.create", str(uuid.uuid4()), dialog.draft)

        dialog.accepted.connect(send)
        dialog.open()

    def invite_from_file(self) -> InviteFileDialog | None:
        if self.org_id is None:
            return None
        dialog = InviteFileDialog(self.c, self.org_id, self.org_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _act(self, op: str) -> None:
        invite = self.current()
        if invite is not None:
            self.c.write_soon(op, invite.id, NoFields())
