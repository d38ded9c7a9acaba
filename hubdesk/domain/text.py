"""Text helpers shared by server and console: search folding, email checks."""

from __future__ import annotations

import unicodedata

_EXTRA_FOLDS = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l"})


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Søborg Kontorfællesskab' -> 'soborg kontorfaellesskab'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_EXTRA_FOLDS)
