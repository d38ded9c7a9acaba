"""Facts about this server."""

from __future__ import annotations

from fastapi import APIRouter, Request

from hubdesk import __version__
from hubdesk.server.db import server_meta
from hubdesk.server.deps import ReadSession
from hubdesk.wire.auth import ServerInfo

router = APIRouter(tags=["server"])


@router.get("/server-info", response_model=ServerInfo)
def server_info(request: Request, session: ReadSession) -> ServerInfo:
    return ServerInfo(
        name="hubdesk reference server",
        version=__version__,
        api_version="v1",
        server_id=server_meta(session, "server_id") or "",
        demo=request.app.state.settings.demo,
    )
