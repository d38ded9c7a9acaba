"""The accounts this console is signed in to (several people, several servers).

Only non-secret facts are stored (``accounts.json`` in the user config directory);
refresh tokens are in the :mod:`token store <hubdesk.services.tokens>`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

APP = "hubdesk"


@dataclass(frozen=True)
class Account:
    server_url: str
    person_id: str
    email: str
    display_name: str
    last_used: str = ""
    # The server's audit signing key (base64), pinned at the first sign-in: exports and
    # the cached log are verified against it, never against what a server says later.
    audit_key: str = ""

    @property
    def key(self) -> str:
        """Stable id of (server, person): names the cache file and the keyring entry."""
        return hashlib.sha256(f"{self.server_url}\n{self.person_id}".encode()).hexdigest()[:24]

    @property
    def label(self) -> str:
        host = self.server_url.split("://", 1)[-1]
        return f"{self.display_name} — {host}"


def data_dir() -> Path:
    override = os.environ.get("HUBDESK_HOME")
    return Path(override) / "data" if override else Path(platformdirs.user_data_dir(APP))


def config_dir() -> Path:
    override = os.environ.get("HUBDESK_HOME")
    return Path(override) / "config" if override else Path(platformdirs.user_config_dir(APP))


def cache_path(account: Account) -> Path:
    return data_dir() / "caches" / f"{account.key}.sqlite"


def scratch_path(name: str) -> Path:
    """A cache file for a session that leaves nothing behind (a new name each time)."""
    folder = data_dir() / "caches" / "scratch"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}-{uuid.uuid4().hex[:12]}.sqlite"


class AccountBook:
    """The list of accounts, most recently used first, saved atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "accounts.json"
        self._accounts: list[Account] = self._load()

    def _load(self) -> list[Account]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return [Account(**item) for item in raw.get("accounts", [])]
        except (OSError, ValueError, TypeError):
            return []

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"accounts": [asdict(a) for a in self._accounts]}, indent=2)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".accounts.")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, self.path)

    def all(self) -> list[Account]:
        return list(self._accounts)

    def find(self, key: str) -> Account | None:
        return next((a for a in self._accounts if a.key == key), None)

    def remember(self, account: Account) -> Account:
        known = next((a for a in self._accounts if a.key == account.key), None)
        if known is not None and not account.audit_key:
            account = replace(account, audit_key=known.audit_key)  # a pin is kept
        used = replace(account, last_used=datetime.now(UTC).isoformat())
        self._accounts = [used] + [a for a in self._accounts if a.key != account.key]
        self._save()
        return used

    def forget(self, key: str) -> None:
        self._accounts = [a for a in self._accounts if a.key != key]
        self._save()
