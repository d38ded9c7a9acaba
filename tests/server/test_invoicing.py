"""Issuing invoices: one per billing organisation per month, a line per organisation billed
through it and product; a month once; by the command line too."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from conftest import org_named
from sqlalchemy import func, select

from hubdesk.models.activity import AuditEvent
from hubdesk.models.commerce import Invoice, InvoiceLine, Subscription
from hubdesk.models.orgs import Organisation
from hubdesk.server.db import Database
from hubdesk.server.invoicing import issue, issue_month, month_bounds, payers

DECEMBER = date(2026, 12, 1)


def test_a_chain_pays_for_its_salons_once_a_month(demo_db: Database) -> None:
    chain = org_named(demo_db, "Aranyhaj Szépségszalonok")
    with demo_db.writing() as s:
        payer = s.get(Organisation, chain.id)
        assert payer is not None
        made = issue(s, payer, DECEMBER, date(2027, 1, 2))
        assert made is not None
        invoice_id, number, total = made.id, made.number, made.total_cents
        again = issue(s, payer, DECEMBER, date(2027, 1, 2))
    assert again is None  # a month is invoiced once
    with demo_db.reading() as s:
        salons = set(
            s.scalars(select(Organisation.id).where(Organisation.billing_org_id == chain.id))
        )
        seats = {
            org: qty
            for org, qty in s.execute(
                select(Subscription.org_id, Subscription.quantity).where(
                    Subscription.org_id.in_(salons | {chain.id})
                )
            )
        }
        lines = s.execute(
            select(InvoiceLine.child_org_id, InvoiceLine.quantity, InvoiceLine.amount_cents).where(
                InvoiceLine.invoice_id == invoice_id
            )
        ).all()
        invoice = s.get(Invoice, invoice_id)
        event = s.scalar(select(AuditEvent).where(AuditEvent.target_id == invoice_id))
    assert {org: qty for org, qty, _a in lines} == seats  # a line per salon (and the chain)
    assert sum(a for _o, _q, a in lines) == total
    assert invoice is not None and invoice.status == "unpaid" and invoice.currency == "HUF"
    assert (invoice.period_start, invoice.period_end) == month_bounds(DECEMBER)
    assert number.startswith("HD-202612-")
    assert event is not None and event.action == "invoice.issue" and event.actor_name == "billing"


def test_every_payer_once_and_by_the_command_line(demo_db: Database) -> None:
    with demo_db.reading() as s:
        expected = len(payers(s))
        salons_chain = org_named(demo_db, "Aranyhaj Szépségszalonok")
        assert salons_chain.id in payers(s)
    assert expected > 3
    assert issue_month(demo_db, DECEMBER, date(2027, 1, 2)) == expected
    assert issue_month(demo_db, DECEMBER, date(2027, 1, 2)) == 0
    done = subprocess.run(
        [sys.executable, "-m", "hubdesk.server", "invoice", "--database-url", demo_db.url,
         "--month", "2027-01"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"invoices issued: {expected}" in done.stdout
    with demo_db.reading() as s:
        january = s.scalar(
            select(func.count())
            .select_from(Invoice)
            .where(Invoice.period_start == date(2027, 1, 1))
        )
    assert january == expected
    bad = subprocess.run(
        [sys.executable, "-m", "hubdesk.server", "invoice", "--database-url", demo_db.url,
         "--month", "January"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert bad.returncode != 0 and "YYYY-MM" in bad.stderr
