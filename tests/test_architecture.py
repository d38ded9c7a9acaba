"""The repository's static checks, run as tests: import contracts, lint, format, types."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent  # the venv's scripts, next to its python


def run(*command: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )


def assert_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, (
        f"{' '.join(result.args)} exited with {result.returncode}:\n"
        f"{result.stdout}\n{result.stderr}"
    )


def test_import_contracts() -> None:
    """ui → services → models | wire → domain; Qt only in ui; console never imports server."""
    result = run(str(BIN / "lint-imports"), "--no-cache")
    assert_ok(result)
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    "command",
    [("check", "hubdesk", "tests", "tools"), ("format", "--check", "hubdesk", "tests", "tools")],
    ids=["lint", "format"],
)
def test_ruff(command: tuple[str, ...]) -> None:
    assert_ok(run(str(BIN / "ruff"), *command))


def test_mypy_strict() -> None:
    """mypy --strict on hubdesk (the configuration is in pyproject.toml)."""
    assert_ok(run(sys.executable, "-m", "mypy"))
