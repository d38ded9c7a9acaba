"""Invoices: marked paid (on a day) or unpaid again by the provider's side — whoever manages
billing at an organisation above the one that pays (never the payer itself). One push
mutation (see :mod:`hubdesk.server.mutations`), audited."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from hubdesk.domain.enums import InvoiceStatus
from hubdesk.domain.permissions import Permission, parent_path
from hubdesk.models.commerce import Invoice
from hubdesk.models.orgs import Organisation
from hubdesk.server import audit
from hubdesk.server.results import rejected, upsert
from hubdesk.wire.mutations import InvoiceUpdate, MutationResult

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.mutations import Context


def update(session: Session, ctx: Context, mutation: InvoiceUpdate) -> MutationResult:
    invoice = session.scalar(
        select(Invoice).where(Invoice.id == mutation.entity_id).with_for_update()
    )
    org = session.get(Organisation, invoice.org_id) if invoice is not None else None
    scope = ctx.caller.scope
    if invoice is None or org is None or not scope.allows(Permission.VIEW_BILLING, org.path):
        return rejected(mutation, "not_found", "This invoice no longer exists for you.")
    # Payments are recorded by the seller's side (billing managers above the payer), never
    # by the payer itself.
    if org.depth == 0 or not scope.allows(Permission.MANAGE_BILLING, parent_path(org.path)):
        return rejected(
            mutation, "forbidden", f"Only {org.name}'s provider records its payments.", invoice
        )
    if invoice.version != mutation.base_version:
        return MutationResult(
            key=mutation.key, status="conflict", current=upsert("invoice", invoice)
        )
    patch = mutation.payload
    before = {"status": str(invoice.status), "paid_on": _day(invoice.paid_on)}
    after = {"status": patch.status, "paid_on": _day(patch.paid_on)}
    if before != after:
        invoice.status = InvoiceStatus(patch.status)
        invoice.paid_on = patch.paid_on
        session.flush()  # the version bump (see hubdesk.server.feed)
        audit.record(
            session,
            ctx.caller.actor,
            "invoice.update",
            org=org,
            target_type="invoice",
            target_id=invoice.id,
            target_name=invoice.number,
            before=before,
            after=after,
        )
    return MutationResult(key=mutation.key, status="applied", version=invoice.version)


def _day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
