"""Developer and CI entry point for hubdesk (stdlib only, Python 3.11+).

Usage (from anywhere; paths are relative to the repository root)::

    python3 tools/dev.py demo [ARGS...]   # run the console: .venv/bin/hubdesk --demo ARGS...
    python3 tools/dev.py test [ARGS...]   # run pytest ARGS... against a throw-away PostgreSQL
    python3 tools/dev.py pg               # start a throw-away PostgreSQL until Ctrl-C

Every command first makes sure ``.venv`` exists at the repository root and holds an
editable install of the project (``pip install -e .`` for ``demo``, ``-e '.[test]'``
for ``test``).  The install is skipped while ``pyproject.toml`` is unchanged (its
sha256 is recorded in a stamp file inside ``.venv``).  Qt is probed with
``from PySide6 import QtGui`` (for ``demo`` also ``ldd`` on the xcb platform plugin);
when system libraries are missing and we are root on Debian, the Qt runtime packages
are installed with apt-get.  ``demo`` warns when there is no DISPLAY/WAYLAND_DISPLAY.

``test`` starts PostgreSQL (``initdb``/``pg_ctl`` from PATH or the newest
``/usr/lib/postgresql/*/bin``; installed with apt-get when missing and root) on
127.0.0.1 and a free port, with its data in a fresh temp dir, and runs
``.venv/bin/python -m pytest ARGS...`` with::

    HUBDESK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/hubdesk_test
    HUBDESK_REQUIRE_PG=1
    QT_QPA_PLATFORM=offscreen

The exit status is pytest's, except that "no tests collected" (5) becomes 1.
PostgreSQL is stopped and its temp dir removed afterwards, also on Ctrl-C/SIGTERM.
When ``tests/.needs-browser`` exists and ``HUBDESK_NEED_BROWSER`` is not ``0``,
Chromium is made available too and ``HUBDESK_CHROMIUM`` is exported.

As root, initdb/pg_ctl run as the ``postgres`` system user (created if needed).
``pg`` prints ``export HUBDESK_TEST_PG_URL=...`` and keeps the server up until
Ctrl-C/SIGTERM, for running pytest by hand.  CI runs ``bash .ci/run`` (= ``test``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import NoReturn

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
VENV_PY = VENV / "bin" / "python"
PYPROJECT = ROOT / "pyproject.toml"
CONSTRAINTS = ROOT / "constraints.txt"
BROWSER_MARKER = ROOT / "tests" / ".needs-browser"
CHROMIUM = Path("/usr/bin/chromium")

PG_SUPERUSER = "postgres"
PG_DATABASE = "hubdesk_test"
PG_START_TIMEOUT_S = 60
PG_READY_TIMEOUT_S = 30
PG_STOP_TIMEOUT_S = 30
CHILD_GRACE_S = 10
PYTEST_NO_TESTS = 5

QT_PROBE = "from PySide6 import QtGui"
QT_XCB_PLUGIN_PROBE = (
    "import pathlib, PySide6; "
    "print(pathlib.Path(PySide6.__file__).parent / 'Qt/plugins/platforms/libqxcb.so')"
)
QT_PACKAGES = (
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "fonts-dejavu-core",
)
VENV_PACKAGES = ("python3-venv", f"python3.{sys.version_info.minor}-venv")


Env = dict[str, str]


class DevError(Exception):
    """A problem the user has to fix; printed without a traceback, exit status 1."""


class Terminated(BaseException):
    """Raised in the main thread by SIGTERM/SIGHUP so that clean-up code runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


# --------------------------------------------------------------------------- helpers


def log(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)


def is_root() -> bool:
    return os.geteuid() == 0


def can_apt() -> bool:
    return is_root() and shutil.which("apt-get") is not None


def run(cmd: Sequence[str | Path], *, cwd: Path | None = None, env: Env | None = None) -> None:
    """Run a command with no stdin, output to our terminal; raise DevError if it fails."""
    args = [str(c) for c in cmd]
    result = subprocess.run(args, stdin=subprocess.DEVNULL, cwd=cwd, env=env, check=False)
    if result.returncode != 0:
        raise DevError(f"command failed with status {result.returncode}: {' '.join(args)}")


