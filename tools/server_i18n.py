"""The server's translations (onboarding page and mail): extract, update, check.

    .venv/bin/python tools/server_i18n.py update   # new texts into locales/<lang>.po
    .venv/bin/python tools/server_i18n.py check    # exit 1 while a text lacks a translation

Texts are found in the Jinja template (``_()``, ``ngettext()``) and in the server's
modules (``_()``, ``N_()``, ``gettext()``) by Babel's extractors.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from hubdesk.server.i18n import KEYWORDS, LANGUAGES

SERVER = Path(__file__).resolve().parent.parent / "hubdesk" / "server"
LOCALES = SERVER / "locales"
METHODS = [("**/templates/**.html", "jinja2"), ("**.py", "python")]
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}


def extracted() -> Catalog:
    template = Catalog(project="hubdesk", fuzzy=False)
    for filename, line, message, comments, context in extract_from_dir(
        SERVER, METHODS, OPTIONS, KEYWORDS
    ):
        template.add(message, locations=[(filename, line)], auto_comments=comments, context=context)
    return template


def catalog_path(language: str) -> Path:
    return LOCALES / f"{language}.po"


def update() -> None:
    template = extracted()
    for language in LANGUAGES[1:]:
        path = catalog_path(language)
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=language)
        else:
            catalog = Catalog(locale=language, project="hubdesk")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, sort_output=True)


def untranslated(language: str) -> list[str]:
    wanted = {m.id for m in extracted() if m.id}
    with catalog_path(language).open("rb") as handle:
        catalog = read_po(handle, locale=language)
    done = {
        m.id
        for m in catalog
        if m.id and (all(m.string) if isinstance(m.string, tuple) else m.string)
    }
    return sorted((i if isinstance(i, str) else i[0] for i in wanted - done), key=str)


def check() -> int:
    missing = {language: untranslated(language) for language in LANGUAGES[1:]}
    for language, texts in missing.items():
        if texts:
            print(f"{language}: {len(texts)} untranslated: " + "; ".join(map(repr, texts)))
    return 1 if any(missing.values()) else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return check()
    if argv[:1] == ["check"]:
        return check()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
