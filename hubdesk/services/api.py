"""The console's HTTP client for the hubdesk API (async httpx; validated with pydantic).

Nothing from the network reaches the caller unvalidated: every body is size-capped and
parsed into the wire models, and every failure becomes one of :mod:`.errors`.
"""

from __future__ import annotations

import asyncio
import json
import platform
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from hubdesk import API_PREFIX, __version__
from hubdesk.models.registry import BY_NAME
from hubdesk.services.errors import (
    AuthFailed,
    BadServerResponse,
    ServerFailed,
    ServerRejected,
    Unreachable,
)
from hubdesk.wire.audit import AuditCheckpoints, AuditKey, AuditLinks
from hubdesk.wire.auth import (
    ErrorOut,
    ImpersonateRequest,
    ImpersonationPair,
    LoginRequest,
    MeOut,
    ServerInfo,
    TokenPair,
)
from hubdesk.wire.columns import ROW_SHAPES
from hubdesk.wire.entities import WIRE_MODELS, EntityOut
from hubdesk.wire.mail import Mailbox
from hubdesk.wire.mutations import PushRequest, PushResponse, WaitResult
from hubdesk.wire.security import (
    Revoked,
    SessionsOut,
    TwoStepCode,
    TwoStepOff,
    TwoStepSetup,
)
from hubdesk.wire.sync import ChangePage

M = TypeVar("M", bound=BaseModel)
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
USER_AGENT = f"hubdesk-console/{__version__} ({platform.system()} {platform.release()})"


def normalise_server_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        url = "https://" + url
    return url


