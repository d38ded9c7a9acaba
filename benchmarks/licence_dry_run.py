"""Dry run of a realistic licence rule set over 100,000 people (issue 5: under 1 s).

The domain's rule engine (``hubdesk.domain.licences.run`` + ``cost_change``), as the
console's licences pane and the server call it, over a deterministic synthetic
organisation: ``--people`` people in 40 units of 25 teams each (a member of one team,
some of two), 60 groups, sign-ins spread over two years (some never), three licence
tiers held as a Workspace reseller's client would. Eight rules in priority order:
units assign tiers, groups upgrade, inactivity takes licences back, new hires get the
basic tier, and a rule for a unit that is no longer used.

Baseline, same run: one plain pass over everyone that copies their licences and checks
one date (the floor any dry run pays to look at each person once).

    .venv/bin/python benchmarks/licence_dry_run.py
    .venv/bin/python benchmarks/licence_dry_run.py --people 200000 --runs 5
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta

import _support as bench

from hubdesk.domain.enums import RuleAction, RuleCondition
from hubdesk.domain.licences import Holder, Pricing, Rule, cost_change, run

NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)
ROOT = "/00000000-0000-0000-0000-000000000000/"
TIERS = ("starter", "standard", "plus")


def unit(n: int) -> str:
    return f"{ROOT}unit-{n:03d}/"


def team(u: int, t: int) -> str:
    return f"{unit(u)}team-{t:03d}/"


def people(count: int, rng: random.Random) -> tuple[list[Holder], dict[str, frozenset[str]]]:
    holders, held = [], {}
    for n in range(count):
        u, t = rng.randrange(40), rng.randrange(25)
        paths = (team(u, t),) if rng.random() < 0.9 else (team(u, t), team(rng.randrange(40), 0))
        added = NOW - timedelta(days=rng.randrange(730))
        first = None if rng.random() < 0.05 else added + timedelta(days=rng.randrange(3))
        last = None if first is None else NOW - timedelta(days=rng.randrange(200))
        groups = frozenset(f"g{rng.randrange(60)}" for _ in range(rng.randrange(3)))
        person = f"p{n:06d}"
        holders.append(Holder(person, paths, groups, added, first, last))
        held[person] = frozenset({TIERS[rng.choice((0, 0, 1, 1, 1, 2))]})
    return holders, held


def rule_set() -> list[Rule]:
    c, a = RuleCondition, RuleAction

    def rule(n: int, name: str, *what: object, **params: object) -> Rule:
        return Rule(f"r{n:02d}", name, 10 * n, ROOT, *what, **params)  # type: ignore[arg-type]

    return [
        rule(1, "Sales: Standard", c.ORG_UNIT, a.ASSIGN, "standard", unit_path=unit(1)),
        rule(2, "Engineering: Plus", c.ORG_UNIT, a.CHANGE, "standard", "plus", unit_path=unit(2)),
        rule(3, "Managers: Plus", c.GROUP, a.CHANGE, "standard", "plus", group_id="g7"),
        rule(4, "Support: Standard", c.GROUP, a.ASSIGN, "standard", group_id="g12"),
        rule(5, "New hires: Starter", c.FIRST_LOGIN, a.ASSIGN, "starter", days=14),
        rule(6, "Idle 60 days: no Plus", c.INACTIVITY, a.CHANGE, "plus", "standard", days=60),
        rule(7, "Idle 120 days: nothing", c.INACTIVITY, a.REMOVE, "standard", days=120),
        rule(
            8, "Old unit: Starter", c.ORG_UNIT, a.CHANGE, "standard", "starter", unit_path=unit(39)
        ),
    ]


PRICES = {
    "starter": Pricing(600, bought=30_000, annual=True),
    "standard": Pricing(1_200),
    "plus": Pricing(1_800, bought=20_000, annual=True),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    bench.note(bench.machine())
    holders, held = people(args.people, random.Random(5))
    rules = rule_set()
    samples, floors = [], []
    outcome = None
    for _ in range(args.runs):
        started = time.perf_counter()
        outcome = run(rules, holders, held, NOW)
        cents = cost_change(held, outcome.held, PRICES)
        samples.append(time.perf_counter() - started)
        started = time.perf_counter()
        floor = {h.person_id: set(held[h.person_id]) for h in holders if h.added_at <= NOW}
        floors.append(time.perf_counter() - started)
        assert len(floor) == len(holders)
    assert outcome is not None
    gains = sum(1 for ch in outcome.changes if ch.verdict == "gains")
    losses = len(outcome.changes) - gains
    dry, base = bench.stats(samples), bench.stats(floors)
    bench.note(
        f"{args.people:,} people, {len(rules)} rules: {gains:,} licences gained, "
        f"{losses:,} lost, {len(outcome.unsettled)} unsettled, monthly change {cents / 100:+,.2f}"
    )
    bench.note(f"dry run   {dry.ms()}")
    bench.note(f"baseline  {base.ms()}  (one pass over everyone)")
    bench.result(
        people=args.people,
        rules=len(rules),
        changes=len(outcome.changes),
        dry_run_median_ms=dry.median * 1000,
        dry_run_p95_ms=dry.p95 * 1000,
        baseline_median_ms=base.median * 1000,
        ratio=bench.ratio(dry.median, base.median),
    )


if __name__ == "__main__":
    main()
