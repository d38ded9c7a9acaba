"""Issuing invoices: one per billing organisation per month, with a line per organisation
billed through it and product.

A billing organisation pays for itself and for every organisation that names it as its
``billing_org_id`` (a salon chain for its salons). Each active subscription of those is
a line: seats and licences bought for the term (annual plans, seat plans), or — monthly
licences — those given. A month is invoiced once; the invoice is unpaid and due in 14
days, and audited. The server's background round issues last month's invoices on the
first days of a month (:class:`MonthlyRun`); ``hubdesk-server invoice --month YYYY-MM``
issues a month by hand.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from hubdesk.domain.enums import InvoiceStatus, ProductKind, SubscriptionStatus, Term
from hubdesk.models.base import utcnow
from hubdesk.models.commerce import (
    Invoice,
    InvoiceLine,
    LicenceAssignment,
    Product,
    Subscription,
)
from hubdesk.models.orgs import Organisation
from hubdesk.server import audit
from hubdesk.server.audit import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.db import Database

BILLING = Actor(None, "billing")
DUE_DAYS = 14


def month_bounds(month: date) -> tuple[date, date]:
    start = month.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return start, end


def _billed_quantity(session: Session, subscription: Subscription, product: Product) -> int:
    if subscription.term == Term.MONTHLY and product.kind == ProductKind.WORKSPACE_LICENCE:
        return int(
            session.scalar(
                select(func.count())
                .select_from(LicenceAssignment)
                .where(LicenceAssignment.subscription_id == subscription.id)
            )
            or 0
        )
    return subscription.quantity


def issue(session: Session, payer: Organisation, month: date, today: date) -> Invoice | None:
    """The invoice of ``payer`` for ``month`` (None: issued already, or nothing to bill)."""
    start, end = month_bounds(month)
    done = session.scalar(
        select(Invoice.id).where(Invoice.org_id == payer.id, Invoice.period_start == start)
    )
    if done is not None:
        return None
    billed = session.scalars(
        select(Organisation)
        .where(or_(Organisation.id == payer.id, Organisation.billing_org_id == payer.id))
        .order_by(Organisation.name_fold)
    ).all()
    rows = session.execute(
        select(Subscription, Product)
        .join(Product, Product.id == Subscription.product_id)
        .where(
            Subscription.org_id.in_([o.id for o in billed]),
            Subscription.status == SubscriptionStatus.ACTIVE,
            Subscription.started_on <= end,
        )
        .order_by(Subscription.org_id, Product.tier, Product.name)
    ).all()
    names = {o.id: o.name for o in billed}
    lines = []
    for subscription, product in rows:
        quantity = _billed_quantity(session, subscription, product)
        if quantity:
            lines.append((subscription.org_id, product, quantity))
    if not lines:
        return None
    invoice = Invoice(
        org_id=payer.id,
        number=f"HD-{start:%Y%m}-{payer.id[:8].upper()}",
        period_start=start,
        period_end=end,
        issued_on=today,
        due_on=today + timedelta(days=DUE_DAYS),
        status=InvoiceStatus.UNPAID,
        total_cents=sum(p.monthly_price_cents * q for _o, p, q in lines),
        currency=lines[0][1].currency,
    )
    session.add(invoice)
    session.flush()
    for org_id, product, quantity in lines:
        session.add(
            InvoiceLine(
                org_id=payer.id,
                invoice_id=invoice.id,
                child_org_id=org_id,
                product_id=product.id,
                description=f"{product.name} – {names[org_id]}",
                quantity=quantity,
                unit_price_cents=product.monthly_price_cents,
                amount_cents=product.monthly_price_cents * quantity,
            )
        )
    session.flush()
    audit.record(
        session,
        BILLING,
        "invoice.issue",
        org=payer,
        target_type="invoice",
        target_id=invoice.id,
        target_name=invoice.number,
        after={"period": f"{start:%Y-%m}", "total_cents": invoice.total_cents, "lines": len(lines)},
    )
    return invoice


def payers(session: Session) -> list[str]:
    """Organisations that pay for themselves or for others, and have something to pay for."""
    subscribed = select(Subscription.org_id).where(Subscription.status == SubscriptionStatus.ACTIVE)
    own = session.scalars(
        select(Organisation.id).where(
            Organisation.id.in_(subscribed), Organisation.billing_org_id.is_(None)
        )
    )
    others = session.scalars(
        select(Organisation.billing_org_id).where(
            Organisation.id.in_(subscribed), Organisation.billing_org_id.is_not(None)
        )
    )
    return sorted({*own, *(i for i in others if i)})


def issue_month(db: Database, month: date, today: date | None = None) -> int:
    """Issue ``month``'s invoices for every payer (each in its own transaction)."""
    with db.reading() as session:
        ids = payers(session)
    issued = 0
    for payer_id in ids:
        with db.writing() as session:
            payer = session.get(Organisation, payer_id)
            if payer is not None and issue(session, payer, month, today or utcnow().date()):
                issued += 1
    return issued


class MonthlyRun:
    """A chore of the server's background round: last month's invoices, once a month."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.done: date | None = None

    def __call__(self) -> int:
        today = utcnow().date()
        last_month = month_bounds(today)[0] - timedelta(days=1)
        if self.done == last_month.replace(day=1):
            return 0
        issued = issue_month(self.db, last_month, today)
        self.done = last_month.replace(day=1)
        return issued
