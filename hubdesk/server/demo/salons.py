"""Scenario c (Hungarian, Altegio): a salon chain with locations, specialists and roles.

Seats whose role can book appointments or take payments are billable, the rest are
free; the owner uses 2-step verification; the security log shows sign-ins, exports,
edits and deletions of critical data with who, when and from which device.
"""

from __future__ import annotations

from datetime import date, timedelta

from hubdesk.domain.enums import InvoiceStatus, OrgKind, ProductKind, SubscriptionStatus, Term
from hubdesk.domain.permissions import BUILTIN_ROLE_PERMISSIONS, BuiltinRole, Permission
from hubdesk.domain.seats import is_billable
from hubdesk.models.commerce import Invoice, InvoiceLine, Product, Subscription
from hubdesk.models.orgs import Organisation, Person, Role
from hubdesk.server.bootstrap import stable_id
from hubdesk.server.demo.accounts import DEMO_TOTP_SECRET
from hubdesk.server.demo.builder import Builder

DOMAIN = "aranyhaj.hu"
LOCATIONS = (
    ("andrassy", "Aranyhaj Andrássy út", "Andrássy út 52.", "1061", "Budapest", 5),
    ("buda", "Aranyhaj Buda – Allee", "Október huszonharmadika utca 8–10.", "1117", "Budapest", 4),
    ("debrecen", "Aranyhaj Debrecen", "Piac utca 28.", "4024", "Debrecen", 4),
    ("szeged", "Aranyhaj Szeged", "Kárász utca 9.", "6720", "Szeged", 3),
    ("gyor", "Aranyhaj Győr", "Baross Gábor út 16.", "9021", "Győr", 3),
)
SPECIALIST_TITLES = ("Fodrász", "Kozmetikus", "Műkörmös", "Masszőr", "Fodrász – színtechnikus")
P = Permission
RECEPTION = sorted(
    p.value for p in (P.VIEW_ORG, P.CREATE_APPOINTMENTS, P.PROCESS_PAYMENTS, P.MANAGE_CUSTOMERS)
)
SMM = sorted(p.value for p in (P.VIEW_ORG, P.VIEW_REPORTS))
SEAT_PRICE = 499_000  # 4 990 Ft a month, in fillér


def build(b: Builder) -> None:
    rng = b.rng
    created = b.at(1300, 8)
    chain = b.org(
        "hu-salons",
        "Aranyhaj Szépségszalonok",
        OrgKind.COMPANY,
        b.platform,
        created,
        legal_name="Aranyhaj Szépségszalonok Kft.",
        vat_number=f"HU{rng.randint(10_000_000, 29_999_999)}",
        address="Andrássy út 52.",
        postal_code="1061",
        city="Budapest",
        country="HU",
        phone="+36 1 354 2870",
        contact_name="Kovács Eszter",
        contact_email=f"eszter.kovacs@{DOMAIN}",
        locale="hu",
        verified_domains=[DOMAIN],
    )
    owner = b.named_person("Eszter", "Kovács", "hu", DOMAIN, created, family_first=True)
    b.credential(owner, totp_secret=DEMO_TOTP_SECRET)
    b.member(owner, chain, BuiltinRole.OWNER, created, title="Tulajdonos")
    reception = b.custom_role(
        "hu-salons",
        chain,
        "vendegfogado",
        "Vendégfogadó",
        "Recepció: időpontfoglalás, pénztár és vendégadatok.",
        RECEPTION,
        b.at(55, 10),
        b.at(40, 10),
    )
    smm = b.custom_role(
        "hu-salons",
        chain,
        "smm",
        "SMM-szakember",
        "Közösségi média: riportok megtekintése, foglalás és fizetés nélkül.",
        SMM,
        b.at(200, 10),
        b.at(40, 10),
    )
    head_office = [owner]
    for first, last, role, title, days in (
        ("Katalin", "Szabó", BuiltinRole.ACCOUNTANT, "Könyvelő", 1100),
        ("Dóra", "Farkas", BuiltinRole.MARKETER, "Marketingvezető", 600),
        ("Nóra", "Takács", smm.id, "SMM-szakember", 190),
        ("Petra", "Varga", BuiltinRole.CALL_CENTER, "Call Center – központi foglalás", 400),
        ("Viktória", "Oláh", BuiltinRole.CALL_CENTER, "Call Center – központi foglalás", 120),
    ):
        person = b.named_person(
            first,
            last,
            "hu",
            DOMAIN,
            b.at(days),
            family_first=True,
            last_seen_days=rng.randint(1, 6),
        )
        b.member(person, chain, role, b.at(days), title=title)
        head_office.append(person)
    seats = {chain.id: _billable([BuiltinRole.CALL_CENTER] * 2)}
    locations: list[tuple[Organisation, list[Person]]] = []
    for n, (key, name, street, postal, city, specialists) in enumerate(LOCATIONS):
        opened = b.at(1250 - 200 * n, 9)
        loc = b.org(
            f"hu-salons/{key}",
            name,
            OrgKind.LOCATION,
            chain,
            opened,
            legal_name="Aranyhaj Szépségszalonok Kft.",
            address=street,
            postal_code=postal,
            city=city,
            country="HU",
            phone=f"+36 {rng.randint(20, 70)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            locale="hu",
            billing_org_id=chain.id,
            verified_domains=[DOMAIN],
        )
        staff: list[Person] = []
        roles: list[BuiltinRole | str] = []
        manager = b.random_person("hu", DOMAIN, opened, last_seen_days=rng.randint(1, 3))
        b.member(manager, loc, BuiltinRole.ADMINISTRATOR, opened, title="Szalonvezető")
        staff.append(manager)
        roles.append(BuiltinRole.ADMINISTRATOR)
        loc.contact_name, loc.contact_email = manager.display_name, manager.email
        if n < 2:  # the two Budapest salons have a receptionist of the custom role
            desk = b.random_person("hu", DOMAIN, b.at(50), last_seen_days=rng.randint(1, 4))
            b.member(desk, loc, reception.id, b.at(50), title="Recepciós")
            staff.append(desk)
            roles.append(reception.id)
        for s in range(specialists):
            joined = opened + timedelta(days=30 * s)
            if key == "gyor" and s == specialists - 1:
                joined = b.at(18, 8, 45)  # the newest hire (see the security log)
            if key == "andrassy" and s == 0:
                person = b.named_person("Réka", "Nagy", "hu", DOMAIN, joined, family_first=True)
                b.credential(person)
            else:
                person = b.random_person("hu", DOMAIN, joined, last_seen_days=rng.randint(1, 20))
            b.member(
                person,
                loc,
                BuiltinRole.SPECIALIST,
                joined,
                title=SPECIALIST_TITLES[(s + n) % len(SPECIALIST_TITLES)],
            )
            staff.append(person)
            roles.append(BuiltinRole.SPECIALIST)
        seats[loc.id] = _billable(roles, custom={reception.id: RECEPTION})
        locations.append((loc, staff))
    _billing(b, chain, seats)
    _security(b, chain, owner, head_office, locations, reception)


