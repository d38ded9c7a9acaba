"""Scenario d (Danish, Cyberday partner portal): an IT partner and its customer accounts.

Customers in trial (some ending within a week), active (some renewing within a month)
and closed; a deal per customer with framework, progress, stage, tags and notes; the
partner's account managers switching into customer accounts.
"""

from __future__ import annotations

from datetime import date, timedelta

from hubdesk.domain.enums import (
    Commercial,
    DealStage,
    Lifecycle,
    OrgKind,
    ProductKind,
    SubscriptionStatus,
    Term,
)
from hubdesk.domain.permissions import BuiltinRole, Permission
from hubdesk.models.commerce import Deal, DealNote, Product, Subscription
from hubdesk.models.orgs import Organisation, Person, Role
from hubdesk.server.bootstrap import stable_id
from hubdesk.server.demo.builder import Builder, cvr_number, slug

DOMAIN = "cybernord.dk"
CUSTOMERS = (
    ("Fynsk Fjernvarme A/S", "5000", "Odense C"),
    ("Nordjysk Tandklinik ApS", "9000", "Aalborg"),
    ("Kolding Maskinfabrik A/S", "6000", "Kolding"),
    ("Roskilde Boligforening", "4000", "Roskilde"),
    ("Dansk Havnelogistik A/S", "6700", "Esbjerg"),
    ("Hvidovre Revisionskontor ApS", "2650", "Hvidovre"),
    ("Skjern Trælast A/S", "6900", "Skjern"),
    ("Himmerland Andelskasse", "9600", "Aars"),
    ("Sønderborg Elektro ApS", "6400", "Sønderborg"),
    ("Viborg Private Realskole", "8800", "Viborg"),
    ("Aabenraa Vandværk A.m.b.a.", "6200", "Aabenraa"),
    ("Kronborg Rejser ApS", "3000", "Helsingør"),
    ("Lyngby IT-Service ApS", "2800", "Kgs. Lyngby"),
    ("Silkebo Plejecenter", "8600", "Silkeborg"),
    ("Esbjerg Offshore Service A/S", "6700", "Esbjerg"),
    ("Herning Tekstil ApS", "7400", "Herning"),
    ("Greve Advokaterne I/S", "2670", "Greve"),
    ("Randers Bilcenter ApS", "8900", "Randers C"),
    ("Holbæk Fødevarer A/S", "4300", "Holbæk"),
    ("Svendborg Marine ApS", "5700", "Svendborg"),
    ("Odder Ingeniørfirma ApS", "8300", "Odder"),
    ("Nyborg Dataanalyse ApS", "5800", "Nyborg"),
    ("Bornholms Røgeri ApS", "3700", "Rønne"),
    ("Frederiksberg Tandlægehus", "2000", "Frederiksberg"),
    ("Thisted Mejeri A.m.b.a.", "7700", "Thisted"),
)
STREETS = (
    "Vestergade", "Østergade", "Jernbanegade", "Industrivej", "Havnegade",
    "Søndergade", "Nørregade", "Erhvervsvej", "Fabriksvej", "Strandvejen",
)  # fmt: skip
FRAMEWORKS = (
    ("ISO 27001", 249_000),
    ("NIS2", 199_000),
    ("GDPR", 99_000),
    ("D-mærket", 129_000),
    ("ISO 27701", 179_000),
    ("CIS Controls v8", 149_000),
    ("DORA", 299_000),
)
TRIAL_ENDS_IN = (1, 4, 6, 9, 11, 17, 23, 29)
ACTIVE_SINCE = (30, 75, 160, 200, 340, 352, 362, 410, 500, 700, 820, 1000)
CLOSED_AGO = (40, 75, 120, 200, 260)
NOTES = (
    "Kunden ønsker et tilbud på NIS2-modulet inden årsskiftet.",
    "Holdt opstartsmøde med IT-chefen. De vil især have styr på leverandørstyring.",
    "Customer asked for an English version of the policy templates.",
    "Prøveperioden forlænget med 14 dage efter aftale med Céline.",
    "Mangler stadig at udfylde risikovurderingen – ring i næste uge.",
    "Signed the order form; please confirm the subscription and commission by email.",
    "Ledelsen har godkendt budgettet. Forventer underskrift denne måned.",
    "Går med en anden leverandør pga. pris. Følg op om et halvt år.",
    "Wants SSO with Entra ID before rolling out to all employees.",
    "Aktiv brug: 14 aktiviteter sidste uge. Godt tidspunkt at tale om fornyelse.",
    "Revisor har bedt om dokumentation for adgangsstyring (ISO 27001 A.5.15).",
    "No activity for three weeks – offered a short onboarding session.",
)
TAGS = ("offentlig", "NIS2-deadline", "henvist", "upsell", "SSO", "finans", "sundhed")


