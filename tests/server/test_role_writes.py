"""Custom roles through the push API: defined, changed, deleted; audited; never holding a
permission its editor lacks; built-in roles and roles in use stay."""

from __future__ import annotations

import uuid

from conftest import LiveServer, Pusher, org_named
from sqlalchemy import select

from hubdesk.domain.permissions import BuiltinRole
from hubdesk.models.activity import AuditEvent
from hubdesk.models.orgs import Membership, Role
from hubdesk.server.bootstrap import builtin_role_id, stable_id

METTE = "mette.kjaer@havnehuset.dk"  # administrator of the hub (no billing.manage)
SOFIE = "sofie@nordlys-arkitekter.dk"  # owner of a tenant below it
FREJA = "freja@lundregnskab.dk"  # the hub's accountant (no roles.manage)
EMPLOYEE = stable_id("role", "dk-hub/medarbejder")  # the hub's custom role, held by many


def define(pusher: Pusher, org_id: str, name: str, *permissions: str) -> dict:
    draft = {"org_id": org_id, "name": name, "permissions": list(permissions)}
    result: dict = pusher.push("role.create", str(uuid.uuid4()), draft)
    return result


def role(live_server: LiveServer, role_id: str) -> Role | None:
    with live_server.db.reading() as s:
        found = s.get(Role, role_id)
        if found is not None:
            s.expunge(found)
        return found


def test_define_change_and_delete_a_role(live_server: LiveServer) -> None:
    hub = org_named(live_server.db, "Havnehuset")
    mette = Pusher(live_server, METTE)
    made = define(mette, hub.id, " Receptionist ", "requests.manage", "org.view", "org.view")
    assert made["status"] == "applied", made
    with live_server.db.reading() as s:
        new = s.scalar(select(Role).where(Role.name == "Receptionist"))
        assert new is not None and new.org_id == hub.id and not new.builtin
        assert new.permissions == ["org.view", "requests.manage"]  # a set, catalogue order
        role_id, version = new.id, new.version
    # work permissions (appointments) may be added by whoever manages roles
    changed = mette.push(
        "role.update",
        role_id,
        {"permissions": ["org.view", "requests.manage", "appointments.create"]},
        version,
    )
    assert changed["status"] == "applied"
    gone = mette.push("role.remove", role_id, {}, changed["version"])
    assert gone["status"] == "applied" and role(live_server, role_id) is None
    with live_server.db.reading() as s:
        trail = [
            e.action
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.target_id == role_id)
                .order_by(AuditEvent.occurred_at)
            )
        ]
    assert trail == ["role.create", "role.update", "role.remove"]


def test_no_role_holds_more_than_its_editor_and_the_rest_stays(live_server: LiveServer) -> None:
    db = live_server.db
    hub, nordlys = org_named(db, "Havnehuset"), org_named(db, "Nordlys")
    mette, sofie, freja = (Pusher(live_server, e) for e in (METTE, SOFIE, FREJA))
    employee = role(live_server, EMPLOYEE)
    assert employee is not None
    owner = builtin_role_id(BuiltinRole.OWNER)
    answers = [
        (define(mette, hub.id, "Bogholder", "org.view", "billing.manage"), "escalation"),
        (define(freja, hub.id, "Læser", "org.view"), "forbidden"),
        (define(mette, hub.id, "administrator", "org.view"), "name_taken"),  # built-in name
        (define(mette, hub.id, "MEDARBEJDER (bestiller)", "org.view"), "name_taken"),
        (
            mette.push(
                "role.update", EMPLOYEE, {"permissions": ["billing.manage"]}, employee.version
            ),
            "escalation",
        ),
        (mette.push("role.update", owner, {"name": "Chef"}, 1), "builtin"),
        (mette.push("role.remove", EMPLOYEE, {}, employee.version), "in_use"),
        # the hub's role, from a tenant's owner below it: not hers to change
        (sofie.push("role.update", EMPLOYEE, {"name": "Ansat"}, employee.version), "not_found"),
    ]
    for result, code in answers:
        assert (result["status"], result["code"]) == ("rejected", code), result
    assert define(sofie, nordlys.id, "Tegner", "org.view", "reports.view")["status"] == "applied"
    unchanged = role(live_server, EMPLOYEE)
    assert unchanged is not None and unchanged.version == employee.version
    for bad in ({"name": " "}, {"permissions": []}, {"permissions": ["root.everything"]}):
        refused = mette.push("role.create", str(uuid.uuid4()), {"org_id": hub.id, **bad})
        assert getattr(refused, "status_code", None) == 422, bad


def test_a_detached_tenant_takes_copies_of_the_hubs_roles(live_server: LiveServer) -> None:
    db = live_server.db
    nordlys = org_named(db, "Nordlys")
    mette = Pusher(live_server, METTE)
    with db.reading() as s:
        holders = set(
            s.scalars(
                select(Membership.id).where(
                    Membership.org_id == nordlys.id, Membership.role_id == EMPLOYEE
                )
            )
        )
    assert holders  # Nordlys's staff hold the hub's "Medarbejder" role
    gone = mette.push("organisation.detach", nordlys.id, {}, nordlys.version)
    assert gone["status"] == "applied", gone
    with db.reading() as s:
        now = {
            m.id: m.role_id for m in s.scalars(select(Membership).where(Membership.id.in_(holders)))
        }
        copy = s.get(Role, next(iter(now.values())))
        assert copy is not None
        own = (copy.org_id, copy.name, sorted(copy.permissions))
        employee = s.get(Role, EMPLOYEE)
        assert employee is not None
        version = employee.version
    assert set(now.values()) == {copy.id} != {EMPLOYEE}
    assert own == (nordlys.id, "Medarbejder (bestiller)", ["org.view", "requests.manage"])
    # the hub's later edits no longer reach the people it let go
    wider = {"permissions": ["org.view", "requests.manage", "members.manage"]}
    assert mette.push("role.update", EMPLOYEE, wider, version)["status"] == "applied"
    with db.reading() as s:
        kept = s.get(Role, copy.id)
        assert kept is not None and "members.manage" not in kept.permissions
