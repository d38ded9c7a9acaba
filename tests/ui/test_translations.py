"""Every user-visible string is extractable for translation (pyside6-lupdate)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import hubdesk.ui

UI = Path(hubdesk.ui.__file__).parent


def source_strings() -> set[str]:
    """Texts passed as literals to self.tr(...) or QCoreApplication.translate(ctx, ...)."""
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
                assert node.value.attr != "tr", (
                    f"{path}:{node.lineno}: aliasing self.tr hides strings"
                )
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr == "tr":
                args = node.args[:1]
            elif node.func.attr == "translate":
                args = node.args[1:2]
            else:
                continue
            assert args and isinstance(args[0], ast.Constant), (
                f"{path}:{node.lineno}: not a literal"
            )
            found.add(args[0].value)
    return found


def test_lupdate_extracts_every_translatable_string(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate ships with PySide6"
    ts = tmp_path / "hubdesk_da.ts"
    files = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run([lupdate, *files, "-ts", str(ts)], check=True, capture_output=True)
    root = ET.parse(ts).getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    assert "" not in contexts and None not in contexts
    extracted = {m.findtext("source") for m in root.iter("message")}
    expected = source_strings()
    assert len(expected) > 80
    assert expected <= extracted, sorted(expected - extracted)
