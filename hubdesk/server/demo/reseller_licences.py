"""Scenario e, licences and billing: subscriptions, assignments (by rule or by hand),
invoices paid, unpaid and overdue."""

from __future__ import annotations

from datetime import date, timedelta

from hubdesk.domain.enums import (
    InvoiceStatus,
    PersonStatus,
    RuleAction,
    RuleCondition,
    SubscriptionStatus,
    Term,
)
from hubdesk.models.commerce import (
    Invoice,
    InvoiceLine,
    LicenceAssignment,
    LicenceRule,
    Product,
    Subscription,
)
from hubdesk.models.orgs import Group, Organisation, Person
from hubdesk.server.bootstrap import stable_id
from hubdesk.server.demo.builder import Builder

C, A = RuleCondition, RuleAction


def licences(
    b: Builder,
    org: Organisation,
    key: str,
    tiers: list[Product],
    people: list[tuple[Person, str | None, int]],
    units: dict[str, Organisation],
    groups: dict[str, Group],
    rules: list[LicenceRule],
    admin: Person,
) -> dict[int, Subscription]:
    """Each tier in use gets a subscription; a few licences stay bought but unassigned."""
    rng = b.rng
    wanted: dict[int, list[Person]] = {}
    removed: list[Person] = []
    for person, _, tier in people:
        inactive = person.last_sign_in_at is not None and person.last_sign_in_at < b.at(60)
        if key == "solkatten" and inactive:
            removed.append(person)  # the inactivity rule took their licence back
        elif person.status == PersonStatus.ACTIVE:
            wanted.setdefault(tier, []).append(person)
    subs: dict[int, Subscription] = {}
    renews = date(b.today.year + (b.today.month >= 3), 3, 1)
    for tier in sorted(wanted):
        holders = wanted[tier]
        spare = rng.choice((0, 1, 2, 3))
        if key == "sjoberg" and tier == 0:
            # Bought for the two new hires; the first-login rule assigns them.
            spare = sum(1 for p, _, _ in people if p.status == PersonStatus.INVITED)
        sub = b.add(
            Subscription(
                id=stable_id("subscription", f"{org.id}/{tiers[tier].sku}"),
                org_id=org.id,
                product_id=tiers[tier].id,
                quantity=len(holders) + spare,
                term=Term.ANNUAL,
                status=SubscriptionStatus.ACTIVE,
                started_on=org.created_at.date(),
                renews_on=renews,
            ),
            org.created_at,
        )
        subs[tier] = sub
        for person in holders:
            rule = next(
                (
                    r
                    for r in rules
                    if r.action == A.ASSIGN
                    and r.enabled
                    and r.product_id == sub.product_id
                    and _matches(r, person, units, groups, b)
                ),
                None,
            )
            when = max(person.created_at, org.created_at) + timedelta(hours=1)
            assignment = b.add(
                LicenceAssignment(
                    id=stable_id("licence_assignment", f"{sub.id}/{person.id}"),
                    org_id=org.id,
                    subscription_id=sub.id,
                    person_id=person.id,
                    assigned_at=when,
                    rule_id=rule.id if rule else None,
                ),
                when,
            )
            if when > b.at(60):
                b.log(
                    when,
                    None if rule else admin,
                    "licence.assign",
                    org,
                    assignment,
                    target_name=f"{tiers[tier].name} → {person.display_name}",
                    actor_name="licence rules",
                    after={"rule": rule.name if rule else None},
                )
    if key == "sjoberg" and 0 in subs:
        sub = subs[0]
        b.log(
            b.at(20, 10, 4),
            admin,
            "subscription.update",
            org,
            sub,
            target_name=tiers[0].name,
            before={"quantity": sub.quantity - 2},
            after={"quantity": sub.quantity},
        )
        rule = rules[2]
        b.log(
            b.at(25, 15),
            admin,
            "licence_rule.update",
            org,
            rule,
            before={"params": {"days": 60}},
            after={"params": rule.params},
        )
    for k, gone in enumerate(removed):
        b.log(
            b.at(12 + k, 2),
            None,
            "licence.remove",
            org,
            target_type="licence_assignment",
            target_id=stable_id("licence_assignment", f"{org.id}/removed/{gone.id}"),
            target_name=f"{tiers[0].name} → {gone.display_name}",
            actor_name="licence rules",
            before={"product": tiers[0].name},
            after={"rule": rules[1].name},
        )
    return subs


