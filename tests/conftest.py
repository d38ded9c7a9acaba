"""Shared fixtures: isolated home dirs, a test keyring, demo databases, live servers.

Real parts only: the reference server runs for real (uvicorn on 127.0.0.1, in a
thread), on a real SQLite file or the real PostgreSQL that ``.ci/run`` starts. The only
stand-in is the keyring backend (the OS keyring cannot run here).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any, TypeVar

import httpx
import keyring
import pytest
import uvicorn
from aiosmtpd.controller import Controller
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, select, text

from hubdesk.server.app import create_app
from hubdesk.server.db import Database, migrate
from hubdesk.server.settings import Settings

T = TypeVar("T")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# -- isolation ---------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def hubdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own config/data directories (accounts, caches, settings), and
    no keyring at all unless it asks for ``test_keyring`` (as on a machine without one)."""
    from keyring.backends import fail

    home = tmp_path / "home"
    monkeypatch.setenv("HUBDESK_HOME", str(home))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield home
    keyring.set_keyring(previous)


class MemoryKeyring(KeyringBackend):
    """A keyring backend for tests (the OS keyring is not available here)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def test_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# -- databases -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data set, generated once per test session into an SQLite file."""
    from hubdesk.server.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database.open(f"sqlite:///{path}")
    migrate(db)
    generate_demo(db)
    db.dispose()  # the last connection to close checkpoints the WAL into the file
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database for one test (SQLite)."""
    path = tmp_path / "server.sqlite"
    shutil.copy(demo_template, path)
    db = Database.open(f"sqlite:///{path}")
    yield db
    db.dispose()


def pg_url() -> str | None:
    url = os.environ.get("HUBDESK_TEST_PG_URL")
    if not url and os.environ.get("HUBDESK_REQUIRE_PG") == "1":
        pytest.fail("HUBDESK_REQUIRE_PG=1 but HUBDESK_TEST_PG_URL is not set")
    return url


def reset_pg(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def fresh_pg_database(url: str, suffix: str) -> str:
    """An empty PostgreSQL database of its own next to ``url``'s (made anew), so tests
    that need a clean slate never wipe the session's demo database."""
    base, _, name = url.rpartition("/")
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}_{suffix}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}_{suffix}"'))
    admin.dispose()
    return f"{base}/{name}_{suffix}"


@pytest.fixture(scope="session")
def pg_demo_url() -> str:
    """The real PostgreSQL with a fresh demo data set (once per session; read-mostly)."""
    url = pg_url()
    if not url:
        pytest.skip("PostgreSQL not available (run the suite through .ci/run)")
    from hubdesk.server.demo import generate_demo

    reset_pg(url)
    db = Database.open(url)
    migrate(db)
    generate_demo(db)
    db.dispose()
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_demo_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The demo database on SQLite and on PostgreSQL (each test runs once per backend)."""
    if request.param == "sqlite":
        yield request.getfixturevalue("demo_db")
        return
    db = Database.open(request.getfixturevalue("pg_demo_url"))
    yield db
    db.dispose()


# -- live servers ---------------------------------------------------------------------------


@dataclass
class LiveServer:
    url: str
    db: Database
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def api(self) -> str:
        return self.url + "/api/v1"

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.server.config.app.state.mail.stop()


def start_server(
    db: Database, *, demo: bool = True, port: int = 0, **settings: object
) -> LiveServer:
    """The server on loopback (``port`` 0: any free port; a given one: a restart)."""
    app = create_app(Settings(database_url=db.url, demo=demo, **settings), db)  # type: ignore[arg-type]
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(128)
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    return LiveServer(f"http://127.0.0.1:{port}", db, server, thread)


@pytest.fixture
def live_server(demo_db: Database) -> Iterator[LiveServer]:
    """The reference server on loopback over a private copy of the demo (SQLite)."""
    server = start_server(demo_db)
    yield server
    server.stop()


@pytest.fixture
def any_live_server(any_demo_db: Database) -> Iterator[LiveServer]:
    """The reference server on SQLite and on PostgreSQL."""
    server = start_server(any_demo_db)
    yield server
    server.stop()


# -- small data sets built in a test ---------------------------------------------------------


@dataclass
class PersonSpec:
    id: str
    email: str
    password: str
    totp_secret: str | None


@pytest.fixture
def bare_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite database with only the platform root and the built-in roles."""
    from hubdesk.server.bootstrap import ensure_foundation

    db = Database.open(f"sqlite:///{tmp_path / 'bare.sqlite'}")
    migrate(db)
    with db.writing() as session:
        ensure_foundation(session)
    yield db
    db.dispose()


