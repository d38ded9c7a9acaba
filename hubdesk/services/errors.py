"""What can go wrong talking to a server, each with a sentence a person can act on."""

from __future__ import annotations


class HubdeskError(Exception):
    """Base of every error the console shows to a person (``str(err)`` is that sentence)."""


class Unreachable(HubdeskError):
    """No answer: the server is down, the address is wrong, or the network is gone."""


class AuthFailed(HubdeskError):
    """The server refused the credentials or the session (``code`` says why)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class ServerRejected(HubdeskError):
    """A 4xx answer other than authentication."""

    def __init__(self, message: str, status: int, code: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class ServerFailed(HubdeskError):
    """A 5xx answer."""


class BadServerResponse(HubdeskError):
    """The answer was not what the API promises (malformed, wrong types, too large)."""
