"""Shared parts of the benchmarks: data sets, a loopback server, statistics, reporting.

Not a benchmark itself (the leading underscore); the scripts next to it import it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPORT_EMAIL = "support@hubdesk.example"
PASSWORD = "hubdesk-demo"
READY_PREFIX = "hubdesk-server listening on "


# -- arguments ---------------------------------------------------------------------------


def add_data_arguments(parser: argparse.ArgumentParser) -> None:
    """``--data PATH`` (a big server database, copied) or a generated one at a small scale."""
    group = parser.add_argument_group("server data set")
    group.add_argument(
        "--data",
        type=Path,
        help="a server database made by 'hubdesk-server generate' (copied, never written); "
        "default: generate one at the scale below into a temporary directory",
    )
    group.add_argument("--orgs", type=int, default=20_000, help="generated: organisations")
    group.add_argument("--customers", type=int, default=10_000, help="generated: customers")
    group.add_argument("--events", type=int, default=100_000, help="generated: audit events")
    group.add_argument("--people", type=int, default=5_000, help="generated: people")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="where temporary files go (default: a fresh temporary directory, removed at the end)",
    )


@contextlib.contextmanager
def workdir(path: Path | None) -> Iterator[Path]:
    """A scratch directory, removed afterwards (also when the benchmark fails)."""
    if path is not None:
        path.mkdir(parents=True, exist_ok=True)
    made = Path(tempfile.mkdtemp(prefix="hubdesk-bench-", dir=path))
    try:
        yield made
    finally:
        shutil.rmtree(made, ignore_errors=True)


def server_database(args: argparse.Namespace, work: Path) -> Path:
    """A private server database in ``work``: a copy of ``--data``, or a generated one."""
    target = work / "server.sqlite"
    if args.data is not None:
        source = Path(args.data)
        if not source.is_file():
            raise SystemExit(f"--data {source}: no such file")
        started = time.perf_counter()
        check_readable(source)
        shutil.copyfile(source, target)
        if Path(f"{source}-wal").exists():
            shutil.copyfile(f"{source}-wal", f"{target}-wal")
        note(
            f"copied {source} ({source.stat().st_size / 2**20:,.0f} MB) in "
            f"{time.perf_counter() - started:.1f} s"
        )
        return target
    started = time.perf_counter()
    cmd = [
        sys.executable, "-m", "hubdesk.server.cli", "generate",
        "--database-url", f"sqlite:///{target}",
        "--orgs", str(args.orgs), "--customers", str(args.customers),
        "--audit-events", str(args.events), "--people", str(args.people),
    ]  # fmt: skip
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    note(
        f"generated {args.orgs:,} orgs, {args.customers:,} customers, {args.events:,} audit "
        f"events, {args.people:,} people in {time.perf_counter() - started:.1f} s"
    )
    return target


def check_readable(path: Path) -> None:
    """Fail early (and clearly) on a file that is not a generated server database."""
    try:
        with contextlib.closing(sqlite3.connect(readonly_uri(path), uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sync_index WHERE seq < 10").fetchone()
    except sqlite3.Error as exc:
        raise SystemExit(f"{path} is not a usable hubdesk server database: {exc}") from exc


def readonly_uri(path: Path) -> str:
    """Read a database without writing anything next to it (no -shm/-wal files)."""
    return f"file:{path}?mode=ro&immutable=1"


# -- the server ------------------------------------------------------------------------------


@dataclass
class Server:
    """``hubdesk-server`` in a child process on 127.0.0.1 (its own core, its own GIL)."""

    url: str
    process: subprocess.Popen[str]
    _output: list[str]

    @property
    def api(self) -> str:
        return self.url + "/api/v1"

    def cpu_seconds(self) -> float:
        """User + system CPU time the server process has used so far (Linux /proc)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        ticks = os.sysconf("SC_CLK_TCK")
        return (int(fields[11]) + int(fields[12])) / ticks


@contextlib.contextmanager
def serve(database: Path, timeout: float = 120.0) -> Iterator[Server]:
    """Run the real server over ``database`` until the block ends."""
    cmd = [
        sys.executable, "-m", "hubdesk.server.cli",
        "--database-url", f"sqlite:///{database}", "--port", "0", "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    )
    output: list[str] = []
    ready = threading.Event()
    url: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line.rstrip())
            if line.startswith(READY_PREFIX) and not url:
                url.append(line[len(READY_PREFIX) :].strip())
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        if not ready.wait(timeout) or not url:
            raise RuntimeError("the server did not start:\n" + "\n".join(output[-20:]))
        yield Server(url[0], process, output)
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- measuring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def ms(self) -> str:
        return f"median {self.median * 1000:8.2f} ms   p95 {self.p95 * 1000:8.2f} ms"


def stats(samples: Sequence[float]) -> Stats:
    return Stats(tuple(samples))


def ratio(value: float, baseline: float) -> float:
    return value / baseline if baseline > 0 else float("inf")


def rss_mb() -> float:
    """Current resident set size (Linux /proc; falls back to the peak)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# -- reporting ---------------------------------------------------------------------------------


def note(text: str) -> None:
    print(f"# {text}", flush=True)


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{os.cpu_count()} cores ({model or platform.machine()}), "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{datetime.now(UTC):%Y-%m-%d}"
    )


def result(**values: object) -> None:
    """The one machine-readable line every benchmark ends with."""
    print("RESULT " + " ".join(f"{key}={_text(value)}" for key, value in values.items()))


def _text(value: object) -> str:
    if not isinstance(value, float):
        return str(value)
    if abs(value) >= 1000:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"
