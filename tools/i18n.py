"""Translations of the console: extract, check and compile (pyside6-lupdate / lrelease).

    .venv/bin/python tools/i18n.py update    # refresh hubdesk/ui/translations/*.ts from the code
    .venv/bin/python tools/i18n.py release   # compile the .ts files into the .qm files shipped
    .venv/bin/python tools/i18n.py check     # exit 1 when a string is new or untranslated

Translators edit the .ts files (Qt Linguist or any XML editor); source strings come from
``self.tr("…")`` and ``QCoreApplication.translate("context", "…")`` in hubdesk/ui.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "hubdesk" / "ui"
FOLDER = UI / "translations"
LANGUAGES = ("en", "da", "de", "hu", "sv")
# English is the source language: its file holds only the plural forms ("%n day(s)" →
# "1 day", "2 days").
PLURAL_ONLY = ("en",)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it ships with PySide6)")
    return found


def _sources() -> list[str]:
    return [str(p) for p in sorted(UI.rglob("*.py"))]


def ts_path(language: str) -> Path:
    return FOLDER / f"hubdesk_{language}.ts"


def update(target: Path = FOLDER) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = target / f"hubdesk_{language}.ts"
        if target != FOLDER and ts_path(language).exists():
            shutil.copy(ts_path(language), ts)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *_sources(),
                *("-no-obsolete", "-locations", "none", "-target-language", language),
                *(("-pluralonly",) if language in PLURAL_ONLY else ()),
                *("-ts", str(ts)),
            ],
            check=True,
            capture_output=True,
        )


def release() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )


def unfinished(ts: Path) -> list[str]:
    """Source texts in ``ts`` that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            missing.append(message.findtext("source") or "")
            continue
        forms = list(translation.iter("numerusform"))
        texts = [f.text for f in forms] if forms else [translation.text]
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete") or not all(texts):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        update(Path(tmp))
        problems = {lang: unfinished(Path(tmp) / f"hubdesk_{lang}.ts") for lang in LANGUAGES}
    bad = {lang: texts for lang, texts in problems.items() if texts}
    for lang, texts in bad.items():
        print(f"{lang}: {len(texts)} untranslated: " + "; ".join(repr(t) for t in texts[:10]))
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
        return 0
    if command == "release":
        release()
        return 0
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
