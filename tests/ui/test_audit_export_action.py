"""File › Export audit log… on screen: the log saved as JSON Lines and CSV, verified
against the key pinned at sign-in, and the person told so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import LiveServer
from test_console import signed_in_console
from test_writes import METTE, QUIET


def test_export_the_audit_log_from_the_file_menu(
    qtbot: Any, make_console: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, make_console, live_server, METTE, timing=QUIET)
    window = console.window
    assert window.export_audit_action.isEnabled()
    assert console.controller.session.account.audit_key  # pinned at sign-in
    said: list[tuple[str, str]] = []
    console.controller.messages.message.connect(lambda level, text: said.append((level, text)))
    target = tmp_path / "havnehuset-audit.jsonl"
    window.export_audit(str(target))
    qtbot.waitUntil(lambda: any("verified intact" in text for _l, text in said), timeout=20_000)
    assert target.exists() and target.with_suffix(".csv").exists()
    level, text = next((lv, t) for lv, t in said if "verified intact" in t)
    assert level == "info" and "havnehuset-audit.csv" in text
