"""Outgoing mail of the demo server: what invites and notices it "sent" (a real server
hands its mail to SMTP and keeps no mailbox)."""

from __future__ import annotations

from hubdesk.services.errors import ServerRejected
from hubdesk.ui.controller import Controller
from hubdesk.ui.errors import describe
from hubdesk.ui.models.mailbox import MAIL_ROLE, MailboxModel
from hubdesk.ui.qt import Qt, QtGui, QtWidgets
from hubdesk.wire.mail import Mailbox, MailOut


class MailboxDialog(QtWidgets.QDialog):
    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.setWindowTitle(self.tr("Outgoing mail"))
        self.resize(820, 560)
        self.model = MailboxModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Mail sent"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        self.body = QtWidgets.QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Mail text"))
        self.note = QtWidgets.QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        refresh = QtWidgets.QPushButton(self.tr("&Refresh"))
        refresh.setShortcut(QtGui.QKeySequence.StandardKey.Refresh)
        refresh.setAccessibleName(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        close = QtWidgets.QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.close)
        split = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.body)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(refresh)
        buttons.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        session = self.c.session
        if session is None:
            return
        self.note.setText(self.tr("Loading…"))
        self.c.bg.spawn(session.api.mailbox(), on_done=self._loaded, on_error=self._failed)

    def _loaded(self, box: Mailbox) -> None:
        self.model.load(box.mail)
        self.note.setText(self.tr("Mail the demo server sent; nothing left this computer."))
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.model.load([])
        if isinstance(exc, ServerRejected) and exc.status == 404:
            self.note.setText(self.tr("This server sends its mail over SMTP; it keeps no mailbox."))
        else:
            self.note.setText(describe(exc))
        self._show()

    def _show(self) -> None:
        index = self.table.currentIndex()
        mail = index.data(MAIL_ROLE) if index.isValid() else None
        if isinstance(mail, MailOut):
            to = self.tr("To: {address}").format(address=mail.to_address)
            subject = self.tr("Subject: {subject}").format(subject=mail.subject)
            self.body.setPlainText(f"{to}\n{subject}\n\n{mail.body}")
        else:
            self.body.clear()
