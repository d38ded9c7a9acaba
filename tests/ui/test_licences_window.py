"""The licences window on screen: subscriptions with licences not given standing out, who
holds them, and a rule change previewed as a dry run, then saved and done by the server."""

from __future__ import annotations

import uuid
from typing import Any

from conftest import LiveServer, org_named
from sqlalchemy import select
from test_console import signed_in_console
from test_writes import QUIET

from hubdesk.models.commerce import LicenceAssignment, LicenceRule, Product, Subscription
from hubdesk.models.orgs import Person
from hubdesk.ui.models.licences import ITEM_ROLE
from hubdesk.ui.widgets.licences import LicencesWindow, RuleEditor
from hubdesk.wire.mutations import LicenceDraft

KARIN = ("karin.ekstrom@sjobergbygg.se", "hubdesk-demo")


def test_subscriptions_holders_and_a_rule_with_its_dry_run(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    sjoberg = org_named(live_server.db, "Sjöberg Bygg")
    console = signed_in_console(qtbot, make_console, live_server, KARIN, timing=QUIET)
    window = console.window
    window.reveal(sjoberg.id)
    pane = window.people
    qtbot.waitUntil(lambda: pane.isVisible() and pane.model.org_id == sjoberg.id, timeout=10_000)
    licences = pane.show_licences()
    assert isinstance(licences, LicencesWindow)
    for model in (licences.plans, licences.holders, licences.rules):
        qtmodeltester.check(model)
    products = [licences.plans.index(r, 0).data() for r in range(licences.plans.rowCount())]
    assert products == [
        "Google Workspace Business Starter",
        "Google Workspace Business Standard",
        "Google Workspace Business Plus",
    ]
    not_given = [int(licences.plans.index(r, 4).data()) for r in range(3)]
    assert sum(not_given) > 0  # bought but not given: shown (and coloured)
    assert licences.holders.rowCount() > 0 and licences.give.isEnabled()
    licences.grab().save("/tmp/hubdesk-licences.png")

    # By hand, through the outbox: a Plus licence to someone without one.
    licences.plan_table.selectRow(2)
    plus = licences.plans.item_at(2)
    assert plus is not None
    with live_server.db.reading() as s:
        person = s.scalar(
            select(Person.id).where(
                Person.email.like("%@sjobergbygg.se"),
                Person.id.not_in(
                    select(LicenceAssignment.person_id).where(
                        LicenceAssignment.subscription_id == plus.subscription_id
                    )
                ),
            )
        )
    draft = LicenceDraft(subscription_id=plus.subscription_id, person_id=person)
    console.controller.write_soon("licence.assign", str(uuid.uuid4()), draft)
    before = licences.holders.rowCount()
    qtbot.waitUntil(lambda: licences.holders.rowCount() == before + 1, timeout=10_000)

    # A rule: switch on "inactive 180 days: take back", at 60 days, with its dry run.
    licences.tabs.setCurrentIndex(licences.rules_tab)
    rows = [licences.rules.item_at(r) for r in range(licences.rules.rowCount())]
    idle = next(r for r in range(len(rows)) if rows[r] is not None and not rows[r].enabled)
    licences.rule_table.selectRow(idle)
    editor = licences.edit_rule()
    assert isinstance(editor, RuleEditor)
    qtmodeltester.check(editor.changes)
    editor.enabled.setChecked(True)
    editor.days.setValue(60)
    qtbot.waitUntil(
        lambda: editor.last_dry_run is not None and editor.last_dry_run.losses > 0, timeout=10_000
    )
    losing = [
        editor.changes.index(r, 0).data(ITEM_ROLE)
        for r in range(editor.changes.rowCount())
        if editor.changes.index(r, 2).data() == "Loses"
    ]
    assert losing and "lost" in editor.summary.text()
    editor.grab().save("/tmp/hubdesk-licence-dry-run.png")
    editor.accept()

    def rule_on() -> bool:
        with live_server.db.reading() as s:
            rule = s.get(LicenceRule, rows[idle].id)  # type: ignore[union-attr]
            return rule is not None and rule.enabled and rule.params == {"days": 60}

    qtbot.waitUntil(rule_on, timeout=15_000)

    def still_held() -> set[tuple[str, str]]:
        with live_server.db.reading() as s:
            rows = s.execute(
                select(Person.display_name, Product.name)
                .join(LicenceAssignment, LicenceAssignment.person_id == Person.id)
                .join(Subscription, Subscription.id == LicenceAssignment.subscription_id)
                .join(Product, Product.id == Subscription.product_id)
                .where(LicenceAssignment.org_id == sjoberg.id)
            ).all()
        return {(n, p) for n, p in rows}

    # the server took back exactly what the dry run said would go
    assert not {(row.person, row.licence) for row in losing} & still_held()
