"""People through the push API: added with a role (new address → new person, told by mail),
role changed, removed; every escalation refused at the server whatever the console sends."""

from __future__ import annotations

import uuid

from conftest import LiveServer, Pusher, org_named
from sqlalchemy import select

from hubdesk.domain.permissions import BuiltinRole
from hubdesk.models.activity import AuditEvent
from hubdesk.models.orgs import Membership, Person
from hubdesk.models.server_only import OutgoingMail
from hubdesk.server.bootstrap import builtin_role_id, stable_id

METTE = "mette.kjaer@havnehuset.dk"  # administrator of the hub Havnehuset
SOFIE = "sofie@nordlys-arkitekter.dk"  # owner of its tenant Nordlys
FREJA = "freja@lundregnskab.dk"  # accountant of the hub (no members right)
ROLE = {r: builtin_role_id(r) for r in BuiltinRole}
EMPLOYEE = stable_id("role", "dk-hub/medarbejder")  # a custom role of the hub


def add(pusher: Pusher, org_id: str, email: str, role: BuiltinRole | str, **more: object) -> dict:
    role_id = ROLE[role] if isinstance(role, BuiltinRole) else role
    draft = {"org_id": org_id, "email": email, "display_name": "Nina Berg", "role_id": role_id}
    result: dict = pusher.push("membership.create", str(uuid.uuid4()), draft | more)
    return result


def membership_of(live_server: LiveServer, email: str, org_id: str) -> Membership:
    with live_server.db.reading() as s:
        found = s.scalar(
            select(Membership)
            .join(Person, Person.id == Membership.person_id)
            .where(Person.email == email, Membership.org_id == org_id)
        )
        assert found is not None
        s.expunge(found)
        return found


def test_adding_a_new_person_makes_them_and_tells_them(live_server: LiveServer) -> None:
    hub = org_named(live_server.db, "Havnehuset")
    mette = Pusher(live_server, METTE)
    result = add(mette, hub.id, "  Nina.Berg@HAVNEHUSET.dk ", BuiltinRole.ADMINISTRATOR)
    assert result["status"] == "applied", result
    made = membership_of(live_server, "nina.berg@havnehuset.dk", hub.id)
    assert (made.role_id, made.status) == (ROLE[BuiltinRole.ADMINISTRATOR], "invited")
    with live_server.db.reading() as s:
        person = s.scalar(select(Person).where(Person.email == "nina.berg@havnehuset.dk"))
        assert person is not None and person.status == "invited"
        mail = s.scalar(
            select(OutgoingMail).where(OutgoingMail.to_address == "nina.berg@havnehuset.dk")
        )
        assert mail is not None and "Havnehuset" in mail.subject
        event = s.scalar(select(AuditEvent).where(AuditEvent.target_id == made.id))
        assert event is not None and event.action == "membership.create"
        assert event.after == {"role": "Administrator", "title": None, "new_person": True}
    again = add(mette, hub.id, "nina.berg@havnehuset.dk", BuiltinRole.MARKETER)
    assert (again["status"], again["code"]) == ("rejected", "already_member")


def test_other_domains_only_when_the_administrators_allow(live_server: LiveServer) -> None:
    hub = org_named(live_server.db, "Havnehuset")
    mette = Pusher(live_server, METTE)
    refused = add(mette, hub.id, "ola@gmail.com", BuiltinRole.MARKETER)
    assert (refused["status"], refused["code"]) == ("rejected", "other_domain")
    allowed = mette.push("organisation.update", hub.id, {"external_members": True}, hub.version)
    assert allowed["status"] == "applied"
    assert add(mette, hub.id, "ola@gmail.com", BuiltinRole.MARKETER)["status"] == "applied"
    # A tenant may take people from the hub's verified domain (an ancestor's) too.
    nordlys = org_named(live_server.db, "Nordlys")
    sofie = Pusher(live_server, SOFIE)
    assert add(sofie, nordlys.id, "kim@havnehuset.dk", EMPLOYEE)["status"] == "applied"


