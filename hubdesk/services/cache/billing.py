"""Billing from the cache: the invoices of an organisation and everything below it (one per
billing organisation and period), their lines (per child organisation and product), and
the totals rolled up the tree — per organisation directly below, paid, open and overdue.

An unpaid invoice past its due date counts as overdue, whatever the server last wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select

from hubdesk.domain.enums import InvoiceStatus
from hubdesk.domain.permissions import path_upper_bound
from hubdesk.models.commerce import Invoice, InvoiceLine, Product
from hubdesk.models.orgs import Organisation as Org

PAID, OPEN, OVERDUE = "paid", "open", "overdue"


def standing(status: str, due_on: date, today: date) -> str:
    """Paid, open (not due yet) or overdue; drafts and voided invoices are neither."""
    if status == InvoiceStatus.PAID:
        return PAID
    if status in (InvoiceStatus.UNPAID, InvoiceStatus.OVERDUE):
        return OVERDUE if status == InvoiceStatus.OVERDUE or due_on < today else OPEN
    return str(status)


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    id: str
    version: int
    number: str
    org_id: str
    org_name: str  # the billing organisation
    org_path: str
    period_start: date
    period_end: date
    issued_on: date
    due_on: date
    paid_on: date | None
    status: str  # as stored
    standing: str  # paid / open / overdue (or draft / void)
    total_cents: int
    currency: str


def _subtree(conn: Connection, org_id: str) -> tuple[str, str] | None:
    path = conn.scalar(select(Org.path).where(Org.id == org_id))
    return None if path is None else (path, path_upper_bound(path))


def invoices_of(
    conn: Connection, org_id: str, today: date, only: str | None = None, limit: int = 5000
) -> list[InvoiceRow]:
    """Invoices of billing organisations at ``org_id`` or below it, newest first;
    ``only``: paid, open or overdue."""
    bounds = _subtree(conn, org_id)
    if bounds is None:
        return []
    rows = conn.execute(
        select(
            Invoice.id,
            Invoice.version,
            Invoice.number,
            Invoice.org_id,
            Org.name,
            Org.path,
            Invoice.period_start,
            Invoice.period_end,
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.paid_on,
            Invoice.status,
            Invoice.total_cents,
            Invoice.currency,
        )
        .join(Org, Org.id == Invoice.org_id)
        .where(Org.path >= bounds[0], Org.path < bounds[1])
        .order_by(Invoice.issued_on.desc(), Invoice.number)
        .limit(limit)
    ).all()
    out = [
        InvoiceRow(
            i,
            int(v),
            n,
            o,
            on,
            op,
            ps,
            pe,
            iss,
            due,
            paid,
            str(st),
            standing(st, due, today),
            int(total),
            cur,
        )
        for i, v, n, o, on, op, ps, pe, iss, due, paid, st, total, cur in rows
    ]
    return [r for r in out if only is None or r.standing == only]


@dataclass(frozen=True, slots=True)
class LineRow:
    org_name: str  # the child organisation the line is for
    product: str
    description: str
    quantity: int
    unit_cents: int
    amount_cents: int


def lines_of(conn: Connection, invoice_id: str) -> list[LineRow]:
    rows = conn.execute(
        select(
            Org.name,
            Product.name,
            InvoiceLine.description,
            InvoiceLine.quantity,
            InvoiceLine.unit_price_cents,
            InvoiceLine.amount_cents,
        )
        .outerjoin(Org, Org.id == InvoiceLine.child_org_id)
        .outerjoin(Product, Product.id == InvoiceLine.product_id)
        .where(InvoiceLine.invoice_id == invoice_id)
        .order_by(Org.name_fold, InvoiceLine.description)
    ).all()
    return [LineRow(o or "", p or "", d, int(q), int(u), int(a)) for o, p, d, q, u, a in rows]


@dataclass
class RollupRow:
    """The invoiced amounts for one organisation directly below (with everything under
    it), or for the organisation itself."""

    org_id: str
    name: str
    amounts: dict[str, int] = field(default_factory=dict)  # standing → cents

    @property
    def total(self) -> int:
        return sum(self.amounts.values())


@dataclass
class Rollup:
    rows: list[RollupRow]
    currency: str
    totals: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.totals.values())


def rollup(conn: Connection, org_id: str, today: date) -> Rollup:
    """Invoice lines for ``org_id``'s subtree, totalled per organisation directly below it
    (each with its whole subtree) and for ``org_id`` itself, by paid / open / overdue."""
    bounds = _subtree(conn, org_id)
    if bounds is None:
        return Rollup([], "", {})
    children = conn.execute(
        select(Org.id, Org.name, Org.path).where(Org.parent_id == org_id).order_by(Org.name_fold)
    ).all()
    own_name = conn.scalar(select(Org.name).where(Org.id == org_id)) or ""
    rows = {org_id: RollupRow(org_id, own_name)}
    by_prefix = [(p, i) for i, _n, p in children]
    for i, n, _p in children:
        rows[i] = RollupRow(i, n)
    lines = conn.execute(
        select(
            Org.path,
            InvoiceLine.amount_cents,
            Invoice.status,
            Invoice.due_on,
            Invoice.currency,
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .join(Org, Org.id == InvoiceLine.child_org_id)
        .where(Org.path >= bounds[0], Org.path < bounds[1])
    ).all()
    totals: dict[str, int] = {}
    currency = ""
    for line_path, amount, status, due, cur in lines:
        key = next((i for p, i in by_prefix if line_path.startswith(p)), org_id)
        state = standing(status, due, today)
        if state not in (PAID, OPEN, OVERDUE):
            continue
        rows[key].amounts[state] = rows[key].amounts.get(state, 0) + int(amount)
        totals[state] = totals.get(state, 0) + int(amount)
        currency = currency or cur
    return Rollup([r for r in rows.values() if r.total], currency, totals)
