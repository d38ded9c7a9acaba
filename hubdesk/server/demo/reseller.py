"""Scenario e (Swedish, Online Partner): a Google Workspace reseller and its clients.

Licence tiers with SEK prices, subscriptions with more licences bought than assigned,
groups and organisational units, licence rules of every condition kind, invoices paid,
unpaid and overdue, and a client-side domain admin with people from two domains.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from hubdesk.domain.enums import (
    OrgKind,
    PersonStatus,
    ProductKind,
    RuleAction,
    RuleCondition,
)
from hubdesk.domain.permissions import BuiltinRole, Permission
from hubdesk.models.commerce import (
    LicenceRule,
    Product,
)
from hubdesk.models.orgs import Group, GroupMember, Organisation, Person, Role
from hubdesk.server.bootstrap import stable_id
from hubdesk.server.demo.builder import Builder
from hubdesk.server.demo.reseller_licences import invoices, licences

DOMAIN = "nordmoln.se"
TIERS = (
    ("gws-business-starter", "Google Workspace Business Starter", 1, 8_100),
    ("gws-business-standard", "Google Workspace Business Standard", 2, 16_200),
    ("gws-business-plus", "Google Workspace Business Plus", 3, 25_400),
)
C, A = RuleCondition, RuleAction


@dataclass(frozen=True)
class Client:
    key: str
    name: str
    domains: tuple[str, ...]
    street: str
    postal: str
    city: str
    admin: tuple[str, str]
    units: tuple[tuple[str, str, int, int], ...]  # key, name, people, licence tier (0..2)
    groups: tuple[tuple[str, str | None], ...]  # name, unit key (None: everyone)
    # priority, name, condition, unit key / group name / days, action, tier, target tier, on
    rules: tuple[tuple[int, str, RuleCondition, Any, RuleAction, int, int | None, bool], ...]


CLIENTS = (
    Client("sjoberg", "Sjöberg Bygg AB", ("sjobergbygg.se", "sjobergfastigheter.se"),
           "Lindholmsallén 10", "417 55", "Göteborg", ("Karin", "Ekström"),
           (("ledning", "Ledning", 3, 2), ("projekt", "Projekt", 4, 1),
            ("produktion", "Produktion", 5, 0), ("ekonomi", "Ekonomi", 2, 1)),
           (("Alla anställda", None), ("Ledningsgrupp", "ledning"), ("Projektledare", "projekt")),
           ((10, "Ledningen får Business Plus", C.ORG_UNIT, "ledning", A.ASSIGN, 2, None, True),
            (20, "Projektledare får Business Standard", C.GROUP, "Projektledare", A.ASSIGN, 1,
             None, True),
            (30, "Inaktiv i 90 dagar: byt till Starter", C.INACTIVITY, 90, A.CHANGE, 1, 0, True),
            (40, "Ny användare: Starter vid första inloggning", C.FIRST_LOGIN, 14, A.ASSIGN, 0,
             None, True),
            (50, "Inaktiv i 180 dagar: ta bort licensen", C.INACTIVITY, 180, A.REMOVE, 0, None,
             False))),
    Client("vastkust", "Västkust Redovisning AB", ("vastkustredovisning.se",), "Stortorget 9",
           "211 22", "Malmö", ("Anna", "Persson"),
           (("redovisning", "Redovisning", 4, 1), ("lon", "Lön", 3, 1)),
           (("Konsulter", "redovisning"),),
           ((10, "Lön får Business Standard", C.ORG_UNIT, "lon", A.ASSIGN, 1, None, True),
            (20, "Ny användare: Starter vid första inloggning", C.FIRST_LOGIN, 30, A.ASSIGN, 0,
             None, True))),
    Client("solkatten", "Solkatten Förskolor AB", ("solkatten.se",), "Svartbäcksgatan 30",
           "753 33", "Uppsala", ("Linnea", "Bergström"),
           (("luthagen", "Förskolan Luthagen", 5, 0), ("gottsunda", "Förskolan Gottsunda", 4, 0)),
           (("Pedagoger", None), ("Kök och städ", "gottsunda")),
           ((10, "Pedagoger får Business Starter", C.GROUP, "Pedagoger", A.ASSIGN, 0, None, True),
            (20, "Inaktiv i 60 dagar: ta bort licensen", C.INACTIVITY, 60, A.REMOVE, 0, None,
             True))),
    Client("ekdahl", "Ekdahl & Partners Advokatbyrå KB", ("ekdahlpartners.se",),
           "Birger Jarlsgatan 18", "114 34", "Stockholm", ("Gustav", "Ekdahl"), (),
           (("Delägare", None),), ()),
    Client("norrskog", "Norrlands Skogsteknik AB", ("norrskog.se",), "Storgatan 52", "903 26",
           "Umeå", ("Per", "Nyström"),
           (("kontor", "Kontor", 3, 1), ("falt", "Fält", 5, 0)),
           (("Maskinförare", "falt"),),
           ((10, "Fältpersonal får Business Starter", C.ORG_UNIT, "falt", A.ASSIGN, 0, None, True),
            (20, "Kontoret får Business Standard", C.ORG_UNIT, "kontor", A.ASSIGN, 1, None,
             True))),
)  # fmt: skip


def build(b: Builder) -> None:
    rng = b.rng
    created = b.at(2000, 8)
    reseller = b.org(
        "se-reseller",
        "Nordmoln Partner",
        OrgKind.RESELLER,
        b.platform,
        created,
        legal_name="Nordmoln Partner AB",
        vat_number=f"SE556{rng.randint(100_000, 999_999)}01",
        address="Kungsgatan 44",
        postal_code="111 35",
        city="Stockholm",
        country="SE",
        phone="+46 8 410 235 00",
        contact_name="Erik Lindqvist",
        contact_email=f"erik.lindqvist@{DOMAIN}",
        locale="sv",
        verified_domains=[DOMAIN],
    )
    ceo = b.named_person("Maria", "Söderberg", "sv", DOMAIN, created, last_seen_days=11)
    erik = b.named_person("Erik", "Lindqvist", "sv", DOMAIN, b.at(1500))
    books = b.named_person("Johan", "Nyström", "sv", DOMAIN, b.at(900), last_seen_days=5)
    support = b.named_person("Sara", "Wallin", "sv", DOMAIN, b.at(300), last_seen_days=1)
    b.member(ceo, reseller, BuiltinRole.OWNER, created, title="VD")
    b.member(erik, reseller, BuiltinRole.ADMINISTRATOR, b.at(1500), title="Kundansvarig")
    b.member(books, reseller, BuiltinRole.ACCOUNTANT, b.at(900), title="Ekonomi")
    b.member(support, reseller, BuiltinRole.ADMINISTRATOR, b.at(300), title="Licenssupport")
    b.credential(erik)
    user_role = b.custom_role(
        "se-reseller",
        reseller,
        "anvandare",
        "Användare",
        "Ser sin egen licens och sin organisation.",
        [Permission.VIEW_ORG],
        b.at(1000),
    )
    licence_role = b.custom_role(
        "se-reseller",
        reseller,
        "licensansvarig",
        "Licensansvarig",
        "Hanterar licenser och ser fakturor för sin organisation.",
        [Permission.VIEW_ORG, Permission.MANAGE_LICENCES, Permission.VIEW_BILLING],
        b.at(1000),
    )
    tiers = [
        b.add(
            Product(
                id=stable_id("product", sku),
                org_id=reseller.id,
                sku=sku,
                name=name,
                kind=ProductKind.WORKSPACE_LICENCE,
                tier=tier,
                monthly_price_cents=price,
                currency="SEK",
            ),
            created,
        )
        for sku, name, tier, price in TIERS
    ]
    for n, client in enumerate(CLIENTS):
        _client(b, reseller, n, client, tiers, user_role, licence_role, erik)
    for days in range(1, 60):
        if b.day(-days).weekday() < 5 and rng.random() < 0.5:
            b.sign_in(erik, reseller, b.at(days, 7, rng.randint(0, 59)))
        if b.day(-days).weekday() < 5 and rng.random() < 0.3:
            b.sign_in(support, reseller, b.work_time(days))
    b.log(
        b.at(7, 9, 30),
        erik,
        "data.export",
        reseller,
        target_type="report",
        target_name="Licensrapport – alla kunder",
        after={"format": "csv", "rows": 61},
    )


def _client(
    b: Builder,
    reseller: Organisation,
    n: int,
    c: Client,
    tiers: list[Product],
    user_role: Role,
    licence_role: Role,
    erik: Person,
) -> None:
    rng = b.rng
    joined = b.at(1400 - 250 * n, 10)
    org = b.org(
        f"se-reseller/{c.key}",
        c.name,
        OrgKind.COMPANY,
        reseller,
        joined,
        legal_name=c.name,
        vat_number=f"SE55{rng.randint(1_000_000, 9_999_999)}01",
        address=c.street,
        postal_code=c.postal,
        city=c.city,
        country="SE",
        locale="sv",
        verified_domains=list(c.domains),
    )
    first, last = c.admin
    admin = b.named_person(
        first, last, "sv", c.domains[0], joined, last_seen_days=rng.randint(1, 9)
    )
    if c.key == "sjoberg":
        b.credential(admin)  # Karin, the demo's domain admin
    b.member(admin, org, BuiltinRole.ADMINISTRATOR, joined, title="IT-ansvarig")
    org.contact_name, org.contact_email = admin.display_name, admin.email
    units: dict[str, Organisation] = {}
    people: list[tuple[Person, str | None, int]] = [(admin, None, 1 if c.units else 2)]
    for key, name, count, tier in c.units:
        unit = b.org(
            f"se-reseller/{c.key}/{key}",
            f"{c.name.split(' ')[0]} – {name}",
            OrgKind.BUSINESS_UNIT,
            org,
            joined + timedelta(days=2),
            address=c.street,
            postal_code=c.postal,
            city=c.city,
            country="SE",
            locale="sv",
            verified_domains=list(c.domains),
        )
        units[key] = unit
        for i in range(count):
            people.append((_employee(b, c, unit, i, user_role, licence_role), key, tier))
    if not c.units:
        for i in range(5):
            people.append((_employee(b, c, org, i, user_role, licence_role), None, 1 + (i < 2)))
    groups = _groups(b, org, c, people)
    rules = _rules(b, org, c, tiers, units, groups)
    subs = licences(b, org, c.key, tiers, people, units, groups, rules, admin)
    invoices(b, org, n, c.key, tiers, subs, admin)
    for person, _, _ in people[:4]:
        if person.last_sign_in_at and person.last_sign_in_at > b.at(60):
            b.sign_in(person, org, person.last_sign_in_at)
    if c.key == "vastkust":
        b.log(
            b.at(35, 14, 2),
            admin,
            "impersonation.start",
            org,
            admin,
            impersonator=erik,
            after={"reason": "Hjälp med licensregler", "minutes": 20},
        )
        rule = rules[-1]
        b.log(
            b.at(35, 14, 9),
            admin,
            "licence_rule.create",
            org,
            rule,
            impersonator=erik,
            after={"condition": rule.condition.value, "params": rule.params},
        )
        b.log(b.at(35, 14, 15), admin, "impersonation.end", org, admin, impersonator=erik)


def _employee(
    b: Builder, c: Client, org: Organisation, i: int, user_role: Role, licence_role: Role
) -> Person:
    rng = b.rng
    domain = c.domains[1] if len(c.domains) > 1 and i == 0 else c.domains[0]
    if i == 3:  # hired recently, not signed in yet
        when = b.at(rng.randint(3, 20), 9)
        person = b.random_person("sv", domain, when, status=PersonStatus.INVITED)
    elif i == 2:  # started a few weeks ago: the licence came with the first sign-in
        when = b.at(rng.randint(10, 25), 8)
        person = b.random_person("sv", domain, when, last_seen_days=rng.randint(1, 9))
    else:
        # the fifth of a unit works in the field: months without a sign-in (what the
        # inactivity rules are for); the others sign in now and then
        seen = rng.choice((75, 130, 210) if i == 4 else (1, 2, 4, 8, 15, 30, 75, 130, 210))
        person = b.random_person(
            "sv", domain, org.created_at + timedelta(days=30 * i + 5), last_seen_days=seen
        )
    role = licence_role.id if i == 0 and org.depth == 2 else user_role.id
    b.member(person, org, role, person.created_at, title=None)
    if person.created_at > b.at(60):
        admin = b.people[str(b.orgs[f"se-reseller/{c.key}"].contact_email)]
        b.log(
            person.created_at,
            admin,
            "membership.create",
            org,
            person,
            after={"email": person.email},
        )
    return person


def _groups(
    b: Builder, org: Organisation, c: Client, people: list[tuple[Person, str | None, int]]
) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for name, unit_key in c.groups:
        group = b.add(
            Group(
                id=stable_id("group", f"{org.id}/{name}"),
                org_id=org.id,
                name=name,
                description=f"Google-grupp {name.lower()}",
            ),
            org.created_at,
        )
        groups[name] = group
        for person, key, _ in people:
            if unit_key is None or key == unit_key:
                b.add(
                    GroupMember(
                        id=stable_id("group_member", f"{group.id}/{person.id}"),
                        org_id=org.id,
                        group_id=group.id,
                        person_id=person.id,
                    ),
                    max(org.created_at, person.created_at),
                )
    return groups


def _rules(
    b: Builder,
    org: Organisation,
    c: Client,
    tiers: list[Product],
    units: dict[str, Organisation],
    groups: dict[str, Group],
) -> list[LicenceRule]:
    rules = []
    for priority, name, condition, ref, action, tier, target, enabled in c.rules:
        params: dict[str, Any]
        if condition == C.ORG_UNIT:
            params = {"org_id": units[ref].id}
        elif condition == C.GROUP:
            params = {"group_id": groups[ref].id}
        elif condition == C.INACTIVITY:
            params = {"days": ref}
        else:
            params = {"within_days": ref}
        rule = b.add(
            LicenceRule(
                id=stable_id("licence_rule", f"{org.id}/{priority}"),
                org_id=org.id,
                name=name,
                priority=priority,
                condition=condition,
                params=params,
                action=action,
                product_id=tiers[tier].id,
                target_product_id=None if target is None else tiers[target].id,
                enabled=enabled,
            ),
            b.at(35, 14, 9)
            if c.key == "vastkust" and priority == 20
            else org.created_at + timedelta(days=priority),
        )
        rules.append(rule)
    return rules
