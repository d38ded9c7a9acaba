"""Editing an organisation's company and contact details.

The dialog checks the entry with the same model the server uses
(:class:`~hubdesk.wire.mutations.OrganisationPatch`) and keeps itself open with the
problem shown next to the field until the entry is valid. It yields only the fields
that differ from what it was opened with.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from hubdesk.models.orgs import Organisation
from hubdesk.ui.qt import Qt, QtWidgets
from hubdesk.ui.widgets.forms import problem_label
from hubdesk.wire.mutations import OrganisationPatch


class OrgEditDialog(QtWidgets.QDialog):
    """``values``: the fields to start from; :meth:`changes` after ``accepted``: what
    differs from ``baseline`` (by default, from ``values``)."""

    def __init__(
        self,
        values: dict[str, Any],
        parent: QtWidgets.QWidget | None = None,
        *,
        title: str | None = None,
        note: str | None = None,
        baseline: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Edit details"))
        self.setMinimumWidth(460)
        fields = OrganisationPatch.model_fields
        self._original = {name: values.get(name) for name in fields}
        # what the changes are measured against (the server's row, when resolving)
        self._baseline = {name: (baseline or values).get(name) for name in fields}
        self._changes: dict[str, Any] = {}
        labels = {
            "name": self.tr("&Name"),
            "legal_name": self.tr("&Legal name"),
            "vat_number": self.tr("&VAT / CVR"),
            "address": self.tr("&Address"),
            "postal_code": self.tr("&Postal code"),
            "city": self.tr("C&ity"),
            "country": self.tr("Countr&y (2 letters)"),
            "phone": self.tr("P&hone"),
            "contact_name": self.tr("&Contact person"),
            "contact_email": self.tr("Contact e&mail"),
        }
        form = QtWidgets.QFormLayout()
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        for name, label in labels.items():
            edit = QtWidgets.QLineEdit(str(self._original.get(name) or ""))
            edit.setAccessibleName(label.replace("&", ""))
            max_length = _max_length(name)
            if max_length:
                edit.setMaxLength(max_length)
            form.addRow(label, edit)
            self.fields[name] = edit
        self.fields["country"].setInputMask(">AA;")  # two capital letters
        self.fields["country"].setText(str(self._original.get("country") or ""))
        self.external = QtWidgets.QCheckBox(self.tr("Allow members from &other domains"))
        self.external.setToolTip(
            self.tr(
                "Without this, people are added only with an address in one of the "
                "organisation's verified domains."
            )
        )
        self.external.setChecked(bool(self._original.get("external_members")))
        form.addRow("", self.external)

        self.note = QtWidgets.QLabel(note or "")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.problem = problem_label()

        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.save = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        self.save.setText(self.tr("&Save"))
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def entered(self) -> dict[str, Any]:
        return {name: edit.text() for name, edit in self.fields.items()}

    def changes(self) -> dict[str, Any]:
        """The validated fields that differ from the values the dialog opened with."""
        return dict(self._changes)

    def accept(self) -> None:
        entered = self.entered()
        changed = {
            name: value
            for name, value in entered.items()
            if (value.strip() or None) != (self._baseline.get(name) or None)
        }
        if self.external.isChecked() != bool(self._baseline.get("external_members")):
            changed["external_members"] = self.external.isChecked()
        if not changed:
            self.reject()  # nothing to save
            return
        try:
            patch = OrganisationPatch.model_validate(changed)
        except ValidationError as exc:
            self._show_problem(exc)
            return
        self._changes = patch.changes()
        super().accept()

    def _show_problem(self, exc: ValidationError) -> None:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first.get("loc") else ""
        edit = self.fields.get(name)
        what = {
            "name": self.tr("The name cannot be empty."),
            "country": self.tr("The country is two capital letters, like DK or DE."),
            "contact_email": self.tr("The contact email address is not valid."),
        }.get(name, self.tr("This value is not valid."))
        self.problem.setText(what)
        self.problem.show()
        if edit is not None:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.selectAll()
        QtWidgets.QApplication.beep()


def _max_length(name: str) -> int | None:
    """The column's length: the line edit stops there, as the server would."""
    length = getattr(Organisation.__table__.c[name].type, "length", None)
    return int(length) if length else None
