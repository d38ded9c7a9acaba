"""Every user-visible string is extractable for translation (pyside6-lupdate)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

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


def test_every_string_is_translated_and_the_shipped_files_are_current(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "i18n", Path(__file__).parents[2] / "tools" / "i18n.py"
    )
    assert spec and spec.loader
    i18n = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(i18n)
    assert i18n.check() == 0, "run: .venv/bin/python tools/i18n.py update, translate, release"
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease
    for language in i18n.LANGUAGES:
        ts = i18n.ts_path(language)
        fresh = tmp_path / f"{language}.qm"
        subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"stale {language}.qm"


@pytest.mark.parametrize(
    ("language", "sync", "tree"),
    [
        ("da", "&Synkronisér nu", "Organisationstræ"),
        ("de", "Jetzt &synchronisieren", "Organisationsbaum"),
        ("hu", "&Szinkronizálás most", "Szervezeti fa"),
        ("sv", "&Synkronisera nu", "Organisationsträd"),
    ],
)
def test_the_console_speaks_the_seed_languages(
    qapp: Any, make_console: Any, language: str, sync: str, tree: str
) -> None:
    from PySide6.QtCore import QLocale

    from hubdesk.ui.app import install_translators

    loaded = install_translators(qapp, QLocale(language))
    try:
        assert any(f"hubdesk_{language}.qm" in path for path in loaded)
        console = make_console()
        assert console.window.sync_action.text() == sync
        assert console.window.tree.accessibleName() == tree
    finally:
        from PySide6.QtCore import QCoreApplication, QTranslator

        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()


@pytest.mark.parametrize("language", ["en", "fr"])  # fr: not shipped → English
def test_english_counts_say_one_conflict_and_two_changes(
    qapp: Any, make_console: Any, language: str
) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from hubdesk.ui.app import install_translators

    loaded = install_translators(qapp, QLocale(language))
    try:
        assert any("hubdesk_en.qm" in path for path in loaded)
        bar = make_console().window.status
        assert bar.tr("%n conflict(s)", "", 1) == "1 conflict"
        assert bar.tr("%n change(s) waiting to be sent", "", 2) == "2 changes waiting to be sent"
    finally:
        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
