"""organisations may allow members from other domains; welcome links for added people;
shared resources carry their owner's name; signed audit checkpoints

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 14:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hubdesk.models.base

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite and PostgreSQL both take it): a batch copy would drop and
    # rebuild the organisations table, checking every foreign key into it on the way.
    op.add_column(
        "organisations",
        sa.Column("external_members", sa.Boolean(), nullable=False, server_default=sa.text("false")),
    )


    op.add_column(
        "shared_resources",
        sa.Column("owner_name", sa.String(length=200), nullable=False, server_default=""),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("chain_id", sa.String(length=36), nullable=False),
        sa.Column("chain_seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.String(length=40), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("signature", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
        info={"server_only": True},
    )
    op.create_index(
        "ix_audit_checkpoints_chain", "audit_checkpoints", ["chain_id", "chain_seq"], unique=True
    )
    op.create_table(
        "welcome_tokens",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("invited_by", sa.String(length=200), nullable=False),
        sa.Column("expires_at", hubdesk.models.base.UTCDateTime(), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organisations.id"],
            name=op.f("fk_welcome_tokens_org_id_organisations"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_welcome_tokens_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_welcome_tokens")),
        info={"server_only": True},
    )
    op.create_index(
        op.f("ix_welcome_tokens_person_id"), "welcome_tokens", ["person_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("audit_checkpoints")
    op.drop_table("welcome_tokens")
    with op.batch_alter_table("shared_resources", schema=None) as batch_op:
        batch_op.drop_column("owner_name")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("external_members")
