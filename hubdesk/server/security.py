"""Passwords (argon2), RFC 6238 codes (pyotp) and opaque tokens.

Tokens are random (``secrets``) and stored only as SHA-256 digests; a stolen database
yields no usable token.
"""

from __future__ import annotations

import hashlib
import secrets
import time

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
TOTP_STEP = 30
TOTP_WINDOW = 1  # accept the previous and the next time step, nothing further


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        # Burn comparable time so a missing account is not told apart by timing.
        _hasher.hash(password)
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def totp_step_for(
    secret: str, code: str, last_step: int | None, now: float | None = None
) -> int | None:
    """The time step ``code`` belongs to, if valid within ±1 step and newer than ``last_step``.

    Returns ``None`` for a wrong code, a code older than the window, or a replay (a code
    of a step at or before the last accepted one).
    """
    if not (len(code) == 6 and code.isdigit()):
        return None
    totp = pyotp.TOTP(secret, interval=TOTP_STEP)
    moment = time.time() if now is None else now
    current = int(moment // TOTP_STEP)
    for step in range(current - TOTP_WINDOW, current + TOTP_WINDOW + 1):
        if secrets.compare_digest(totp.at(step * TOTP_STEP), code):
            if last_step is not None and step <= last_step:
                return None
            return step
    return None


def new_token() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
