"""A partner's customers and its deals with them: a new customer account (in a trial),
notes kept on a deal, and a deal marked won.

Three push mutations (see :mod:`hubdesk.server.mutations`), each needing the "manage
customers" permission at the partner, each audited:

* ``customer.create``: a customer account under the partner (it may also create
  accounts there), in a trial, with an open deal (``org.create``);
* ``deal_note.create``: a note, by the writer, now (``deal.note_add``);
* ``deal.win``: the deal won by the writer, now; the customer subscribes (annually, from
  today) to the product chosen, or to the partner's product named after the deal's plan,
  and becomes an active customer (``deal.won``, ``subscription.create``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from hubdesk.domain.enums import Commercial, DealStage, Lifecycle, OrgKind, SubscriptionStatus, Term
from hubdesk.domain.permissions import Permission
from hubdesk.domain.text import fold
from hubdesk.models.base import utcnow
from hubdesk.models.commerce import Deal, DealNote, Product, Subscription
from hubdesk.models.orgs import Organisation
from hubdesk.server import audit
from hubdesk.server.results import rejected, upsert
from hubdesk.wire.mutations import CustomerCreate, DealNoteCreate, DealWinAction, MutationResult

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.mutations import Context


def _deal(
    session: Session, ctx: Context, mutation: DealNoteCreate | DealWinAction, deal_id: str
) -> tuple[Deal, Organisation, Organisation] | MutationResult:
    """The deal, its partner and its customer, if the writer may manage the customers."""
    deal = session.scalar(select(Deal).where(Deal.id == deal_id).with_for_update())
    partner = session.get(Organisation, deal.org_id) if deal is not None else None
    customer = session.get(Organisation, deal.customer_org_id) if deal is not None else None
    scope = ctx.caller.scope
    if deal is None or partner is None or customer is None:
        return rejected(mutation, "not_found", "This deal no longer exists for you.")
    if not scope.allows(Permission.VIEW_ORG, partner.path):
        return rejected(mutation, "not_found", "This deal no longer exists for you.")
    if not scope.allows(Permission.MANAGE_CUSTOMERS, partner.path):
        return rejected(mutation, "forbidden", f"Only {partner.name}'s account managers may.")
    return deal, partner, customer


def add_note(session: Session, ctx: Context, mutation: DealNoteCreate) -> MutationResult:
    found = _deal(session, ctx, mutation, mutation.payload.deal_id)
    if isinstance(found, MutationResult):
        return found
    deal, partner, customer = found
    if session.get(DealNote, mutation.entity_id) is not None:
        return rejected(mutation, "exists", "A note with this id exists already.")
    author = ctx.caller.person
    note = DealNote(
        id=mutation.entity_id,
        org_id=partner.id,
        deal_id=deal.id,
        author_id=author.id,
        author_name=author.display_name,
        body=mutation.payload.body,
    )
    session.add(note)
    session.flush()
    audit.changed(
        session,
        ctx.caller.actor,
        "deal.note_add",
        partner,
        deal,
        customer.name,
        None,
        {"note": note.body},
    )
    return MutationResult(key=mutation.key, status="applied", version=note.version)


def create_customer(session: Session, ctx: Context, mutation: CustomerCreate) -> MutationResult:
    """A new customer account under the partner, in a trial, with an open deal."""
    draft = mutation.payload
    partner = session.get(Organisation, draft.partner_id)
    scope = ctx.caller.scope
    if partner is None or not scope.allows(Permission.VIEW_ORG, partner.path):
        return rejected(mutation, "not_found", "The partner no longer exists for you.")
    if not (
        scope.allows(Permission.MANAGE_CUSTOMERS, partner.path)
        and scope.allows(Permission.CREATE_CHILD, partner.path)
    ):
        return rejected(mutation, "forbidden", f"Only {partner.name}'s account managers may.")
    if session.get(Organisation, mutation.entity_id) is not None:
        return rejected(mutation, "exists", "An organisation with this id exists already.")
    trial_ends = utcnow().date() + timedelta(days=draft.trial_days)
    customer = Organisation(
        id=mutation.entity_id,
        parent_id=partner.id,
        path=f"{partner.path}{mutation.entity_id}/",
        depth=partner.depth + 1,
        name=draft.name,
        name_fold=fold(draft.name),
        kind=OrgKind.CUSTOMER,
        lifecycle=Lifecycle.ACTIVE,
        commercial=Commercial.TRIAL,
        trial_ends_on=trial_ends,
        contact_name=draft.contact_name,
        contact_email=draft.contact_email,
        locale=partner.locale,
    )
    session.add(customer)
    deal = Deal(
        org_id=partner.id,
        customer_org_id=customer.id,
        stage=DealStage.OPEN,
        plan_name=draft.plan_name,
        progress_pct=0,
        tags=[],
    )
    session.add(deal)
    session.flush()
    audit.changed(
        session,
        ctx.caller.actor,
        "org.create",
        partner,
        customer,
        customer.name,
        None,
        {"kind": "customer", "trial_ends_on": str(trial_ends), "plan": draft.plan_name},
    )
    return MutationResult(key=mutation.key, status="applied", version=customer.version)


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def win(session: Session, ctx: Context, mutation: DealWinAction) -> MutationResult:
    found = _deal(session, ctx, mutation, mutation.entity_id)
    if isinstance(found, MutationResult):
        return found
    deal, partner, customer = found
    if deal.version != mutation.base_version:
        return MutationResult(key=mutation.key, status="conflict", current=upsert("deal", deal))
    if deal.stage == DealStage.WON:
        return rejected(mutation, "won_already", "This deal is won already.", deal)
    product = _product(session, partner, deal, mutation.payload.product_id)
    if product is None:
        return rejected(
            mutation, "no_product", f"Choose one of {partner.name}'s products for the deal."
        )
    today = utcnow().date()
    renews = _next_year(today)
    before = {"stage": str(deal.stage), "commercial": str(customer.commercial)}
    deal.stage, deal.won_at, deal.won_by_id = DealStage.WON, utcnow(), ctx.caller.person.id
    subscription = Subscription(
        org_id=customer.id,
        product_id=product.id,
        quantity=mutation.payload.quantity,
        term=Term.ANNUAL,
        status=SubscriptionStatus.ACTIVE,
        started_on=today,
        renews_on=renews,
    )
    session.add(subscription)
    customer.commercial = Commercial.ACTIVE
    customer.subscription_started_on, customer.renews_on = today, renews
    session.flush()
    after = {"stage": DealStage.WON.value, "commercial": Commercial.ACTIVE.value}
    audit.changed(
        session, ctx.caller.actor, "deal.won", partner, deal, customer.name, before, after
    )
    audit.changed(
        session,
        ctx.caller.actor,
        "subscription.create",
        customer,
        subscription,
        product.name,
        None,
        {"product": product.name, "quantity": subscription.quantity, "renews_on": str(renews)},
    )
    return MutationResult(key=mutation.key, status="applied", version=deal.version)


def _product(
    session: Session, partner: Organisation, deal: Deal, product_id: str | None
) -> Product | None:
    """The product chosen (one of the partner's), or the one named after the plan."""
    if product_id is not None:
        product = session.get(Product, product_id)
        return product if product is not None and product.org_id == partner.id else None
    if not deal.plan_name:
        return None
    return session.scalar(
        select(Product)
        .where(Product.org_id == partner.id, Product.name.startswith(deal.plan_name))
        .order_by(Product.name)
        .limit(1)
    )
