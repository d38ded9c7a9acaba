"""Pieces every entry dialog shares: the line that says what is wrong, and its buttons."""

from __future__ import annotations

from hubdesk.ui.qt import QCoreApplication, Qt, QtWidgets

PROBLEM_COLOUR = "#d93025"
WARNING_COLOUR = "#b06000"  # needs attention, not an error


def problem_label() -> QtWidgets.QLabel:
    """A hidden, red, plain-text line for what is wrong with an entry."""
    label = QtWidgets.QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("forms", "Problem"))
    label.hide()
    return label


def dialog_buttons(
    dialog: QtWidgets.QDialog, ok_text: str
) -> tuple[QtWidgets.QDialogButtonBox, QtWidgets.QPushButton]:
    """OK (named ``ok_text``) and Cancel, wired to the dialog's accept and reject."""
    standard = QtWidgets.QDialogButtonBox.StandardButton
    buttons = QtWidgets.QDialogButtonBox(standard.Ok | standard.Cancel)
    ok = buttons.button(standard.Ok)
    ok.setText(ok_text)
    buttons.button(standard.Cancel).setText(QCoreApplication.translate("forms", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