def add_person(
    db: Database,
    email: str,
    *,
    org_id: str,
    role: str = "administrator",
    password: str = "correct horse battery",
    totp_secret: str | None = None,
) -> PersonSpec:
    """A person with a password (and 2-step secret) and one membership."""
    from hubdesk.domain.permissions import BuiltinRole
    from hubdesk.domain.text import fold
    from hubdesk.models import Membership, Person
    from hubdesk.models.server_only import Credential
    from hubdesk.server.bootstrap import builtin_role_id
    from hubdesk.server.security import hash_password

    with db.writing() as session:
        person = Person(
            email=email,
            display_name=email.split("@")[0].title(),
            name_fold=fold(email),
            totp_enabled=totp_secret is not None,
        )
        session.add(person)
        session.flush()
        session.add(
            Credential(
                person_id=person.id, password_hash=hash_password(password), totp_secret=totp_secret
            )
        )
        session.add(
            Membership(
                person_id=person.id, org_id=org_id, role_id=builtin_role_id(BuiltinRole(role))
            )
        )
        return PersonSpec(person.id, email, password, totp_secret)


# -- a hostile server (real HTTP on loopback, canned answers) -------------------------------


@dataclass
class CannedServer:
    """Answers each path with a canned (status, body, headers); unknown paths get 404."""

    url: str
    answers: dict[str, tuple[int, bytes, dict[str, str]]]
    delay: float = 0.0

    def answer(self, path: str, status: int, body: bytes, **headers: str) -> None:
        self.answers[path] = (status, body, {"content-type": "application/json", **headers})


@pytest.fixture
def canned_server() -> Iterator[CannedServer]:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    answers: dict[str, tuple[int, bytes, dict[str, str]]] = {}
    state = CannedServer("", answers)

    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            if state.delay:
                time.sleep(state.delay)
            path = self.path.split("?", 1)[0]
            status, body, headers = answers.get(
                path, (404, b'{"code":"not_found","detail":"No."}', {})
            )
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _reply

        def log_message(self, *_args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


# -- the console (pytest-qt) -----------------------------------------------------------------


@pytest.fixture
def qasync_loop(qapp: object) -> Iterator[object]:
    """An asyncio loop driven by Qt: coroutines progress whenever qtbot waits."""
    import asyncio
    import concurrent.futures

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    # Plain threads for the loop's own executor work (DNS lookups): qasync's QThreads
    # would abort the process if the loop were collected while one is still running.
    executor = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="test-loop")
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    # qasync marked itself as the running loop; undo that so later tests can asyncio.run()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
    executor.shutdown(wait=True)


@pytest.fixture
def make_console(qasync_loop: object, qtbot: object) -> Iterator[object]:
    """Build consoles (``make_console(options, tokens)``); all are shut down afterwards."""
    from hubdesk.services.tokens import MemoryTokenStore
    from hubdesk.ui.app import Console, Options

    made: list[Console] = []

    def make(options: Options | None = None, tokens: object | None = None) -> Console:
        console = Console(options or Options(), tokens=tokens or MemoryTokenStore())  # type: ignore[arg-type]
        qtbot.addWidget(console.window)  # type: ignore[attr-defined]
        made.append(console)
        return console

    yield make
    for console in made:
        finished: list[bool] = []
        console.bg.spawn(console.shutdown(), on_done=lambda _r, f=finished: f.append(True))
        qtbot.waitUntil(lambda f=finished: bool(f), timeout=10_000)  # type: ignore[attr-defined]


@pytest.fixture
def pg_bare_db() -> Iterator[Database]:
    """A fresh, migrated PostgreSQL database with the platform root and built-in roles."""
    from hubdesk.server.bootstrap import ensure_foundation

    url = pg_url()
    if not url:
        pytest.skip("PostgreSQL not available (run the suite through .ci/run)")
    db = Database.open(fresh_pg_database(url, "bare"))
    migrate(db)
    with db.writing() as session:
        ensure_foundation(session)
    yield db
    db.dispose()


# -- valid wire bodies (for canned servers) ----------------------------------------------------

WIRE_PERSON: dict[str, object] = {
    "id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
    "version": 1,
    "created_at": "2026-11-01T10:00:00Z",
    "updated_at": "2026-11-01T10:00:00Z",
    "email": "ida@nord.dk",
    "display_name": "Ida",
    "name_fold": "ida",
    "phone": None,
    "locale": "da",
    "status": "active",
    "totp_enabled": False,
    "first_sign_in_at": None,
    "last_sign_in_at": None,
}
WIRE_PAIR: dict[str, object] = {
    "access_token": "a",
    "refresh_token": "r",
    "access_expires_in": 900,
    "person": WIRE_PERSON,
}


# -- helpers the service tests share --------------------------------------------------------


