"""Where refresh tokens live: the operating system's keyring, or memory only.

A refresh token never goes to a plain file. When the OS offers no secure keyring
(no Secret Service, no Keychain, no Windows Credential Locker) the console keeps the
token in memory for this run and says so; the next start asks for the password again.
"""

from __future__ import annotations

import contextlib
from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "hubdesk"

# Backends that store secrets in plain or merely obscured files are not acceptable.
_INSECURE_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class TokenStore(Protocol):
    secure: bool
    description: str

    def get(self, account_id: str) -> str | None: ...
    def put(self, account_id: str, token: str) -> None: ...
    def forget(self, account_id: str) -> None: ...


class MemoryTokenStore:
    """Tokens for this run only."""

    secure = False
    description = "No secure keyring on this system: sign-ins last until the console closes."

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}

    def get(self, account_id: str) -> str | None:
        return self._tokens.get(account_id)

    def put(self, account_id: str, token: str) -> None:
        self._tokens[account_id] = token

    def forget(self, account_id: str) -> None:
        self._tokens.pop(account_id, None)


class KeyringTokenStore:
    """Tokens in the OS keyring (falls back to memory for a token the keyring refuses)."""

    secure = True

    def __init__(self, backend: KeyringBackend) -> None:
        self._backend = backend
        self._fallback = MemoryTokenStore()
        self.description = f"Sign-ins are kept in {backend.name}."

    def get(self, account_id: str) -> str | None:
        try:
            return self._backend.get_password(SERVICE, account_id) or self._fallback.get(account_id)
        except keyring.errors.KeyringError:
            return self._fallback.get(account_id)

    def put(self, account_id: str, token: str) -> None:
        try:
            self._backend.set_password(SERVICE, account_id, token)
        except keyring.errors.KeyringError:
            self._fallback.put(account_id, token)

    def forget(self, account_id: str) -> None:
        self._fallback.forget(account_id)
        with contextlib.suppress(keyring.errors.KeyringError):
            self._backend.delete_password(SERVICE, account_id)


def is_secure(backend: KeyringBackend) -> bool:
    """Whether ``backend`` is a real OS keyring (not a file, not a placeholder)."""
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES):
        return False
    if module.startswith("keyring.backends.chainer"):
        backends = getattr(backend, "backends", [])
        return bool(backends) and all(is_secure(b) for b in backends)
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend that cannot run here raises from .priority
        return False


def default_token_store() -> TokenStore:
    backend = keyring.get_keyring()
    if is_secure(backend):
        return KeyringTokenStore(backend)
    return MemoryTokenStore()
