"""A console session: one signed-in account with its API client, cache and puller.

Sign-in paths: :func:`sign_in` (email, password, maybe a 2-step code) and :func:`resume`
(a stored refresh token, no password). When the server cannot be reached, :func:`resume`
still opens the account's cache so the console is readable offline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from hubdesk.services.accounts import Account, AccountBook, cache_path
from hubdesk.services.api import ApiClient
from hubdesk.services.cache import Cache
from hubdesk.services.cache.store import ME
from hubdesk.services.errors import AuthFailed, BadServerResponse, ServerFailed, Unreachable
from hubdesk.services.sync import Puller
from hubdesk.services.tokens import TokenStore
from hubdesk.wire.auth import MeOut


@dataclass
class ConsoleSession:
    account: Account
    api: ApiClient
    cache: Cache
    puller: Puller
    me: MeOut | None = None
    online: bool = True
    notes: list[str] = field(default_factory=list)

    async def close(self) -> None:
        await self.api.aclose()
        self.cache.close()


def _keeper(tokens: TokenStore, account_key: str) -> Callable[[str], None]:
    """Stores each rotated refresh token of ``account_key``."""
    return lambda refresh_token: tokens.put(account_key, refresh_token)


async def sign_in(
    server_url: str,
    email: str,
    password: str,
    totp_code: str | None,
    *,
    book: AccountBook,
    tokens: TokenStore,
) -> ConsoleSession:
    """Sign in with a password; raises AuthFailed (``code == "totp_required"`` → ask for it)."""
    api = ApiClient(server_url)
    try:
        pair = await api.login(email, password, totp_code)
    except BaseException:
        await api.aclose()
        raise
    account = book.remember(
        Account(api.server_url, pair.person.id, pair.person.email, pair.person.display_name)
    )
    api.on_refresh_token = _keeper(tokens, account.key)
    tokens.put(account.key, pair.refresh_token)
    return await _open(account, api)


async def resume(account: Account, *, book: AccountBook, tokens: TokenStore) -> ConsoleSession:
    """Switch to a stored account without a password; offline if the server is away.

    Raises AuthFailed when there is no usable refresh token (sign in again).
    """
    refresh = tokens.get(account.key)
    api = ApiClient(account.server_url, on_refresh_token=_keeper(tokens, account.key))
    if refresh is None:
        await api.aclose()
        raise AuthFailed("Sign in again to use this account.", "no_token")
    try:
        await api.resume(refresh)
    except (Unreachable, ServerFailed, BadServerResponse) as exc:
        # The server is away or broken (a proxy's 502, garbage): work from the cache.
        session = await _open(account, api, online=False)
        session.notes.append(str(exc))  # the client keeps the token for when it is back
        return session
    except AuthFailed:
        tokens.forget(account.key)
        await api.aclose()
        raise
    return await _open(book.remember(account), api)


async def _open(account: Account, api: ApiClient, *, online: bool = True) -> ConsoleSession:
    try:
        cache = Cache(cache_path(account))
    except BaseException:
        await api.aclose()
        raise
    session = ConsoleSession(account, api, cache, Puller(api, cache), online=online)
    if online:
        try:
            session.me = await api.me()
        except (Unreachable, ServerFailed, BadServerResponse) as exc:
            session.online = False
            session.notes.append(str(exc))
        except BaseException:
            await session.close()
            raise
    if session.me is not None:
        cache.put_state(ME, session.me.model_dump_json())
    else:  # offline: who we are and what we may do, as last known
        stored = cache.state(ME)
        session.me = MeOut.model_validate_json(stored) if stored else None
    return session


async def sign_out(session: ConsoleSession, *, book: AccountBook, tokens: TokenStore) -> None:
    """Revoke the session on the server (if reachable) and forget the token here."""
    try:
        await session.api.logout()
    except (Unreachable, AuthFailed):
        pass
    finally:
        tokens.forget(session.account.key)
        book.forget(session.account.key)
        await session.close()
