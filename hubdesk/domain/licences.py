"""Licence rules: which licences people should hold, worked out from rules in priority order,
and what a change to the rules would do (a dry run) — shared by the server, which applies
them, and the console, which previews them.

A rule belongs to an organisation and touches only people who are members somewhere in
its subtree. Its condition picks people: members of an organisational unit (a subtree),
of a group, inactive for a number of days (no sign-in since, or never signed in since
they were added), or first signed in within a number of days. Its action assigns a
product's licence, removes it, or changes it to another product (only for people who
hold it). Rules run in ascending priority (then by id): each sees what the ones before
it did.

The result is the fixpoint of one pass over the rules: the pass is repeated until a
person's licences no longer change, so running the rules again changes nothing. A rule
set that never settles for someone (a change of X to Y and a later change of Y back to
X through another licence, …) leaves that person as they are and is reported
(``unsettled``), so a dry run can refuse it before it is saved.

Conditions are evaluated once per rule with sorted indexes (bisect on sign-in times and
paths, sets for groups), so a dry run over 100,000 people costs about the number of
people the rules pick, not people × rules.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from hubdesk.domain.enums import RuleAction, RuleCondition
from hubdesk.domain.permissions import is_within, path_upper_bound


@dataclass(frozen=True, slots=True)
class Holder:
    """A person as the rules see them."""

    person_id: str
    org_paths: tuple[str, ...]  # where they are a member
    groups: frozenset[str]
    added_at: datetime
    first_sign_in: datetime | None = None
    last_sign_in: datetime | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    priority: int
    org_path: str  # the rule's organisation: it touches nobody outside this subtree
    condition: RuleCondition
    action: RuleAction
    product_id: str
    target_product_id: str | None = None
    # org_unit: the unit's path; group: the group's id; inactivity / first_login: days
    unit_path: str = ""
    group_id: str = ""
    days: int = 0
    enabled: bool = True

    @classmethod
    def of(cls, row: Any, org_path: str, unit_path: str = "") -> Rule:
        """From a stored rule (``params`` as the model keeps them)."""
        params: Mapping[str, Any] = row.params or {}
        return cls(
            id=row.id,
            name=row.name,
            priority=int(row.priority),
            org_path=org_path,
            condition=RuleCondition(row.condition),
            action=RuleAction(row.action),
            product_id=row.product_id,
            target_product_id=row.target_product_id,
            unit_path=unit_path,
            group_id=str(params.get("group_id", "")),
            days=int(params.get("days", params.get("within_days", 0)) or 0),
            enabled=bool(row.enabled),
        )


class Verdict(StrEnum):
    GAINS = "gains"
    LOSES = "loses"


@dataclass(frozen=True, slots=True)
class Change:
    """One licence a person gains or loses, and the rule that decided it."""

    person_id: str
    product_id: str
    verdict: Verdict
    rule_id: str


@dataclass
class Outcome:
    """What the rules make of everyone's licences."""

    held: dict[str, frozenset[str]]  # person → products, after the rules
    changes: list[Change] = field(default_factory=list)
    unsettled: list[str] = field(default_factory=list)  # people the rules never settle for


def _sorted_by(keys: list[Any], owners: list[int]) -> tuple[list[Any], list[int]]:
    """``keys`` sorted, and the owner of each key in that order."""
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return [keys[n] for n in order], [owners[n] for n in order]


class _Index:
    """The holders sorted the ways the conditions ask."""

    def __init__(self, holders: list[Holder]) -> None:
        self.holders = holders
        paths = [(p, i) for i, h in enumerate(holders) for p in h.org_paths]
        self.paths, self.path_owner = _sorted_by([p for p, _ in paths], [i for _, i in paths])
        seen = [(h.last_sign_in or h.added_at).timestamp() for h in holders]
        self.seen, self.seen_owner = _sorted_by(seen, list(range(len(holders))))
        first = [(h.first_sign_in.timestamp(), i) for i, h in enumerate(holders) if h.first_sign_in]
        self.first, self.first_owner = _sorted_by([t for t, _ in first], [i for _, i in first])
        self.groups: dict[str, set[int]] = {}
        for i, h in enumerate(holders):
            for g in h.groups:
                self.groups.setdefault(g, set()).add(i)
        self._within: dict[str, set[int]] = {}

    def within(self, path: str) -> set[int]:
        found = self._within.get(path)
        if found is None:
            lo = bisect.bisect_left(self.paths, path)
            hi = bisect.bisect_left(self.paths, path_upper_bound(path))
            found = self._within[path] = set(self.path_owner[lo:hi])
        return found

    def matching(self, rule: Rule, now: datetime) -> set[int]:
        if rule.condition == RuleCondition.ORG_UNIT:
            picked = self.within(rule.unit_path) if rule.unit_path else set()
        elif rule.condition == RuleCondition.GROUP:
            picked = set(self.groups.get(rule.group_id, ()))
        elif rule.condition == RuleCondition.INACTIVITY:
            cut = bisect.bisect_left(self.seen, (now - timedelta(days=rule.days)).timestamp())
            picked = set(self.seen_owner[:cut])
        else:
            cut = bisect.bisect_left(self.first, (now - timedelta(days=rule.days)).timestamp())
            picked = set(self.first_owner[cut:])
        if rule.condition == RuleCondition.ORG_UNIT and not is_within(
            rule.unit_path, rule.org_path
        ):
            return set()  # a unit outside the rule's own subtree picks nobody
        inside = self.within(rule.org_path)
        return picked if len(inside) == len(self.holders) else picked & inside


