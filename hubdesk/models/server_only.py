"""Tables only the server has: secrets, sessions, the change-feed index. Never synced."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.models.base import FK, SERVER_ONLY, Base, UTCDateTime, new_id, utcnow

_SERVER = {"info": {SERVER_ONLY: True}}


class Credential(Base):
    """Password hash and 2-step secret of a person."""

    __tablename__ = "credentials"
    __table_args__ = _SERVER

    person_id: Mapped[str] = mapped_column(FK("people.id"), primary_key=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    # Highest RFC 6238 time step accepted so far: a code is never accepted twice.
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)


class SignInThrottle(Base):
    """Failed sign-ins per email address — known or not, so a lockout says nothing about
    whether an account exists. Keyed by the SHA-256 of the lower-cased address."""

    __tablename__ = "sign_in_throttle"
    __table_args__ = _SERVER

    email_digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuthSession(Base):
    """A signed-in console: a short-lived access token and a rotating refresh token.

    Only SHA-256 digests of the tokens are stored; the tokens themselves live in the
    console's keyring (refresh) and memory (access).
    """

    __tablename__ = "auth_sessions"
    __table_args__ = (
        Index("ix_auth_sessions_access", "access_digest", unique=True),
        Index("ix_auth_sessions_refresh", "refresh_digest", unique=True),
        {"info": {SERVER_ONLY: True}},
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    person_id: Mapped[str] = mapped_column(FK("people.id"), nullable=False, index=True)
    access_digest: Mapped[str] = mapped_column(String(64), nullable=False)
    access_expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    refresh_digest: Mapped[str] = mapped_column(String(64), nullable=False)
    # Digest of the refresh token this one replaced: presenting it again means theft.
    previous_refresh_digest: Mapped[str | None] = mapped_column(String(64), index=True)
    refresh_expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ip: Mapped[str | None] = mapped_column(String(64))
    device: Mapped[str | None] = mapped_column(String(300))
    # "Log in as": the session acts as ``person_id`` (a sub-account's owner) for the
    # real person ``impersonator_id``, in ``impersonated_org_id``, until ``grant_ends_at``
    # (a hard end: refreshing never goes past it).
    impersonator_id: Mapped[str | None] = mapped_column(FK("people.id"))
    impersonated_org_id: Mapped[str | None] = mapped_column(FK("organisations.id"))
    grant_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class WelcomeToken(Base):
    """A one-time link for a person added to an organisation to choose a first password
    (only its SHA-256 digest is stored)."""

    __tablename__ = "welcome_tokens"
    __table_args__ = _SERVER

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(FK("people.id"), nullable=False, index=True)
    org_id: Mapped[str] = mapped_column(FK("organisations.id"), nullable=False)
    invited_by: Mapped[str] = mapped_column(String(200), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    used: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class AuditCheckpoint(Base):
    """A signed statement that a chain had reached a position with a hash (see
    :mod:`hubdesk.domain.audit_verify`)."""

    __tablename__ = "audit_checkpoints"
    __table_args__ = (
        Index("ix_audit_checkpoints_chain", "chain_id", "chain_seq", unique=True),
        _SERVER,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chain_id: Mapped[str] = mapped_column(String(36), nullable=False)
    chain_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
    signed_at: Mapped[str] = mapped_column(String(40), nullable=False)  # ISO text, as signed
    key_id: Mapped[str] = mapped_column(String(16), nullable=False)
    signature: Mapped[str] = mapped_column(String(100), nullable=False)


class InviteToken(Base):
    __tablename__ = "invite_tokens"
    __table_args__ = _SERVER

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    invite_id: Mapped[str] = mapped_column(FK("invites.id"), nullable=False, index=True)
    used: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class SyncIndex(Base):
    """One row per synced entity, re-numbered on every change: the change feed's spine.

    ``seq`` only grows; a write takes a new ``seq`` for each entity it touched, so the
    feed "everything with seq > cursor" delivers the newest state of each entity once.
    ``org_id`` is the organisation that decides who may see the entity.

    Rows with ``departed_from`` are departures (see there): one per organisation and
    former place, numbered in the same sequence as the changes.
    """

    __tablename__ = "sync_index"
    __table_args__ = (
        Index(
            "ix_sync_index_entity",
            "entity_type",
            "entity_id",
            unique=True,
            sqlite_where=text("departed_from IS NULL"),
            postgresql_where=text("departed_from IS NULL"),
        ),
        Index(
            "ix_sync_index_departure",
            "entity_type",
            "entity_id",
            "departed_from",
            unique=True,
            sqlite_where=text("departed_from IS NOT NULL"),
            postgresql_where=text("departed_from IS NOT NULL"),
        ),
        Index("ix_sync_index_org", "org_id", "seq"),
        {"info": {SERVER_ONLY: True}, "sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    entity_type: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False)
    org_id: Mapped[str | None] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # A departure: the organisation subtree that was at this path moved away or was
    # deleted; whoever could see it there and cannot see it now is told to drop it.
    departed_from: Mapped[str | None] = mapped_column(String(800))


class FeedMark(Base):
    """How far the change feed had come at a time (one row per hour of the server's
    background round): compaction finds, by time, the feed number below which
    tombstones are old enough to go (see ``hubdesk.server.feed_compaction``)."""

    __tablename__ = "feed_marks"
    __table_args__ = _SERVER

    noted_at: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)


class ServerMeta(Base):
    """Key/value facts about this server database (its id, the demo flag, …)."""

    __tablename__ = "server_meta"
    __table_args__ = _SERVER

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000), nullable=False)


class IdempotencyRecord(Base):
    """The stored result of one console write (Stripe-style idempotency keys).

    A key is applied at most once: a repeat of the same request gets ``result`` back;
    the same key with a different request (``request_digest``) is refused.
    """

    __tablename__ = "idempotency_records"
    __table_args__ = (
        Index("ix_idempotency_records_client", "client_id", "seq"),
        {"info": {SERVER_ONLY: True}},
    )

    key: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(FK("people.id"), nullable=False)
    client_id: Mapped[str] = mapped_column(String(36), nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    request_digest: Mapped[str] = mapped_column(String(64), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    result: Mapped[str] = mapped_column(Text, nullable=False)  # the MutationResult's JSON
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class PushClient(Base):
    """Per console (one cache file): the highest sequence number with a stored result."""

    __tablename__ = "push_clients"
    __table_args__ = _SERVER

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(FK("people.id"), nullable=False)
    last_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class OutgoingMail(Base):
    """A mail the server sends (invites, notices): queued with the change that causes it,
    delivered after the commit (see ``hubdesk.server.mail``)."""

    __tablename__ = "outgoing_mail"
    __table_args__ = (
        Index("ix_outgoing_mail_due", "status", "next_attempt_at"),
        Index("ix_outgoing_mail_org", "org_id", "created_at"),
        {"info": {SERVER_ONLY: True}},
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    org_id: Mapped[str | None] = mapped_column(FK("organisations.id"))  # whose business
    to_address: Mapped[str] = mapped_column(String(254), nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="queued")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
