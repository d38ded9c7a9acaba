"""Scenario a, day to day: lunch orders, service requests, invoices and the hub's activity."""

from __future__ import annotations

from datetime import date, timedelta

from hubdesk.domain.enums import InvoiceStatus, RequestKind, RequestStatus
from hubdesk.models.activity import ServiceRequest
from hubdesk.models.commerce import Invoice, InvoiceLine
from hubdesk.models.orgs import Organisation, Person
from hubdesk.server.bootstrap import stable_id
from hubdesk.server.demo.builder import Builder

MEAL_PRICE = 6_500  # 65 kr a meal, in øre

LUNCH_NOTES = (
    "",
    "2 vegetar",
    "1 vegetar, 1 glutenfri",
    "3 vegetar, 1 laktosefri",
    "1 vegansk",
    "Ekstra brød til mødet kl. 12",
)
REQUESTS = (
    (RequestKind.CLEANING, "Ekstra rengøring af mødelokale efter workshop", ""),
    (RequestKind.CLEANING, "Vinduespudsning indvendigt", "Gerne før kl. 9"),
    (RequestKind.CLEANING, "Tæpperens i kontoret", "Kaffe spildt ved vinduet"),
    (RequestKind.HANDYMAN, "Skift lysstofrør i køkkenet", ""),
    (RequestKind.HANDYMAN, "Ophæng af whiteboard og to billeder", "Skruer haves ikke"),
    (RequestKind.HANDYMAN, "Døren til mødelokalet klemmer", ""),
    (RequestKind.HANDYMAN, "Montering af hæve-sænkebord", "Leveres fredag"),
    (RequestKind.IT_SUPPORT, "Printeren på etagen virker ikke", "Viser fejl 50.4"),
    (RequestKind.IT_SUPPORT, "Nyt adgangskort til ny medarbejder", ""),
    (RequestKind.IT_SUPPORT, "Wi-Fi ustabilt i kontoret", "Falder ud flere gange om dagen"),
    (RequestKind.MEETING_ROOM, "Booking: Store mødelokale, kl. 13-15", "12 personer, skærm"),
)


def lunch(b: Builder, org: Organisation, orderer: Person, meals: int, first_day: int) -> None:
    rng = b.rng
    for offset in range(first_day, 5):
        day = b.day(offset)
        if day.weekday() >= 5:
            continue
        cancelled = rng.random() < 0.05
        if offset < 0:
            status = RequestStatus.CANCELLED if cancelled else RequestStatus.DONE
        elif offset == 0:
            status = RequestStatus.IN_PROGRESS
        else:
            status = RequestStatus.OPEN
        ordered = b.at(max(1, 1 - offset), 10, rng.randint(0, 59))
        b.add(
            ServiceRequest(
                id=stable_id("service_request", f"{org.id}/lunch/{day.isoformat()}"),
                org_id=org.id,
                kind=RequestKind.LUNCH,
                title="Frokostordning: dagens ret",
                status=status,
                requested_by_id=orderer.id,
                requested_for=day,
                quantity=max(1, meals + rng.randint(-3, 3)),
                notes="Aflyst: firmaarrangement" if cancelled else rng.choice(LUNCH_NOTES),
            ),
            ordered,
        )


def requests(b: Builder, org: Organisation, staff: list[Person]) -> None:
    rng = b.rng
    for n, (kind, title, notes) in enumerate(rng.sample(REQUESTS, 4)):
        offset = rng.randint(-30, 7)
        if offset < -7:
            status = rng.choice((RequestStatus.DONE, RequestStatus.DONE, RequestStatus.CANCELLED))
        elif offset <= 0:
            status = rng.choice((RequestStatus.IN_PROGRESS, RequestStatus.DONE))
        else:
            status = RequestStatus.OPEN
        asked = b.work_time(max(1, -offset + rng.randint(1, 3)))
        requester = rng.choice(staff)
        request = b.add(
            ServiceRequest(
                id=stable_id("service_request", f"{org.id}/{n}"),
                org_id=org.id,
                kind=kind,
                title=title,
                status=status,
                requested_by_id=requester.id,
                requested_for=b.day(offset),
                quantity=1,
                notes=notes,
            ),
            asked,
        )
        b.log(
            asked,
            requester,
            "service_request.create",
            org,
            request,
            after={"kind": kind.value, "for": b.day(offset).isoformat()},
        )


