"""change feed: hourly marks of its progress, for compacting old tombstones

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 22:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hubdesk.models.base import UTCDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feed_marks",
        sa.Column("noted_at", UTCDateTime(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("noted_at", name=op.f("pk_feed_marks")),
    )


def downgrade() -> None:
    op.drop_table("feed_marks")
