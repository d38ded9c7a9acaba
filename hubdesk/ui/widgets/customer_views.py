"""Saved views of the customers page: a name for a tab, the attention switch, a search and
a sort, kept per partner in the console's settings file."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from hubdesk.services.cache.customers import Sort
from hubdesk.ui.qt import QSettings


@dataclass(frozen=True)
class View:
    name: str
    tab: int = 0
    attention: bool = False
    text: str = ""
    sort: str = Sort.NAME.name
    descending: bool = False


class SavedViews:
    """The saved views of one partner's customers page."""

    def __init__(self, settings: QSettings, partner_id: str) -> None:
        self.settings = settings
        self.key = f"customer_views/{partner_id}"

    def all(self) -> list[View]:
        raw = self.settings.value(self.key, "[]")
        try:
            items: Any = json.loads(str(raw))
            return [View(**item) for item in items if isinstance(item, dict)]
        except (ValueError, TypeError):
            return []  # a hand-edited or older settings file: no views rather than a crash

    def save(self, view: View) -> None:
        """Keep ``view`` (replacing one of the same name)."""
        views = [v for v in self.all() if v.name != view.name] + [view]
        self._write(sorted(views, key=lambda v: v.name.casefold()))

    def delete(self, name: str) -> None:
        self._write([v for v in self.all() if v.name != name])

    def find(self, name: str) -> View | None:
        return next((v for v in self.all() if v.name == name), None)

    def _write(self, views: list[View]) -> None:
        self.settings.setValue(self.key, json.dumps([asdict(v) for v in views]))
        self.settings.sync()
