"""Turning service errors into translated sentences for people."""

from __future__ import annotations

from hubdesk.services.errors import (
    AuthFailed,
    BadServerResponse,
    HubdeskError,
    ServerFailed,
    ServerRejected,
    Unreachable,
)
from hubdesk.ui.qt import tr

_C = "errors"


def describe(exc: BaseException) -> str:
    """A sentence in the console's language; the technical detail follows where useful."""
    if isinstance(exc, AuthFailed):
        by_code = {
            "invalid_credentials": tr(_C, "The email or password is wrong."),
            "totp_required": tr(_C, "Enter the 6-digit code from your authenticator app."),
            "totp_invalid": tr(
                _C, "The 2-step code is wrong or was used already. Wait for a new one."
            ),
            "locked": tr(_C, "Too many failed sign-ins. Try again in a few minutes."),
            "account_inactive": tr(_C, "This account is not active."),
            "session_ended": tr(_C, "Your session has ended. Sign in again."),
            "no_token": tr(_C, "Sign in again to use this account."),
        }
        return by_code.get(exc.code, str(exc))
    if isinstance(exc, Unreachable):
        return tr(
            _C, "Cannot reach the server. Check the address and your connection.\n{detail}"
        ).format(detail=exc)
    if isinstance(exc, BadServerResponse):
        return tr(
            _C, "The server sent an answer the console cannot use; nothing was changed.\n{detail}"
        ).format(detail=exc)
    if isinstance(exc, ServerFailed):
        return tr(
            _C, "The server had a problem; nothing was changed. Try again later.\n{detail}"
        ).format(detail=exc)
    if isinstance(exc, ServerRejected):
        return tr(_C, "The server refused the request: {detail}").format(detail=exc)
    if isinstance(exc, HubdeskError):
        return str(exc)
    return tr(_C, "Something unexpected went wrong: {detail}").format(
        detail=f"{type(exc).__name__}: {exc}"
    )