def test_escalation_is_refused_whatever_the_console_sends(live_server: LiveServer) -> None:
    db = live_server.db
    hub, nordlys = org_named(db, "Havnehuset"), org_named(db, "Nordlys")
    mette, sofie, freja = (Pusher(live_server, e) for e in (METTE, SOFIE, FREJA))
    cases = [
        # a role with a permission Mette lacks (billing.manage)
        (add(mette, hub.id, "a@havnehuset.dk", BuiltinRole.ACCOUNTANT), "escalation"),
        (add(mette, hub.id, "b@havnehuset.dk", BuiltinRole.OWNER), "escalation"),
        # hubdesk's own staff role, only ever given at the platform
        (add(mette, hub.id, "c@havnehuset.dk", BuiltinRole.PLATFORM_SUPPORT), "invalid_role"),
        # no right to manage people at all
        (add(freja, hub.id, "d@havnehuset.dk", BuiltinRole.MARKETER), "forbidden"),
        # a tenant's owner at the hub above her
        (add(sofie, hub.id, "e@havnehuset.dk", BuiltinRole.MARKETER), "not_found"),
        # a role that belongs to nobody here (unknown id)
        (add(mette, hub.id, "f@havnehuset.dk", str(uuid.uuid4())), "invalid_role"),
    ]
    for result, code in cases:
        assert (result["status"], result["code"]) == ("rejected", code), result
    jens = membership_of(live_server, "jens.holm@havnehuset.dk", hub.id)
    own = membership_of(live_server, METTE, hub.id)
    changes = [
        # demoting the owner, who holds more than Mette
        mette.push(
            "membership.update", jens.id, {"role_id": ROLE[BuiltinRole.MARKETER]}, jens.version
        ),
        mette.push("membership.remove", jens.id, {}, jens.version),
        # raising (or changing) her own role
        mette.push("membership.update", own.id, {"role_id": ROLE[BuiltinRole.OWNER]}, own.version),
        mette.push(
            "membership.update", own.id, {"role_id": ROLE[BuiltinRole.MARKETER]}, own.version
        ),
    ]
    codes = [(r["status"], r["code"]) for r in changes]
    assert codes == [
        ("rejected", "more_powerful"),
        ("rejected", "more_powerful"),
        ("rejected", "own_role"),
        ("rejected", "own_role"),
    ]
    assert changes[0]["current"]["data"]["role_id"] == ROLE[BuiltinRole.OWNER]
    # Nothing changed, nothing was made.
    assert membership_of(live_server, "jens.holm@havnehuset.dk", hub.id).version == jens.version
    with db.reading() as s:
        assert s.scalar(select(Person).where(Person.email.like("_@havnehuset.dk"))) is None
    # A tenant's owner gives a specialist role (work, not power) but not the hub's powers.
    assert (
        add(sofie, nordlys.id, "g@nordlys-arkitekter.dk", BuiltinRole.SPECIALIST)["status"]
        == "applied"
    )


def test_role_change_and_removal_are_audited(live_server: LiveServer) -> None:
    db = live_server.db
    hub = org_named(db, "Havnehuset")
    mette = Pusher(live_server, METTE)
    esben = membership_of(live_server, "esben.lauridsen@havnehuset.dk", hub.id)
    changed = mette.push(
        "membership.update",
        esben.id,
        {"role_id": ROLE[BuiltinRole.SPECIALIST], "title": "Vicevært"},
        esben.version,
    )
    assert changed["status"] == "applied"
    stale = mette.push("membership.remove", esben.id, {}, esben.version)
    assert stale["status"] == "conflict"
    removed = mette.push("membership.remove", esben.id, {}, changed["version"])
    assert removed["status"] == "applied"
    with db.reading() as s:
        assert s.get(Membership, esben.id) is None
        trail = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.target_id == esben.id, AuditEvent.action.like("membership.%"))
            .order_by(AuditEvent.occurred_at)
        ).all()
    assert [e.action for e in trail] == ["membership.update", "membership.remove"]
    assert trail[0].before == {"role": "Administrator", "title": "Driftsansvarlig, Aarhus"}
    assert trail[0].after == {"role": "Specialist", "title": "Vicevært"}
    assert trail[1].before is not None and trail[1].before["role"] == "Specialist"


def test_an_organisation_keeps_its_owner(live_server: LiveServer) -> None:
    nordlys = org_named(live_server.db, "Nordlys")
    sofie = Pusher(live_server, SOFIE)
    own = membership_of(live_server, SOFIE, nordlys.id)
    leaving = sofie.push("membership.remove", own.id, {}, own.version)
    assert (leaving["status"], leaving["code"]) == ("rejected", "last_owner")
    pause = sofie.push("membership.update", own.id, {"status": "suspended"}, own.version)
    assert (pause["status"], pause["code"]) == ("rejected", "last_owner")


def test_a_billable_seat_beyond_the_plan_grows_it(live_server: LiveServer) -> None:
    from hubdesk.models.commerce import Subscription

    db = live_server.db
    gyor = org_named(db, "Aranyhaj Győr")
    with db.reading() as s:
        plan = s.scalar(select(Subscription).where(Subscription.org_id == gyor.id))
        assert plan is not None
        bought = plan.quantity
    support = Pusher(live_server, "support@hubdesk.example")
    free = add(support, gyor.id, "a@aranyhaj.hu", BuiltinRole.MARKETER)
    assert free["status"] == "applied"
    with db.reading() as s:
        assert s.get(Subscription, plan.id).quantity == bought  # type: ignore[union-attr]
    assert add(support, gyor.id, "b@aranyhaj.hu", BuiltinRole.SPECIALIST)["status"] == "applied"
    with db.reading() as s:
        assert s.get(Subscription, plan.id).quantity == bought + 1  # type: ignore[union-attr]
        grown = s.scalar(
            select(AuditEvent).where(
                AuditEvent.target_id == plan.id, AuditEvent.action == "subscription.update"
            )
        )
        assert grown is not None and grown.before == {"quantity": bought}
