"""The ASGI application: ``create_app(settings)``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import partial

from fastapi import FastAPI

from hubdesk import API_PREFIX, __version__
from hubdesk.server import audit_signing, errors, feed_compaction, invites, invoicing, licences
from hubdesk.server.bootstrap import ensure_foundation
from hubdesk.server.db import Database, migrate
from hubdesk.server.limits import BodyLimit
from hubdesk.server.mail import MailSender
from hubdesk.server.routes import audit as audit_routes
from hubdesk.server.routes import (
    auth,
    demo,
    entities,
    impersonation,
    meta,
    onboarding,
    orgs,
    push,
    sync,
)
from hubdesk.server.routes import security as security_routes
from hubdesk.server.settings import Settings


def create_app(
    settings: Settings, db: Database | None = None, *, migrate_first: bool = True
) -> FastAPI:
    """Build the app; migrates the database to the newest schema first."""
    database = db or Database.open(settings.database_url)
    if migrate_first:
        migrate(database)
    with database.writing() as session:
        ensure_foundation(session)
    app = FastAPI(
        title="hubdesk API",
        version=__version__,
        description="The API the hubdesk console syncs with. Everything is scoped to the caller.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.db = database
    app.state.settings = settings
    chores: list[Callable[[], object]] = [
        partial(invites.expire_due, database),
        licences.Schedule(database, timedelta(minutes=settings.rules_minutes)),
        feed_compaction.CompactionRound(database, timedelta(days=settings.tombstone_days)),
    ]
    signer = audit_signing.Signer.from_file(
        audit_signing.key_path(database.url, settings.audit_key_file)
    )
    app.state.signer = signer
    chores.append(
        audit_signing.CheckpointRound(
            database, signer, timedelta(minutes=settings.checkpoint_minutes)
        )
    )
    if settings.auto_invoice:
        chores.append(invoicing.MonthlyRun(database))
    app.state.mail = MailSender(database, settings, chores)
    app.state.mail.start()
    errors.install(app)

    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    for router in (
        auth.router,
        auth.me_router,
        impersonation.router,
        meta.router,
        sync.router,
        push.router,
        orgs.router,
        demo.router,
        audit_routes.router,
        security_routes.router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(entities.router, prefix=API_PREFIX)
    app.include_router(onboarding.router)  # a page for people, outside the API
    return app
