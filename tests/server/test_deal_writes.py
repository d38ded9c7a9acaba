"""A partner's deals on the real server: notes kept (by whom, when), a deal marked won
(the customer subscribes and becomes active), each audited; another partner's deals and
people without "manage customers" are refused."""

from __future__ import annotations

import uuid

from conftest import LiveServer, Pusher, org_named
from sqlalchemy import select

from hubdesk.models.activity import AuditEvent
from hubdesk.models.commerce import Deal, DealNote, Product, Subscription
from hubdesk.models.orgs import Organisation

MADS = "mads@cybernord.dk"  # CyberNord's partner account manager
ERIK = "erik.lindqvist@nordmoln.se"  # another partner (a reseller)


def _open_deal(server: LiveServer) -> Deal:
    partner = org_named(server.db, "CyberNord")
    with server.db.reading() as s:
        deal = s.scalars(
            select(Deal).where(Deal.org_id == partner.id, Deal.stage == "open").limit(1)
        ).one()
        s.expunge(deal)
        return deal


def test_notes_and_a_won_deal(live_server: LiveServer) -> None:
    deal = _open_deal(live_server)
    mads = Pusher(live_server, MADS)
    note_id = str(uuid.uuid4())
    done = mads.push(
        "deal_note.create", note_id, {"deal_id": deal.id, "body": "  Ring i morgen.  "}
    )
    assert done["status"] == "applied", done
    empty = mads.push("deal_note.create", str(uuid.uuid4()), {"deal_id": deal.id, "body": " "})
    assert empty.status_code == 422  # a note says something
    won = mads.push("deal.win", deal.id, {"quantity": 3}, base=deal.version)
    assert won["status"] == "applied", won
    again = mads.push("deal.win", deal.id, {}, base=won["version"])
    assert again["status"] == "rejected" and again["code"] == "won_already"
    with live_server.db.reading() as s:
        note = s.get(DealNote, note_id)
        assert note is not None and note.body == "Ring i morgen."
        assert note.author_name.startswith("Mads")
        stored = s.get(Deal, deal.id)
        assert stored is not None and stored.stage == "won" and stored.won_by_id is not None
        customer = s.get(Organisation, deal.customer_org_id)
        assert customer is not None and customer.commercial == "active"
        assert customer.renews_on is not None and customer.subscription_started_on is not None
        subscription = s.scalars(
            select(Subscription).where(Subscription.org_id == customer.id)
        ).all()[-1]
        assert subscription.quantity == 3 and subscription.renews_on == customer.renews_on
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.target_id == deal.id)))
    assert {"deal.note_add", "deal.won"} <= actions


def test_other_partners_and_others_are_refused(live_server: LiveServer) -> None:
    deal = _open_deal(live_server)
    erik = Pusher(live_server, ERIK)
    note = erik.push("deal_note.create", str(uuid.uuid4()), {"deal_id": deal.id, "body": "x"})
    assert note["status"] == "rejected" and note["code"] == "not_found"
    won = erik.push("deal.win", deal.id, {}, base=deal.version)
    assert won["status"] == "rejected" and won["code"] == "not_found"
    stale = Pusher(live_server, MADS).push("deal.win", deal.id, {}, base=deal.version + 5)
    assert stale["status"] == "conflict"
    # a product of another partner is no product for this deal
    other = org_named(live_server.db, "Nordmoln")
    with live_server.db.reading() as s:
        foreign = s.scalars(select(Product.id).where(Product.org_id == other.id)).first()
    assert foreign is not None
    refused = Pusher(live_server, MADS).push(
        "deal.win", deal.id, {"product_id": foreign}, base=deal.version
    )
    assert refused["status"] == "rejected" and refused["code"] == "no_product"


def test_a_new_customer_starts_a_trial(live_server: LiveServer) -> None:
    partner = org_named(live_server.db, "CyberNord")
    new_id = str(uuid.uuid4())
    draft = {
        "partner_id": partner.id,
        "name": "Kalundborg Kemi A/S",
        "contact_email": "IT@Kalundborg-Kemi.dk",
        "plan_name": "NIS2",
        "trial_days": 14,
    }
    refused = Pusher(live_server, ERIK).push("customer.create", str(uuid.uuid4()), draft)
    assert refused["status"] == "rejected" and refused["code"] == "not_found"
    bad = Pusher(live_server, MADS).push(
        "customer.create", str(uuid.uuid4()), draft | {"contact_email": "not an address"}
    )
    assert bad.status_code == 422
    done = Pusher(live_server, MADS).push("customer.create", new_id, draft)
    assert done["status"] == "applied", done
    with live_server.db.reading() as s:
        customer = s.get(Organisation, new_id)
        assert customer is not None and customer.parent_id == partner.id
        assert customer.kind == "customer" and customer.commercial == "trial"
        assert customer.contact_email == "it@kalundborg-kemi.dk"
        assert customer.trial_ends_on is not None
        deal = s.scalars(select(Deal).where(Deal.customer_org_id == new_id)).one()
        assert deal.stage == "open" and deal.plan_name == "NIS2" and deal.org_id == partner.id
        created = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "org.create", AuditEvent.target_id == new_id
            )
        ).one()
    assert created.after is not None and created.after["plan"] == "NIS2"
