"""Shared resources of an organisation: its agents, channels and knowledge-base entries,
and those inherited from the organisations above (read-only, with where they come from).
Its own are created, changed, shared down or un-shared, and deleted through the outbox."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError

from hubdesk.domain.enums import ResourceKind
from hubdesk.domain.permissions import Permission
from hubdesk.services.cache.shared import ResourceRow, resources_at
from hubdesk.ui.models.shared import RESOURCE_ROLE, SharedModel
from hubdesk.ui.qt import QtCore, QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.forms import (
    OrgWindow,
    dialog_buttons,
    empty_note,
    problem_label,
    table_view,
)
from hubdesk.wire.mutations import NoFields, SharedResourceDraft, SharedResourcePatch


class ResourceEditor(QtWidgets.QDialog):
    """Kind, name, text and whether it flows down, of one of the organisation's own."""

    def __init__(
        self, parent: QtWidgets.QWidget | None, *, org_id: str, resource: ResourceRow | None
    ) -> None:
        super().__init__(parent)
        self.org_id = org_id
        self.resource = resource
        self.draft: SharedResourceDraft | None = None
        self.patch: SharedResourcePatch | None = None
        self.setWindowTitle(self.tr("New resource") if resource is None else resource.name)
        self.setMinimumWidth(480)
        self.kind = QtWidgets.QComboBox()
        for kind, label in (
            (ResourceKind.AGENT, self.tr("Agent")),
            (ResourceKind.CHANNEL, self.tr("Channel")),
            (ResourceKind.KNOWLEDGE, self.tr("Knowledge base")),
        ):
            self.kind.addItem(label, kind.value)
        self.name = QtWidgets.QLineEdit(resource.name if resource else "")
        self.name.setMaxLength(200)
        self.body = QtWidgets.QPlainTextEdit(resource.body if resource else "")
        self.shared = QtWidgets.QCheckBox(self.tr("&Share with every organisation below"))
        if resource is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(resource.kind)))
            self.kind.setEnabled(False)
            self.shared.setChecked(resource.shared)
        form = QtWidgets.QFormLayout()
        for widget, label in (
            (self.kind, self.tr("&Kind")),
            (self.name, self.tr("&Name")),
            (self.body, self.tr("&Text")),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        form.addRow("", self.shared)
        self.problem = problem_label()
        buttons, self.ok = dialog_buttons(self, self.tr("&Save"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        fields: dict[str, Any] = {
            "name": self.name.text(),
            "body": self.body.toPlainText(),
            "shared": self.shared.isChecked(),
        }
        try:
            if self.resource is None:
                self.draft = SharedResourceDraft(
                    org_id=self.org_id, kind=self.kind.currentData(), **fields
                )
            else:
                old = {
                    "name": self.resource.name,
                    "body": self.resource.body,
                    "shared": self.resource.shared,
                }
                changed = {k: v for k, v in fields.items() if old[k] != v}
                if not changed:
                    self.reject()
                    return
                self.patch = SharedResourcePatch.model_validate(changed)
        except ValidationError:
            self.problem.setText(self.tr("Give the resource a name."))
            self.problem.show()
            return
        super().accept()


class SharedWindow(OrgWindow):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Shared resources of {org}").format(org=self.org_name))
        self.resize(760, 520)
        self.model = SharedModel(self)
        self.table = table_view(self.model, self.tr("Shared resources"))
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.text = QtWidgets.QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the resource"))
        self.where = QtWidgets.QLabel()
        self.new_button = self._button(self.tr("&New…"), self.tr("New resource"), self.new)
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit the resource"), self.edit)
        self.delete_button = self._button(
            self.tr("&Delete…"), self.tr("Delete the resource"), self.delete
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        bar = QtWidgets.QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(
            empty_note(
                self.model,
                lambda: self.tr(
                    "No agents, channels or knowledge-base entries here yet. New… makes one; "
                    "those the organisations above share appear here too."
                ),
            )
        )
        layout.addWidget(self.table, 2)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        self.c.bus.changed.connect(self._changed)
        self.reload()

    @staticmethod
    def _button(text: str, name: str, slot: Any) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def current(self) -> ResourceRow | None:
        index = self.table.currentIndex()
        value = index.data(RESOURCE_ROLE) if index.isValid() else None
        return value if isinstance(value, ResourceRow) else None

    def reload(self) -> None:
        if self.c.session is None:
            return
        org_id, kept = self.org_id, self.current()
        self.model.load(self.c.read(lambda conn: resources_at(conn, org_id)))
        for row in range(self.model.rowCount()):
            found = self.model.item_at(row)
            if found is not None and (kept is None or found.id == kept.id):
                self.table.selectRow(row)
                break
        self._selected()

    def _selected(self) -> None:
        row = self.current()
        manage = self.c.may(Permission.MANAGE_SHARED, self.org_path)
        own = row is not None and not row.inherited and row.version > 0
        self.new_button.setEnabled(manage)
        self.edit_button.setEnabled(manage and own)
        self.delete_button.setEnabled(manage and own)
        self.text.setPlainText(row.body if row else "")
        if row is None:
            self.where.clear()
        elif row.inherited:
            self.where.setText(
                self.tr("Inherited from {org}: read-only here.").format(org=row.org_name)
            )
        else:
            self.where.setText(
                self.tr("This organisation's own; shared with every organisation below.")
                if row.shared
                else self.tr("This organisation's own; not shared.")
            )

    def new(self) -> ResourceEditor | None:
        return self._editor(None) if self.new_button.isEnabled() else None

    def edit(self) -> ResourceEditor | None:
        row = self.current()
        return self._editor(row) if row is not None and self.edit_button.isEnabled() else None

    def _editor(self, row: ResourceRow | None) -> ResourceEditor:
        editor = ResourceEditor(self, org_id=self.org_id, resource=row)
        editor.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def send() -> None:
            if editor.draft is not None:
                self.c.write_soon("shared_resource.create", str(uuid.uuid4()), editor.draft)
            elif editor.patch is not None and row is not None:
                self.c.write_soon("shared_resource.update", row.id, editor.patch)

        editor.accepted.connect(send)
        editor.open()
        return editor

    def delete(self) -> None:
        row = self.current()
        if row is None or not self.delete_button.isEnabled():
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Delete resource"),
            self.tr("Delete {name}? Organisations below lose it too.").format(name=row.name),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel,
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self.c.write_soon("shared_resource.remove", row.id, NoFields())

    def _changed(self, changes: Changes) -> None:
        if changes.touches("shared_resource", "organisation"):
            self.reload()