def _matches(
    rule: LicenceRule,
    person: Person,
    units: dict[str, Organisation],
    groups: dict[str, Group],
    b: Builder,
) -> bool:
    if rule.condition == C.ORG_UNIT:
        member = b.by_id.get(stable_id("membership", f"{person.email}@{rule.params['org_id']}"))
        return member is not None
    if rule.condition == C.GROUP:
        gm = stable_id("group_member", f"{rule.params['group_id']}/{person.id}")
        return gm in b.by_id
    return False


def invoices(
    b: Builder,
    org: Organisation,
    n: int,
    key: str,
    tiers: list[Product],
    subs: dict[int, Subscription],
    admin: Person,
) -> None:
    """Monthly invoices: paid, the newest unpaid; Ekdahl is overdue; Sjöberg has an extra."""
    first = b.today.replace(day=1)
    for back in (4, 3, 2, 1):
        year, month = divmod(first.year * 12 + first.month - 1 - back, 12)
        start = date(year, month + 1, 1)
        issued = (start + timedelta(days=32)).replace(day=1)
        due = issued + timedelta(days=20)
        lines = [(tiers[t], s.quantity) for t, s in sorted(subs.items())]
        if key == "ekdahl" and back <= 2:
            status = InvoiceStatus.OVERDUE if due < b.today else InvoiceStatus.UNPAID
        elif back == 1 and due >= b.today:
            status = InvoiceStatus.UNPAID
        else:
            status = InvoiceStatus.PAID
        _invoice(b, org, f"NM-{start:%Y%m}-{n + 1:02d}", start, issued, due, status, lines, admin)
    if key == "sjoberg":
        issued = b.day(-20)
        _invoice(
            b,
            org,
            f"NM-{issued:%Y%m%d}-{n + 1:02d}T",
            issued,
            issued,
            issued + timedelta(days=30),
            InvoiceStatus.UNPAID,
            [(tiers[0], 2)],
            admin,
        )


def _invoice(
    b: Builder,
    org: Organisation,
    number: str,
    start: date,
    issued: date,
    due: date,
    status: InvoiceStatus,
    lines: list[tuple[Product, int]],
    admin: Person,
) -> None:
    paid_on = min(issued + timedelta(days=12), b.day(-1)) if status == InvoiceStatus.PAID else None
    invoice = Invoice(
        id=stable_id("invoice", number),
        org_id=org.id,
        number=number,
        period_start=start,
        period_end=(start + timedelta(days=32)).replace(day=1) - timedelta(days=1),
        issued_on=issued,
        due_on=due,
        status=status,
        total_cents=0,
        currency="SEK",
        paid_on=paid_on,
    )
    for k, (product, quantity) in enumerate(lines):
        amount = quantity * product.monthly_price_cents
        invoice.total_cents += amount
        b.add(
            InvoiceLine(
                id=stable_id("invoice_line", f"{number}/{k}"),
                org_id=org.id,
                invoice_id=invoice.id,
                child_org_id=org.id,
                product_id=product.id,
                description=f"{product.name}, {quantity} licenser",
                quantity=quantity,
                unit_price_cents=product.monthly_price_cents,
                amount_cents=amount,
            ),
            b.at((b.today - issued).days, 0),
        )
    b.add(invoice, b.at((b.today - issued).days, 0))
    if (b.today - issued).days < 60:
        b.log(
            b.at(max(1, (b.today - issued).days), 0, 5),
            None,
            "invoice.issue",
            org,
            invoice,
            actor_name="system",
            after={"total_cents": invoice.total_cents},
        )
    if paid_on and (b.today - paid_on).days < 60:
        b.log(
            b.at((b.today - paid_on).days, 10),
            admin,
            "invoice.paid",
            org,
            invoice,
            after={"paid_on": paid_on.isoformat()},
        )
