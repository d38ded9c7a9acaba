"""The server's own words for people — the onboarding page and the mail — in the console's
five languages (English is the source; ``locales/<language>.po`` hold the others).

The catalogs are gettext ``.po`` files, compiled in memory when first used (Babel), so
the repository holds only the files translators edit. A page speaks the browser's
language when it is one of ours (``Accept-Language``), else the inviting organisation's;
a mail speaks its organisation's language.
"""

from __future__ import annotations

import functools
import gettext
import io
from importlib import resources

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LANGUAGES = ("en", "da", "de", "hu", "sv")
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}  # for extraction


def N_(message: str) -> str:
    """Marks ``message`` for the catalogs; it is translated where it is shown."""
    return message


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalog of ``language`` (English, or an unknown language: the source text)."""
    if language not in LANGUAGES or language == "en":
        return gettext.NullTranslations()
    source = resources.files("hubdesk.server").joinpath("locales", f"{language}.po")
    with source.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def language_of(locale: str | None) -> str:
    """Ours of an organisation's or person's locale ("da", "de-AT" …), else English."""
    base = (locale or "").replace("_", "-").split("-", 1)[0].lower()
    return base if base in LANGUAGES else "en"


def negotiate(accept_language: str | None, fallback: str | None = None) -> str:
    """The best of ours for an ``Accept-Language`` header; else ``fallback``'s language."""
    wanted: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            wanted.append((-quality, position, tag))
    for _quality, _position, tag in sorted(wanted):
        language = language_of(tag)
        if language != "en" or tag.lower().startswith("en"):
            return language
    return language_of(fallback)


def gettext_for(language: str) -> gettext.NullTranslations:
    return translations(language_of(language))
