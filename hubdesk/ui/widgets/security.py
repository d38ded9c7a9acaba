"""The signed-in person's own security (File › Security…): 2-step sign-in on or off, and
the consoles signed in as them — sign one out, or all the others. Each change goes to
the server at once (it needs the server) and is audited there."""

from __future__ import annotations

import io
from collections.abc import Callable, Coroutine
from typing import Any

import segno

from hubdesk.services.errors import ServerRejected
from hubdesk.ui.controller import Controller
from hubdesk.ui.errors import describe
from hubdesk.ui.models.security import SessionsModel
from hubdesk.ui.qt import Qt, QtGui, QtWidgets
from hubdesk.ui.widgets.forms import problem_label
from hubdesk.wire.security import SessionOut, TwoStepSetup

QR_PIXELS = 200


def code_of(text: str) -> str | None:
    """The 6 digits typed (spaces allowed), or None."""
    digits = "".join(text.split())
    return digits if len(digits) == 6 and digits.isdigit() else None


class SecurityDialog(QtWidgets.QDialog):
    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.busy = False
        self.setup: TwoStepSetup | None = None
        self.two_step_on = False
        session = controller.session
        who = session.account.email if session is not None else ""
        self.setWindowTitle(self.tr("Security of {who}").format(who=who))
        self.resize(720, 620)

        self.state = QtWidgets.QLabel()
        self.state.setWordWrap(True)
        self.toggle = QtWidgets.QPushButton()
        self.toggle.clicked.connect(lambda _c=False: self._toggle())
        # turning on: the app's QR code and key, then a code from it
        self.qr = QtWidgets.QLabel()
        self.qr.setAccessibleName(self.tr("QR code for the authenticator app"))
        self.key = QtWidgets.QLabel()
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Key for the authenticator app"))
        self.code = QtWidgets.QLineEdit()
        self.code.setPlaceholderText(self.tr("6-digit code"))
        self.code.setAccessibleName(self.tr("Code from the authenticator app"))
        self.code.setMaxLength(7)
        self.password = QtWidgets.QLineEdit()
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.confirm = QtWidgets.QPushButton()
        self.confirm.clicked.connect(lambda _c=False: self._confirm())
        self.code.returnPressed.connect(self._confirm)
        self.steps = QtWidgets.QWidget()
        steps = QtWidgets.QGridLayout(self.steps)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.addWidget(self.qr, 0, 0, 4, 1)
        steps.addWidget(self.key, 0, 1)
        steps.addWidget(self.password, 1, 1)
        steps.addWidget(self.code, 2, 1)
        steps.addWidget(self.confirm, 3, 1, Qt.AlignmentFlag.AlignLeft)
        self.steps.hide()
        two_step = QtWidgets.QGroupBox(self.tr("2-step sign-in"))
        box = QtWidgets.QVBoxLayout(two_step)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.toggle)
        box.addLayout(row)
        box.addWidget(self.steps)

        self.sessions = SessionsModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.sessions)
        self.table.setAccessibleName(self.tr("Signed-in consoles"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.sign_out = QtWidgets.QPushButton(self.tr("&Sign out this one"))
        self.sign_out.setAccessibleName(self.tr("Sign out the selected console"))
        self.sign_out.clicked.connect(lambda _c=False: self._sign_out())
        self.sign_out_others = QtWidgets.QPushButton(self.tr("Sign out all &others"))
        self.sign_out_others.setAccessibleName(self.tr("Sign out every other console"))
        self.sign_out_others.clicked.connect(lambda _c=False: self._sign_out_others())
        consoles = QtWidgets.QGroupBox(self.tr("Signed-in consoles"))
        box = QtWidgets.QVBoxLayout(consoles)
        box.addWidget(self.table, 1)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sign_out)
        row.addWidget(self.sign_out_others)
        box.addLayout(row)

        self.note = QtWidgets.QLabel()
        self.note.setWordWrap(True)
        self.problem = problem_label()
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(two_step)
        layout.addWidget(consoles, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.reload()

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the server how things stand (the person's 2-step state, the sessions)."""
        session = self.c.session
        if session is None:
            return
        api = session.api

        async def load() -> tuple[bool, list[SessionOut]]:
            me = await api.me()
            return me.person.totp_enabled, (await api.my_sessions()).sessions

        def shown(result: tuple[bool, list[SessionOut]]) -> None:
            self.two_step_on, sessions = result
            self.sessions.load(sessions)
            self.table.resizeColumnsToContents()
            self.note.setText(
                self.tr("These change at the server, at once, and are recorded in the audit log.")
            )
            self._show_state()

        self._run(load(), shown)

    def _show_state(self) -> None:
        if self.two_step_on:
            self.state.setText(
                self.tr("On: signing in asks for a code from your authenticator app.")
            )
            self.toggle.setText(self.tr("Turn &off…"))
        else:
            self.state.setText(self.tr("Off: signing in needs only your password."))
            self.toggle.setText(self.tr("Turn &on…"))
        self._enable()

    def _enable(self) -> None:
        online = self.c.session is not None and not self.busy
        self.toggle.setEnabled(online)
        self.confirm.setEnabled(online)
        current = self.sessions.item(self.table.currentIndex())
        self.sign_out.setEnabled(online and current is not None and not current.current)
        others = any(not s.current for s in self.sessions.rows())
        self.sign_out_others.setEnabled(online and others)

    # -- 2-step sign-in --------------------------------------------------------------------------

    def _toggle(self) -> None:
        self.problem.hide()
        if self.steps.isVisible():  # cancel: nothing changes until a code is confirmed
            self.steps.hide()
            self.setup = None
            self._show_state()
            return
        if self.two_step_on:
            self.setup = None
            self.qr.hide()
            self.key.hide()
            self.password.show()
            self.confirm.setText(self.tr("Turn 2-step sign-in &off"))
            self.toggle.setText(self.tr("&Cancel"))
            self.steps.show()
            self.password.setFocus()
            return
        session = self.c.session
        if session is None:
            return

        def started(setup: TwoStepSetup) -> None:
            self.setup = setup
            self.qr.setPixmap(qr_pixmap(setup.uri))
            self.qr.show()
            key = " ".join(setup.secret[i : i + 4] for i in range(0, len(setup.secret), 4))
            self.key.setText(
                self.tr(
                    "Scan the code with your authenticator app, or enter this key:\n{key}"
                ).format(key=key)
            )
            self.key.show()
            self.password.hide()
            self.confirm.setText(self.tr("Turn 2-step sign-in &on"))
            self.toggle.setText(self.tr("&Cancel"))
            self.steps.show()
            self.code.setFocus()

        self._run(session.api.two_step_start(), started)

    def _confirm(self) -> None:
        session = self.c.session
        code = code_of(self.code.text())
        if session is None or self.busy:
            return
        if code is None:
            self._problem(self.tr("Enter the 6 digits the app shows now."))
            return
        if self.two_step_on:
            if not self.password.text():
                self._problem(self.tr("Enter your password as well."))
                return
            work: Coroutine[Any, Any, None] = session.api.two_step_disable(
                self.password.text(), code
            )
        else:
            work = session.api.two_step_enable(code)

        def done(_result: None) -> None:
            self.two_step_on = not self.two_step_on
            self.code.clear()
            self.password.clear()
            self.steps.hide()
            self.c.messages.info(
                self.tr("2-step sign-in is on.")
                if self.two_step_on
                else self.tr("2-step sign-in is off.")
            )
            self._show_state()

        self._run(work, done)

    # -- sessions -------------------------------------------------------------------------------

    def _sign_out(self) -> None:
        session = self.c.session
        chosen = self.sessions.item(self.table.currentIndex())
        if session is None or chosen is None or chosen.current:
            return
        self._run(session.api.revoke_session(chosen.id), lambda _n: self.reload())

    def _sign_out_others(self) -> None:
        session = self.c.session
        if session is None:
            return
        asked = QtWidgets.QMessageBox.question(
            self,
            self.tr("Sign out all others"),
            self.tr("Sign out every other console signed in as you? This one stays signed in."),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel,
        )
        if asked != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        self.sign_out_everywhere_now()

    def sign_out_everywhere_now(self) -> None:
        """Sign out every other console (what the confirmed question does)."""
        session = self.c.session
        if session is not None:
            self._run(session.api.revoke_other_sessions(), lambda _n: self.reload())

    # -- running ---------------------------------------------------------------------------------

    def _run(self, work: Coroutine[Any, Any, Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        self.problem.hide()
        self._enable()

        def finished(result: Any) -> None:
            self.busy = False
            done(result)
            self._enable()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._problem(self._reason(exc))
            self._enable()

        self.c.bg.spawn(work, on_done=finished, on_error=failed)

    def _reason(self, exc: BaseException) -> str:
        if isinstance(exc, ServerRejected):
            by_code = {
                "totp_invalid": self.tr(
                    "The code is wrong or was used already. Wait for a new one."
                ),
                "invalid_credentials": self.tr("The password or the code is wrong."),
                "forbidden": self.tr(
                    "While logged in as someone, their security cannot be changed."
                ),
            }
            if exc.code in by_code:
                return by_code[exc.code]
        return describe(exc)

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def qr_pixmap(uri: str) -> QtGui.QPixmap:
    """The otpauth URI as a QR code (segno), scaled to about QR_PIXELS."""
    code = segno.make(uri, error="m")
    buffer = io.BytesIO()
    scale = max(2, QR_PIXELS // code.symbol_size(scale=1, border=2)[0])
    code.save(buffer, kind="png", scale=scale, border=2)
    pixmap = QtGui.QPixmap()
    pixmap.loadFromData(buffer.getvalue())
    return pixmap
