"""The crash harness (tools/crash_harness.py): kill -9 at random moments, lose nothing."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).parents[2] / "tools" / "crash_harness.py"


def harness_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_harness", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_two_hundred_kills_lose_nothing_duplicate_nothing_and_keep_the_cursor_honest(
    tmp_path: Path,
) -> None:
    out = subprocess.run(
        [sys.executable, str(TOOL), "--trials", "200", "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = out.stdout.strip().splitlines()
    assert lines, out.stderr[-3000:]
    result = re.fullmatch(
        r"RESULT trials=(\d+) lost=(\d+) duplicated=(\d+) cursor_ahead=(\d+)", lines[-1]
    )
    assert result, out.stdout[-3000:] + out.stderr[-3000:]
    trials, lost, duplicated, cursor_ahead = map(int, result.groups())
    assert (trials, lost, duplicated, cursor_ahead) == (200, 0, 0, 0), out.stdout[-3000:]
    assert out.returncode == 0
    queued = re.search(r"queued=(\d+) applied=(\d+)", out.stdout)
    assert queued and int(queued.group(1)) > 200  # the consoles really wrote

    # The cursor check is not vacuous: a cache whose cursor is ahead of one row is caught.
    harness = harness_module()
    checker = harness.Checker(tmp_path / "server" / "demo.sqlite", harness.EMAIL)
    cache = tmp_path / "console-0" / "cache.sqlite"
    assert checker.cursor_ahead(cache) == []
    with closing(sqlite3.connect(cache)) as conn:
        conn.execute("DELETE FROM organisations WHERE id = (SELECT MIN(id) FROM organisations)")
        conn.commit()
    assert len(checker.cursor_ahead(cache)) == 1