def hub_activity(
    b: Builder, hub: Organisation, admin: Person, owner: Person, aarhus: Person, freja: Person
) -> None:
    rng = b.rng
    for days in range(1, 60):
        if b.day(-days).weekday() >= 5:
            continue
        if rng.random() < 0.5:
            b.sign_in(admin, hub, b.at(days, 7, rng.randint(0, 40)))
        if rng.random() < 0.2:
            b.sign_in(aarhus, hub, b.work_time(days))
        if days % 7 == 2:
            b.sign_in(owner, hub, b.work_time(days))
    b.sign_in_failed(admin, hub, b.at(41, 6, 58))
    b.sign_in_failed(owner, hub, b.at(23, 22, 14))
    for days in (31, 3):
        b.sign_in(freja, hub, b.at(days, 12, 10))
        b.log(
            b.at(days, 12, 25),
            freja,
            "data.export",
            hub,
            target_type="report",
            target_name="Frokostbestillinger (måned)",
            after={"format": "csv", "rows": 212},
        )
    # Mette logs in as the tenant Nordlys to correct tomorrow's lunch order, then leaves.
    nordlys = b.orgs["dk-hub/nordlys"]
    sofie = b.people["sofie@nordlys-arkitekter.dk"]
    tomorrow = next(o for o in range(1, 5) if b.day(o).weekday() < 5)
    lunch = b.by_id[stable_id("service_request", f"{nordlys.id}/lunch/{b.day(tomorrow)}")]
    assert isinstance(lunch, ServiceRequest)
    b.log(
        b.at(1, 10, 2),
        sofie,
        "impersonation.start",
        nordlys,
        sofie,
        impersonator=admin,
        after={"reason": "Rettelse af frokostbestilling", "minutes": 15},
    )
    b.log(
        b.at(1, 10, 5),
        sofie,
        "service_request.update",
        nordlys,
        lunch,
        impersonator=admin,
        before={"quantity": lunch.quantity - 2},
        after={"quantity": lunch.quantity},
    )
    b.log(b.at(1, 10, 9), sofie, "impersonation.end", nordlys, sofie, impersonator=admin)
    boelgeslag = b.orgs["dk-hub/boelgeslag"]
    b.log(
        b.at(19, 14, 30),
        admin,
        "org.update",
        boelgeslag,
        boelgeslag,
        before={"address": "Sundkrogsgade 21, 2. sal, kontor 2.01"},
        after={"address": "Sundkrogsgade 21, 2. sal, kontor 2.08"},
    )


def invoices(b: Builder, hub: Organisation, tenants: list[tuple[Organisation, int]]) -> None:
    """The hub's monthly lunch invoice: one invoice, a line per tenant (meals × price)."""
    first = b.today.replace(day=1)
    for back in (3, 2, 1):
        year, month = divmod(first.year * 12 + first.month - 1 - back, 12)
        start = date(year, month + 1, 1)
        issued = (start + timedelta(days=32)).replace(day=1)
        end = issued - timedelta(days=1)
        weekdays = sum(1 for d in range((end - start).days + 1)
                       if (start + timedelta(days=d)).weekday() < 5)  # fmt: skip
        number = f"OG-{start:%Y%m}-HAVN"
        due = issued + timedelta(days=14)
        paid = back > 1 or due < b.today
        invoice = Invoice(
            id=stable_id("invoice", number),
            org_id=hub.id,
            number=number,
            period_start=start,
            period_end=end,
            issued_on=issued,
            due_on=due,
            status=InvoiceStatus.PAID if paid else InvoiceStatus.UNPAID,
            paid_on=min(issued + timedelta(days=9), b.day(-1)) if paid else None,
            total_cents=0,
            currency="DKK",
        )
        for org, meals in tenants:
            if org.created_at.date() > end:
                continue
            quantity = meals * weekdays - b.rng.randint(0, meals * 2)
            amount = quantity * MEAL_PRICE
            invoice.total_cents += amount
            b.add(
                InvoiceLine(
                    id=stable_id("invoice_line", f"{number}/{org.id}"),
                    org_id=hub.id,
                    invoice_id=invoice.id,
                    child_org_id=org.id,
                    product_id=None,
                    description=f"Frokostordning {start:%m/%Y}: {quantity} kuverter – {org.name}",
                    quantity=quantity,
                    unit_price_cents=MEAL_PRICE,
                    amount_cents=amount,
                ),
                b.at((b.today - issued).days, 0),
            )
        b.add(invoice, b.at((b.today - issued).days, 0))