def _apply(rule: Rule, held: set[str]) -> str | None:
    """Apply one rule to one person's licences (in place); the product it changed."""
    if rule.action == RuleAction.ASSIGN:
        if rule.product_id not in held:
            held.add(rule.product_id)
            return rule.product_id
    elif rule.action == RuleAction.REMOVE:
        if rule.product_id in held:
            held.discard(rule.product_id)
            return rule.product_id
    elif rule.product_id in held and rule.target_product_id:
        held.discard(rule.product_id)
        held.add(rule.target_product_id)
        return rule.product_id
    return None


def ordered(rules: Iterable[Rule]) -> list[Rule]:
    return sorted((r for r in rules if r.enabled), key=lambda r: (r.priority, r.id))


def run(
    rules: Iterable[Rule],
    holders: Iterable[Holder],
    held: Mapping[str, Iterable[str]],
    now: datetime,
) -> Outcome:
    """What ``rules`` make of ``held`` (person → products) for ``holders`` at ``now``."""
    people = list(holders)
    index = _Index(people)
    active = ordered(rules)
    masks = [0] * len(people)  # per holder: bit n set when rule n picks them
    for n, rule in enumerate(active):
        bit = 1 << n
        for i in index.matching(rule, now):
            masks[i] |= bit
    result = {p.person_id: frozenset(held.get(p.person_id, ())) for p in people}
    outcome = Outcome(result)
    limit = 2 * len(active) + 2
    # People the same rules pick, holding the same licences, end the same way: work each
    # such case out once.
    known: dict[tuple[int, frozenset[str]], _Settled | None] = {}
    for i, mask in enumerate(masks):
        if not mask:
            continue
        person = people[i].person_id
        start = result[person]
        key = (mask, start)
        if key not in known:
            picks = [rule for n, rule in enumerate(active) if mask >> n & 1]
            known[key] = _settle(picks, start, limit)
        settled = known[key]
        if settled is None:
            outcome.unsettled.append(person)
            continue
        result[person] = settled.final
        for product, verdict, rule_id in settled.changes:
            outcome.changes.append(Change(person, product, verdict, rule_id))
    return outcome


@dataclass(frozen=True, slots=True)
class _Settled:
    final: frozenset[str]
    changes: tuple[tuple[str, Verdict, str], ...]  # product, gained or lost, rule


def _settle(picks: list[Rule], start: frozenset[str], limit: int) -> _Settled | None:
    """Apply ``picks`` (in order) to ``start`` until nothing changes; None if never."""
    state = set(start)
    decided: dict[str, str] = {}  # product → the last rule that changed it
    for _round in range(limit):
        before = frozenset(state)
        for rule in picks:
            product = _apply(rule, state)
            if product is not None:
                decided[product] = rule.id
                if rule.target_product_id and rule.action == RuleAction.CHANGE:
                    decided[rule.target_product_id] = rule.id
        if state == before:
            break
    else:
        return None
    final = frozenset(state)
    changes = [(p, Verdict.GAINS, decided[p]) for p in sorted(final - start)]
    changes += [(p, Verdict.LOSES, decided[p]) for p in sorted(start - final)]
    return _Settled(final, tuple(changes))


def apply_changes(
    held: Mapping[str, Iterable[str]], changes: Iterable[Change]
) -> dict[str, frozenset[str]]:
    """``held`` with ``changes`` made (what applying a dry run does)."""
    out = {person: set(products) for person, products in held.items()}
    for change in changes:
        products = out.setdefault(change.person_id, set())
        if change.verdict == Verdict.GAINS:
            products.add(change.product_id)
        else:
            products.discard(change.product_id)
    return {person: frozenset(products) for person, products in out.items()}


@dataclass(frozen=True, slots=True)
class Pricing:
    """What one product's licences cost an organisation a month."""

    unit_cents: int
    bought: int = 0  # seats committed for the term (annual plans)
    annual: bool = False  # annual: the committed seats are paid; monthly: each licence

    def monthly(self, assigned: int) -> int:
        return self.unit_cents * (max(assigned, self.bought) if self.annual else assigned)


def cost_change(
    before: Mapping[str, Iterable[str]],
    after: Mapping[str, Iterable[str]],
    prices: Mapping[str, Pricing],
) -> int:
    """The change of the monthly bill from ``before`` to ``after`` (person → products)."""
    counts_before = _counts(before)
    counts_after = _counts(after)
    total = 0
    for product, pricing in prices.items():
        total += pricing.monthly(counts_after.get(product, 0))
        total -= pricing.monthly(counts_before.get(product, 0))
    return total


def _counts(held: Mapping[str, Iterable[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for products in held.values():
        for product in products:
            counts[product] = counts.get(product, 0) + 1
    return counts
