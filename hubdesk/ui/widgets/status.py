"""The status bar: online/offline, who, last sync, pull progress, pending writes, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime

from hubdesk.services.sync import PullProgress, PullResult
from hubdesk.ui.controller import Controller
from hubdesk.ui.labels import plain_tooltip
from hubdesk.ui.qt import Qt, QtCore, QTimer, QtWidgets, Signal
from hubdesk.ui.widgets.forms import WARNING_COLOUR


class SyncStatusBar(QtWidgets.QStatusBar):
    conflicts_requested = Signal()

    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.connection = QtWidgets.QLabel()
        self.connection.setAccessibleName(self.tr("Connection"))
        self.who = QtWidgets.QLabel()
        self.who.setTextFormat(Qt.TextFormat.PlainText)  # a person's name, as given
        self.who.setAccessibleName(self.tr("Signed in as"))
        self.synced = QtWidgets.QLabel()
        self.synced.setAccessibleName(self.tr("Last sync"))
        self.progress = QtWidgets.QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.rate = QtWidgets.QLabel()
        self.cancel = QtWidgets.QToolButton()
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel sync"))
        self.cancel.clicked.connect(controller.cancel_sync)
        for widget in (self.progress, self.rate, self.cancel):
            widget.hide()
        self.pending = QtWidgets.QLabel()
        self.pending.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.pending.hide()
        self.conflicts = QtWidgets.QToolButton()
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.setToolTip(self.tr("Changes the server did not take (Ctrl+Shift+K)"))
        self.conflicts.setStyleSheet("QToolButton { color: #d93025; font-weight: 600; }")
        self.conflicts.setAutoRaise(True)
        self.conflicts.clicked.connect(self.conflicts_requested.emit)
        self.conflicts.hide()
        self.keyring = QtWidgets.QLabel(self.tr("Sign-in not remembered"))
        self.keyring.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.keyring.setToolTip(controller.tokens.description)
        self.keyring.setAccessibleName(self.tr("Sign-in storage"))
        self.keyring.setVisible(not controller.tokens.secure)
        # Remarks get a label of their own (QStatusBar.showMessage would paint over the
        # connection state).
        self.remark = QtWidgets.QLabel()
        self.remark.setTextFormat(Qt.TextFormat.PlainText)
        self.remark.setStyleSheet("color: palette(dark);")
        self.remark.setAccessibleName(self.tr("Latest remark"))
        self._remark_timer = QTimer(self)
        self._remark_timer.setSingleShot(True)
        self._remark_timer.timeout.connect(self.remark.clear)
        self.addWidget(self.connection)
        self.addWidget(self.who)
        self.addWidget(self.remark, 1)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.rate)
        self.addPermanentWidget(self.cancel)
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.conflicts)
        self.addPermanentWidget(self.keyring)
        self.addPermanentWidget(self.synced)

        controller.session_changed.connect(self.refresh)
        controller.outbox_changed.connect(self._show_outbox)
        controller.online_changed.connect(self._online_changed)
        controller.sync_started.connect(self._started)
        controller.sync_progress.connect(self._progress)
        controller.sync_finished.connect(self._finished)
        controller.messages.message.connect(self._message)
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._show_last_sync)
        self._ticker.start()
        self.refresh()

    def _online_changed(self, _online: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        session = self.c.session
        if session is None:
            self.connection.setText(self.tr("Not signed in"))
            self.connection.setStyleSheet("")
            self.who.clear()
            self.synced.clear()
            self._show_outbox()
            return
        if self.c.online:
            self.connection.setText("● " + self.tr("Online"))
            self.connection.setStyleSheet("color: #1e8e3e;")
            self.connection.setToolTip(session.account.server_url)
        else:
            self.connection.setText("● " + self.tr("Offline"))
            self.connection.setStyleSheet("color: #d93025;")
            self.connection.setToolTip(plain_tooltip(self.c.last_error or ""))
        self.who.setText(
            self.tr("{person} on {server}").format(
                person=session.account.display_name,
                server=session.account.server_url.split("://", 1)[-1],
            )
        )
        self._show_last_sync()
        self._show_outbox()

    def _show_outbox(self) -> None:
        counts = self.c.counts()
        self.pending.setVisible(counts.pending > 0)
        self.pending.setText(self.tr("%n change(s) waiting to be sent", "", counts.pending))
        self.conflicts.setVisible(counts.conflicts > 0)
        self.conflicts.setText(self.tr("%n conflict(s)", "", counts.conflicts))

    def _show_last_sync(self) -> None:
        last = self.c.last_sync()
        if last is None:
            self.synced.setText(self.tr("Never synced"))
            return
        seconds = int((datetime.now(UTC) - last).total_seconds())
        if seconds < 60:
            text = self.tr("Synced just now")
        elif seconds < 3600:
            text = self.tr("Synced %n minute(s) ago", "", seconds // 60)
        else:
            local = QtCore.QDateTime.fromSecsSinceEpoch(int(last.timestamp()))
            text = self.tr("Synced {when}").format(
                when=QtCore.QLocale().toString(local, QtCore.QLocale.FormatType.ShortFormat)
            )
        self.synced.setText(text)
        self.synced.setToolTip(last.isoformat(timespec="seconds"))

    def _started(self) -> None:
        self.progress.setValue(0)

    def _progress(self, p: PullProgress) -> None:
        # Only a pull with real work shows the bar (a quiet poll stays quiet).
        if p.done and p.pages == 1:
            return
        for widget in (self.progress, self.rate, self.cancel):
            widget.show()
        self.progress.setValue(int(p.fraction * 1000))
        self.rate.setText(
            self.tr("{rows} rows · {rate}/s").format(
                rows=QtCore.QLocale().toString(p.rows), rate=QtCore.QLocale().toString(int(p.rate))
            )
        )

    def _finished(self, _result: PullResult | None) -> None:
        for widget in (self.progress, self.rate, self.cancel):
            widget.hide()
        self.refresh()

    def note(self, text: str, timeout_ms: int = 10_000) -> None:
        """A passing remark beside the connection state (0: until replaced)."""
        first = text.splitlines()[0] if text else ""
        self.remark.setText(first)
        self.remark.setToolTip(plain_tooltip(text) if text else "")
        if first and timeout_ms:
            self._remark_timer.start(timeout_ms)
        else:
            self._remark_timer.stop()

    def _message(self, level: str, text: str) -> None:
        self.note(text, 10_000 if level != "info" else 5_000)
