"""The embedded demo server: starts on loopback, serves the demo, never outlives the console."""

from __future__ import annotations

from pathlib import Path

import httpx

from hubdesk.services.embedded import EmbeddedServer


def test_embedded_demo_starts_serves_and_stops_when_its_console_goes(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path / "demo", fresh=True, port=0)
    url = server.start(timeout=90)
    try:
        assert url.startswith("http://127.0.0.1:")
        info = httpx.get(f"{url}/api/v1/server-info").json()
        assert info["demo"] is True
        assert any("support@hubdesk.example" in line for line in server.sign_ins)
        # A console that dies closes its end of the pipe: the server must stop by itself.
        proc = server._proc
        assert proc is not None and proc.stdin is not None
        proc.stdin.close()
        assert proc.wait(timeout=20) is not None
    finally:
        server.stop()


def _server_id(server: EmbeddedServer) -> str:
    url = server.start(timeout=90)
    try:
        return str(httpx.get(f"{url}/api/v1/server-info").json()["server_id"])
    finally:
        server.stop()


def test_keep_data_reuses_the_demo_database_and_fresh_replaces_it(tmp_path: Path) -> None:
    first = _server_id(EmbeddedServer(tmp_path / "demo", fresh=True, port=0))
    kept = _server_id(EmbeddedServer(tmp_path / "demo", fresh=False, port=0))
    assert kept == first  # the same database: console caches of it stay valid
    fresh = _server_id(EmbeddedServer(tmp_path / "demo", fresh=True, port=0))
    assert fresh != first
