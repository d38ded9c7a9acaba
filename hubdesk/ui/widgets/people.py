"""The people pane of an organisation: its members with role, seat, licences, status and
sign-ins; searched and sorted in SQL, read a page at a time. Seat counts (here and rolled
up the tree) head it; people are added, given another role or removed from it, each
through the outbox."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from hubdesk.domain import access
from hubdesk.domain.permissions import Permission
from hubdesk.models.seats import price_effect, roles_at, seat_plan
from hubdesk.services.cache.people import PersonRow, address_rule
from hubdesk.ui.controller import Controller
from hubdesk.ui.models.people import PERSON_ROLE, PeopleModel
from hubdesk.ui.qt import Qt, QtCore, QtGui, QTimer, QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.access import AccessWindow
from hubdesk.ui.widgets.billing import BillingWindow
from hubdesk.ui.widgets.customers import CustomersWindow
from hubdesk.ui.widgets.forms import WARNING_COLOUR, OrgWindow, shortcut_button
from hubdesk.ui.widgets.licences import LicencesWindow
from hubdesk.ui.widgets.members import (
    AddPersonDialog,
    ChangeRoleDialog,
    RemoveQuestion,
    refusal_text,
)
from hubdesk.ui.widgets.roles import RolesDialog
from hubdesk.ui.widgets.shared import SharedWindow
from hubdesk.wire.mutations import NoFields


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
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        self.empty = QtWidgets.QLabel()
        self.empty.setStyleSheet("color: palette(dark);")
        self.seats = QtWidgets.QLabel()
        self.seats.setAccessibleName(self.tr("Seat plan"))
        self.seats.setWordWrap(True)  # never wider than the pane
        self.seats.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = self._button(
            self.tr("&Add person…"), self.tr("Add a person"), "Ctrl+Shift+P", self.add_person
        )
        self.role_button = self._button(
            self.tr("Change &role…"), self.tr("Change the role"), "Ctrl+R", self.change_role
        )
        self.remove_button = self._button(
            self.tr("Re&move…"), self.tr("Remove the member"), "", self.remove
        )
        self.remove_button.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Delete))
        self.access_button = self._button(
            self.tr("A&ccess…"),
            self.tr("Effective access"),
            "Ctrl+Shift+E",
            self.show_access,
        )
        self.access_button.setToolTip(
            self.tr("Why can this person do that here? Who reaches this organisation?")
        )
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.seats, 1)
        for button in (
            self.access_button,
            self.add_button,
            self.role_button,
            self.remove_button,
        ):
            bar.addWidget(button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.model.modelReset.connect(self._update_empty)
        controller.bus.changed.connect(self._changed)
        self.org_path = ""
        self.org_name = ""
        self.hide()

    def _button(self, text: str, name: str, shortcut: str, slot: Any) -> QtWidgets.QPushButton:
        button = shortcut_button(text, shortcut, self, name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def show_for(self, org_id: str | None, path: str = "", name: str = "") -> None:
        """The members of ``org_id`` — for whoever may see its people."""
        allowed = bool(org_id) and self.c.may(Permission.VIEW_ORG, path)
        self.setVisible(allowed)
        self.org_path, self.org_name = (path, name) if allowed else ("", "")
        if allowed and org_id != self.model.org_id:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.show(org_id, "")
        elif not allowed:
            self.model.show(None, "")
        self._show_seats()
        self._enable()

    # -- seats and what may be done --------------------------------------------------------

    def _show_seats(self) -> None:
        """The seat plan that pays for this organisation's billable seats, and how full it
        is (the seat counts themselves head the detail pane)."""
        path = self.org_path
        if not path or self.c.session is None:
            self.seats.clear()
            return
        plan = self.c.read(lambda conn: seat_plan(conn, path))
        if plan is None:
            self.seats.setText(self.tr("No seat plan covers this organisation."))
            self.seats.setStyleSheet("")
            return
        text = self.tr("{plan} (at {org}): {used} of {bought} bought seats in use").format(
            plan=plan.product, org=plan.org_name, used=plan.used, bought=plan.quantity
        )
        spare = plan.quantity - plan.used
        if spare > 0:
            text += self.tr(" · %n bought but unassigned", "", spare)
        self.seats.setText(text)
        self.seats.setStyleSheet(f"color: {WARNING_COLOUR};" if spare > 0 else "")

    def current(self) -> PersonRow | None:
        index = self.table.currentIndex()
        value = index.data(PERSON_ROLE) if index.isValid() else None
        return value if isinstance(value, PersonRow) else None

    def _refusal(self, member: PersonRow | None) -> access.Refusal | None:
        """Why the selected member cannot be changed or removed (None: they can)."""
        scope = self.c.scope()
        if scope is None or member is None:
            return access.Refusal(access.NO_MEMBERS_RIGHT, "")
        return access.may_change_member(
            scope, self.org_path, member.person_id, member.role_permissions, None
        )

    def _enable(self, *_args: object) -> None:
        manage = bool(self.model.org_id) and self.c.may(Permission.MANAGE_MEMBERS, self.org_path)
        self.add_button.setEnabled(manage)
        member = self.current()
        refusal = self._refusal(member) if manage and member is not None else None
        settled = member is not None and member.version > 0
        for button in (self.role_button, self.remove_button):
            button.setEnabled(manage and settled and refusal is None)
            button.setToolTip(refusal_text(refusal) if refusal is not None else "")

    # -- writes ------------------------------------------------------------------------------

    def add_person(self) -> AddPersonDialog | None:
        org_id, scope = self.model.org_id, self.c.scope()
        if not org_id or scope is None or not self.add_button.isEnabled():
            return None
        path = self.org_path
        dialog = AddPersonDialog(
            self,
            org_id=org_id,
            org_name=self.org_name,
            org_path=path,
            scope=scope,
            roles=self.c.read(lambda conn: roles_at(conn, path)),
            rule=self.c.read(lambda conn: address_rule(conn, org_id)),
            read=self.c.read,
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def send() -> None:
            if dialog.draft is not None:
                self.c.write_soon("membership.create", str(uuid.uuid4()), dialog.draft)

        dialog.accepted.connect(send)
        dialog.open()
        return dialog

    def change_role(self) -> ChangeRoleDialog | None:
        member, scope = self.current(), self.c.scope()
        if member is None or scope is None or not self.role_button.isEnabled():
            return None
        path = self.org_path
        dialog = ChangeRoleDialog(
            self,
            member=member,
            org_path=path,
            scope=scope,
            roles=self.c.read(lambda conn: roles_at(conn, path)),
            read=self.c.read,
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        if member.person_id == scope.person_id:
            dialog.role.setEnabled(False)
            dialog.role.setToolTip(refusal_text(access.Refusal(access.OWN_ROLE, "")))

        def send() -> None:
            if dialog.patch is not None:
                self.c.write_soon("membership.update", member.membership_id, dialog.patch)

        dialog.accepted.connect(send)
        dialog.open()
        return dialog

    def remove(self) -> RemoveQuestion | None:
        member = self.current()
        if member is None or not self.remove_button.isEnabled():
            return None
        path, before = self.org_path, member.role_permissions
        effect = self.c.read(lambda conn: price_effect(conn, path, before, None))
        question = RemoveQuestion(self, member, self.org_name, effect)
        question.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if question.confirmed():
                self.c.write_soon("membership.remove", member.membership_id, NoFields())

        question.finished.connect(lambda _result: answered())
        question.open()
        return question

    def show_access(self) -> AccessWindow | None:
        """Effective access of the selected person (if any) and of this organisation."""
        org_id = self.model.org_id
        if not org_id:
            return None
        member = self.current()
        window = AccessWindow(
            self.c,
            org_id=org_id,
            org_name=self.org_name,
            org_path=self.org_path,
            person=(member.person_id, member.name) if member else None,
            parent=self,
        )
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    W = TypeVar("W", bound=OrgWindow)

    def _open(self, window: type[W], needed: Permission = Permission.VIEW_ORG) -> W | None:
        """One of the organisation's windows, for whoever holds ``needed`` here."""
        org_id = self.model.org_id
        if not org_id or not self.c.may(needed, self.org_path):
            return None
        opened = window(
            self.c, org_id=org_id, org_name=self.org_name, org_path=self.org_path, parent=self
        )
        opened.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        opened.show()
        return opened

    def show_licences(self) -> LicencesWindow | None:
        """Subscriptions, who holds which licence, and the licence rules with dry runs."""
        return self._open(LicencesWindow)

    def show_shared(self) -> SharedWindow | None:
        """Agents, channels and knowledge: this organisation's own and those inherited."""
        return self._open(SharedWindow)

    def show_customers(self) -> CustomersWindow | None:
        """A partner's customer accounts: status, plan, attention; tabs, search, sort."""
        return self._open(CustomersWindow, Permission.MANAGE_CUSTOMERS)

    def show_billing(self) -> BillingWindow | None:
        """Invoices here and below, their lines, and the totals rolled up the tree."""
        return self._open(BillingWindow, Permission.VIEW_BILLING)

    def show_roles(self) -> RolesDialog | None:
        """The roles that can be given here; this organisation's own ones edited there."""
        return self._open(RolesDialog)

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
            self._show_seats()
            self._enable()
