import pytest

from timedesk.auth.permissions import MATRIX, Actor, Permission, Role, parse_role, require
from timedesk.errors import PermissionDenied, ValidationError


def test_every_role_has_an_entry_in_the_matrix():
    assert set(MATRIX) == set(Role)


def test_admin_holds_every_permission_and_manager_all_but_account_management():
    assert MATRIX[Role.ADMIN] == frozenset(Permission)
    assert Permission.USERS_MANAGE not in MATRIX[Role.MANAGER]
    assert Permission.CLOCKIFY_APPROVE in MATRIX[Role.MANAGER]


@pytest.mark.parametrize("role,allowed,denied", [
    (Role.RECEPTIONIST, Permission.TURNS_ISSUE, Permission.TURNS_CALL),
    (Role.STAFF, Permission.TURNS_CALL, Permission.TURNS_ISSUE),
    (Role.TECHNICIAN, Permission.TICKETS_WORK, Permission.SETTINGS_MANAGE),
    (Role.REQUESTER, Permission.TICKETS_CREATE, Permission.TICKETS_WORK),
])
def test_roles_allow_their_work_and_nothing_else(role, allowed, denied):
    actor = Actor("user", "x", role)
    require(actor, allowed)
    with pytest.raises(PermissionDenied, match=denied.value):
        require(actor, denied)


def test_unknown_role_names_list_the_valid_ones():
    with pytest.raises(ValidationError, match="receptionist"):
        parse_role("boss")
    assert parse_role(" Staff ") is Role.STAFF
