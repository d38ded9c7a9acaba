"""A console session: one signed-in account with its API client, cache and puller.

Sign-in paths: :func:`sign_in` (email, password, maybe a 2-step code) and :func:`resume`
(a stored refresh token, no password). When the server cannot be reached, :func:`resume`
still opens the account's cache so the console is readable offline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from hubdesk.domain.audit_verify import key_id
from hubdesk.services.accounts import Account, AccountBook, cache_path, scratch_path
from hubdesk.services.api import ApiClient
from hubdesk.services.cache import Cache
from hubdesk.services.cache.store import ME
from hubdesk.services.errors import (
    AuthFailed,
    BadServerResponse,
    HubdeskError,
    ServerFailed,
    Unreachable,
)
from hubdesk.services.sync import Puller
from hubdesk.services.tokens import TokenStore
from hubdesk.wire.auth import ImpersonationOut, MeOut


@dataclass
class ConsoleSession:
    account: Account
    api: ApiClient
    cache: Cache
    puller: Puller
    me: MeOut | None = None
    online: bool = True
    notes: list[str] = field(default_factory=list)
    # A "log in as" session: the real person's session it was opened from, and its cache
    # file (thrown away when it ends: nothing of the sub-account stays behind).
    opened_from: ConsoleSession | None = None
    scratch: Path | None = None
    audit_key_changed: bool = False  # the server signs with another key than the pinned one

    @property
    def impersonation(self) -> ImpersonationOut | None:
        return self.me.impersonation if self.me is not None else None

    async def close(self) -> None:
        await self.api.aclose()
        self.cache.close()
        if self.scratch is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.scratch}{suffix}").unlink(missing_ok=True)


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
    session = await _open(account, api)
    await _pin_audit_key(session, book)
    return session


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
    session = await _open(book.remember(account), api)
    await _pin_audit_key(session, book)
    return session


KEY_CHANGED = (
    "The server now signs its audit log with another key ({new}) than the one this console "
    "trusts ({old}). Exports are checked against the trusted key; ask the server's "
    "administrator whether the key was replaced on purpose."
)


async def _pin_audit_key(session: ConsoleSession, book: AccountBook) -> None:
    """Pin the server's audit key at the first sign-in; say so if it changes later."""
    if not session.online:
        return
    try:
        served = await session.api.audit_key()
    except HubdeskError:
        return  # an older server (no key), or away: try at the next sign-in
    pinned = session.account.audit_key
    if not pinned:
        session.account = book.remember(replace(session.account, audit_key=served.public_key))
    elif pinned != served.public_key:
        session.audit_key_changed = True
        session.notes.append(KEY_CHANGED.format(new=served.key_id, old=key_id(pinned)))


async def log_in_as(real: ConsoleSession, org_id: str) -> ConsoleSession:
    """Open ``org_id`` as its owner sees it, for the time the server grants.

    The session has its own client, a cache of its own in a scratch file (deleted when it
    ends) and its refresh token in memory only; nothing of it is remembered as an
    account. Raises what the server says when it refuses (no permission, no owner …).
    """
    pair = await real.api.impersonate(org_id)
    grant = pair.impersonation
    owner = pair.tokens.person
    account = Account(real.account.server_url, owner.id, owner.email, owner.display_name)
    api = ApiClient(real.account.server_url)
    await api.adopt(pair.tokens)
    scratch = scratch_path(f"log-in-as-{grant.org_id}")
    session = await _open(account, api, path=scratch)
    session.opened_from = real
    session.scratch = scratch
    if session.impersonation is None:  # the server lost track of it: do not pretend
        await end_log_in_as(session)
        raise BadServerResponse("The server did not keep the log-in-as session.")
    return session


async def end_log_in_as(session: ConsoleSession) -> None:
    """End a "log in as" session on the server (audited there) and drop its cache."""
    try:
        await session.api.logout()
    except (Unreachable, AuthFailed, ServerFailed):
        pass  # it ends by itself at its time; the scratch cache goes either way
    finally:
        await session.close()


async def _open(
    account: Account, api: ApiClient, *, online: bool = True, path: Path | None = None
) -> ConsoleSession:
    try:
        cache = Cache(path or cache_path(account))
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
