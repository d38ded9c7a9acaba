"""Inviting sub-accounts from a CSV file: a dry run row by row, then one invite per good row.

Reading, checking and queueing run off the GUI thread; nothing is queued before the
person chooses Send, and each row goes into the outbox whole or not at all.
"""

from __future__ import annotations

from pathlib import Path

from hubdesk.services import invite_file
from hubdesk.services.cache import queries
from hubdesk.services.invite_file import FileProblem, InviteRow, Queued, Verdict
from hubdesk.ui.controller import Controller
from hubdesk.ui.errors import describe
from hubdesk.ui.models.invite_file import InviteFileModel
from hubdesk.ui.qt import Qt, QtGui, QtWidgets
from hubdesk.ui.widgets.forms import problem_label

OPEN = ("pending", "accepted")
SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}


class InviteFileDialog(QtWidgets.QDialog):
    def __init__(
        self,
        controller: Controller,
        org_id: str,
        org_name: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.c = controller
        self.org_id = org_id
        self.setWindowTitle(self.tr("Invite from a file to {name}").format(name=org_name))
        self.resize(860, 520)
        about = QtWidgets.QLabel(
            self.tr(
                "Choose a CSV file whose first line names the columns email, contact person "
                "and company name, in any order. You see what will happen to each row before "
                "anything is sent."
            )
        )
        about.setWordWrap(True)
        self.choose = QtWidgets.QPushButton(self.tr("&Choose file…"))
        self.choose.setShortcut(QtGui.QKeySequence.StandardKey.Open)
        self.choose.setAccessibleName(self.tr("Choose a CSV file"))
        self.choose.clicked.connect(self.choose_file)
        self.file_info = QtWidgets.QLabel()
        self.file_info.setTextFormat(Qt.TextFormat.PlainText)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file_info, 1)
        self.problem = problem_label()
        self.model = InviteFileModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary = QtWidgets.QLabel()
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.send = self.buttons.addButton(
            self.tr("&Send invites"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send.setAccessibleName(self.tr("Send the invites"))
        self.send.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.send.clicked.connect(self.apply)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    # -- reading and the dry run -------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a CSV file"),
            "",
            self.tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.load_path(Path(path))

    def load_path(self, path: Path) -> None:
        """Read ``path`` and show the dry run (off the GUI thread)."""

        def read() -> bytes:
            with path.open("rb") as handle:
                return handle.read(invite_file.MAX_BYTES + 1)

        async def load() -> None:
            try:
                data = await self.c.bg.run(read)
            except OSError as exc:
                self._show_problem(
                    self.tr("The file cannot be read: {reason}").format(
                        reason=exc.strerror or str(exc)
                    )
                )
                return
            await self.load_bytes(data, path.name)

        self.c.bg.spawn(load(), on_error=lambda exc: self._show_problem(describe(exc)))

    async def load_bytes(self, data: bytes, name: str) -> None:
        session = self.c.session
        if session is None:
            return
        org_id = self.org_id

        def check() -> tuple[invite_file.InviteFile, list[InviteRow]]:
            file = invite_file.read(data)
            with session.cache.reading() as conn:
                open_emails = [i.email for i in queries.invites(conn, org_id) if i.status in OPEN]
            return file, invite_file.dry_run(file, org_id, open_emails)

        try:
            file, rows = await self.c.bg.run(check)
        except FileProblem as problem:
            self.model.load([])
            self.file_info.setText(name)
            self._show_problem(self._problem_text(problem))
            self._update()
            return
        self.problem.hide()
        separator = SEPARATOR_NAMES.get(file.separator, file.separator)
        self.file_info.setText(
            self.tr("{name}: {encoding}, fields separated by {separator}").format(
                name=name, encoding=file.encoding, separator=self._separator_text(separator)
            )
        )
        self.model.load(rows)
        self.table.resizeColumnsToContents()
        self._update()

    def _separator_text(self, name: str) -> str:
        return {
            "comma": self.tr("commas"),
            "semicolon": self.tr("semicolons"),
            "tab": self.tr("tabs"),
            "bar": self.tr("vertical bars"),
        }.get(name, name)

    def _problem_text(self, problem: FileProblem) -> str:
        if problem.code == "missing_columns":
            names = {
                "email": self.tr("email"),
                "contact_name": self.tr("contact person"),
                "company_name": self.tr("company name"),
            }
            missing = ", ".join(names.get(m, m) for m in problem.missing)
            return self.tr(
                "The first line must name the columns email, contact person and company "
                "name. Missing: {missing}."
            ).format(missing=missing)
        texts = {
            "too_large": self.tr("The file is too large for an invite list (over 2 MB)."),
            "bad_encoding": self.tr("The file's text encoding is damaged."),
            "binary": self.tr("This is not a text file. Save the sheet as CSV and try again."),
            "empty": self.tr("The file is empty."),
            "one_column": self.tr(
                "The first line names only one column. It must name the email, contact "
                "person and company name columns, separated by commas, semicolons or tabs."
            ),
            "too_many_rows": self.tr("The file has more than 5,000 rows; split it up."),
            "not_csv": self.tr("The file is not valid CSV: {reason}").format(reason=str(problem)),
        }
        return texts.get(problem.code, str(problem))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _update(self, done: list[Queued] | None = None) -> None:
        rows = self.model.rows()
        good = sum(1 for r in rows if r.verdict is Verdict.INVITE)
        refused = len(rows) - good
        if done is not None:
            queued = sum(1 for q in done if not q.error)
            self.summary.setText(
                self.tr("%n invite(s) queued; they go out with the next sync.", "", queued)
            )
            self.send.setEnabled(False)
            return
        self.summary.setText(
            self.tr("%n row(s) will be invited", "", good)
            + " · "
            + self.tr("%n refused", "", refused)
        )
        self.send.setText(self.tr("&Send %n invite(s)", "", good))
        self.send.setEnabled(good > 0)

    # -- applying ----------------------------------------------------------------------------

    def apply(self) -> None:
        rows = [r for r in self.model.rows() if r.verdict is Verdict.INVITE]
        if not rows:
            return
        self.send.setEnabled(False)
        self.choose.setEnabled(False)

        def shown(done: list[Queued]) -> None:
            self.model.set_queued(done)
            self.choose.setEnabled(True)
            self._update(done)

        def failed(exc: BaseException) -> None:
            self.choose.setEnabled(True)
            self._show_problem(describe(exc))

        self.c.bg.spawn(self.c.invite_from_file(rows), on_done=shown, on_error=failed)
