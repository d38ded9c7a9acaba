"""``POST /sync/push``: the console's queued writes, applied in the order sent."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool

from hubdesk.server import mutations
from hubdesk.server.deps import CallerDep, DatabaseDep, SettingsDep
from hubdesk.server.routes.orgs import ERRORS
from hubdesk.wire.mutations import PushRequest, PushResponse

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/push", response_model=PushResponse, responses=ERRORS)
async def push(
    body: PushRequest,
    request: Request,
    caller: CallerDep,
    db: DatabaseDep,
    settings: SettingsDep,
) -> PushResponse:
    """Apply each mutation at most once, in order; one result per mutation.

    A conflict or a rejection of one mutation does not stop the ones after it (they
    are about other entities, or the console would not have sent them). A key used
    before for a different request refuses the whole push (422) before anything
    after it is applied.
    """
    base_url = (settings.public_url or str(request.base_url)).rstrip("/")
    ctx = mutations.Context(caller, settings, base_url)
    results = []
    for mutation in body.mutations:
        results.append(
            await run_in_threadpool(mutations.apply_one, db, ctx, body.client_id, mutation)
        )
    last = await run_in_threadpool(mutations.last_seq, db, body.client_id)
    return PushResponse(results=results, last_seq=last)
