"""Roles of an organisation: the built-in ones and its custom roles, composed from the
permission catalogue in a role editor. A person can compose only permissions they hold
there themselves (the work permissions aside); the server checks again."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError

from hubdesk.domain import access
from hubdesk.domain.permissions import Permission, Scope
from hubdesk.domain.seats import is_billable
from hubdesk.models.seats import RoleChoice, roles_at
from hubdesk.ui.labels import permission_label
from hubdesk.ui.models.roles import ROLE_ROLE, RolesModel
from hubdesk.ui.qt import QtCore, QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.forms import OrgWindow, dialog_buttons, problem_label, table_view
from hubdesk.wire.mutations import NoFields, RoleDraft, RolePatch


class RoleEditor(QtWidgets.QDialog):
    """Name, description and permissions of a custom role (new, or one to change)."""

    def __init__(
        self,
        parent: QtWidgets.QWidget | None,
        *,
        org_id: str,
        org_path: str,
        scope: Scope,
        role: RoleChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self.org_id = org_id
        self.role = role
        self.draft: RoleDraft | None = None
        self.patch: RolePatch | None = None
        self.setWindowTitle(
            self.tr("New role") if role is None else self.tr("Role {name}").format(name=role.name)
        )
        self.name = QtWidgets.QLineEdit(role.name if role else "")
        self.name.setMaxLength(100)
        self.name.setAccessibleName(self.tr("Name"))
        self.description = QtWidgets.QLineEdit(role.description if role else "")
        self.description.setMaxLength(500)
        self.description.setAccessibleName(self.tr("Description"))
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        held = role.permissions if role else frozenset()
        self.boxes: dict[str, QtWidgets.QCheckBox] = {}
        grid = QtWidgets.QGridLayout()
        ordered = sorted(Permission, key=lambda p: permission_label(p.value))
        lacking = access.missing(scope, org_path, [p.value for p in Permission])
        for n, permission in enumerate(ordered):
            box = QtWidgets.QCheckBox(permission_label(permission.value))
            box.setChecked(permission.value in held)
            if permission.value in lacking:
                box.setEnabled(False)
                box.setToolTip(self.tr("You do not hold this permission here yourself."))
            box.toggled.connect(self._show_seat)
            self.boxes[permission.value] = box
            grid.addWidget(box, n // 2, n % 2)
        group = QtWidgets.QGroupBox(self.tr("Permissions"))
        group.setLayout(grid)
        self.seat = QtWidgets.QLabel()
        self.problem = problem_label()
        buttons, self.ok = dialog_buttons(self, self.tr("&Save"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addWidget(self.seat)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show_seat()
        self.name.textChanged.connect(lambda _text: self.problem.hide())

    def chosen(self) -> list[str]:
        return [p for p, box in self.boxes.items() if box.isChecked()]

    def _show_seat(self, *_args: object) -> None:
        self.problem.hide()
        self.seat.setText(
            self.tr("People with this role hold a billable seat.")
            if is_billable(self.chosen())
            else self.tr("People with this role hold a free seat.")
        )

    def accept(self) -> None:
        fields: dict[str, Any] = {
            "name": self.name.text(),
            "description": self.description.text(),
            "permissions": self.chosen(),
        }
        try:
            if self.role is None:
                self.draft = RoleDraft(org_id=self.org_id, **fields)
            else:
                changed = {
                    k: v
                    for k, v in fields.items()
                    if (sorted(v) if k == "permissions" else v.strip())
                    != (
                        sorted(self.role.permissions)
                        if k == "permissions"
                        else getattr(self.role, k)
                    )
                }
                if not changed:
                    self.reject()
                    return
                self.patch = RolePatch.model_validate(changed)
        except ValidationError as exc:
            where = str((exc.errors()[0].get("loc") or ("",))[0])
            self.problem.setText(
                self.tr("Give the role a name.")
                if where == "name"
                else self.tr("Choose at least one permission.")
            )
            self.problem.show()
            return
        super().accept()


class RolesDialog(OrgWindow):
    """The roles that can be given at an organisation; its own custom roles edited here."""

    def build(self) -> None:
        self.setWindowTitle(self.tr("Roles at {org}").format(org=self.org_name))
        self.resize(640, 420)
        self.model = RolesModel(self.org_id, self)
        self.table = table_view(self.model, self.tr("Roles"))
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.new_button = QtWidgets.QPushButton(self.tr("&New role…"))
        self.new_button.setShortcut("Ctrl+N")
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"))
        self.delete_button = QtWidgets.QPushButton(self.tr("&Delete…"))
        for button, name, slot in (
            (self.new_button, self.tr("New role"), self.new),
            (self.edit_button, self.tr("Edit the role"), self.edit),
            (self.delete_button, self.tr("Delete the role"), self.delete),
        ):
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
        bar = QtWidgets.QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.c.bus.changed.connect(self._changed)
        self.reload()

    def current(self) -> RoleChoice | None:
        index = self.table.currentIndex()
        value = index.data(ROLE_ROLE) if index.isValid() else None
        return value if isinstance(value, RoleChoice) else None

    def reload(self) -> None:
        path, kept = self.org_path, self.current()
        self.model.load(self.c.read(lambda conn: roles_at(conn, path)) if self.c.session else [])
        for row in range(self.model.rowCount()):
            found = self.model.item_at(row)
            if kept is not None and found is not None and found.id == kept.id:
                self.table.selectRow(row)
        self._enable()

    def _enable(self) -> None:
        manage = self.c.may(Permission.MANAGE_ROLES, self.org_path)
        role = self.current()
        own = role is not None and role.org_id == self.org_id and role.version > 0
        self.new_button.setEnabled(manage)
        self.edit_button.setEnabled(manage and own)
        self.delete_button.setEnabled(manage and own)

    def new(self) -> RoleEditor | None:
        return self._editor(None)

    def edit(self) -> RoleEditor | None:
        role = self.current()
        return self._editor(role) if role is not None and self.edit_button.isEnabled() else None

    def _editor(self, role: RoleChoice | None) -> RoleEditor | None:
        scope = self.c.scope()
        if scope is None or not self.new_button.isEnabled():
            return None
        editor = RoleEditor(
            self, org_id=self.org_id, org_path=self.org_path, scope=scope, role=role
        )
        editor.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def send() -> None:
            if editor.draft is not None:
                self.c.write_soon("role.create", str(uuid.uuid4()), editor.draft)
            elif editor.patch is not None and role is not None:
                self.c.write_soon("role.update", role.id, editor.patch)

        editor.accepted.connect(send)
        editor.open()
        return editor

    def delete(self) -> QtWidgets.QMessageBox | None:
        role = self.current()
        if role is None or not self.delete_button.isEnabled():
            return None
        question = QtWidgets.QMessageBox(self)
        question.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        question.setWindowTitle(self.tr("Delete role"))
        question.setText(self.tr("Delete the role {name}?").format(name=role.name))
        question.setInformativeText(
            self.tr("A role that someone still holds cannot be deleted; change theirs first.")
        )
        yes = question.addButton(
            self.tr("&Delete"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = question.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        question.setDefaultButton(cancel)
        question.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if question.clickedButton() is yes:
                self.c.write_soon("role.remove", role.id, NoFields())

        question.finished.connect(lambda _result: answered())
        question.open()
        return question

    def _changed(self, changes: Changes) -> None:
        if changes.touches("role"):
            self.reload()
