"""A button with both a mnemonic (Alt + the letter after &) and a window shortcut."""

from __future__ import annotations

from typing import Any

from hubdesk.ui.qt import QtGui, QtWidgets
from hubdesk.ui.widgets.forms import shortcut_button


def test_a_button_keeps_its_mnemonic_beside_its_shortcut(qtbot: Any) -> None:
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    button = shortcut_button("Add &note…", "Ctrl+Shift+N", window)
    clicks: list[bool] = []
    button.clicked.connect(lambda _c=False: clicks.append(True))
    QtWidgets.QVBoxLayout(window).addWidget(button)
    window.show()
    assert button.accessibleName() == "Add note"
    assert button.shortcut().toString() == "Alt+N"  # the mnemonic is still there
    (shortcut,) = window.findChildren(QtGui.QShortcut)
    assert shortcut.key().toString() == "Ctrl+Shift+N"
    shortcut.activated.emit()  # what the keys do (key events need an active window)
    qtbot.waitUntil(lambda: len(clicks) == 1, timeout=2_000)
    button.setEnabled(False)
    shortcut.activated.emit()
    qtbot.wait(300)
    assert len(clicks) == 1  # a disabled button is not clicked by its shortcut
