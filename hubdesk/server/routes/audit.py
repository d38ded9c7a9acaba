"""The audit log's verification material: the public signing key, and the export of the
caller's audit scope as verifiable JSON Lines (an audited event itself)."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from hubdesk.domain.permissions import Permission, path_ids
from hubdesk.models.orgs import Organisation
from hubdesk.server import audit
from hubdesk.server.audit_signing import Signer, export_lines, latest_checkpoints, links_of
from hubdesk.server.db import Database
from hubdesk.server.deps import CallerDep, DatabaseDep
from hubdesk.server.errors import ApiError
from hubdesk.wire.audit import (
    LINKS_PAGE,
    AuditCheckpointOut,
    AuditCheckpoints,
    AuditKey,
    AuditLinkOut,
    AuditLinks,
)

router = APIRouter(tags=["audit"])


@router.get("/audit/key", response_model=AuditKey)
def audit_key(request: Request) -> AuditKey:
    """The key the server signs audit checkpoints and exports with (consoles pin it)."""
    signer: Signer = request.app.state.signer
    return AuditKey(public_key=signer.public_key, key_id=signer.key_id)


def _record_export(db: Database, caller: CallerDep) -> None:
    roots = caller.scope.roots(Permission.VIEW_AUDIT)
    with db.writing() as session:
        top = min(roots, key=len)
        org_id = path_ids(top)[-1]
        org = session.get(Organisation, org_id)
        audit.record(
            session,
            caller.actor,
            "audit.export",
            org=org,
            target_type="audit_log",
            target_id=None,
            target_name=org.name if org else None,
            after={"format": "jsonl", "subtrees": len(roots)},
        )


@router.get("/audit/export", response_class=StreamingResponse)
async def export(request: Request, caller: CallerDep, db: DatabaseDep) -> StreamingResponse:
    """Every audit event the caller may review, with links, checkpoints and a signed
    header (JSON Lines); ``hubdesk audit verify FILE`` checks it offline."""
    _may_review(caller)
    await run_in_threadpool(_record_export, db, caller)
    signer: Signer = request.app.state.signer

    def lines() -> Iterator[bytes]:
        with db.reading() as session:
            for line in export_lines(session, caller.scope, signer):
                yield line.encode()

    return StreamingResponse(
        lines(),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="hubdesk-audit.jsonl"'},
    )


def _may_review(caller: CallerDep) -> None:
    if not caller.scope.roots(Permission.VIEW_AUDIT):
        raise ApiError(403, "forbidden", "You may not review any audit log.")


@router.get("/audit/checkpoints", response_model=AuditCheckpoints)
def checkpoints(caller: CallerDep, db: DatabaseDep) -> AuditCheckpoints:
    """The newest signed checkpoint of every chain in the caller's audit scope: what a
    console verifies its cached log against."""
    _may_review(caller)
    with db.reading() as session:
        points = latest_checkpoints(session, caller.scope)
        return AuditCheckpoints(
            checkpoints=[
                AuditCheckpointOut(
                    chain_id=p.chain_id,
                    chain_seq=p.chain_seq,
                    hash=p.hash,
                    signed_at=p.signed_at,
                    key_id=p.key_id,
                    signature=p.signature,
                )
                for p in points
            ]
        )


@router.get("/audit/links", response_model=AuditLinks)
def links(
    caller: CallerDep,
    db: DatabaseDep,
    chain: str = Query(min_length=1, max_length=36),
    after: int = Query(0, ge=0),
    upto: int = Query(ge=1),
    limit: int = Query(LINKS_PAGE, ge=1, le=LINKS_PAGE),
) -> AuditLinks:
    """The positions of a chain, after ``after`` and up to ``upto``, whose events the
    caller may not see: their hashes only, so the cached log still verifies as a whole."""
    _may_review(caller)
    with db.reading() as session:
        found = links_of(session, caller.scope, chain, after, upto, limit + 1)
    if found is None:
        raise ApiError(404, "not_found", "No such audit chain in your scope.")
    return AuditLinks(
        chain_id=chain,
        links=[AuditLinkOut(chain_seq=s, prev_hash=p, hash=h) for s, p, h in found[:limit]],
        more=len(found) > limit,
    )