def _billable(roles: list[BuiltinRole | str], custom: dict[str, list[str]] | None = None) -> int:
    count = 0
    for role in roles:
        perms = BUILTIN_ROLE_PERMISSIONS[role] if isinstance(role, BuiltinRole) else None
        if is_billable(perms if perms is not None else (custom or {})[str(role)]):
            count += 1
    return count


def _billing(b: Builder, chain: Organisation, seats: dict[str, int]) -> None:
    """Seats are billed per location at the chain: one invoice a month, a line per salon."""
    product = b.add(
        Product(
            id=stable_id("product", "altegio-seat-huf"),
            org_id=None,
            sku="seat-specialist-huf",
            name="Specialist seat (appointments and payments)",
            kind=ProductKind.SEAT_PLAN,
            tier=0,
            monthly_price_cents=SEAT_PRICE,
            currency="HUF",
        ),
        b.at(1400),
    )
    first = b.today.replace(day=1)
    for org_id, quantity in seats.items():
        b.add(
            Subscription(
                id=stable_id("subscription", f"{org_id}/seats"),
                org_id=org_id,
                product_id=product.id,
                quantity=quantity,
                term=Term.MONTHLY,
                status=SubscriptionStatus.ACTIVE,
                started_on=date(2023, 1, 1),
                renews_on=(first + timedelta(days=32)).replace(day=1),
            ),
            b.at(700),
            b.at(12, 8),
        )
    for back in (3, 2, 1):
        year, month = divmod(first.year * 12 + first.month - 1 - back, 12)
        start = date(year, month + 1, 1)
        issued = (start + timedelta(days=32)).replace(day=1)
        number = f"ALT-{start:%Y%m}-ARANY"
        paid = back > 1
        invoice = Invoice(
            id=stable_id("invoice", number),
            org_id=chain.id,
            number=number,
            period_start=start,
            period_end=issued - timedelta(days=1),
            issued_on=issued,
            due_on=issued + timedelta(days=8),
            currency="HUF",
            status=InvoiceStatus.PAID if paid else InvoiceStatus.UNPAID,
            paid_on=issued + timedelta(days=5) if paid else None,
            total_cents=0,
        )
        if not paid and invoice.due_on < b.today:
            invoice.status = InvoiceStatus.OVERDUE
        for org_id, quantity in seats.items():
            org = b.by_id[org_id]
            assert isinstance(org, Organisation)
            amount = quantity * SEAT_PRICE
            invoice.total_cents += amount
            b.add(
                InvoiceLine(
                    id=stable_id("invoice_line", f"{number}/{org_id}"),
                    org_id=chain.id,
                    invoice_id=invoice.id,
                    child_org_id=org_id,
                    product_id=product.id,
                    description=f"Számlázható helyek – {org.name}",
                    quantity=quantity,
                    unit_price_cents=SEAT_PRICE,
                    amount_cents=amount,
                ),
                b.at((b.today - issued).days, 0),
            )
        b.add(invoice, b.at((b.today - issued).days, 0))


