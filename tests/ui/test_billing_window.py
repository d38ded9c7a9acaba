"""The billing window on screen: a hub's invoices (paid, unpaid, overdue), an invoice's
lines per tenant and product, totals rolled up the tree; marking one paid through the
outbox. The Accountant role sees billing; the Marketer role does not (not even the data)."""

from __future__ import annotations

from datetime import date
from typing import Any

from conftest import LiveServer, add_person, org_named
from sqlalchemy import func, select
from test_console import signed_in_console
from test_writes import QUIET

from hubdesk.models.commerce import Invoice, InvoiceLine
from hubdesk.models.orgs import Organisation
from hubdesk.services.cache.billing import OPEN, PAID
from hubdesk.ui.widgets.billing import BillingWindow

FREJA = ("freja@lundregnskab.dk", "hubdesk-demo")  # the hub's external accountant


def test_an_accountant_sees_invoices_lines_and_totals(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    db = live_server.db
    hub = org_named(db, "Havnehuset")
    with db.reading() as s:
        stored = s.scalars(select(Invoice).where(Invoice.org_id == hub.id)).all()
        line_total = s.scalar(
            select(func.sum(InvoiceLine.amount_cents))
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.org_id == hub.id)
        )
    console = signed_in_console(qtbot, make_console, live_server, FREJA, timing=QUIET)
    window = console.window
    window.reveal(hub.id)
    qtbot.waitUntil(lambda: window.people.model.org_id == hub.id, timeout=10_000)
    qtbot.waitUntil(window.billing_action.isEnabled, timeout=5_000)
    window.billing_action.trigger()
    billing = window.findChild(BillingWindow)
    assert isinstance(billing, BillingWindow)
    for model in (billing.invoices, billing.lines, billing.rolled):
        qtmodeltester.check(model)
    assert billing.invoices.rowCount() == len(stored)
    assert billing.lines.rowCount() > 0  # the newest invoice's lines, per tenant
    tenants = {billing.rolled.item_at(r).name for r in range(billing.rolled.rowCount())}  # type: ignore[union-attr]
    assert len(tenants) > 1
    rolled = sum(billing.rolled.item_at(r).total for r in range(billing.rolled.rowCount()))  # type: ignore[union-attr]
    assert rolled == line_total  # every line counted once, under one tenant
    billing.grab().save("/tmp/hubdesk-billing.png")

    billing.invoice_table.selectRow(0)
    assert not billing.mark.isEnabled()  # the payer's accountant does not record payments
    billing.tabs.setCurrentIndex(billing.rollup_tab)
    billing.grab().save("/tmp/hubdesk-billing-totals.png")


def test_the_provider_records_a_payment(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    db = live_server.db
    reseller, client = org_named(db, "Nordmoln"), org_named(db, "Sjöberg Bygg")
    spec = add_person(db, "ekonomi@nordmoln.se", org_id=reseller.id, role="accountant")
    console = signed_in_console(
        qtbot, make_console, live_server, (spec.email, spec.password), timing=QUIET
    )
    window = console.window
    window.reveal(client.id)
    qtbot.waitUntil(lambda: window.people.model.org_id == client.id, timeout=10_000)
    billing = window.people.show_billing()
    assert isinstance(billing, BillingWindow)
    billing.only.setCurrentIndex(billing.only.findData(OPEN))
    assert billing.invoices.rowCount() >= 1
    unpaid = billing.invoices.item_at(0)
    assert unpaid is not None and unpaid.standing == OPEN
    billing.invoice_table.selectRow(0)
    assert billing.mark.isEnabled()  # the reseller records its client's payment
    billing.toggle_paid()

    def paid_on_server() -> bool:
        with db.reading() as s:
            invoice = s.get(Invoice, unpaid.id)
            paid = invoice is not None and invoice.status == PAID
            return paid and invoice.paid_on == date.today()  # type: ignore[union-attr]

    qtbot.waitUntil(paid_on_server, timeout=15_000)


def test_a_marketer_sees_no_billing(qtbot: Any, make_console: Any, live_server: LiveServer) -> None:
    hub = org_named(live_server.db, "Havnehuset")
    spec = add_person(live_server.db, "marketing@havnehuset.dk", org_id=hub.id, role="marketer")
    console = signed_in_console(
        qtbot, make_console, live_server, (spec.email, spec.password), timing=QUIET
    )
    window = console.window
    window.reveal(hub.id)
    qtbot.waitUntil(lambda: window.people.model.org_id == hub.id, timeout=10_000)
    assert not window.billing_action.isEnabled()
    assert window.people.show_billing() is None
    with console.controller.session.cache.reading() as conn:  # nothing of it in the cache
        assert conn.scalar(select(func.count()).select_from(Invoice)) == 0
        assert conn.scalar(select(func.count()).select_from(InvoiceLine)) == 0
        assert conn.scalar(select(func.count()).select_from(Organisation)) > 1
