"""The onboarding page and the mail speak the invitee's language: the browser's when it is
one of ours, else the inviting organisation's; every text has all four translations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hubdesk.server.i18n import LANGUAGES, negotiate, translations

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("header", "fallback", "expected"),
    [
        ("da-DK,da;q=0.9,en;q=0.8", None, "da"),
        ("fr-FR,fr;q=0.9,de;q=0.5", "da", "de"),  # French is not ours: the next one wanted
        ("fr-FR", "sv", "sv"),  # nothing of ours: the organisation's language
        ("en-US,en;q=0.9", "da", "en"),
        ("de;q=0, hu;q=0.4", None, "hu"),  # q=0 means "not this"
        (None, "hu-HU", "hu"),
        ("garbage;;q=x", None, "en"),
        (None, None, "en"),
    ],
)
def test_the_language_of_a_page(header: str | None, fallback: str | None, expected: str) -> None:
    assert negotiate(header, fallback) == expected


def test_every_catalog_has_the_plural_and_the_placeholders_of_its_texts() -> None:
    for language in LANGUAGES[1:]:
        t = translations(language)
        assert "%(num)d" in t.ngettext(
            "Please correct the field marked below.",
            "Please correct the %(num)d fields marked below.",
            3,
        )
        assert "{hub}" in t.gettext("This invitation has expired. Ask {hub} to send you a new one.")
    check = subprocess.run(
        [sys.executable, "tools/server_i18n.py", "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout
