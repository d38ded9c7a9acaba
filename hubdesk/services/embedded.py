"""The embedded demo: the reference server as a child process on loopback.

Started as ``python -m hubdesk.server --demo --port 0`` with its own data directory;
the console reads the "listening on" line to learn the address.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from hubdesk.services.errors import Unreachable

READY_PREFIX = "hubdesk-server listening on "


class EmbeddedServer:
    def __init__(self, data_dir: Path, *, fresh: bool = False, port: int = 47800) -> None:
        self.data_dir = data_dir
        self.fresh = fresh
        # A stable port keeps the demo's address (and so its account and cache) the same
        # from run to run; when it is taken, any free port will do.
        self.port = port if _free(port) else 0
        self.url: str | None = None
        self.sign_ins: list[str] = []
        self._proc: subprocess.Popen[str] | None = None

    def start(self, timeout: float = 60.0) -> str:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "hubdesk.server", "--demo", "--port", str(self.port)]
        cmd += ["--data-dir", str(self.data_dir), "--exit-with-stdin"]
        if not self.fresh:
            cmd.append("--keep-data")
        # The server watches its stdin: when this process ends in any way, the pipe
        # closes and the server stops (no orphaned demo servers).
        self._proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )
        lines: list[str] = []
        found = threading.Event()

        def read() -> None:
            assert self._proc is not None and self._proc.stdout is not None
            for line in self._proc.stdout:
                lines.append(line.rstrip("\n"))
                if line.startswith(READY_PREFIX):
                    self.url = line[len(READY_PREFIX) :].strip()
                    found.set()
            found.set()

        threading.Thread(target=read, name="embedded-server-output", daemon=True).start()
        deadline = time.monotonic() + timeout
        found.wait(timeout)
        if self.url is None:
            self.stop()
            tail = "\n".join(lines[-15:])
            reason = "timed out" if time.monotonic() >= deadline else "exited"
            raise Unreachable(f"The embedded demo server {reason} while starting:\n{tail}")
        self.sign_ins = [ln.strip() for ln in lines if ln.startswith("  ")]
        return self.url

    def stop(self) -> None:
        if self._proc is None:
            return
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=10)
        self._proc = None


def _free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
