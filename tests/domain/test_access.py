"""The rules against escalation (Qt-free, database-free), as properties over random grants,
roles and organisations: whatever is allowed never gives anyone more than the giver holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain import access
from hubdesk.domain.permissions import BILLABLE_PERMISSIONS, Grant, Permission, Scope

ROOT, HUB, TENANT, DESK = "/r/", "/r/h/", "/r/h/t/", "/r/h/t/d/"
PATHS = (ROOT, HUB, TENANT, DESK)
WORK = {p.value for p in BILLABLE_PERMISSIONS}

permission_sets = st.frozensets(st.sampled_from(list(Permission)))
grants = st.lists(
    st.builds(
        lambda path, perms: Grant(path, path, "role", "Role", perms),
        st.sampled_from(PATHS),
        permission_sets,
    ),
    max_size=4,
)


@given(grants, st.sampled_from(PATHS), permission_sets)
def test_a_granted_role_never_holds_more_than_the_giver(
    mine: list[Grant], where: str, role: frozenset[Permission]
) -> None:
    scope = Scope.resolve("me", mine)
    refusal = access.may_grant(scope, where, [p.value for p in role])
    held = {p.value for p in scope.permissions_at(where)}
    if refusal is None:
        assert Permission.MANAGE_MEMBERS.value in held
        assert {p.value for p in role} - WORK <= held
    else:
        assert Permission.MANAGE_MEMBERS.value not in held or {p.value for p in role} - WORK - held


@given(grants, st.sampled_from(PATHS), permission_sets, permission_sets)
def test_nobody_changes_their_own_role_or_someone_more_powerful(
    mine: list[Grant], where: str, theirs: frozenset[Permission], new: frozenset[Permission]
) -> None:
    scope = Scope.resolve("me", mine)
    current, wanted = [p.value for p in theirs], [p.value for p in new]
    own = access.may_change_member(scope, where, "me", current, wanted)
    assert own is not None
    other = access.may_change_member(scope, where, "someone", current, wanted)
    held = {p.value for p in scope.permissions_at(where)}
    if other is None:
        assert set(current) - WORK <= held and set(wanted) - WORK <= held
    removing = access.may_change_member(scope, where, "someone", current, None)
    if removing is None:
        assert set(current) - WORK <= held


@given(grants, st.sampled_from(PATHS), permission_sets, permission_sets)
def test_a_role_is_defined_only_within_what_its_editor_holds(
    mine: list[Grant], where: str, old: frozenset[Permission], new: frozenset[Permission]
) -> None:
    scope = Scope.resolve("me", mine)
    refusal = access.may_edit_role(scope, where, [p.value for p in old], [p.value for p in new])
    held = {p.value for p in scope.permissions_at(where)}
    if refusal is None:
        assert Permission.MANAGE_ROLES.value in held
        assert {p.value for p in old | new} - WORK <= held


def test_the_address_rule() -> None:
    assert access.may_add_address("a@Nordlys.dk", ["nordlys.dk"], False) is None
    refused = access.may_add_address("a@gmail.com", ["nordlys.dk"], False)
    assert refused is not None and refused.code == access.OTHER_DOMAIN
    assert access.may_add_address("a@gmail.com", ["nordlys.dk"], True) is None
    assert access.may_add_address("a@gmail.com", [], False) is not None