def capture(
    cmd: Sequence[str | Path], *, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command with no stdin and return it with its output (never raises on failure).

    The command gets a session of its own, so a Ctrl-C in the terminal does not reach it
    (nor a postmaster it starts); if *we* are interrupted, its whole group is killed.
    """
    args = [str(c) for c in cmd]
    with subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        start_new_session=True,
    ) as proc:
        try:
            stdout, stderr = proc.communicate()
        except BaseException:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            raise
    return subprocess.CompletedProcess(args, proc.returncode, stdout, stderr)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raise_terminated(signum: int, _frame: FrameType | None) -> NoReturn:
    raise Terminated(signum)


@contextlib.contextmanager
def signals_ignored() -> Iterator[None]:
    """Shield clean-up code from a second Ctrl-C / SIGTERM."""
    saved = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


# ------------------------------------------------------------------------------- apt

_apt_updated = False


def apt_update() -> None:
    global _apt_updated
    if not _apt_updated:
        log("apt-get update")
        run(["apt-get", "-q", "update"], env=apt_env())
        _apt_updated = True


def apt_env() -> Env:
    return {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


def apt_policy(names: Sequence[str]) -> dict[str, tuple[str, str]]:
    """``{package: (installed version, candidate version)}`` from ``apt-cache policy``.

    Unknown packages are absent; apt says ``(none)`` for "not installed"/"no candidate".
    """
    policy: dict[str, tuple[str, str]] = {}
    package, installed = "", ""
    for line in capture(["apt-cache", "policy", *names]).stdout.splitlines():
        key, _, value = line.strip().partition(": ")
        if line and not line[0].isspace() and line.endswith(":"):
            package = line[:-1]
        elif key == "Installed":
            installed = value
        elif key == "Candidate":
            policy[package] = (installed, value)
    return policy


def apt_install(names: Sequence[str], *, recommends: bool = False) -> None:
    """Install those of ``names`` that apt knows and that are not installed yet."""
    apt_update()
    policy = apt_policy(names)
    if unknown := [name for name in names if policy.get(name, ("", "(none)"))[1] == "(none)"]:
        log(f"not available from apt, skipped: {' '.join(unknown)}")
    wanted = [n for n in names if n not in unknown and policy[n][0] == "(none)"]
    if not wanted:
        log(f"already installed: {' '.join(n for n in names if n not in unknown)}")
        return
    extra = [] if recommends else ["--no-install-recommends"]
    log(f"apt-get install {' '.join(wanted)}")
    cmd = ["apt-get", "-q", "-y", "-o", "DPkg::Lock::Timeout=300", "install", *extra, *wanted]
    run(cmd, env=apt_env())


# ------------------------------------------------------------------------------ venv


def venv_usable() -> bool:
    return VENV_PY.exists() and (VENV / "bin" / "pip").exists()


def try_create_venv() -> bool:
    log(f"creating {VENV} with {sys.executable}")
    result = capture([sys.executable, "-m", "venv", "--clear", VENV])
    if result.returncode != 0:
        log(f"venv creation failed:\n{result.stdout}{result.stderr}".rstrip())
    return result.returncode == 0 and venv_usable()


def ensure_venv() -> None:
    if venv_usable() or try_create_venv():
        return
    packages = " ".join(VENV_PACKAGES)
    if not can_apt():
        raise DevError(
            f"cannot create {VENV}: Python's venv/ensurepip support is missing. "
            f"Install it (Debian: apt-get install {packages}) and try again."
        )
    apt_install(VENV_PACKAGES)
    if not try_create_venv():
        raise DevError(f"cannot create {VENV} even after installing {packages}")


def ensure_installed(spec: str, stamp_name: str) -> None:
    """``pip install -e SPEC`` (pinned by constraints.txt) unless the stamp says this
    pyproject.toml and constraints.txt are what is installed."""
    stamp = VENV / f".hubdesk-{stamp_name}.sha256"
    digest = sha256_of(PYPROJECT) + ":" + sha256_of(CONSTRAINTS)
    if stamp.is_file() and stamp.read_text().strip() == digest:
        return
    log(f"pip install -e '{spec}' (this takes a while the first time)")
    pip: list[str | Path] = [VENV_PY, "-m", "pip", "install", "--quiet", "--no-input"]
    pinned = ["--constraint", str(CONSTRAINTS)]
    run([*pip, "--disable-pip-version-check", *pinned, "--editable", spec], cwd=ROOT)
    stamp.write_text(digest + "\n")


def prepare_venv(spec: str, stamp_name: str) -> None:
    ensure_venv()
    ensure_installed(spec, stamp_name)


# -------------------------------------------------------------------------------- Qt


def qt_problem(*, desktop: bool) -> tuple[str, bool]:
    """Why Qt cannot load, and whether a system library is to blame ("" when it loads).

    ``from PySide6 import QtGui`` does not load the xcb platform plugin, which needs
    more X libraries; with ``desktop`` those are checked with ``ldd`` as well.
    """
    result = capture([VENV_PY, "-c", QT_PROBE])
    if result.returncode != 0:
        error = result.stderr.strip()
        return error, "cannot open shared object file" in error
    if desktop and (missing := missing_libraries(xcb_plugin())):
        return f"the Qt xcb platform plugin needs: {' '.join(missing)}", True
    return "", False


def xcb_plugin() -> Path:
    result = capture([VENV_PY, "-c", QT_XCB_PLUGIN_PROBE])
    return Path(result.stdout.strip())


def missing_libraries(library: Path) -> list[str]:
    """Shared libraries ``library`` needs that the dynamic loader cannot find."""
    if not library.is_file() or shutil.which("ldd") is None:
        return []
    output = capture(["ldd", library]).stdout
    return sorted({line.split()[0] for line in output.splitlines() if "not found" in line})


def ensure_qt(*, desktop: bool = False) -> None:
    """Make sure PySide6 finds its system libraries, installing them if we may."""
    error, library_missing = qt_problem(desktop=desktop)
    if not error:
        return
    if not library_missing:
        raise DevError(f"PySide6 does not import:\n{error}")
    if not can_apt():
        raise DevError(
            f"Qt cannot load a system library:\n{error}\n"
            f"Install the Qt runtime libraries (Debian: apt-get install {' '.join(QT_PACKAGES)})."
        )
    log(f"Qt is missing system libraries ({error.splitlines()[-1]}); installing them")
    apt_install(QT_PACKAGES)
    error, _ = qt_problem(desktop=desktop)
    if error:
        raise DevError(f"Qt still cannot load after installing its libraries:\n{error}")


def warn_if_headless() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    log(
        "no DISPLAY or WAYLAND_DISPLAY: the console needs a desktop session. "
        "For screenshots without one, run with QT_QPA_PLATFORM=offscreen."
    )


# -------------------------------------------------------------------------- Chromium


def browser_wanted() -> bool:
    return os.environ.get("HUBDESK_NEED_BROWSER") != "0" and BROWSER_MARKER.exists()


def ensure_chromium() -> None:
    """Make Chromium and chromedriver available and export HUBDESK_CHROMIUM."""
    if not CHROMIUM.exists():
        if not can_apt():
            raise DevError(
                f"{CHROMIUM} is missing (Debian: apt-get install chromium chromium-driver)"
            )
        apt_install(["chromium", "chromium-driver"], recommends=True)
        if not CHROMIUM.exists():
            raise DevError(f"{CHROMIUM} is still missing after installing chromium")
    os.environ["HUBDESK_CHROMIUM"] = str(CHROMIUM)


# ------------------------------------------------------------------------ PostgreSQL


def version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name))


def find_pg_bindir() -> Path | None:
    """Directory holding initdb and pg_ctl: from PATH, else the newest Debian install."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return Path(initdb).resolve().parent
    candidates = [
        bindir
        for bindir in Path("/usr/lib/postgresql").glob("*/bin")
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists()
    ]
    return max(candidates, key=version_key, default=None)


def require_pg_bindir() -> Path:
    bindir = find_pg_bindir()
    if bindir is None and can_apt():
        log("PostgreSQL server binaries not found; installing them")
        apt_install(["postgresql"])
        bindir = find_pg_bindir()
    if bindir is None:
        raise DevError(
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or under "
            "/usr/lib/postgresql/*/bin (Debian: apt-get install postgresql)"
        )
    return bindir


def pg_tool(bindir: Path, name: str) -> str:
    path = bindir / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        raise DevError(f"PostgreSQL tool {name!r} not found next to {bindir} or on PATH")
    return found


def pg_user_prefix() -> list[str]:
    """Command prefix to run server tools: as root they must run as ``postgres``."""
    if not is_root():
        return []
    try:
        pwd.getpwnam(PG_SUPERUSER)
    except KeyError:
        log(f"creating system user {PG_SUPERUSER!r}")
        run(["useradd", "--system", "--user-group", PG_SUPERUSER])
    return ["runuser", "-u", PG_SUPERUSER, "--"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def conf_quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass
class PgServer:
    """A throw-away PostgreSQL cluster living in ``tmpdir``."""

    bindir: Path
    tmpdir: Path
    port: int
    prefix: list[str]

    @property
    def datadir(self) -> Path:
        return self.tmpdir / "data"

    @property
    def sockdir(self) -> Path:
        return self.tmpdir / "sock"

    @property
    def logfile(self) -> Path:
        return self.tmpdir / "postgres.log"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{PG_SUPERUSER}@127.0.0.1:{self.port}/{PG_DATABASE}"

    def version(self) -> str:
        """E.g. ``15.18 (Debian 15.18-0+deb12u1)``."""
        output = capture([pg_tool(self.bindir, "pg_ctl"), "--version"]).stdout.strip()
        return output.removeprefix("pg_ctl (PostgreSQL) ")

    def server_cmd(self, tool: str, *args: str | Path) -> list[str | Path]:
        return [*self.prefix, pg_tool(self.bindir, tool), *args]

    def prepare_dirs(self) -> None:
        self.sockdir.mkdir()
        self.logfile.touch()
        if self.prefix:
            for path in (self.tmpdir, self.sockdir, self.logfile):
                shutil.chown(path, user=PG_SUPERUSER, group=None)

    def initdb(self) -> None:
        cmd = self.server_cmd("initdb", "-D", self.datadir, "-U", PG_SUPERUSER, "-A", "trust")
        result = capture([*cmd, "-E", "UTF8", "--locale=C", "--no-sync"], cwd=self.tmpdir)
        if result.returncode != 0:
            raise DevError(f"initdb failed:\n{result.stdout}{result.stderr}")

    def configure(self) -> None:
        settings = {
            "listen_addresses": conf_quote("127.0.0.1"),
            "port": str(self.port),
            "unix_socket_directories": conf_quote(str(self.sockdir)),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        with (self.datadir / "postgresql.conf").open("a") as conf:
            conf.write("\n# throw-away test server (tools/dev.py)\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    def start(self) -> None:
        cmd = self.server_cmd("pg_ctl", "start", "-D", self.datadir, "-l", self.logfile, "-w")
        cmd += ["-t", str(PG_START_TIMEOUT_S)]
        result = capture(cmd, cwd=self.tmpdir)
        if result.returncode != 0:
            raise DevError(f"pg_ctl start failed:\n{result.stdout}{result.stderr}{self.log_tail()}")

    def wait_ready(self) -> None:
        cmd = [pg_tool(self.bindir, "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port)]
        deadline = time.monotonic() + PG_READY_TIMEOUT_S
        while capture([*cmd, "-t", "1"]).returncode != 0:
            if time.monotonic() > deadline:
                raise DevError(f"PostgreSQL not ready after {PG_READY_TIMEOUT_S}s{self.log_tail()}")
            time.sleep(0.1)

    def create_database(self) -> None:
        cmd = [pg_tool(self.bindir, "createdb"), "-h", "127.0.0.1", "-p", str(self.port)]
        result = capture([*cmd, "-U", PG_SUPERUSER, PG_DATABASE])
        if result.returncode != 0:
            raise DevError(f"createdb failed:\n{result.stderr}")

    def stop(self) -> None:
        if not (self.datadir / "postmaster.pid").exists():
            return
        for mode in ("fast", "immediate"):
            cmd = self.server_cmd("pg_ctl", "stop", "-D", self.datadir, "-m", mode, "-w")
            if capture([*cmd, "-t", str(PG_STOP_TIMEOUT_S)], cwd=self.tmpdir).returncode == 0:
                return
        self.kill_postmaster()

    def kill_postmaster(self) -> None:
        """Last resort when pg_ctl cannot stop the server (e.g. it never fully started)."""
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int((self.datadir / "postmaster.pid").read_text().splitlines()[0])
            # A negative pid marks a standalone (initdb) backend; never signal a group.
            if pid > 0 and b"postgres" in Path(f"/proc/{pid}/cmdline").read_bytes():
                log(f"pg_ctl stop failed; killing postmaster {pid}")
                os.kill(pid, signal.SIGKILL)

    def log_tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError):
            text = self.logfile.read_text(errors="replace").splitlines()[-lines:]
            return "\n--- postgres.log (tail) ---\n" + "\n".join(text)
        return ""


@contextlib.contextmanager
def postgres_server() -> Iterator[PgServer]:
    """Start a throw-away PostgreSQL with database ``hubdesk_test``; always clean up."""
    bindir = require_pg_bindir()
    server = PgServer(bindir, Path(tempfile.mkdtemp(prefix="hubdesk-pg-")), free_port(), [])
    try:
        server.prefix = pg_user_prefix()
        server.prepare_dirs()
        server.initdb()
        server.configure()
        server.start()
        server.wait_ready()
        server.create_database()
        yield server
    finally:
        with signals_ignored():
            version = server.version()
            server.stop()
            shutil.rmtree(server.tmpdir, ignore_errors=True)
        where = f"127.0.0.1:{server.port}, data dir {server.tmpdir}"
        log(f"PostgreSQL ({version}) ran on {where}: stopped and removed")


# ------------------------------------------------------------------------- commands


def wait_for(proc: subprocess.Popen[bytes], timeout: float) -> bool:
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        return False
    return True


def stop_child(proc: subprocess.Popen[bytes], *, got_sigint: bool) -> None:
    """End the child after we were interrupted, giving pytest time to print its summary."""
    if got_sigint and wait_for(proc, CHILD_GRACE_S / 2):  # Ctrl-C reached the child too
        return
    proc.send_signal(signal.SIGINT)
    if not wait_for(proc, CHILD_GRACE_S):
        proc.kill()
        proc.wait()


def run_child(cmd: Sequence[str | Path], env: Env) -> int:
    """Run a child to completion; if we are interrupted, make sure it ends too."""
    proc = subprocess.Popen([str(c) for c in cmd], cwd=ROOT, env=env)
    try:
        return proc.wait()
    except BaseException as exc:
        with signals_ignored():
            stop_child(proc, got_sigint=isinstance(exc, KeyboardInterrupt))
        raise


def cmd_demo(args: list[str]) -> NoReturn:
    prepare_venv(".", "demo")
    ensure_qt(desktop=True)
    warn_if_headless()
    exe = VENV / "bin" / "hubdesk"
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(exe, [str(exe), "--demo", *args])


def cmd_test(args: list[str]) -> int:
    prepare_venv(".[test]", "test")
    ensure_qt()
    if browser_wanted():
        ensure_chromium()
    with postgres_server() as pg:
        env = {
            **os.environ,
            "HUBDESK_TEST_PG_URL": pg.url,
            "HUBDESK_REQUIRE_PG": "1",
            "QT_QPA_PLATFORM": "offscreen",
        }
        code = run_child([VENV_PY, "-m", "pytest", *args], env)
    if code == PYTEST_NO_TESTS:
        log("pytest collected no tests; treating that as a failure")
        return 1
    return code


def cmd_pg(args: list[str]) -> int:
    if args:
        raise DevError(f"'pg' takes no arguments, got: {' '.join(args)}")
    with postgres_server() as pg:
        print(f"export HUBDESK_TEST_PG_URL={pg.url}", flush=True)
        log("PostgreSQL is running; press Ctrl-C to stop it")
        with contextlib.suppress(KeyboardInterrupt, Terminated):
            while True:
                signal.pause()
    return 0


COMMANDS = {"demo": cmd_demo, "test": cmd_test, "pg": cmd_pg}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    signal.signal(signal.SIGTERM, raise_terminated)
    signal.signal(signal.SIGHUP, raise_terminated)
    try:
        return COMMANDS[argv[0]](argv[1:])
    except DevError as exc:
        log(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        log("interrupted")
        return 128 + signal.SIGINT
    except Terminated as exc:
        log(f"terminated by {exc}")
        return 128 + exc.signum


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