def run_async(coro: Callable[[], Awaitable[T]]) -> T:
    """Run a test's scenario coroutine in a fresh event loop."""
    import asyncio

    return asyncio.run(coro())  # type: ignore[arg-type]


def org_named(db: Database, prefix: str) -> Any:
    """The (first) organisation whose name starts with ``prefix``, as the server has it."""
    from hubdesk.models import Organisation

    with db.reading() as s:
        org = s.scalar(select(Organisation).where(Organisation.name.startswith(prefix)))
        assert org is not None
        return org


def add_org(session: Any, name: str, parent: Any, kind: str = "hub") -> Any:
    """A new organisation under ``parent``, added to ``session`` and flushed."""
    from hubdesk.domain.text import fold
    from hubdesk.models import Organisation

    oid = str(uuid.uuid4())
    org = Organisation(
        id=oid,
        parent_id=parent.id,
        path=f"{parent.path}{oid}/",
        depth=parent.depth + 1,
        name=name,
        name_fold=fold(name),
        kind=kind,
    )
    session.add(org)
    session.flush()
    return org


def new_org(db: Database, name: str, parent_id: str | None = None) -> str:
    """A new hub organisation under ``parent_id`` (default: the platform), written
    straight into the server's database; its id."""
    from hubdesk.models import Organisation
    from hubdesk.server.bootstrap import PLATFORM_ID

    with db.writing() as session:
        parent = session.get(Organisation, parent_id or PLATFORM_ID)
        assert parent is not None
        return str(add_org(session, name, parent).id)


def cached_keys(cache: Any) -> set[tuple[str, str]]:
    """(entity type, id) of every entity in a console cache."""
    from hubdesk.models.base import Base
    from hubdesk.models.registry import BY_NAME

    with cache.reading() as conn:
        return {
            (name, entity_id)
            for name, spec in BY_NAME.items()
            for entity_id in conn.scalars(select(Base.metadata.tables[spec.table_name].c.id))
        }


# -- a person's raw push client -------------------------------------------------------------


class Pusher:
    """One person's raw push client over the real API (the console's outbox is tested
    elsewhere)."""

    def __init__(self, server: LiveServer, email: str) -> None:
        self.http = httpx.Client(base_url=server.api, timeout=30)
        token = self.http.post(
            "/auth/login", json={"email": email, "password": "hubdesk-demo"}
        ).json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {token}"
        self.client_id = str(uuid.uuid4())
        self.seq = 0

    def push(self, op: str, entity_id: str, payload: dict[str, Any], base: int = 0) -> Any:
        self.seq += 1
        mutation = {
            "key": str(uuid.uuid4()),
            "seq": self.seq,
            "op": op,
            "entity_id": entity_id,
            "base_version": base,
            "payload": payload,
        }
        answer = self.http.post(
            "/sync/push", json={"client_id": self.client_id, "mutations": [mutation]}
        )
        if answer.status_code != 200:
            return answer
        return answer.json()["results"][0]

    def invite(self, org_id: str, email: str, company: str = "Fjord Studio ApS") -> Any:
        draft = {"org_id": org_id, "email": email, "contact_name": "Ida", "company_name": company}
        return self.push("invite.create", str(uuid.uuid4()), draft)


# -- change pages as plain data ---------------------------------------------------------------


def feed_block(entity_type: str, *entities: dict[str, Any]) -> dict[str, Any]:
    """A change page's block of rows for entities given by their wire fields."""
    from hubdesk.services.cache.rows import wire_row
    from hubdesk.wire.columns import ROW_SHAPES
    from hubdesk.wire.entities import WIRE_MODELS

    model = WIRE_MODELS[entity_type]
    rows = [list(wire_row(entity_type, model.model_validate(e).__dict__)) for e in entities]
    return {"type": entity_type, "columns": list(ROW_SHAPES[entity_type].columns), "rows": rows}


def changes_of(page: dict[str, Any]) -> list[dict[str, Any]]:
    """A change page (parsed JSON) as one change per entity: ``{"op": "upsert", "type",
    "data": {column: value}}``, ``{"op": "delete", "type", "id"}`` or ``{"op": "purge",
    "type", "id", "path"}``."""
    changes: list[dict[str, Any]] = [
        {"op": "upsert", "type": b["type"], "data": dict(zip(b["columns"], row, strict=True))}
        for b in page["upserts"]
        for row in b["rows"]
    ]
    changes += [{"op": "delete"} | gone for gone in page["deletes"]]
    changes += [{"op": "purge"} | gone for gone in page["purges"]]
    return changes


# -- a real SMTP server on loopback (aiosmtpd) -----------------------------------------------


@dataclass
class Inbox:
    """What a real SMTP server on loopback received."""

    messages: list[Any] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        with self.lock:
            self.messages.append(
                (envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default))
            )
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()
