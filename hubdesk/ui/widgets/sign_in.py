"""The sign-in dialog: server, email, password, and the 2-step code when asked for."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from typing import Any

from hubdesk.services.errors import AuthFailed
from hubdesk.services.session import ConsoleSession
from hubdesk.ui.errors import describe
from hubdesk.ui.qt import Qt, QtGui, QtWidgets
from hubdesk.ui.tasks import Background

SignInFn = Callable[[str, str, str, str | None], Coroutine[Any, Any, ConsoleSession]]
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


class SignInDialog(QtWidgets.QDialog):
    """Asks for credentials and runs ``sign_in`` without blocking; accepts on success."""

    def __init__(
        self,
        sign_in: SignInFn,
        background: Background,
        *,
        server_url: str = "",
        server_fixed: bool = False,
        demo_accounts: list[str] | None = None,
        email: str = "",
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self._bg = background
        self.session: ConsoleSession | None = None
        self.setWindowTitle(self.tr("Sign in to hubdesk"))
        self.setModal(True)
        self.setMinimumWidth(420)

        heading = QtWidgets.QLabel(self.tr("Sign in"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.server = QtWidgets.QLineEdit(server_url)
        self.server.setPlaceholderText("https://hubdesk.example.com")
        self.server.setReadOnly(server_fixed)
        self.server.setAccessibleName(self.tr("Server address"))
        self.demo = QtWidgets.QComboBox()
        self.demo.setAccessibleName(self.tr("Demo sign-ins"))
        self.email = QtWidgets.QLineEdit(email)
        self.email.setPlaceholderText(self.tr("name@company.com"))
        self.email.setAccessibleName(self.tr("Email"))
        self.password = QtWidgets.QLineEdit()
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.code = QtWidgets.QLineEdit()
        self.code.setPlaceholderText(self.tr("6-digit code"))
        self.code.setMaxLength(6)
        self.code.setValidator(QtGui.QRegularExpressionValidator(r"\d{0,6}"))
        self.code.setAccessibleName(self.tr("2-step verification code"))
        self.error = QtWidgets.QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may quote the server's words
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d93025;")
        self.error.setAccessibleName(self.tr("Sign-in error"))
        self.error.hide()
        self.busy = QtWidgets.QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()

        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        if demo_accounts:
            self.demo.addItem(self.tr("Choose a demo sign-in…"), "")
            for line in demo_accounts:
                match = _EMAIL.search(line)
                if match:
                    self.demo.addItem(line, match.group(0))
            self.demo.activated.connect(self._pick_demo)
            form.addRow(self.tr("&Demo:"), self.demo)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Password:"), self.password)
        self.code_label = QtWidgets.QLabel(self.tr("2-step &code:"))
        self.code_label.setBuddy(self.code)
        form.addRow(self.code_label, self.code)
        self.code_label.hide()
        self.code.hide()

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Sign &in"))
        self.ok.setAccessibleName(self.tr("Sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        (self.email if not email else self.password).setFocus()

    def _pick_demo(self, row: int) -> None:
        email = self.demo.itemData(row)
        if email:
            self.email.setText(email)
            if not self.password.text():
                self.password.setText("hubdesk-demo")
            self.password.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.server, self.email, self.password, self.code, self.ok, self.demo):
            widget.setEnabled(not busy)

    def submit(self) -> None:
        server, email, password = (
            self.server.text().strip(),
            self.email.text().strip(),
            self.password.text(),
        )
        code = self.code.text().strip() if self.code.isVisible() else None
        if not server:
            self.show_error(self.tr("Enter the server's address."))
            return
        if not _EMAIL.fullmatch(email):
            self.show_error(self.tr("Enter your email address, like name@company.com."))
            return
        if not password:
            self.show_error(self.tr("Enter your password."))
            return
        if code is not None and len(code) != 6:
            self.show_error(self.tr("The 2-step code has 6 digits."))
            return
        self.show_error("")
        self._set_busy(True)
        self._bg.spawn(
            self._sign_in(server, email, password, code or None),
            on_done=self._succeeded,
            on_error=self._failed,
        )

    def _succeeded(self, session: ConsoleSession) -> None:
        self._set_busy(False)
        self.session = session
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AuthFailed) and exc.code == "totp_required":
            self.code_label.show()
            self.code.show()
            self.code.setFocus()
            self.show_error(self.tr("Enter the 6-digit code from your authenticator app."))
            return
        if isinstance(exc, AuthFailed) and exc.code == "totp_invalid":
            self.code.clear()
            self.code.setFocus()
        elif isinstance(exc, AuthFailed) and exc.code == "invalid_credentials":
            self.password.selectAll()
            self.password.setFocus()
        self.show_error(describe(exc))
