"""The console's own settings file (window layout, saved views): an INI file in the
console's configuration folder, the same for every window."""

from __future__ import annotations

from hubdesk.services.accounts import config_dir
from hubdesk.ui.qt import QSettings


def make_settings() -> QSettings:
    path = config_dir() / "console.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