def build(b: Builder) -> None:
    rng = b.rng
    created = b.at(1500, 8)
    partner = b.org(
        "dk-partner",
        "CyberNord Compliance",
        OrgKind.PARTNER,
        b.platform,
        created,
        legal_name="CyberNord Compliance ApS",
        vat_number=f"DK{cvr_number(rng)}",
        address="Åboulevarden 70, 3. sal",
        postal_code="8000",
        city="Aarhus C",
        country="DK",
        phone="+45 86 12 40 40",
        contact_name="Søren Kristensen",
        contact_email=f"soeren.kristensen@{DOMAIN}",
        locale="da",
        verified_domains=[DOMAIN],
    )
    boss = b.named_person("Søren", "Kristensen", "da", DOMAIN, created, last_seen_days=6)
    mads = b.named_person("Mads", "Østergaard", "da", DOMAIN, b.at(900), local="mads")
    camilla = b.named_person("Camilla", "Holm", "da", DOMAIN, b.at(400))
    freja = b.people["freja@lundregnskab.dk"]
    manager_role = b.custom_role(
        "dk-partner",
        partner,
        "kundeansvarlig",
        "Kundeansvarlig",
        "Opretter og skifter til kundekonti, fører aftaler og noter.",
        [
            Permission.VIEW_ORG,
            Permission.CREATE_CHILD,
            Permission.INVITE,
            Permission.MANAGE_CUSTOMERS,
            Permission.IMPERSONATE,
            Permission.VIEW_REPORTS,
            Permission.VIEW_AUDIT,
        ],
        b.at(800),
    )
    user_role = b.custom_role(
        "dk-partner",
        partner,
        "compliance-bruger",
        "Compliance-bruger",
        "Arbejder med opgaver, politikker og rapporter i kundens konto.",
        [Permission.VIEW_ORG, Permission.MANAGE_REQUESTS, Permission.VIEW_REPORTS],
        b.at(800),
    )
    b.member(boss, partner, BuiltinRole.OWNER, created, title="Direktør")
    b.member(mads, partner, BuiltinRole.ADMINISTRATOR, b.at(900), title="Partner Account Manager")
    b.member(camilla, partner, manager_role.id, b.at(400), title="Customer Success")
    b.member(freja, partner, BuiltinRole.ACCOUNTANT, b.at(300), title="Ekstern bogholder")
    b.credential(mads)
    products = {
        name: b.add(
            Product(
                id=stable_id("product", f"cybernord/{name}"),
                org_id=partner.id,
                sku=f"cn-{slug(name).replace('.', '')}",
                name=f"{name} framework",
                kind=ProductKind.FRAMEWORK,
                tier=0,
                monthly_price_cents=price // 12,
                currency="DKK",
            ),
            created,
        )
        for name, price in FRAMEWORKS
    }
    statuses = ["trial"] * len(TRIAL_ENDS_IN) + ["active"] * len(ACTIVE_SINCE)
    statuses += ["closed"] * len(CLOSED_AGO)
    rng.shuffle(statuses)
    pools = {"trial": list(TRIAL_ENDS_IN), "active": list(ACTIVE_SINCE), "closed": list(CLOSED_AGO)}
    managers = [mads, mads, camilla]
    for n, (name, postal, city) in enumerate(CUSTOMERS):
        status = statuses[n]
        days = pools[status].pop(rng.randrange(len(pools[status])))
        framework = FRAMEWORKS[rng.choice((0, 0, 0, 1, 1, 2, 3, 4, 5, 6))][0]
        customer = _customer(b, partner, n, name, postal, city, status, days, user_role)
        owner = rng.choice(managers)
        _deal(b, partner, customer, status, framework, owner)
        if status != "closed":
            _subscription(b, customer, products[framework], status)
    with b.side_stream("partner activity"):
        _partner_activity(b, partner, mads, camilla, boss)


