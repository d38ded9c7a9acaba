"""Scenario a (Danish, Officeguru "Officehub"): an office hotel and its tenant sub-accounts.

Tenants in every lifecycle state, invitations in every state, a daily lunch-order
overview, cleaning / handyman / IT requests, one tenant that was detached and now runs
on its own, and the hub administrator logging in as a tenant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from hubdesk.domain.enums import (
    InviteStatus,
    Lifecycle,
    OrgKind,
)
from hubdesk.domain.permissions import BuiltinRole, Permission
from hubdesk.models.orgs import Invite, Organisation, Person, Role
from hubdesk.server.bootstrap import stable_id
from hubdesk.server.demo import officehub_activity as activity
from hubdesk.server.demo.builder import Builder, cvr_number

DOMAIN = "havnehuset.dk"
SITES = {
    "kbh": ("Sundkrogsgade 21", "2150", "Nordhavn"),
    "aar": ("Inge Lehmanns Gade 10", "8000", "Aarhus C"),
}


@dataclass(frozen=True)
class Tenant:
    key: str
    name: str
    domain: str
    site: str
    office: str
    lifecycle: Lifecycle
    contact: tuple[str, str]
    staff: int  # people besides the owner
    meals: int  # a usual day's lunch orders
    joined_days_ago: int


TENANTS = (
    Tenant("nordlys", "Nordlys Arkitekter ApS", "nordlys-arkitekter.dk", "kbh",
           "4. sal, kontor 4.12", Lifecycle.ACTIVE, ("Sofie", "Nørgaard"), 4, 14, 430),
    Tenant("boelgeslag", "Bølgeslag Digital ApS", "boelgeslag.dk", "kbh",
           "2. sal, kontor 2.08", Lifecycle.ACTIVE, ("Rasmus", "Holm Petersen"), 3, 9, 380),
    Tenant("fjordsen", "Advokatfirmaet Fjordsen", "fjordsen-advokat.dk", "kbh",
           "5. sal", Lifecycle.ACTIVE, ("Anne", "Fjordsen"), 3, 11, 300),
    Tenant("kaffekollektivet", "Kaffekollektivet Aarhus ApS", "kaffekollektivet.dk", "aar",
           "Stueetagen", Lifecycle.ACTIVE, ("Mikkel", "Bach"), 2, 6, 250),
    Tenant("teglvaerket", "Teglværket Software A/S", "teglvaerket.io", "aar",
           "3. sal", Lifecycle.ACTIVE, ("Nikolaj", "Skov"), 4, 18, 44),
    Tenant("groen-rute", "Grøn Rute Logistik ApS", "groenrute.dk", "aar",
           "1. sal, kontor 1.04", Lifecycle.ONBOARDING, ("Line", "Vestergaard"), 1, 5, 12),
    Tenant("skovgaard-dahl", "Skovgaard & Dahl Revision ApS", "sd-revision.dk", "kbh",
           "3. sal, kontor 3.02", Lifecycle.ONBOARDING, ("Henrik", "Dahl"), 1, 7, 26),
    Tenant("lindholm", "Lindholm Design Studio", "lindholmdesign.dk", "kbh",
           "2. sal, kontor 2.15", Lifecycle.INVITED, ("Ida", "Lindholm"), 0, 0, 9),
    Tenant("moelleaa", "Mølleå Consulting ApS", "moelleaa-consulting.dk", "kbh",
           "1. sal", Lifecycle.DETACHED, ("Kasper", "Mølgaard"), 1, 0, 520),
)  # fmt: skip


def build(b: Builder) -> None:
    rng = b.rng
    created = b.at(900, 8)
    street, postal, city = SITES["kbh"]
    hub = b.org(
        "dk-hub",
        "Havnehuset Kontorhotel",
        OrgKind.HUB,
        b.platform,
        created,
        legal_name="Havnehuset Kontorhotel ApS",
        vat_number=f"DK{cvr_number(rng)}",
        address=street,
        postal_code=postal,
        city=city,
        country="DK",
        phone="+45 70 20 44 10",
        contact_name="Jens Holm",
        contact_email=f"jens.holm@{DOMAIN}",
        locale="da",
        verified_domains=[DOMAIN],
    )
    owner = b.named_person("Jens", "Holm", "da", DOMAIN, created, last_seen_days=3)
    admin = b.named_person("Mette", "Kjær Andersen", "da", DOMAIN, b.at(700), local="mette.kjaer")
    aarhus = b.named_person("Esben", "Lauridsen", "da", DOMAIN, b.at(500), last_seen_days=8)
    freja = b.named_person("Freja", "Lund", "da", "lundregnskab.dk", b.at(600), local="freja")
    b.member(owner, hub, BuiltinRole.OWNER, created, title="Direktør")
    b.member(admin, hub, BuiltinRole.ADMINISTRATOR, b.at(700), title="Community manager")
    b.member(aarhus, hub, BuiltinRole.ADMINISTRATOR, b.at(500), title="Driftsansvarlig, Aarhus")
    b.member(freja, hub, BuiltinRole.ACCOUNTANT, b.at(600), title="Ekstern bogholder")
    b.credential(admin)
    b.credential(freja)
    employee = b.add(
        Role(
            id=stable_id("role", "dk-hub/medarbejder"),
            org_id=hub.id,
            key=None,
            name="Medarbejder (bestiller)",
            description="Kan se sin virksomheds konto og bestille frokost, rengøring og handyman.",
            permissions=sorted([Permission.VIEW_ORG.value, Permission.MANAGE_REQUESTS.value]),
            builtin=False,
        ),
        b.at(640),
        b.at(58, 11),
    )
    b.log(
        b.at(58, 11),
        admin,
        "role.update",
        hub,
        employee,
        before={"permissions": [Permission.VIEW_ORG.value]},
        after={"permissions": employee.permissions},
    )
    billed = [_tenant(b, hub, tenant, admin, owner, employee) for tenant in TENANTS]
    _lapsed_invites(b, hub, admin)
    with b.side_stream("hub activity"):
        activity.hub_activity(b, hub, admin, owner, aarhus, freja)
    activity.invoices(
        b, hub, [(org, t.meals) for org, t in zip(billed, TENANTS, strict=True) if t.meals]
    )


def _tenant(
    b: Builder, hub: Organisation, t: Tenant, admin: Person, owner: Person, employee: Role
) -> Organisation:
    rng = b.rng
    street, postal, city = SITES[t.site]
    joined = b.at(t.joined_days_ago, 10)
    first, last = t.contact
    parent = b.platform if t.lifecycle == Lifecycle.DETACHED else hub
    org = b.org(
        f"dk-hub/{t.key}",
        t.name,
        OrgKind.TENANT,
        parent,
        joined,
        lifecycle=t.lifecycle,
        legal_name=t.name,
        vat_number=f"DK{cvr_number(rng)}",
        address=f"{street}, {t.office}",
        postal_code=postal,
        city=city,
        country="DK",
        phone=f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
        contact_name=f"{first} {last}",
        contact_email=f"{first.lower()}@{t.domain}",
        locale="da",
        verified_domains=[t.domain] if t.lifecycle != Lifecycle.INVITED else [],
    )
    inviter = admin if t.joined_days_ago < 700 else owner
    sent = joined - timedelta(days=2)
    invite = Invite(
        id=stable_id("invite", t.key),
        org_id=hub.id,
        email=org.contact_email,
        company_name=t.name,
        contact_name=f"{first} {last}",
        sent_count=1,
        last_sent_at=sent,
        expires_at=sent + timedelta(days=14),
        invited_by_id=inviter.id,
        sub_org_id=org.id,
    )
    if t.lifecycle == Lifecycle.INVITED:
        # Sent nine days ago, resent two days ago: still waiting for Ida.
        invite.status = InviteStatus.PENDING
        invite.sent_count = 2
        invite.last_sent_at = b.at(2, 8, 30)
        invite.expires_at = invite.last_sent_at + timedelta(days=14)
        b.add(invite, b.at(9, 9, 15), invite.last_sent_at)
        b.log(b.at(9, 9, 15), admin, "invite.send", hub, invite, after={"email": invite.email})
        b.log(b.at(2, 8, 30), admin, "invite.resend", hub, invite, after={"sent_count": 2})
        return org

    seen = rng.randint(1, 20)
    local = first.lower() if t.key == "nordlys" else None
    boss = b.named_person(first, last, "da", t.domain, joined, local=local, last_seen_days=seen)
    if local:
        b.credential(boss)  # Sofie is a demo sign-in
    org.contact_email = invite.email = boss.email
    b.member(boss, org, BuiltinRole.OWNER, joined, title="Direktør")
    staff = [boss]
    for n in range(t.staff):
        when = min(joined + timedelta(days=3 + 20 * n), b.at(2, 9))
        person = b.random_person("da", t.domain, when, last_seen_days=rng.randint(1, 40))
        if n == 0:
            b.member(person, org, BuiltinRole.ADMINISTRATOR, when, title="Office manager")
        else:
            b.member(person, org, employee.id, when, title="Medarbejder")
        staff.append(person)
    orderer = staff[1] if len(staff) > 1 else boss

    if t.lifecycle == Lifecycle.ONBOARDING:
        # Accepted, but company details and terms are still missing: the hub gets the mail.
        invite.status = InviteStatus.ACCEPTED
        invite.sent_count = 1 + t.joined_days_ago % 2
        b.add(invite, sent, joined)
        b.log(sent, inviter, "invite.send", hub, invite, after={"email": invite.email})
        b.log(joined, boss, "invite.accept", hub, invite, after={"status": "accepted"})
        with b.side_stream(f"lunch/{org.id}"):
            activity.lunch(b, org, orderer, t.meals, first_day=-min(t.joined_days_ago - 2, 14))
        return org

    done = joined + timedelta(days=1, hours=3)
    invite.status = InviteStatus.COMPLETED
    invite.completed_at = done
    invite.sent_count = 2 if t.key in {"fjordsen", "teglvaerket"} else 1
    b.add(invite, sent, done)
    if t.joined_days_ago <= 60:
        b.log(sent, inviter, "invite.send", hub, invite, after={"email": invite.email})
        b.log(joined, boss, "invite.accept", hub, invite, after={"status": "accepted"})
        b.log(
            done,
            boss,
            "invite.complete",
            hub,
            invite,
            after={"status": "completed", "terms_accepted": True},
        )
        b.log(
            done,
            boss,
            "org.update",
            org,
            org,
            before={"lifecycle": "onboarding"},
            after={"lifecycle": "active", "notifications_to": boss.email},
        )
    if t.lifecycle == Lifecycle.DETACHED:
        # The tenant moved out; support detached it, and it carries on on its own.
        support = b.people["support@hubdesk.example"]
        b.log(
            b.at(15, 12),
            support,
            "org.detach",
            hub,
            org,
            before={"parent": hub.name, "lifecycle": "active"},
            after={"parent": None, "lifecycle": "detached"},
        )
        org.updated_at = b.at(15, 12)
        return org
    with b.side_stream(f"lunch/{org.id}"):
        activity.lunch(b, org, orderer, t.meals, first_day=-14)
    activity.requests(b, org, staff)
    for person in staff:
        if person.last_sign_in_at and person.last_sign_in_at > b.at(60):
            b.sign_in(person, org, person.last_sign_in_at)
        if person.created_at > b.at(60):
            b.log(
                person.created_at,
                boss,
                "membership.create",
                org,
                person,
                after={"email": person.email},
            )
    return org


def _lapsed_invites(b: Builder, hub: Organisation, admin: Person) -> None:
    """An invitation that expired after three sends, and one the hub cancelled."""
    first_sent = b.at(34, 9, 5)
    expired = b.add(
        Invite(
            id=stable_id("invite", "vesterbro-yoga"),
            org_id=hub.id,
            email="julie@vesterbroyoga.dk",
            contact_name="Julie Thomsen",
            company_name="Vesterbro Yoga & Velvære",
            status=InviteStatus.EXPIRED,
            sent_count=3,
            last_sent_at=b.at(20, 9, 40),
            expires_at=b.at(6, 9, 40),
            invited_by_id=admin.id,
        ),
        first_sent,
        b.at(6, 9, 40),
    )
    cancelled = b.add(
        Invite(
            id=stable_id("invite", "amager-catering"),
            org_id=hub.id,
            email="trine@amagercatering.dk",
            contact_name="Trine Olsen",
            company_name="Amager Catering ApS",
            status=InviteStatus.CANCELLED,
            sent_count=1,
            last_sent_at=b.at(9, 13, 20),
            expires_at=b.at(9, 13, 20) + timedelta(days=14),
            invited_by_id=admin.id,
        ),
        b.at(9, 13, 20),
        b.at(5, 11, 2),
    )
    b.log(first_sent, admin, "invite.send", hub, expired, after={"email": expired.email})
    for days, count in ((27, 2), (20, 3)):
        b.log(b.at(days, 9, 40), admin, "invite.resend", hub, expired, after={"sent_count": count})
    b.log(b.at(6, 9, 40), None, "invite.expire", hub, expired, actor_name="system")
    b.log(b.at(9, 13, 20), admin, "invite.send", hub, cancelled, after={"email": cancelled.email})
    b.log(
        b.at(5, 11, 2),
        admin,
        "invite.cancel",
        hub,
        cancelled,
        before={"status": "pending"},
        after={"status": "cancelled"},
    )
