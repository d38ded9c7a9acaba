"""Scenario b (German, Web1on1): a car brand, its dealers and their business units.

One invoice a month at the brand with a line per dealer or unit, channels and add-ons
subscribed per dealer, the brand's agents, channels and wiki shared down the tree (some
kept private), and a dealer owner who runs two dealerships and switches between them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hubdesk.domain.enums import (
    InvoiceStatus,
    OrgKind,
    ProductKind,
    ResourceKind,
    SubscriptionStatus,
    Term,
)
from hubdesk.domain.permissions import BuiltinRole
from hubdesk.models.activity import SharedResource
from hubdesk.models.commerce import Invoice, InvoiceLine, Product, Subscription
from hubdesk.models.orgs import Organisation, Person
from hubdesk.server.bootstrap import stable_id
from hubdesk.server.demo.builder import Builder

DOMAIN = "aurelia-auto.de"
DEALERS = (
    ("brandt-hh", "Autohaus Brandt Hamburg", "autohaus-brandt.de", "Wandsbeker Zollstraße 25",
     "22041", "Hamburg", "+49 40 6894 120"),
    ("brandt-hl", "Autohaus Brandt Lübeck", "autohaus-brandt.de", "Geniner Straße 80", "23560",
     "Lübeck", "+49 451 580 9330"),
    ("keller", "Autohaus Keller", "autohaus-keller.de", "Landsberger Straße 300", "80687",
     "München", "+49 89 5480 770"),
    ("schneider", "Autohaus Schneider & Söhne", "schneider-soehne.de", "Aachener Straße 1050",
     "50858", "Köln", "+49 221 948 310"),
    ("weber", "Autohaus Weber", "autohaus-weber.de", "Heilbronner Straße 340", "70469",
     "Stuttgart", "+49 711 8820 400"),
    ("fischer", "Autohaus Fischer", "autohaus-fischer.de", "Torgauer Straße 233", "04347",
     "Leipzig", "+49 341 2425 90"),
)  # fmt: skip
UNITS = (
    ("neuwagen", "Neuwagen", "Verkaufsberater"),
    ("gebrauchtwagen", "Gebrauchtwagen", "Gebrauchtwagenverkäufer"),
    ("service", "Service", "Serviceberater"),
)
PRODUCTS = (
    ("w1-ch-webchat", "Web chat channel", ProductKind.CHANNEL, 4900),
    ("w1-ch-whatsapp", "WhatsApp Business channel", ProductKind.CHANNEL, 7900),
    ("w1-ch-messenger", "Facebook Messenger channel", ProductKind.CHANNEL, 3900),
    ("w1-ch-sms", "SMS channel", ProductKind.CHANNEL, 2900),
    ("w1-ao-video", "Video consultation add-on", ProductKind.ADD_ON, 5900),
    ("w1-ao-booking", "Online appointment booking add-on", ProductKind.ADD_ON, 4500),
    ("w1-ao-chatbot", "AI chatbot add-on", ProductKind.ADD_ON, 9900),
    ("w1-ao-reports", "Advanced reports add-on", ProductKind.ADD_ON, 2500),
)
SHARED = (
    (ResourceKind.AGENT, "Aurelia Markenassistent (virtueller Agent)", True,
     "Beantwortet Fragen zu Modellen, Ausstattung und Probefahrten rund um die Uhr."),
    (ResourceKind.AGENT, "Produktexperten-Team Elektromobilität", True,
     "Experten der Marke für Laden, Reichweite und Förderung; übernimmt Chats der Händler."),
    (ResourceKind.AGENT, "Flottenvertrieb Zentrale", False,
     "Großkundenanfragen ab 10 Fahrzeugen; nur für die Zentrale."),
    (ResourceKind.CHANNEL, "WhatsApp: Aurelia Kundenservice", True,
     "Zentrale WhatsApp-Nummer +49 69 2400 5500; Chats werden an den nächsten Händler geleitet."),
    (ResourceKind.CHANNEL, "Web-Chat auf aurelia-auto.de", True,
     "Chat-Widget der Markenwebsite; Händlersuche nach Postleitzahl."),
    (ResourceKind.KNOWLEDGE, "Wiki: Garantie- und Kulanzrichtlinien", True,
     "Neuwagengarantie 5 Jahre bis 150.000 km. Kulanz nach Freigabe durch den Gebietsleiter."),
    (ResourceKind.KNOWLEDGE, "Wiki: Modellpalette 2025 – Preise und Ausstattung", True,
     "Aurelia Vela, Vela Kombi, Aurelia Sol (elektrisch), Aurelia Terra (SUV)."),
    (ResourceKind.KNOWLEDGE, "Wiki: Leasing- und Finanzierungs-FAQ", True,
     "Laufzeiten 24–48 Monate; Restwertleasing; Sonderkonditionen für Gewerbekunden."),
    (ResourceKind.KNOWLEDGE, "Intern: Händlermargen und Bonusprogramm 2025", False,
     "Vertraulich. Staffelboni nach Zielerreichung; nicht mit Händlern teilen."),
)  # fmt: skip


def build(b: Builder) -> None:
    rng = b.rng
    created = b.at(1100, 8)
    brand = b.org(
        "de-brand",
        "Aurelia Automobile Deutschland",
        OrgKind.BRAND,
        b.platform,
        created,
        legal_name="Aurelia Automobile Deutschland GmbH",
        vat_number=f"DE{rng.randint(100_000_000, 999_999_999)}",
        address="Theodor-Heuss-Allee 112",
        postal_code="60486",
        city="Frankfurt am Main",
        country="DE",
        phone="+49 69 2400 5000",
        contact_name="Katrin Hoffmann",
        contact_email=f"katrin.hoffmann@{DOMAIN}",
        locale="de",
        verified_domains=[DOMAIN],
    )
    boss = b.named_person("Michael", "Schröder", "de", DOMAIN, created, last_seen_days=9)
    katrin = b.named_person("Katrin", "Hoffmann", "de", DOMAIN, b.at(800))
    books = b.named_person("Sabine", "Krüger", "de", DOMAIN, b.at(700), last_seen_days=12)
    marketing = b.named_person("Jan", "Richter", "de", DOMAIN, b.at(300), last_seen_days=4)
    b.member(boss, brand, BuiltinRole.OWNER, created, title="Geschäftsführer")
    b.member(katrin, brand, BuiltinRole.ADMINISTRATOR, b.at(800), title="Leiterin Händlernetz")
    b.member(books, brand, BuiltinRole.ACCOUNTANT, b.at(700), title="Buchhaltung")
    b.member(marketing, brand, BuiltinRole.MARKETER, b.at(300), title="Marketing")
    b.credential(katrin)
    products = [
        b.add(
            Product(
                id=stable_id("product", sku),
                org_id=None,
                sku=sku,
                name=name,
                kind=kind,
                tier=0,
                monthly_price_cents=price,
                currency="EUR",
            ),
            b.at(1200),
        )
        for sku, name, kind, price in PRODUCTS
    ]
    for n, (kind, name, shared, body) in enumerate(SHARED):
        b.add(
            SharedResource(
                id=stable_id("shared_resource", f"de-brand/{n}"),
                org_id=brand.id,
                kind=kind,
                name=name,
                body=body,
                shared=shared,
                owner_name=brand.name,
            ),
            b.at(900 - 40 * n),
        )
    thomas = b.named_person("Thomas", "Brandt", "de", "autohaus-brandt.de", b.at(1000))
    b.credential(thomas)
    subscriptions: list[tuple[Organisation, Subscription, Product]] = []
    for n, (key, name, domain, street, postal, city, phone) in enumerate(DEALERS):
        joined = b.at(1050 - 120 * n, 10)
        dealer = b.org(
            f"de-brand/{key}",
            name,
            OrgKind.DEALER,
            brand,
            joined,
            legal_name=f"{name} GmbH",
            vat_number=f"DE{rng.randint(100_000_000, 999_999_999)}",
            address=street,
            postal_code=postal,
            city=city,
            country="DE",
            phone=phone,
            locale="de",
            billing_org_id=brand.id,
            verified_domains=[domain],
        )
        owner = thomas if key.startswith("brandt") else b.random_person("de", domain, joined)
        b.member(owner, dealer, BuiltinRole.OWNER, joined, title="Geschäftsführer")
        dealer.contact_name, dealer.contact_email = owner.display_name, owner.email
        manager = b.random_person("de", domain, joined, last_seen_days=rng.randint(1, 15))
        b.member(manager, dealer, BuiltinRole.ADMINISTRATOR, joined, title="Verkaufsleiter")
        bdc = b.random_person(
            "de", domain, joined + timedelta(days=30), last_seen_days=rng.randint(1, 5)
        )
        b.member(bdc, dealer, BuiltinRole.CALL_CENTER, bdc.created_at, title="BDC / Telefonie")
        chosen = [products[0], products[1], *rng.sample(products[2:], 2)]
        for product in chosen:
            subscriptions.append((dealer, _subscribe(b, dealer, product, joined), product))
        for unit_key, unit, title in UNITS:
            bu = b.org(
                f"de-brand/{key}/{unit_key}",
                f"{name} – {unit}",
                OrgKind.BUSINESS_UNIT,
                dealer,
                joined + timedelta(days=7),
                address=street,
                postal_code=postal,
                city=city,
                country="DE",
                locale="de",
                billing_org_id=brand.id,
                verified_domains=[domain],
            )
            for _ in range(1 if unit_key != "neuwagen" else 2):
                staff = b.random_person(
                    "de", domain, bu.created_at, last_seen_days=rng.randint(1, 30)
                )
                b.member(staff, bu, BuiltinRole.SPECIALIST, bu.created_at, title=title)
            if unit_key == "service":
                booking = products[5]
                subscriptions.append((bu, _subscribe(b, bu, booking, bu.created_at), booking))
            if key == "keller" and unit_key == "service":
                _keller_workshops(b, bu, katrin, manager)
        _dealer_activity(b, dealer, [owner, manager, bdc])
    _changes(b, katrin, products, subscriptions)
    _invoices(b, brand, subscriptions)
    with b.side_stream("brand activity"):
        _brand_activity(b, brand, katrin, boss, books)


def _subscribe(b: Builder, org: Organisation, product: Product, joined: datetime) -> Subscription:
    started = (joined + timedelta(days=14)).date()
    nxt = b.today.replace(day=1) + timedelta(days=32)
    return b.add(
        Subscription(
            id=stable_id("subscription", f"{org.id}/{product.sku}"),
            org_id=org.id,
            product_id=product.id,
            quantity=1,
            term=Term.MONTHLY,
            status=SubscriptionStatus.ACTIVE,
            started_on=started,
            renews_on=nxt.replace(day=1),
        ),
        joined + timedelta(days=14),
    )


def _keller_workshops(b: Builder, service: Organisation, katrin: Person, manager: Person) -> None:
    """Keller's service unit has teams of its own: the tree's fourth level below the brand."""
    for n, team in enumerate(("Werkstatt", "Karosserie & Lack")):
        when = b.at(30, 11) if n else service.created_at + timedelta(days=200)
        org = b.org(
            f"{service.id}/{n}",
            f"Autohaus Keller – {team}",
            OrgKind.BUSINESS_UNIT,
            service,
            when,
            address=service.address,
            postal_code=service.postal_code,
            city=service.city,
            country="DE",
            locale="de",
            billing_org_id=service.billing_org_id,
            verified_domains=list(service.verified_domains),
        )
        staff = b.random_person(
            "de", "autohaus-keller.de", when, last_seen_days=b.rng.randint(1, 9)
        )
        b.member(staff, org, BuiltinRole.SPECIALIST, when, title="Kfz-Mechatroniker")
        if n:
            b.log(when, manager, "org.create", service, org, after={"parent": service.name})
            b.log(
                when + timedelta(minutes=4),
                manager,
                "membership.create",
                org,
                staff,
                after={"role": "Specialist"},
            )


def _changes(
    b: Builder,
    katrin: Person,
    products: list[Product],
    subs: list[tuple[Organisation, Subscription, Product]],
) -> None:
    """Weber added an add-on three weeks ago; Fischer cancelled a channel last week."""
    weber = b.orgs["de-brand/weber"]
    owned = {p.id for org, _, p in subs if org is weber}
    addon = next(p for p in products[4:] if p.id not in owned)
    sub = _subscribe(b, weber, addon, b.at(34, 9))
    subs.append((weber, sub, addon))
    b.log(
        b.at(20, 9, 12),
        katrin,
        "subscription.create",
        weber,
        sub,
        target_name=f"{addon.name} – {weber.name}",
        after={"product": addon.name, "quantity": 1, "term": "monthly"},
    )
    fischer = b.orgs["de-brand/fischer"]
    org, sub, product = next(s for s in subs if s[0] is fischer and s[2] is not products[0])
    sub.status = SubscriptionStatus.CANCELLED
    sub.renews_on = None
    sub.updated_at = b.at(8, 16, 45)
    b.log(
        b.at(8, 16, 45),
        katrin,
        "subscription.update",
        fischer,
        sub,
        target_name=f"{product.name} – {org.name}",
        before={"status": "active"},
        after={"status": "cancelled"},
    )


def _dealer_activity(b: Builder, dealer: Organisation, people: list[Person]) -> None:
    rng = b.rng
    for person in people:
        for days in sorted(rng.sample(range(1, 60), 2), reverse=True):
            b.sign_in(person, dealer, b.work_time(days))
    if rng.random() < 0.5:
        b.sign_in_failed(people[1], dealer, b.work_time(rng.randint(1, 59)))


def _invoices(
    b: Builder, brand: Organisation, subs: list[tuple[Organisation, Subscription, Product]]
) -> None:
    """One invoice a month at the brand, a line per subscription of each dealer or unit."""
    month_start = b.today.replace(day=1)
    for back in range(6, 0, -1):
        start = _months_before(month_start, back)
        end = _months_before(month_start, back - 1) - timedelta(days=1)
        issued = end + timedelta(days=1)
        number = f"W1-{start:%Y%m}-AUR"
        invoice = Invoice(
            id=stable_id("invoice", number),
            org_id=brand.id,
            number=number,
            period_start=start,
            period_end=end,
            issued_on=issued,
            due_on=issued + timedelta(days=14),
            currency="EUR",
            total_cents=0,
        )
        if back > 1:
            invoice.status = InvoiceStatus.PAID
            invoice.paid_on = issued + timedelta(days=b.rng.randint(3, 12))
        else:
            overdue = invoice.due_on < b.today
            invoice.status = InvoiceStatus.OVERDUE if overdue else InvoiceStatus.UNPAID
        for org, sub, product in subs:
            if sub.started_on > end:
                continue
            invoice.total_cents += product.monthly_price_cents
            b.add(
                InvoiceLine(
                    id=stable_id("invoice_line", f"{number}/{sub.id}"),
                    org_id=brand.id,
                    invoice_id=invoice.id,
                    child_org_id=org.id,
                    product_id=product.id,
                    description=f"{product.name} – {org.name}",
                    quantity=1,
                    unit_price_cents=product.monthly_price_cents,
                    amount_cents=product.monthly_price_cents,
                ),
                b.at((b.today - issued).days, 0),
            )
        b.add(invoice, b.at((b.today - issued).days, 0))
        if invoice.paid_on and invoice.paid_on < b.today:
            invoice.updated_at = b.at((b.today - invoice.paid_on).days, 14)


def _months_before(first: date, months: int) -> date:
    year, month = divmod(first.year * 12 + first.month - 1 - months, 12)
    return date(year, month + 1, 1)


def _brand_activity(
    b: Builder,
    brand: Organisation,
    katrin: Person,
    boss: Person,
    books: Person,
) -> None:
    rng = b.rng
    for days in range(1, 60):
        if b.day(-days).weekday() < 5 and rng.random() < 0.45:
            b.sign_in(katrin, brand, b.at(days, 6, rng.randint(30, 59)))
    for days in (52, 38, 24, 10):
        b.sign_in(boss, brand, b.work_time(days))
    for days in (45, 15):
        b.sign_in(books, brand, b.at(days, 8, 5))
        b.log(
            b.at(days, 8, 20),
            books,
            "data.export",
            brand,
            target_type="report",
            target_name="Konversationen nach Händler (Monat)",
            after={"format": "xlsx", "filter": "alle Händler"},
        )
    wiki = b.by_id[stable_id("shared_resource", "de-brand/5")]
    b.log(
        b.at(33, 10, 12),
        katrin,
        "shared_resource.update",
        brand,
        wiki,
        before={"body": "Neuwagengarantie 3 Jahre bis 100.000 km."},
        after={"body": "Neuwagengarantie 5 Jahre bis 150.000 km."},
    )
    team = b.by_id[stable_id("shared_resource", "de-brand/1")]
    b.log(
        b.at(28, 15, 40),
        katrin,
        "shared_resource.share",
        brand,
        team,
        before={"shared": False},
        after={"shared": True},
    )
    month_start = b.today.replace(day=1)
    for back in (2, 1):
        start = _months_before(month_start, back)
        issued = _months_before(month_start, back - 1)
        if (b.today - issued).days < 60:
            number = f"W1-{start:%Y%m}-AUR"
            invoice = b.by_id[stable_id("invoice", number)]
            when = b.at(max(1, (b.today - issued).days), 6)
            b.log(when, None, "invoice.issue", brand, invoice, actor_name="system")
            if isinstance(invoice, Invoice) and invoice.paid_on and invoice.paid_on < b.today:
                b.log(
                    b.at((b.today - invoice.paid_on).days, 14),
                    books,
                    "invoice.paid",
                    brand,
                    invoice,
                    after={"paid_on": invoice.paid_on.isoformat()},
                )
