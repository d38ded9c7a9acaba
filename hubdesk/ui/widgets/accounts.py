"""The account switcher: every signed-in account, add another, sign out — and, for a person
who belongs to several top-level organisations, which of them the console shows."""

from __future__ import annotations

from hubdesk.services.accounts import Account
from hubdesk.services.cache import queries
from hubdesk.ui.controller import Controller
from hubdesk.ui.qt import QtGui, QtWidgets, Signal


class AccountSwitcher(QtWidgets.QToolButton):
    switch_requested = Signal(object)  # Account
    add_requested = Signal()
    sign_out_requested = Signal()
    organisation_chosen = Signal(object)  # a top-level organisation's id, or None: all

    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.focus: str | None = None  # the top-level organisation shown (None: all)
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
        text = current.label if current else self.tr("Not signed in")
        focused = self._roots().get(self.focus) if self.focus else None
        self.setText(f"{text} · {focused}" if focused else text)
        self.menu_.clear()
        group = QtGui.QActionGroup(self.menu_)
        for account in self.c.book.all():
            action = self.menu_.addAction(account.label)
            action.setCheckable(True)
            action.setChecked(current is not None and account.key == current.key)
            action.setToolTip(account.email)
            group.addAction(action)
            action.triggered.connect(lambda _=False, a=account: self._switch(a))
        self._organisations(current)
        self.menu_.addSeparator()
        add = self.menu_.addAction(self.tr("Add account…"))
        add.triggered.connect(self.add_requested.emit)
        out = self.menu_.addAction(self.tr("Sign out of this account"))
        out.setEnabled(current is not None)
        out.triggered.connect(self.sign_out_requested.emit)

    def _roots(self) -> dict[str, str]:
        """id → name of the current account's top-level organisations (its scope roots)."""
        session = self.c.session
        if session is None:
            return {}
        ids = session.cache.scope_roots()
        return {n.id: n.name for n in self.c.read(lambda conn: queries.nodes(conn, ids))}

    def _organisations(self, current: Account | None) -> None:
        roots = self._roots() if current is not None else {}
        if len(roots) < 2:
            return
        self.menu_.addSection(self.tr("Organisations of this account"))
        group = QtGui.QActionGroup(self.menu_)
        everything = self.menu_.addAction(self.tr("All organisations"))
        for org_id, action in [(None, everything)] + [
            (org_id, self.menu_.addAction(name)) for org_id, name in roots.items()
        ]:
            action.setCheckable(True)
            action.setChecked(org_id == self.focus)
            group.addAction(action)
            action.triggered.connect(lambda _=False, o=org_id: self.organisation_chosen.emit(o))

    def _switch(self, account: Account) -> None:
        if self.c.session is None or account.key != self.c.session.account.key:
            self.switch_requested.emit(account)
