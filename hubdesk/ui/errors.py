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
from hubdesk.ui.qt import QCoreApplication


def describe(exc: BaseException) -> str:
    """A sentence in the console's language; the technical detail follows where useful."""
    if isinstance(exc, AuthFailed):
        by_code = {
            "invalid_credentials": QCoreApplication.translate(
                "errors", "The email or password is wrong."
            ),
            "totp_required": QCoreApplication.translate(
                "errors", "Enter the 6-digit code from your authenticator app."
            ),
            "totp_invalid": QCoreApplication.translate(
                "errors", "The 2-step code is wrong or was used already. Wait for a new one."
            ),
            "locked": QCoreApplication.translate(
                "errors", "Too many failed sign-ins. Try again in a few minutes."
            ),
            "account_inactive": QCoreApplication.translate("errors", "This account is not active."),
            "session_ended": QCoreApplication.translate(
                "errors", "Your session has ended. Sign in again."
            ),
            "no_token": QCoreApplication.translate("errors", "Sign in again to use this account."),
        }
        return by_code.get(exc.code, str(exc))
    if isinstance(exc, Unreachable):
        return QCoreApplication.translate(
            "errors", "Cannot reach the server. Check the address and your connection.\n{detail}"
        ).format(detail=exc)
    if isinstance(exc, BadServerResponse):
        return QCoreApplication.translate(
            "errors",
            "The server sent an answer the console cannot use; nothing was changed.\n{detail}",
        ).format(detail=exc)
    if isinstance(exc, ServerFailed):
        return QCoreApplication.translate(
            "errors", "The server had a problem; nothing was changed. Try again later.\n{detail}"
        ).format(detail=exc)
    if isinstance(exc, ServerRejected):
        return QCoreApplication.translate(
            "errors", "The server refused the request: {detail}"
        ).format(detail=exc)
    if isinstance(exc, HubdeskError):
        return str(exc)
    return QCoreApplication.translate("errors", "Something unexpected went wrong: {detail}").format(
        detail=f"{type(exc).__name__}: {exc}"
    )