def _security(
    b: Builder,
    chain: Organisation,
    owner: Person,
    office: list[Person],
    locations: list[tuple[Organisation, list[Person]]],
    reception: Role,
) -> None:
    """Sign-ins, 2-step, exports, role edits and deletions: the "Biztonság" section."""
    rng = b.rng
    b.log(b.at(52, 19, 40), owner, "auth.totp_enable", chain, owner, after={"method": "app"})
    for days in range(1, 60):
        if rng.random() < 0.35:
            b.sign_in(owner, chain, b.at(days, 6, rng.randint(0, 59)))
    b.sign_in_failed(owner, chain, b.at(37, 21, 3), reason="2-step code")
    b.sign_in_failed(owner, chain, b.at(37, 21, 4), reason="2-step code")
    for person in office[1:]:
        for days in sorted(rng.sample(range(1, 60), 4), reverse=True):
            b.sign_in(person, chain, b.work_time(days))
    for loc, staff in locations:
        for person in staff:
            for days in sorted(rng.sample(range(1, 60), 2), reverse=True):
                b.sign_in(person, loc, b.at(days, 6, rng.randint(0, 30)))
    accountant, marketer = office[1], office[2]
    b.log(
        b.at(31, 9, 12),
        accountant,
        "data.export",
        chain,
        target_type="report",
        target_name="Pénztárjelentés (havi)",
        after={"format": "xlsx", "rows": 4212},
    )
    b.log(
        b.at(17, 15, 2),
        marketer,
        "data.export",
        chain,
        target_type="client_list",
        target_name="Vendéglista (marketing hozzájárulással)",
        after={"format": "csv", "rows": 1842},
    )
    b.log(
        b.at(55, 10),
        owner,
        "role.create",
        chain,
        reception,
        after={
            "permissions": [P.VIEW_ORG.value, P.CREATE_APPOINTMENTS.value, P.MANAGE_CUSTOMERS.value]
        },
    )
    b.log(
        b.at(40, 10),
        owner,
        "role.update",
        chain,
        reception,
        before={
            "permissions": [P.VIEW_ORG.value, P.CREATE_APPOINTMENTS.value, P.MANAGE_CUSTOMERS.value]
        },
        after={"permissions": reception.permissions, "billable": True},
    )
    buda, buda_staff = locations[1]
    desk = buda_staff[1]
    b.log(
        b.at(26, 17, 48),
        desk,
        "client.delete",
        buda,
        target_type="client",
        target_id=stable_id("client", "buda/1"),
        target_name="Tóth Anna (vendégkártya)",
        before={"phone": "+36 30 *** **12", "visits": 14},
        after=None,
    )
    b.log(
        b.at(9, 11, 20),
        desk,
        "payment.refund",
        buda,
        target_type="payment",
        target_id=stable_id("payment", "buda/88"),
        target_name="Nyugta #2024-8812",
        before={"amount_huf": 18500},
        after={"amount_huf": 0, "reason": "Dupla terhelés"},
    )
    gyor, gyor_staff = locations[4]
    newest = gyor_staff[-1]
    b.log(
        b.at(18, 8, 45),
        gyor_staff[0],
        "membership.create",
        gyor,
        newest,
        after={"role": "Specialist", "billable": True},
    )
    b.log(
        b.at(44, 14),
        gyor_staff[0],
        "org.update",
        gyor,
        gyor,
        before={"phone": "+36 96 310 200"},
        after={"phone": gyor.phone},
    )
    # Platform support, asked about the seat count, looks at the chain as Eszter.
    support = b.people["support@hubdesk.example"]
    b.log(
        b.at(22, 13, 5),
        owner,
        "impersonation.start",
        chain,
        owner,
        impersonator=support,
        after={"reason": "Ticket #48213: számlázható helyek", "minutes": 30},
    )
    b.log(b.at(22, 13, 19), owner, "impersonation.end", chain, owner, impersonator=support)
