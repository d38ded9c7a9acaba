"""The licence rule engine (Qt-free, database-free), as properties over random trees,
people, licences and rule sets: a dry run's changes make exactly the predicted state,
running the rules again changes nothing, and no rule touches anyone outside its subtree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.domain.enums import RuleAction, RuleCondition
from hubdesk.domain.licences import (
    Holder,
    Pricing,
    Rule,
    Verdict,
    apply_changes,
    cost_change,
    run,
)
from hubdesk.domain.permissions import is_within

NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)
PATHS = ("/r/", "/r/a/", "/r/a/x/", "/r/b/", "/r/b/y/")
PRODUCTS = ("basic", "business", "enterprise")
GROUPS = ("sales", "it")

moments = st.one_of(st.none(), st.integers(0, 400).map(lambda d: NOW - timedelta(days=d)))


@st.composite
def holders(draw: st.DrawFn) -> list[Holder]:
    count = draw(st.integers(0, 12))
    people = []
    for n in range(count):
        first = draw(moments)
        last = draw(moments) if first else None
        people.append(
            Holder(
                person_id=f"p{n}",
                org_paths=tuple(draw(st.sets(st.sampled_from(PATHS), min_size=1, max_size=2))),
                groups=frozenset(draw(st.sets(st.sampled_from(GROUPS)))),
                added_at=NOW - timedelta(days=draw(st.integers(0, 500))),
                first_sign_in=first,
                last_sign_in=max(last, first) if last and first else first,
            )
        )
    return people


@st.composite
def rules(draw: st.DrawFn) -> list[Rule]:
    out = []
    for n in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(list(RuleAction)))
        condition = draw(st.sampled_from(list(RuleCondition)))
        out.append(
            Rule(
                id=f"r{n}",
                name=f"rule {n}",
                priority=draw(st.integers(0, 5)),
                org_path=draw(st.sampled_from(PATHS)),
                condition=condition,
                action=action,
                product_id=draw(st.sampled_from(PRODUCTS)),
                target_product_id=(
                    draw(st.sampled_from(PRODUCTS)) if action == RuleAction.CHANGE else None
                ),
                unit_path=draw(st.sampled_from(PATHS)),
                group_id=draw(st.sampled_from(GROUPS)),
                days=draw(st.integers(0, 120)),
                enabled=draw(st.booleans()),
            )
        )
    return out


def licences_of(people: list[Holder], data: st.DataObject) -> dict[str, frozenset[str]]:
    return {p.person_id: frozenset(data.draw(st.sets(st.sampled_from(PRODUCTS)))) for p in people}


@settings(max_examples=300, deadline=None)
@given(holders(), rules(), st.data())
def test_a_dry_run_predicts_exactly_and_a_second_run_changes_nothing(
    people: list[Holder], rule_set: list[Rule], data: st.DataObject
) -> None:
    held = licences_of(people, data)
    first = run(rule_set, people, held, NOW)
    assert apply_changes(held, first.changes) == first.held
    second = run(rule_set, people, first.held, NOW)
    assert second.changes == []
    assert second.held == first.held
    assert set(second.unsettled) == set(first.unsettled)
    for person in first.unsettled:  # left as they were, and said so
        assert first.held[person] == held[person]


@settings(max_examples=300, deadline=None)
@given(holders(), rules(), st.data())
def test_no_rule_touches_anyone_outside_its_subtree(
    people: list[Holder], rule_set: list[Rule], data: st.DataObject
) -> None:
    held = licences_of(people, data)
    by_id = {r.id: r for r in rule_set}
    where = {p.person_id: p.org_paths for p in people}
    for change in run(rule_set, people, held, NOW).changes:
        rule = by_id[change.rule_id]
        assert any(is_within(path, rule.org_path) for path in where[change.person_id])
        assert change.product_id in (rule.product_id, rule.target_product_id)


def test_conditions_priorities_and_the_bill() -> None:
    old = NOW - timedelta(days=90)
    people = [
        Holder("new", ("/r/a/",), frozenset(), NOW - timedelta(days=3), NOW - timedelta(days=2)),
        Holder("idle", ("/r/a/x/",), frozenset({"it"}), old, old, old),
        Holder("sales", ("/r/b/",), frozenset({"sales"}), old, old, NOW),
        Holder("elsewhere", ("/s/",), frozenset({"sales"}), old, old, NOW),
    ]
    c, a = RuleCondition, RuleAction
    rule_set = [
        Rule("r1", "new hires", 10, "/r/", c.FIRST_LOGIN, a.ASSIGN, "basic", days=7),
        Rule("r2", "sales", 20, "/r/", c.GROUP, a.CHANGE, "basic", "business", group_id="sales"),
        Rule("r3", "idle", 30, "/r/", c.INACTIVITY, a.REMOVE, "business", days=60),
        Rule("r4", "unit a", 5, "/r/", c.ORG_UNIT, a.ASSIGN, "basic", unit_path="/r/a/"),
    ]
    held = {"new": frozenset(), "idle": frozenset({"business"}), "sales": frozenset({"basic"})}
    held["elsewhere"] = frozenset({"basic"})
    outcome = run(rule_set, people, held, NOW)
    assert outcome.held == {
        "new": frozenset({"basic"}),  # unit a (r4, first), then nothing more to assign
        "idle": frozenset({"basic"}),  # unit a gives basic; inactivity takes business
        "sales": frozenset({"business"}),  # changed basic → business
        "elsewhere": frozenset({"basic"}),  # outside every rule's subtree
    }
    gains = {
        (c.person_id, c.product_id, c.rule_id)
        for c in outcome.changes
        if c.verdict == Verdict.GAINS
    }
    assert gains == {("new", "basic", "r4"), ("idle", "basic", "r4"), ("sales", "business", "r2")}
    prices = {
        "basic": Pricing(600, bought=3, annual=True),  # annual: 3 committed seats
        "business": Pricing(1200),  # monthly: each licence
    }
    # basic: 2 → 3 holders (within the 3 bought: free); business: 1 → 1
    assert cost_change(held, outcome.held, prices) == 0
    assert (
        cost_change(held, {**outcome.held, "new": frozenset({"basic", "business"})}, prices) == 1200
    )