def _customer(
    b: Builder,
    partner: Organisation,
    n: int,
    name: str,
    postal: str,
    city: str,
    status: str,
    days: int,
    user_role: Role,
) -> Organisation:
    rng = b.rng
    fields: dict[str, object] = {}
    if status == "trial":
        ends = b.day(days)
        created = b.at(30 - days, 10)
        fields = {"commercial": Commercial.TRIAL, "trial_ends_on": ends}
    elif status == "active":
        started = b.day(-days)
        renews = started
        while renews <= b.today:
            renews = _plus_year(renews)
        created = b.at(days + 30, 10)
        fields = {
            "commercial": Commercial.ACTIVE,
            "subscription_started_on": started,
            "renews_on": renews,
            "trial_ends_on": started,
        }
    else:
        created = b.at(days + 30, 10)
        fields = {
            "commercial": Commercial.CLOSED,
            "lifecycle": Lifecycle.CLOSED,
            "trial_ends_on": b.day(-days),
        }
    base = name
    for suffix in (" A/S", " ApS", " I/S", " A.m.b.a."):
        base = base.removesuffix(suffix)
    domain = slug(base.replace(" ", ""), "da") + ".dk"
    org = b.org(
        f"dk-partner/customer-{n:02d}",
        name,
        OrgKind.CUSTOMER,
        partner,
        created,
        legal_name=name,
        vat_number=f"DK{cvr_number(rng)}",
        address=f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
        postal_code=postal,
        city=city,
        country="DK",
        locale="da",
        verified_domains=[domain],
        **fields,
    )
    users = {"trial": rng.randint(1, 4), "active": rng.randint(2, 8), "closed": 1}[status]
    for u in range(users):
        when = created + timedelta(days=u * 3)
        seen = None if status == "closed" else rng.choice((None, 2, 5, 12, 30, 80))
        person = b.random_person("da", domain, min(when, b.at(1)), last_seen_days=seen)
        if u == 0:
            b.member(person, org, BuiltinRole.OWNER, person.created_at, title="IT-ansvarlig")
            org.contact_name, org.contact_email = person.display_name, person.email
        else:
            b.member(person, org, user_role.id, person.created_at, title="Compliance-ansvarlig")
        if status != "closed" and seen is not None and seen < 60:
            days_seen = {seen, *rng.sample(range(seen, 60), min(1, 60 - seen))}
            for ago in sorted(days_seen, reverse=True):
                when = b.work_time(ago)
                b.sign_in(person, org, when)
                if rng.random() < 0.5:
                    b.log(
                        when + timedelta(minutes=20),
                        person,
                        "task.complete",
                        org,
                        target_type="task",
                        target_name=rng.choice(_TASKS),
                    )
    return org


_TASKS = (
    "Politik for adgangsstyring",
    "Risikovurdering: leverandører",
    "Beredskabsplan ved cyberangreb",
    "Awareness-træning: phishing",
    "Fortegnelse over behandlingsaktiviteter",
    "Backup-procedure gennemgået",
    "Databehandleraftaler opdateret",
)


