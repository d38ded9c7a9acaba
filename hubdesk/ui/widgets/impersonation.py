""" "Log in as": the action that opens a sub-account as its owner sees it, and the banner
that stays on screen as long as that lasts — who you see it as, who you really are, when
it ends, and the way back.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hubdesk.domain.permissions import Permission, parent_path
from hubdesk.services.cache.queries import OrgDetail
from hubdesk.services.session import ConsoleSession
from hubdesk.ui.controller import Controller
from hubdesk.ui.errors import describe
from hubdesk.ui.qt import QObject, Qt, QtCore, QtGui, QTimer, QtWidgets
from hubdesk.wire.auth import ImpersonationOut


class ImpersonationBanner(QtWidgets.QFrame):
    """Always visible while a "log in as" session is current (above everything else)."""

    return_requested = QtCore.Signal()
    ended = QtCore.Signal()  # the grant's time is over

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impersonationBanner")
        self.setStyleSheet(
            "#impersonationBanner { background: #fef7e0; border-bottom: 2px solid #f29900; }"
            " QLabel { color: #3c2a00; }"
        )
        self.setAccessibleName(self.tr("Logged in as someone else"))
        self.text = QtWidgets.QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.back = QtWidgets.QPushButton(self.tr("&Return to my account"))
        self.back.setAccessibleName(self.tr("Return to my account"))
        self.back.setShortcut(QtGui.QKeySequence("Ctrl+Shift+R"))
        self.back.clicked.connect(self.return_requested.emit)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        icon = QtWidgets.QLabel()
        icon.setPixmap(
            self.style()
            .standardIcon(QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning)
            .pixmap(20, 20)
        )
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.back)
        self.grant: ImpersonationOut | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(15_000)
        self._timer.timeout.connect(self._tick)
        self.hide()

    def show_for(self, session: ConsoleSession | None) -> None:
        self.grant = session.impersonation if session is not None else None
        self.setVisible(self.grant is not None)
        if self.grant is None:
            self._timer.stop()
            return
        self._timer.start()
        self._tick()

    def minutes_left(self, now: datetime | None = None) -> int:
        if self.grant is None:
            return 0
        left = (self.grant.ends_at - (now or datetime.now(UTC))).total_seconds()
        return max(0, int(left // 60) + (1 if left % 60 else 0))

    def _tick(self) -> None:
        grant = self.grant
        if grant is None:
            return
        ends = QtCore.QDateTime.fromSecsSinceEpoch(int(grant.ends_at.timestamp()))
        self.text.setText(
            self.tr(
                "You are viewing {org} as {owner}. You are {real}: everything you do here is "
                "recorded with both names. This ends at {time} ({minutes} min left)."
            ).format(
                org=grant.org_name,
                owner=grant.owner.display_name,
                real=grant.impersonator_name,
                time=QtCore.QLocale().toString(ends.time(), QtCore.QLocale.FormatType.ShortFormat),
                minutes=self.minutes_left(),
            )
        )
        if self.minutes_left() == 0:
            self._timer.stop()
            self.ended.emit()


class LogInAs(QObject):
    """The "Log in as owner…" action of the selected organisation, and the way back."""

    def __init__(self, controller: Controller, window: QtWidgets.QWidget) -> None:
        super().__init__(window)
        self.c = controller
        self.window = window
        self.org: OrgDetail | None = None
        self.action = QtGui.QAction(self.tr("Log &in as its owner…"), window)
        self.action.setToolTip(
            self.tr("See and work in the selected sub-account as its owner does, for a while")
        )
        self.action.setEnabled(False)
        self.action.triggered.connect(self.ask)
        self.banner = ImpersonationBanner(window)
        self.banner.return_requested.connect(self.go_back)
        self.banner.ended.connect(self.go_back)
        controller.session_changed.connect(lambda: self.banner.show_for(controller.session))

    def allowed(self, detail: OrgDetail | None) -> bool:
        """Whether the signed-in person may log in as ``detail``'s owner (not from inside
        another "log in as")."""
        session = self.c.session
        if detail is None or session is None or session.opened_from is not None:
            return False
        above = parent_path(detail.path)  # the sub-account of an org of mine
        return detail.lifecycle == "active" and self.c.may(Permission.IMPERSONATE, above)

    def selection_changed(self, detail: OrgDetail | None) -> None:
        self.org = detail
        self.action.setEnabled(self.allowed(detail))

    def ask(self) -> None:
        org = self.org
        if org is None or not self.allowed(org):
            return
        answer = QtWidgets.QMessageBox.question(
            self.window,
            self.tr("Log in as the owner"),
            self.tr(
                "Open {org} as its owner sees it? For a limited time you see and act as the "
                "owner; everything you do is recorded with your name too."
            ).format(org=org.name),
            QtWidgets.QMessageBox.StandardButton.Ok | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel,
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Ok:
            self.c.bg.spawn(
                self.c.log_in_as(org.id),
                on_error=lambda exc: self.c.messages.error(describe(exc)),
            )

    def go_back(self) -> None:
        self.c.bg.spawn(
            self.c.return_to_own(), on_error=lambda exc: self.c.messages.error(describe(exc))
        )
