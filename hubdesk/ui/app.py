"""Starting the console: Qt application, qasync loop, first sign-in, main window."""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import qasync

from hubdesk.services.accounts import AccountBook, data_dir
from hubdesk.services.api import normalise_server_url
from hubdesk.services.embedded import EmbeddedServer
from hubdesk.services.engine import Timing
from hubdesk.services.errors import AuthFailed
from hubdesk.services.session import ConsoleSession
from hubdesk.services.tokens import TokenStore, default_token_store
from hubdesk.ui.controller import Controller
from hubdesk.ui.errors import describe
from hubdesk.ui.main_window import MainWindow
from hubdesk.ui.qt import QCoreApplication, QtCore, QtWidgets
from hubdesk.ui.settings import make_settings
from hubdesk.ui.tasks import Background, ChangeBus, MessageBridge
from hubdesk.ui.widgets.sign_in import SignInDialog

log = logging.getLogger(__name__)
DEMO_SUPPORT = ("support@hubdesk.example", "hubdesk-demo")


@dataclass(frozen=True)
class Options:
    demo: bool = False
    fresh_demo: bool = False
    server: str | None = None
    timing: Timing | None = None  # the sync engine's intervals (None: the defaults)


TRANSLATIONS = Path(__file__).parent / "translations"


def install_translators(
    app: QtCore.QCoreApplication, locale: QtCore.QLocale | None = None
) -> list[str]:
    """Load the console's and Qt's own translations for ``locale`` (default: the system's).

    Returns the files loaded. English is the source language; its file holds only the
    plural forms, and it is also what a language without a translation gets.
    """
    locale = locale or QtCore.QLocale()
    qt_folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name, folder in (("hubdesk", str(TRANSLATIONS)), ("qtbase", qt_folder)):
        translator = QtCore.QTranslator(app)
        found = translator.load(locale, name, "_", folder)
        if not found and name == "hubdesk":
            # a language we do not ship: English, with its plural forms ("1 conflict")
            found = translator.load("hubdesk_en", folder)
        if found:
            app.installTranslator(translator)
            loaded.append(translator.filePath())
    return loaded


class Console:
    """Wires the parts together and runs the first sign-in."""

    def __init__(self, options: Options, tokens: TokenStore | None = None) -> None:
        self.options = options
        self.bg = Background()
        self.bus = ChangeBus()
        self.messages = MessageBridge()
        self.bg.on_unhandled = lambda exc: self.messages.error(describe(exc))
        self.tokens = tokens or default_token_store()
        self.book = AccountBook()
        self.controller = Controller(
            self.book, self.tokens, self.bg, self.bus, self.messages, timing=options.timing
        )
        self.window = MainWindow(self.controller, make_settings())
        self.window.add_account_requested.connect(lambda: self.ask_sign_in())
        self.embedded: EmbeddedServer | None = None
        self.demo_sign_ins: list[str] = []
        self.sign_in_dialog: SignInDialog | None = None
        self.server_url = normalise_server_url(options.server) if options.server else ""

    def start(self) -> None:
        self.bg.spawn(self._start(), on_error=self._start_failed)

    async def _start(self) -> None:
        if self.options.demo:
            self.window.status.note(
                QCoreApplication.translate("Console", "Starting the demo server…"), 0
            )
            self.embedded = EmbeddedServer(
                data_dir() / "demo-server", fresh=self.options.fresh_demo
            )
            self.server_url = await self.bg.run(self.embedded.start)
            self.demo_sign_ins = self.embedded.sign_ins
            self.window.status.note("")
        accounts = [
            a for a in self.book.all() if not self.server_url or a.server_url == self.server_url
        ]
        for account in accounts[:1]:
            try:
                session = await self.controller.switch(account)
            except AuthFailed:
                continue
            self.controller.adopt(session)
            return
        if self.options.demo:
            session = await self.controller.sign_in(self.server_url, *DEMO_SUPPORT, None)
            self.controller.adopt(session)
            return
        self.ask_sign_in()

    def _start_failed(self, exc: BaseException) -> None:
        log.warning("start-up failed", exc_info=exc)
        self.messages.error(describe(exc))
        if not self.options.demo:
            self.ask_sign_in()

    def ask_sign_in(self) -> SignInDialog:
        dialog = SignInDialog(
            self.controller.sign_in,
            self.bg,
            server_url=self.server_url,
            server_fixed=self.options.demo,
            demo_accounts=self.demo_sign_ins,
            parent=self.window,
        )

        def accepted() -> None:
            if dialog.session is not None:
                self.adopt(dialog.session)

        dialog.accepted.connect(accepted)
        dialog.open()
        self.sign_in_dialog = dialog
        return dialog

    def adopt(self, session: ConsoleSession) -> None:
        self.controller.adopt(session)

    async def shutdown(self) -> None:
        await self.controller.close_all()
        self.bg.shutdown()
        if self.embedded is not None:
            self.embedded.stop()


def run(options: Options) -> int:
    logging.basicConfig(level=logging.WARNING)
    QCoreApplication.setOrganizationName("hubdesk")
    QCoreApplication.setApplicationName("hubdesk")
    app = QtWidgets.QApplication(sys.argv)
    app.setApplicationDisplayName("hubdesk")
    install_translators(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    console = Console(options)
    console.window.show()
    closing = asyncio.Event()
    app.lastWindowClosed.connect(closing.set)
    with loop:
        loop.call_soon(console.start)
        loop.run_until_complete(closing.wait())
        loop.run_until_complete(console.shutdown())
    return 0
