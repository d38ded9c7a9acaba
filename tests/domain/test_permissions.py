"""Permission resolution: upstream rights, minimal roots, explanations."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain.permissions import (
    BUILTIN_ROLE_PERMISSIONS,
    BuiltinRole,
    Grant,
    Permission,
    Scope,
    is_within,
    path_upper_bound,
)
from hubdesk.domain.seats import count_seats, is_billable

P = Permission
HUB, TENANT_A, TENANT_B, DESK = (str(uuid.uuid4()) for _ in range(4))
ROOT = str(uuid.uuid4())
HUB_PATH = f"/{ROOT}/{HUB}/"
A_PATH = f"{HUB_PATH}{TENANT_A}/"
B_PATH = f"{HUB_PATH}{TENANT_B}/"
DESK_PATH = f"{A_PATH}{DESK}/"


def grant(org: str, path: str, *perms: Permission) -> Grant:
    return Grant(org, path, "role", "Role", frozenset(perms))


def test_a_role_applies_to_its_organisation_and_every_descendant() -> None:
    scope = Scope.resolve("me", [grant(HUB, HUB_PATH, P.VIEW_ORG)])
    for path in (HUB_PATH, A_PATH, B_PATH, DESK_PATH):
        assert scope.allows(P.VIEW_ORG, path)
    assert not scope.allows(P.VIEW_ORG, f"/{ROOT}/")


def test_siblings_and_ancestors_are_outside_a_tenant_grant() -> None:
    scope = Scope.resolve("me", [grant(TENANT_A, A_PATH, P.VIEW_ORG, P.MANAGE_ORG)])
    assert scope.allows(P.VIEW_ORG, DESK_PATH)
    assert not scope.allows(P.VIEW_ORG, B_PATH)
    assert not scope.allows(P.VIEW_ORG, HUB_PATH)
    assert not scope.allows(P.VIEW_BILLING, A_PATH)


def test_roots_are_minimal_and_explanations_name_every_grant() -> None:
    scope = Scope.resolve(
        "me",
        [grant(HUB, HUB_PATH, P.VIEW_ORG), grant(DESK, DESK_PATH, P.VIEW_ORG, P.VIEW_AUDIT)],
    )
    assert scope.roots(P.VIEW_ORG) == (HUB_PATH,)
    assert scope.roots(P.VIEW_AUDIT) == (DESK_PATH,)
    why = scope.explain(P.VIEW_ORG, DESK_PATH)
    assert {g.org_id for g in why} == {HUB, DESK}
    assert scope.permissions_at(DESK_PATH) == {P.VIEW_ORG, P.VIEW_AUDIT}


def test_fingerprint_changes_with_scope() -> None:
    one = Scope.resolve("me", [grant(HUB, HUB_PATH, P.VIEW_ORG)])
    two = Scope.resolve("me", [grant(TENANT_A, A_PATH, P.VIEW_ORG)])
    assert one.fingerprint() != two.fingerprint()
    assert (
        one.fingerprint() == Scope.resolve("me", [grant(HUB, HUB_PATH, P.VIEW_ORG)]).fingerprint()
    )


ids = st.uuids().map(str)


@given(st.lists(ids, min_size=1, max_size=5), st.lists(ids, min_size=1, max_size=5))
def test_upper_bound_brackets_exactly_the_subtree(
    root_ids: list[str], other_ids: list[str]
) -> None:
    root = "/" + "/".join(root_ids) + "/"
    inside = root + "/".join(other_ids) + "/"
    outside = "/" + "/".join(other_ids) + "/"
    bound = path_upper_bound(root)
    assert root <= inside < bound
    assert is_within(inside, root)
    assert (root <= outside < bound) == is_within(outside, root)


def test_builtin_roles_and_seat_pricing() -> None:
    billable = {r for r in BuiltinRole if is_billable(BUILTIN_ROLE_PERMISSIONS[r])}
    assert billable == {BuiltinRole.ADMINISTRATOR, BuiltinRole.CALL_CENTER, BuiltinRole.SPECIALIST}
    seats = count_seats(BUILTIN_ROLE_PERMISSIONS[r] for r in BuiltinRole)
    assert (seats.billable, seats.free) == (3, 4)
    assert P.VIEW_BILLING not in BUILTIN_ROLE_PERMISSIONS[BuiltinRole.MARKETER]
    assert P.VIEW_BILLING in BUILTIN_ROLE_PERMISSIONS[BuiltinRole.ACCOUNTANT]


def test_a_log_in_as_scope_keeps_only_the_sub_account() -> None:
    """The owner of tenant A who also works in tenant B: acting as her in A shows A only."""
    owner = Scope.resolve(
        "owner",
        [grant(TENANT_A, A_PATH, P.VIEW_ORG, P.MANAGE_ORG), grant(TENANT_B, B_PATH, P.VIEW_ORG)],
    )
    seen = owner.within(A_PATH)
    assert seen.allows(P.MANAGE_ORG, DESK_PATH) and seen.allows(P.VIEW_ORG, A_PATH)
    assert not seen.allows(P.VIEW_ORG, B_PATH)
    assert seen.roots(P.VIEW_ORG) == (A_PATH,)
    assert set(owner.within(HUB_PATH).roots(P.VIEW_ORG)) == {A_PATH, B_PATH}


def test_the_parent_path() -> None:
    from hubdesk.domain.permissions import parent_path

    assert parent_path(DESK_PATH) == A_PATH
    assert parent_path(A_PATH) == HUB_PATH
    assert parent_path(f"/{ROOT}/") == "/"
