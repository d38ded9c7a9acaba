"""audit events: indexes for reviewing the log by time, by target and by action

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_audit_events_time", "audit_events", ["occurred_at"])
    op.create_index("ix_audit_events_target", "audit_events", ["target_id", "occurred_at"])
    op.create_index("ix_audit_events_action", "audit_events", ["action", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_action", table_name="audit_events")
    op.drop_index("ix_audit_events_target", table_name="audit_events")
    op.drop_index("ix_audit_events_time", table_name="audit_events")
