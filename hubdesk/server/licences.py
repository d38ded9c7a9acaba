"""Licences: given and taken back by hand, bought, and by rules.

Push mutations (see :mod:`hubdesk.server.mutations`), each audited with its before and
after, each needing the "manage licences" permission at the subscription's (or rule's)
organisation:

* ``licence.assign`` / ``licence.unassign``: a licence of a subscription to a member of
  the organisation's subtree, or back. Beyond the licences bought, the subscription grows
  (audited), as the dry run's price shows.
* ``subscription.update``: licences bought (never fewer than are given).
* ``licence_rule.create`` / ``.update`` / ``.remove``: the organisation's rules, checked
  as a whole (its unit inside the organisation's subtree, its group the organisation's,
  its products ones the organisation subscribes to).

The rules (:mod:`hubdesk.domain.licences`) run in the transaction of every change that
can alter their outcome — a rule saved, a member added, changed or removed — and on a
schedule (time passes for the inactivity and first-sign-in conditions). Each change they
make is audited with the rule that made it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from hubdesk.domain import licences as engine
from hubdesk.domain.enums import ProductKind, Term
from hubdesk.domain.permissions import Permission, is_within, path_ids
from hubdesk.models.base import utcnow
from hubdesk.models.commerce import LicenceAssignment, LicenceRule, Product, Subscription
from hubdesk.models.licence_data import Licences, load
from hubdesk.models.orgs import Group, Membership, Organisation, Person
from hubdesk.models.seats import seat_plan
from hubdesk.server import audit
from hubdesk.server.audit import Actor
from hubdesk.server.results import rejected, upsert
from hubdesk.wire.mutations import (
    LicenceAssign,
    LicenceRuleCreate,
    LicenceRuleRemove,
    LicenceRuleUpdate,
    LicenceUnassign,
    MutationResult,
    SubscriptionUpdate,
    rule_params,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.server.db import Database
    from hubdesk.server.mutations import Context

log = logging.getLogger(__name__)
RULES = Actor(None, "licence rules")


def _record(
    session: Session,
    actor: Actor,
    action: str,
    org: Organisation | None,
    target_type: str,
    target_id: str,
    target_name: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    audit.record(
        session,
        actor,
        action,
        org=org,
        target_type=target_type,
        target_id=target_id,
        target_name=target_name,
        before=before,
        after=after,
    )


def _product_name(session: Session, product_id: str) -> str:
    return session.scalar(select(Product.name).where(Product.id == product_id)) or product_id


def _person_name(session: Session, person_id: str) -> str:
    person = session.get(Person, person_id)
    return person.display_name if person is not None else person_id


def _given(session: Session, subscription_id: str) -> int:
    """How many licences of a subscription are given."""
    count = select(func.count()).where(LicenceAssignment.subscription_id == subscription_id)
    return int(session.scalar(count) or 0)


def _grow(session: Session, actor: Actor, subscription: Subscription, org: Organisation) -> None:
    """More licences given than bought: the subscription grows to match (audited)."""
    given = _given(session, subscription.id)
    if given <= subscription.quantity:
        return
    before = subscription.quantity
    subscription.quantity = given
    session.flush()
    _record(
        session,
        actor,
        "subscription.update",
        org,
        "subscription",
        subscription.id,
        _product_name(session, subscription.product_id),
        {"quantity": before},
        {"quantity": given, "reason": "licences given"},
    )


# -- by hand -----------------------------------------------------------------------------------


def _subscription(
    session: Session, ctx: Context, mutation: Any, subscription_id: str, current: Any = None
) -> tuple[Subscription, Organisation] | MutationResult:
    """The subscription and its organisation, if the caller may manage its licences
    (``current``: the row a refusal hands back, so a console's optimistic change undoes)."""
    subscription = session.get(Subscription, subscription_id, with_for_update=True)
    org = session.get(Organisation, subscription.org_id) if subscription is not None else None
    if (
        subscription is None
        or org is None
        or not ctx.caller.scope.allows(Permission.VIEW_ORG, org.path)
    ):
        return rejected(mutation, "not_found", "The subscription no longer exists for you.")
    if not ctx.caller.scope.allows(Permission.MANAGE_LICENCES, org.path):
        return rejected(
            mutation, "forbidden", f"You may not manage the licences of {org.name}.", current
        )
    return subscription, org


def assign(session: Session, ctx: Context, mutation: LicenceAssign) -> MutationResult:
    draft = mutation.payload
    found = _subscription(session, ctx, mutation, draft.subscription_id)
    if isinstance(found, MutationResult):
        return found
    subscription, org = found
    member = session.scalar(
        select(Membership.id)
        .join(Organisation, Organisation.id == Membership.org_id)
        .where(Membership.person_id == draft.person_id, Organisation.path.startswith(org.path))
        .limit(1)
    )
    if member is None:
        return rejected(mutation, "not_a_member", "This person is not a member here.")
    held = session.scalar(
        select(LicenceAssignment.id).where(
            LicenceAssignment.subscription_id == subscription.id,
            LicenceAssignment.person_id == draft.person_id,
        )
    )
    if held is not None:
        return rejected(mutation, "already_assigned", "This person holds this licence already.")
    if session.get(LicenceAssignment, mutation.entity_id) is not None:
        return rejected(mutation, "exists", "An assignment with this id exists already.")
    assignment = LicenceAssignment(
        id=mutation.entity_id,
        org_id=org.id,
        subscription_id=subscription.id,
        person_id=draft.person_id,
        assigned_at=utcnow(),
        rule_id=None,
    )
    session.add(assignment)
    session.flush()
    product = _product_name(session, subscription.product_id)
    _record(
        session,
        ctx.caller.actor,
        "licence.assign",
        org,
        "licence_assignment",
        assignment.id,
        f"{product} → {_person_name(session, draft.person_id)}",
        after={"rule": None},
    )
    _grow(session, ctx.caller.actor, subscription, org)
    return MutationResult(key=mutation.key, status="applied", version=assignment.version)


def unassign(session: Session, ctx: Context, mutation: LicenceUnassign) -> MutationResult:
    assignment = session.get(LicenceAssignment, mutation.entity_id, with_for_update=True)
    if assignment is None:
        return rejected(mutation, "not_found", "This licence is no longer given.")
    found = _subscription(session, ctx, mutation, assignment.subscription_id, assignment)
    if isinstance(found, MutationResult):
        return found
    subscription, org = found
    if assignment.version != mutation.base_version:
        return MutationResult(
            key=mutation.key, status="conflict", current=upsert("licence_assignment", assignment)
        )
    version = assignment.version
    _record(
        session,
        ctx.caller.actor,
        "licence.remove",
        org,
        "licence_assignment",
        assignment.id,
        f"{_product_name(session, subscription.product_id)} → "
        f"{_person_name(session, assignment.person_id)}",
        before={"rule": _rule_name(session, assignment.rule_id)},
    )
    session.delete(assignment)
    session.flush()
    return MutationResult(key=mutation.key, status="applied", version=version + 1)


def _rule_name(session: Session, rule_id: str | None) -> str | None:
    if rule_id is None:
        return None
    return session.scalar(select(LicenceRule.name).where(LicenceRule.id == rule_id)) or rule_id


def update_subscription(
    session: Session, ctx: Context, mutation: SubscriptionUpdate
) -> MutationResult:
    found = _subscription(
        session, ctx, mutation, mutation.entity_id, session.get(Subscription, mutation.entity_id)
    )
    if isinstance(found, MutationResult):
        return found
    subscription, org = found
    if subscription.version != mutation.base_version:
        return MutationResult(
            key=mutation.key, status="conflict", current=upsert("subscription", subscription)
        )
    wanted = mutation.payload.quantity
    given = _given(session, subscription.id)
    if wanted < subscription.quantity and subscription.term == Term.ANNUAL:
        renews = subscription.renews_on.isoformat() if subscription.renews_on else "renewal"
        return rejected(
            mutation,
            "committed",
            f"An annual plan keeps its {subscription.quantity} licences until it renews "
            f"({renews}); buy fewer then.",
            subscription,
        )
    product = session.get(Product, subscription.product_id)
    if product is not None and product.kind == ProductKind.SEAT_PLAN:
        plan = seat_plan(session.connection(), org.path)
        if plan is not None and plan.subscription_id == subscription.id:
            given = max(given, plan.used)  # a seat plan's "given" are the billable seats
    if wanted < given:
        return rejected(
            mutation,
            "fewer_than_given",
            f"{given} are in use; take some back before buying fewer.",
            subscription,
        )
    if wanted != subscription.quantity:
        before = subscription.quantity
        subscription.quantity = wanted
        session.flush()
        _record(
            session,
            ctx.caller.actor,
            "subscription.update",
            org,
            "subscription",
            subscription.id,
            _product_name(session, subscription.product_id),
            {"quantity": before},
            {"quantity": wanted},
        )
    return MutationResult(key=mutation.key, status="applied", version=subscription.version)


# -- rules -------------------------------------------------------------------------------------


def _rule_problem(session: Session, org: Organisation, fields: dict[str, Any]) -> str | None:
    """What is wrong with a rule of ``org`` as a whole (None: nothing)."""
    subscribed = set(
        session.scalars(select(Subscription.product_id).where(Subscription.org_id == org.id))
    )
    for name in ("product_id", "target_product_id"):
        if fields.get(name) and fields[name] not in subscribed:
            return f"{org.name} has no subscription to that product."
    params = fields["params"]
    if "org_id" in params:
        unit = session.get(Organisation, params["org_id"])
        if unit is None or not is_within(unit.path, org.path):
            return "The organisational unit is not part of this organisation."
    if "group_id" in params:
        group = session.get(Group, params["group_id"])
        owner = session.get(Organisation, group.org_id) if group is not None else None
        if owner is None or not is_within(owner.path, org.path):
            return "The group is not one of this organisation's."
    return None


def _rule_org(
    session: Session, ctx: Context, mutation: Any, org_id: str, current: Any = None
) -> Organisation | MutationResult:
    org = session.get(Organisation, org_id)
    if org is None or not ctx.caller.scope.allows(Permission.VIEW_ORG, org.path):
        return rejected(mutation, "not_found", "The organisation no longer exists for you.")
    if not ctx.caller.scope.allows(Permission.MANAGE_LICENCES, org.path):
        return rejected(
            mutation, "forbidden", f"You may not manage the licences of {org.name}.", current
        )
    return org


def create_rule(session: Session, ctx: Context, mutation: LicenceRuleCreate) -> MutationResult:
    draft = mutation.payload
    org = _rule_org(session, ctx, mutation, draft.org_id)
    if isinstance(org, MutationResult):
        return org
    fields = draft.changes()
    problem = _rule_problem(session, org, fields)
    if problem is not None:
        return rejected(mutation, "invalid_rule", problem)
    if session.get(LicenceRule, mutation.entity_id) is not None:
        return rejected(mutation, "exists", "A rule with this id exists already.")
    rule = LicenceRule(id=mutation.entity_id, **fields)
    session.add(rule)
    session.flush()
    _record(
        session, ctx.caller.actor, "licence_rule.create", org, "licence_rule", rule.id,
        rule.name, after=fields,
    )  # fmt: skip
    run_rules(session, org)
    return MutationResult(key=mutation.key, status="applied", version=rule.version)


def _locked_rule(
    session: Session, ctx: Context, mutation: LicenceRuleUpdate | LicenceRuleRemove
) -> tuple[LicenceRule, Organisation] | MutationResult:
    rule = session.get(LicenceRule, mutation.entity_id, with_for_update=True)
    if rule is None:
        return rejected(mutation, "not_found", "This rule no longer exists for you.")
    org = _rule_org(session, ctx, mutation, rule.org_id, rule)
    if isinstance(org, MutationResult):
        return org
    if rule.version != mutation.base_version:
        return MutationResult(
            key=mutation.key, status="conflict", current=upsert("licence_rule", rule)
        )
    return rule, org


def update_rule(session: Session, ctx: Context, mutation: LicenceRuleUpdate) -> MutationResult:
    found = _locked_rule(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    rule, org = found
    patch = mutation.payload.changes()
    fields = {
        name: patch.get(name, getattr(rule, name))
        for name in ("name", "priority", "condition", "params", "action", "product_id")
    }
    fields["target_product_id"] = patch.get("target_product_id", rule.target_product_id)
    fields["enabled"] = patch.get("enabled", rule.enabled)
    try:
        fields["params"] = rule_params(fields["condition"], fields["params"])
    except ValueError as exc:
        return rejected(mutation, "invalid_rule", str(exc), rule)
    if (str(fields["action"]) == "change") != bool(fields["target_product_id"]):
        return rejected(mutation, "invalid_rule", "A change names the product to change to.", rule)
    problem = _rule_problem(session, org, fields)
    if problem is not None:
        return rejected(mutation, "invalid_rule", problem, rule)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for name, value in fields.items():
        old = getattr(rule, name)
        if str(old) != str(value):
            before[name], after[name] = (str(old) if hasattr(old, "value") else old), value
            setattr(rule, name, value)
    if after:
        session.flush()
        _record(
            session, ctx.caller.actor, "licence_rule.update", org, "licence_rule", rule.id,
            rule.name, before, after,
        )  # fmt: skip
        run_rules(session, org)
    return MutationResult(key=mutation.key, status="applied", version=rule.version)


def remove_rule(session: Session, ctx: Context, mutation: LicenceRuleRemove) -> MutationResult:
    found = _locked_rule(session, ctx, mutation)
    if isinstance(found, MutationResult):
        return found
    rule, org = found
    version = rule.version
    _record(
        session, ctx.caller.actor, "licence_rule.remove", org, "licence_rule", rule.id,
        rule.name, before={"name": rule.name, "priority": rule.priority},
    )  # fmt: skip
    # Licences the rule gave stay given (by hand from now on): removing a rule takes
    # nothing away by itself.
    for assignment in session.scalars(
        select(LicenceAssignment).where(LicenceAssignment.rule_id == rule.id)
    ):
        assignment.rule_id = None
    session.delete(rule)
    session.flush()
    run_rules(session, org)
    return MutationResult(key=mutation.key, status="applied", version=version + 1)


# -- running the rules -------------------------------------------------------------------------


def run_rules(session: Session, org: Organisation, now: datetime | None = None) -> int:
    """Apply the rules of ``org`` (in the caller's transaction); how many licences changed."""
    session.flush()
    setting = load(session.connection(), org.id)
    if setting is None or not setting.rules:
        return 0
    outcome = engine.run(setting.rules, setting.holders, setting.held, now or utcnow())
    names = {r.id: r.name for r in setting.rules}
    changed = 0
    grown: set[str] = set()
    for change in outcome.changes:
        plan = setting.plans.get(change.product_id)
        if plan is None:
            continue  # no subscription to that product here (the dry run says so)
        person = _person_name(session, change.person_id)
        target = f"{plan.product} → {person}"
        if change.verdict == engine.Verdict.GAINS:
            assignment = LicenceAssignment(
                org_id=org.id,
                subscription_id=plan.subscription_id,
                person_id=change.person_id,
                assigned_at=utcnow(),
                rule_id=change.rule_id,
            )
            session.add(assignment)
            session.flush()
            action, assignment_id = "licence.assign", assignment.id
            grown.add(plan.subscription_id)
        else:
            assignment_id = _take_back(session, setting, change)
            action = "licence.remove"
        _record(
            session, RULES, action, org, "licence_assignment", assignment_id, target,
            after={"rule": names.get(change.rule_id, change.rule_id)},
        )  # fmt: skip
        changed += 1
    for subscription_id in grown:
        subscription = session.get(Subscription, subscription_id)
        if subscription is not None:
            _grow(session, RULES, subscription, org)
    if outcome.unsettled:
        log.warning(
            "licence rules of %s never settle for %d people", org.id, len(outcome.unsettled)
        )
    return changed


def _take_back(session: Session, setting: Licences, change: engine.Change) -> str:
    assignment_id = setting.assignment_ids[change.person_id, change.product_id]
    assignment = session.get(LicenceAssignment, assignment_id)
    if assignment is not None:
        session.delete(assignment)
        session.flush()
    return assignment_id


def drop_departed(session: Session, actor: Actor, person_id: str, org: Organisation) -> None:
    """Licences of organisations at or above ``org`` that ``person_id`` held as a member
    they no longer are go back (audited): a person who leaves frees their licence."""
    held = session.scalars(
        select(LicenceAssignment).where(
            LicenceAssignment.person_id == person_id,
            LicenceAssignment.org_id.in_(path_ids(org.path)),
        )
    ).all()
    for assignment in held:
        owner = session.get(Organisation, assignment.org_id)
        still = owner is not None and session.scalar(
            select(Membership.id)
            .join(Organisation, Organisation.id == Membership.org_id)
            .where(Membership.person_id == person_id, Organisation.path.startswith(owner.path))
            .limit(1)
        )
        if still:
            continue
        subscription = session.get(Subscription, assignment.subscription_id)
        product = _product_name(session, subscription.product_id) if subscription else ""
        _record(
            session, actor, "licence.remove", owner, "licence_assignment", assignment.id,
            f"{product} → {_person_name(session, person_id)}",
            before={"rule": None}, after={"reason": "no longer a member"},
        )  # fmt: skip
        session.delete(assignment)
    session.flush()


def after_change(session: Session, org: Organisation) -> None:
    """Run the rules that may now decide otherwise: those of ``org`` and above it."""
    owners = set(
        session.scalars(
            select(LicenceRule.org_id).where(
                LicenceRule.org_id.in_(path_ids(org.path)), LicenceRule.enabled.is_(True)
            )
        )
    )
    for owner_id in sorted(owners):
        owner = session.get(Organisation, owner_id)
        if owner is not None:
            run_rules(session, owner)


class Schedule:
    """The server's background round runs every organisation's rules this often."""

    def __init__(self, db: Database, every: timedelta = timedelta(hours=1)) -> None:
        self.db = db
        self.every = every
        self.last = utcnow()  # the first run one period after the start

    def __call__(self) -> int:
        now = utcnow()
        if now - self.last < self.every:
            return 0
        self.last = now
        with self.db.reading() as session:
            owners = sorted(
                set(session.scalars(select(LicenceRule.org_id).where(LicenceRule.enabled)))
            )
        changed = 0
        for owner_id in owners:  # each organisation in its own transaction
            with self.db.writing() as session:
                org = session.get(Organisation, owner_id)
                if org is not None:
                    changed += run_rules(session, org, now)
        return changed
