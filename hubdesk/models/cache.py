"""Tables only the console's cache has (its own metadata; never on the server)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class CacheBase(DeclarativeBase):
    metadata = MetaData()


class CacheState(CacheBase):
    """Key/value state of the cache: the feed cursor, the scope roots, last sync time."""

    __tablename__ = "cache_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class OutboxEntry(CacheBase):
    """A write made in this console and not yet acknowledged by the server.

    Recorded in the same transaction as its optimistic effect on the cached row. ``seq``
    never repeats (AUTOINCREMENT), so the server sees this console's writes in order.
    ``state``: ``pending`` (to send), ``conflict`` (the server's row had moved on) or
    ``rejected`` (refused for good); the last two wait for the person's decision.
    """

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    op: Mapped[str] = mapped_column(String(60), nullable=False)
    entity_type: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)  # the patch's JSON
    state: Mapped[str] = mapped_column(String(12), nullable=False, default="pending")
    created_at: Mapped[str] = mapped_column(String(40), nullable=False)


class ConflictEntry(CacheBase):
    """An entity whose queued writes the server did not take: the server's row
    ("theirs", kept fresh by later pulls) and why, beside the outbox entries ("mine")."""

    __tablename__ = "conflicts"

    entity_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # conflict | rejected
    theirs: Mapped[str | None] = mapped_column(Text)  # the server's row (wire JSON)
    code: Mapped[str | None] = mapped_column(String(60))
    message: Mapped[str | None] = mapped_column(Text)
    detected_at: Mapped[str] = mapped_column(String(40), nullable=False)


class AuditLinkRow(CacheBase):
    """A chain position whose event this console may not see: its hashes only (from
    the server's ``/audit/links``), so the cached log verifies as a whole."""

    __tablename__ = "audit_links"

    chain_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    chain_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class AuditSigned(CacheBase):
    """The newest checkpoint the server signed for a chain (``/audit/checkpoints``)."""

    __tablename__ = "audit_signed"

    chain_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    chain_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
    signed_at: Mapped[str] = mapped_column(String(40), nullable=False)
    key_id: Mapped[str] = mapped_column(String(16), nullable=False)
    signature: Mapped[str] = mapped_column(String(120), nullable=False)


class CustomerRow(CacheBase):
    """A partner's customer account as the customers page lists it: one row each, worked
    out from the cache (:mod:`hubdesk.services.cache.customers`) so that filtering and
    sorting by any column is one indexed query. Never sent anywhere."""

    __tablename__ = "customer_rows"
    __table_args__ = (
        # the status tabs' counts, from the index alone
        Index("ix_customer_rows_count", "partner_id", "status", "attention"),
        *(
            Index(f"ix_customer_rows_{key}", "partner_id", key, "customer_id")
            for key in (
                "name_fold",
                "status",
                "days_key",
                "plan_key",
                "progress_pct",
                "users",
                "activity_90d",
                "attention",
                "tags_key",
            )
        ),
    )

    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partner_id: Mapped[str] = mapped_column(String(36), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_fold: Mapped[str] = mapped_column(String(200), nullable=False)
    search_fold: Mapped[str] = mapped_column(Text, nullable=False)  # name, contact, plan, tags
    status: Mapped[str] = mapped_column(String(16), nullable=False)  # trial/active/closed/none
    trial_ends_on: Mapped[str | None] = mapped_column(String(10))
    subscription_started_on: Mapped[str | None] = mapped_column(String(10))
    renews_on: Mapped[str | None] = mapped_column(String(10))
    # Trial days left, or days to renewal; 1e6 for neither (sorts last).
    days_key: Mapped[int] = mapped_column(Integer, nullable=False)
    deal_id: Mapped[str | None] = mapped_column(String(36))
    deal_stage: Mapped[str | None] = mapped_column(String(16))
    plan_name: Mapped[str | None] = mapped_column(String(120))
    plan_key: Mapped[str] = mapped_column(String(120), nullable=False)  # folded, '' for none
    progress_pct: Mapped[int] = mapped_column(Integer, nullable=False)
    users: Mapped[int] = mapped_column(Integer, nullable=False)
    activity_90d: Mapped[int] = mapped_column(Integer, nullable=False)
    last_activity: Mapped[str | None] = mapped_column(String(26))
    attention: Mapped[int] = mapped_column(Integer, nullable=False)  # how many items
    attention_json: Mapped[str] = mapped_column(Text, nullable=False)  # [[need, figure], …]
    tags_key: Mapped[str] = mapped_column(String(400), nullable=False)  # folded, sorted
    tags_json: Mapped[str] = mapped_column(Text, nullable=False)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    computed_on: Mapped[str] = mapped_column(String(10), nullable=False)  # the day of the rules


class CustomerFind(CacheBase):
    """The customer rows' search text, narrow and in name order: a search reads this
    (a few MB for 100,000 customers) instead of the whole rows."""

    __tablename__ = "customer_find"
    __table_args__ = {"sqlite_with_rowid": False}

    partner_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name_fold: Mapped[str] = mapped_column(String(200), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    attention: Mapped[int] = mapped_column(Integer, nullable=False)
    search_fold: Mapped[str] = mapped_column(Text, nullable=False)
