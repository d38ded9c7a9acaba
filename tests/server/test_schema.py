"""Migrations, the OpenAPI schema and the change-feed index."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from conftest import LiveServer, fresh_pg_database, pg_url

import hubdesk.models
from hubdesk.server.db import Database, migrate


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_migrations_build_exactly_the_models(backend: str, tmp_path: Path) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'm.sqlite'}"
    else:
        url = pg_url() or pytest.skip("PostgreSQL not available")
        url = fresh_pg_database(url, "schema")
    db = Database.open(url)
    migrate(db)
    migrate(db)  # idempotent
    with db.write_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), hubdesk.models.Base.metadata)
    db.dispose()
    assert diff == []


def test_openapi_is_served_and_versioned(live_server: LiveServer) -> None:
    schema = httpx.get(f"{live_server.api}/openapi.json").json()
    assert schema["info"]["title"] == "hubdesk API"
    paths = schema["paths"]
    assert "/api/v1/sync/changes" in paths
    assert "/api/v1/organisations/{org_id}/children" in paths
    assert "/api/v1/auth/login" in paths
    assert all(p.startswith("/api/v1/") for p in paths)
    for name in ("OrganisationOut", "ChangePage", "TokenPair", "ErrorOut"):
        assert name in schema["components"]["schemas"]


def test_every_synced_row_has_one_feed_entry(demo_db: Database) -> None:
    from sqlalchemy import func, select

    from hubdesk.models.registry import ENTITIES
    from hubdesk.models.server_only import SyncIndex

    with demo_db.reading() as session:
        for spec in ENTITIES:
            rows = session.scalar(select(func.count()).select_from(spec.model))
            indexed = session.scalar(
                select(func.count()).where(
                    SyncIndex.entity_type == spec.name, SyncIndex.deleted.is_(False)
                )
            )
            assert rows == indexed, spec.name
