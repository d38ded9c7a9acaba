"""The account switcher: every signed-in account, add another, sign out."""

from __future__ import annotations

from hubdesk.services.accounts import Account
from hubdesk.ui.controller import Controller
from hubdesk.ui.qt import QtGui, QtWidgets, Signal


class AccountSwitcher(QtWidgets.QToolButton):
    switch_requested = Signal(object)  # Account
    add_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(self.toolButtonStyle().ToolButtonTextOnly)
        self.setAccessibleName(self.tr("Account switcher"))
        self.setToolTip(self.tr("Switch account (Ctrl+Shift+A)"))
        self.setShortcut(QtGui.QKeySequence("Ctrl+Shift+A"))
        self.menu_ = QtWidgets.QMenu(self)
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self.rebuild)
        controller.session_changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        current = self.c.session.account if self.c.session else None
        self.setText(current.label if current else self.tr("Not signed in"))
        self.menu_.clear()
        group = QtGui.QActionGroup(self.menu_)
        for account in self.c.book.all():
            action = self.menu_.addAction(account.label)
            action.setCheckable(True)
            action.setChecked(current is not None and account.key == current.key)
            action.setToolTip(account.email)
            group.addAction(action)
            action.triggered.connect(lambda _=False, a=account: self._switch(a))
        self.menu_.addSeparator()
        add = self.menu_.addAction(self.tr("Add account…"))
        add.triggered.connect(self.add_requested.emit)
        out = self.menu_.addAction(self.tr("Sign out of this account"))
        out.setEnabled(current is not None)
        out.triggered.connect(self.sign_out_requested.emit)

    def _switch(self, account: Account) -> None:
        if self.c.session is None or account.key != self.c.session.account.key:
            self.switch_requested.emit(account)
