"""Pieces dialogs share: the line that says what is wrong, the buttons, a plain table."""

from __future__ import annotations

from collections.abc import Callable

from hubdesk.ui.controller import Controller
from hubdesk.ui.qt import QCoreApplication, Qt, QtCore, QtGui, QtWidgets

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


def shortcut_button(
    text: str, keys: str, owner: QtWidgets.QWidget, name: str | None = None
) -> QtWidgets.QPushButton:
    """A button that keeps the Alt mnemonic of its text's ``&`` and also answers ``keys``
    anywhere in ``owner``'s window (``setShortcut`` would replace the mnemonic)."""
    button = QtWidgets.QPushButton(text)
    button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
    if keys:
        QtGui.QShortcut(QtGui.QKeySequence(keys), owner, button.animateClick)
    return button


def table_view(model: QtCore.QAbstractItemModel, name: str) -> QtWidgets.QTableView:
    """A read-only table of whole rows over ``model``, its columns fitted after each load."""
    table = QtWidgets.QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    model.modelReset.connect(table.resizeColumnsToContents)
    return table


def empty_note(model: QtCore.QAbstractItemModel, text: Callable[[], str]) -> QtWidgets.QLabel:
    """A quiet line that says why a table is empty, shown only while it is."""
    label = QtWidgets.QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: palette(dark);")

    def update() -> None:
        nothing = model.rowCount() == 0
        label.setVisible(nothing)
        if nothing:
            label.setText(text())

    model.modelReset.connect(update)
    update()
    return label


class OrgWindow(QtWidgets.QDialog):
    """A window about one organisation: the controller, and the organisation's id, name
    and path (what its reads and permission checks need); a subclass lays itself out in
    :meth:`build`."""

    def __init__(
        self,
        controller: Controller,
        *,
        org_id: str,
        org_name: str,
        org_path: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.c = controller
        self.org_id, self.org_name, self.org_path = org_id, org_name, org_path
        self.build()

    def build(self) -> None:
        """Lay the window out (each kind of window has its own)."""
        raise NotImplementedError