def _plus_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _deal(
    b: Builder,
    partner: Organisation,
    customer: Organisation,
    status: str,
    framework: str,
    owner: Person,
) -> None:
    rng = b.rng
    deal = Deal(
        id=stable_id("deal", customer.id),
        org_id=partner.id,
        customer_org_id=customer.id,
        plan_name=framework,
        value_cents=dict(FRAMEWORKS)[framework] * 100,
        tags=[],
    )
    tags: list[str] = []
    if status == "trial":
        deal.stage = DealStage.OPEN
        deal.progress_pct = rng.randint(3, 40)
        assert customer.trial_ends_on is not None
        if (customer.trial_ends_on - b.today).days <= 7 or deal.progress_pct < 10:
            tags.append("needs attention")
    elif status == "active":
        deal.stage = DealStage.WON
        deal.progress_pct = rng.randint(35, 97)
        assert customer.subscription_started_on is not None
        deal.won_at = b.at((b.today - customer.subscription_started_on).days + 2, 11)
        deal.won_by_id = owner.id
        assert customer.renews_on is not None
        if (customer.renews_on - b.today).days <= 30:
            tags.append("renewal")
    else:
        deal.stage = DealStage.LOST
        deal.progress_pct = rng.randint(0, 12)
        tags.append("lost: price" if rng.random() < 0.5 else "lost: no response")
    if rng.random() < 0.4:
        tags.append(rng.choice(TAGS))
    deal.tags = tags
    b.add(deal, customer.created_at, deal.won_at or customer.created_at)
    if deal.won_at and deal.won_at > b.at(60):
        b.log(
            deal.won_at,
            owner,
            "deal.won",
            partner,
            deal,
            target_name=customer.name,
            before={"stage": "open"},
            after={"stage": "won", "plan": framework},
        )
    elif status == "trial" and customer.created_at > b.at(60):
        b.log(
            customer.created_at,
            owner,
            "org.create",
            partner,
            customer,
            after={"kind": "customer", "trial_ends_on": str(customer.trial_ends_on)},
        )
    span = max(1, (b.midnight - customer.created_at).days - 1)
    for k in range(rng.choice((0, 1, 1, 2, 3))):
        when = b.work_time(rng.randint(1, span))
        body = rng.choice(NOTES)
        note = b.add(
            DealNote(
                id=stable_id("deal_note", f"{deal.id}/{k}"),
                org_id=partner.id,
                deal_id=deal.id,
                author_id=owner.id,
                author_name=owner.display_name,
                body=body,
            ),
            when,
        )
        if when > b.at(60):
            b.log(
                when,
                owner,
                "deal.note_add",
                partner,
                note,
                target_name=customer.name,
                after={"body": body[:80]},
            )


def _subscription(b: Builder, customer: Organisation, product: Product, status: str) -> None:
    trial = status == "trial"
    started = customer.created_at.date() if trial else customer.subscription_started_on
    assert started is not None
    b.add(
        Subscription(
            id=stable_id("subscription", f"{customer.id}/framework"),
            org_id=customer.id,
            product_id=product.id,
            quantity=1,
            term=Term.ANNUAL,
            status=SubscriptionStatus.TRIAL if trial else SubscriptionStatus.ACTIVE,
            started_on=started,
            renews_on=customer.trial_ends_on if trial else customer.renews_on,
        ),
        customer.created_at,
    )


def _partner_activity(
    b: Builder, partner: Organisation, mads: Person, camilla: Person, boss: Person
) -> None:
    rng = b.rng
    for days in range(1, 60):
        if b.day(-days).weekday() >= 5:
            continue
        if rng.random() < 0.6:
            b.sign_in(mads, partner, b.at(days, 7, rng.randint(0, 59)))
        if rng.random() < 0.3:
            b.sign_in(camilla, partner, b.work_time(days))
        if rng.random() < 0.1:
            b.sign_in(boss, partner, b.work_time(days))
    b.sign_in_failed(mads, partner, b.at(13, 7, 2))
    # Mads switches into two customers' accounts to help them along.
    customers = [
        org
        for key, org in b.orgs.items()
        if key.startswith("dk-partner/customer-") and org.commercial != Commercial.CLOSED
    ]
    settled = [org for org in customers if org.created_at < b.at(30)]
    for customer, days in zip(settled[1:3], (16, 4), strict=True):
        contact = b.people[customer.contact_email or ""]
        start = b.at(days, 13, 30)
        b.log(
            start,
            contact,
            "impersonation.start",
            customer,
            contact,
            impersonator=mads,
            after={"reason": "Hjælp til opsætning", "minutes": 30},
        )
        b.log(
            start + timedelta(minutes=7),
            contact,
            "task.complete",
            customer,
            impersonator=mads,
            target_type="task",
            target_name="Risikovurdering: leverandører",
        )
        b.log(
            start + timedelta(minutes=18),
            contact,
            "impersonation.end",
            customer,
            contact,
            impersonator=mads,
        )
    trial = next(
        o for o in customers if o.commercial == Commercial.TRIAL and o.trial_ends_on == b.day(9)
    )
    assert trial.trial_ends_on is not None
    b.log(
        b.at(3, 10, 15),
        camilla,
        "org.update",
        trial,
        trial,
        before={"trial_ends_on": str(trial.trial_ends_on - timedelta(days=14))},
        after={"trial_ends_on": str(trial.trial_ends_on)},
    )
    b.log(
        b.at(2, 15, 40),
        boss,
        "data.export",
        partner,
        target_type="report",
        target_name="Kundeoversigt (alle kunder)",
        after={"format": "csv", "rows": 25},
    )