class ApiClient:
    """One server, one signed-in person (once :meth:`login` or :meth:`resume` succeeded)."""

    def __init__(
        self,
        server_url: str,
        *,
        on_refresh_token: Callable[[str], Awaitable[None] | None] | None = None,
        timeout: float = 20.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.server_url = normalise_server_url(server_url)
        self._http = httpx.AsyncClient(
            base_url=self.server_url + API_PREFIX,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            headers={"User-Agent": USER_AGENT},
            transport=transport,
        )
        self._access: str | None = None
        self._refresh: str | None = None
        # told every new refresh token (the session stores it in the keyring)
        self.on_refresh_token = on_refresh_token
        self._refresh_lock = asyncio.Lock()
        self._closed = False

    @property
    def signed_in(self) -> bool:
        return self._access is not None or self._refresh is not None

    async def aclose(self) -> None:
        self._closed = True  # a refresh still in flight must not store its token any more
        await self._http.aclose()

    # -- requests -----------------------------------------------------------------------

    async def _send(self, method: str, path: str, **kwargs: Any) -> tuple[int, bytes]:
        try:
            async with self._http.stream(method, path, **kwargs) as response:
                chunks: list[bytes] = []  # joined once at the end: one copy of the body
                size = 0
                async for chunk in response.aiter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_RESPONSE_BYTES:
                        limit = MAX_RESPONSE_BYTES // 2**20
                        raise BadServerResponse(
                            f"The server sent more than {limit} MB in one answer."
                        )
                return response.status_code, b"".join(chunks)
        except httpx.TimeoutException as exc:
            raise Unreachable(f"{self.server_url} did not answer in time.") from exc
        except httpx.HTTPError as exc:
            raise Unreachable(f"Cannot reach {self.server_url}: {_reason(exc)}") from exc

    async def _raw(self, method: str, path: str, *, auth: bool = True, **kwargs: Any) -> bytes:
        """The answer's body; a 401 for an expired access token refreshes once and retries."""
        for attempt in (1, 2):
            headers = dict(kwargs.get("headers") or {})
            if auth:
                if self._access is None:
                    await self._refresh_access()
                headers["Authorization"] = f"Bearer {self._access}"
            status, body = await self._send(method, path, **(kwargs | {"headers": headers}))
            expired = status == 401 and auth and _error(body).code == "token_expired"
            if expired and attempt == 1 and self._refresh is not None:
                self._access = None
                continue
            if status >= 400:
                raise _failure(status, body)
            return body
        raise AssertionError("unreachable")

    async def _call(
        self, method: str, path: str, model: type[M] | None, *, auth: bool = True, **kwargs: Any
    ) -> M | None:
        body = await self._raw(method, path, auth=auth, **kwargs)
        if model is None:
            return None
        try:
            return model.model_validate_json(body)
        except ValidationError as exc:
            raise BadServerResponse(
                f"The server's answer to {path} is not valid: {_first_error(exc)}"
            ) from exc

    async def _get(self, path: str, model: type[M], **params: Any) -> M:
        clean = {k: v for k, v in params.items() if v is not None}
        result = await self._call("GET", path, model, params=clean)
        assert result is not None
        return result

    async def audit_key(self) -> AuditKey:
        """The key the server signs its audit log with (pinned at first sign-in)."""
        result = await self._call("GET", "/audit/key", AuditKey, auth=False)
        assert result is not None
        return result

    async def audit_checkpoints(self) -> AuditCheckpoints:
        """The newest signed checkpoint of every chain in the caller's audit scope."""
        return await self._get("/audit/checkpoints", AuditCheckpoints)

    async def audit_links(self, chain_id: str, after: int, upto: int) -> AuditLinks:
        """Hashes of the positions of a chain the caller may not see (a page of them)."""
        return await self._get("/audit/links", AuditLinks, chain=chain_id, after=after, upto=upto)

    async def download_audit(self, dest: Path, max_bytes: int = 8 * 2**30) -> int:
        """Stream the caller's audit export (JSON Lines) into ``dest``; its size."""
        for attempt in (1, 2):
            if self._access is None:
                await self._refresh_access()
            headers = {"Authorization": f"Bearer {self._access}"}
            try:
                async with self._http.stream(
                    "GET", "/audit/export", headers=headers, timeout=httpx.Timeout(300.0)
                ) as response:
                    if response.status_code >= 400:
                        body = await response.aread()
                        if response.status_code == 401 and attempt == 1:
                            self._access = None
                            continue
                        raise _failure(response.status_code, body)
                    size = 0
                    with dest.open("wb") as out:
                        async for chunk in response.aiter_bytes():
                            size += len(chunk)
                            if size > max_bytes:
                                raise BadServerResponse("The audit export is larger than allowed.")
                            out.write(chunk)
                    return size
            except httpx.TimeoutException as exc:
                raise Unreachable(f"{self.server_url} did not answer in time.") from exc
            except httpx.HTTPError as exc:
                raise Unreachable(f"Cannot reach {self.server_url}: {_reason(exc)}") from exc
        raise AssertionError("unreachable")

    # -- authentication -----------------------------------------------------------------

    async def server_info(self) -> ServerInfo:
        result = await self._call("GET", "/server-info", ServerInfo, auth=False)
        assert result is not None
        return result

    async def login(self, email: str, password: str, totp_code: str | None = None) -> TokenPair:
        body = LoginRequest(email=email, password=password, totp_code=totp_code, device=USER_AGENT)
        pair = await self._call(
            "POST", "/auth/login", TokenPair, auth=False, json=body.model_dump(exclude_none=True)
        )
        assert pair is not None
        await self._store(pair)
        return pair

    async def resume(self, refresh_token: str) -> TokenPair:
        """Sign in again from a stored refresh token (rotates it)."""
        self._refresh = refresh_token
        return await self._refresh_access()

    async def _refresh_access(self) -> TokenPair:
        async with self._refresh_lock:
            if self._refresh is None:
                raise AuthFailed("Sign in first.", "unauthenticated")
            pair = await self._call(
                "POST",
                "/auth/refresh",
                TokenPair,
                auth=False,
                json={"refresh_token": self._refresh},
            )
            assert pair is not None
            await self._store(pair)
            return pair

    async def _store(self, pair: TokenPair) -> None:
        if self._closed:
            return
        self._access = pair.access_token
        self._refresh = pair.refresh_token
        if self.on_refresh_token is not None:
            result = self.on_refresh_token(pair.refresh_token)
            if result is not None:
                await result

    async def impersonate(self, org_id: str) -> ImpersonationPair:
        """A "log in as" session of ``org_id``'s owner (its tokens; this client keeps its own)."""
        body = ImpersonateRequest(org_id=org_id).model_dump()
        result = await self._call("POST", "/auth/impersonate", ImpersonationPair, json=body)
        assert result is not None
        return result

    async def adopt(self, pair: TokenPair) -> None:
        """Use tokens issued elsewhere (a "log in as" session's)."""
        await self._store(pair)

    async def logout(self) -> None:
        try:
            if self._access is not None:
                await self._call("POST", "/auth/logout", None)
        finally:
            self._access = self._refresh = None
            self._closed = True

    async def me(self) -> MeOut:
        return await self._get("/me", MeOut)

    # -- the caller's own security ------------------------------------------------------------

    async def my_sessions(self) -> SessionsOut:
        """The consoles signed in as the caller."""
        return await self._get("/me/sessions", SessionsOut)

    async def revoke_session(self, session_id: str) -> int:
        path = f"/me/sessions/{quote(session_id, safe='')}/revoke"
        result = await self._call("POST", path, Revoked)
        assert result is not None
        return result.revoked

    async def revoke_other_sessions(self) -> int:
        result = await self._call("POST", "/me/sessions/revoke-others", Revoked)
        assert result is not None
        return result.revoked

    async def two_step_start(self) -> TwoStepSetup:
        result = await self._call("POST", "/me/two-step/start", TwoStepSetup)
        assert result is not None
        return result

    async def two_step_enable(self, code: str) -> None:
        body = TwoStepCode(code=code).model_dump()
        await self._call("POST", "/me/two-step/enable", None, json=body)

    async def two_step_disable(self, password: str, code: str) -> None:
        body = TwoStepOff(password=password, code=code).model_dump()
        await self._call("POST", "/me/two-step/disable", None, json=body)

    # -- reads ------------------------------------------------------------------------------

    async def changes_raw(
        self, cursor: str | None, limit: int = 1000, *, count_remaining: bool = False
    ) -> bytes:
        """The feed page as bytes (validated later, off the GUI thread)."""
        params: dict[str, Any] = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        if count_remaining:
            params["count_remaining"] = "true"
        return await self._raw("GET", "/sync/changes", params=params)

    async def wait_changes(self, cursor: str, timeout: float = 25.0) -> bool:
        """Whether the feed has news after ``cursor``; the server answers within ``timeout``."""
        result = await self._call(
            "GET",
            "/sync/wait",
            WaitResult,
            params={"cursor": cursor, "timeout": timeout},
            timeout=httpx.Timeout(timeout + 15.0, connect=5.0),
        )
        assert result is not None
        return result.changed

    async def entity(self, entity_type: str, entity_id: str) -> EntityOut | None:
        """One entity as the server has it now (None: gone, or not visible to me)."""
        try:
            return await self._get(
                f"/{BY_NAME[entity_type].plural}/{entity_id}", WIRE_MODELS[entity_type]
            )
        except ServerRejected as exc:
            if exc.status == 404:
                return None
            raise

    async def mailbox(self) -> Mailbox:
        """The demo server's local mailbox (a real server answers 404: ServerRejected)."""
        return await self._get("/demo/mailbox", Mailbox)

    # -- writes -----------------------------------------------------------------------------

    async def push(self, request: PushRequest) -> PushResponse:
        """Send queued mutations; the answer has one result per mutation, in order."""
        body = request.model_dump_json(exclude_unset=True).encode()
        response = await self._call(
            "POST",
            "/sync/push",
            PushResponse,
            content=body,
            headers={"Content-Type": "application/json"},
        )
        assert response is not None
        sent = [m.key for m in request.mutations]
        if [r.key for r in response.results] != sent:
            raise BadServerResponse(
                "The server's answer to /sync/push does not match the changes sent."
            )
        return response


def parse_change_page(body: bytes) -> ChangePage:
    try:
        return ChangePage.model_validate_json(body)
    except ValidationError as exc:
        raise BadServerResponse(
            f"The server sent a change page that is not valid: {_first_error(exc)}"
        ) from exc


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def _error(body: bytes) -> ErrorOut:
    try:
        return ErrorOut.model_validate_json(body)
    except ValidationError:
        try:
            detail = json.loads(body).get("detail")
        except (ValueError, AttributeError):
            detail = None
        text = detail if isinstance(detail, str) else body[:200].decode("utf-8", "replace")
        return ErrorOut(code="unknown", detail=text.strip() or "no details")


def _failure(status: int, body: bytes) -> Exception:
    err = _error(body)
    if status == 401:
        return AuthFailed(err.detail, err.code)
    if status >= 500:
        return ServerFailed(f"The server failed ({status}): {err.detail}")
    return ServerRejected(err.detail, status, err.code)


def _named(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """A change page's error location with the column's name for its index
    (``upserts.0.person.rows.7.3`` → ``upserts.0.person.rows.7.email``)."""
    if len(loc) >= 6 and loc[0] == "upserts" and loc[3] == "rows" and isinstance(loc[5], int):
        shape = ROW_SHAPES.get(str(loc[2]))
        if shape is not None and loc[5] < len(shape.columns):
            return (*loc[:5], shape.columns[loc[5]], *loc[6:])
    return loc


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in _named(tuple(first.get("loc", ()))))
    return f"{where or 'body'}: {first.get('msg', 'invalid')} ({exc.error_count()} problem(s))"
