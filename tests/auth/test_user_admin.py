"""Changing accounts from the Administration tab (and `timedesk user set|unlock`): role and
display name, unlocking, and the rule that one active administrator always remains."""

import pytest
from sqlalchemy import select

from timedesk.audit.models import AuditEntry
from timedesk.auth import service
from timedesk.auth.models import LoginFailure
from timedesk.auth.permissions import Role
from timedesk.errors import AccountLocked, AuthenticationFailed, Conflict, PermissionDenied

PASSWORD = "s3cret-password"


@pytest.fixture
def root(db, admin_actor):
    return service.create_user(db, admin_actor, "root", PASSWORD, "admin", "Root")


def _actions(db, action):
    with db.session_factory() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()


def test_update_user_changes_role_and_display_name_with_history(db, admin_actor, root):
    service.create_user(db, admin_actor, "clerk", PASSWORD, "staff")
    info = service.update_user(db, admin_actor, "Clerk", role="receptionist",
                               display_name="  Clara Clerk ")
    assert (info.role, info.display_name) == (Role.RECEPTIONIST, "Clara Clerk")
    assert service.authenticate(db, "clerk", PASSWORD).role is Role.RECEPTIONIST
    [entry] = _actions(db, "user.updated")
    assert entry.before["role"] == "staff" and entry.after["role"] == "receptionist"
    assert service.update_user(db, admin_actor, "clerk", display_name="").display_name == "clerk"


def test_an_unchanged_user_writes_no_history(db, admin_actor, root):
    service.update_user(db, admin_actor, "root", role="admin", display_name="Root")
    assert _actions(db, "user.updated") == []


def test_the_last_active_admin_cannot_be_demoted_and_the_message_says_why(db, admin_actor,
                                                                           root):
    with pytest.raises(Conflict) as refused:
        service.update_user(db, admin_actor, "root", role="manager")
    assert "last active administrator" in refused.value.message
    assert "nobody who can manage users" in refused.value.message
    assert "another user an administrator" in refused.value.hint
    assert service.authenticate(db, "root", PASSWORD).role is Role.ADMIN


def test_the_last_active_admin_cannot_be_disabled_and_the_message_says_why(db, admin_actor,
                                                                            root):
    with pytest.raises(Conflict, match="disabling it would leave nobody"):
        service.set_active(db, admin_actor, "root", False)


def test_with_a_second_admin_one_may_be_demoted_then_not_the_other(db, admin_actor, root):
    service.create_user(db, admin_actor, "second", PASSWORD, "admin")
    assert service.update_user(db, admin_actor, "root", role="manager").role is Role.MANAGER
    with pytest.raises(Conflict):
        service.update_user(db, admin_actor, "second", role="staff")
    # a disabled administrator does not count as the one that remains
    service.create_user(db, admin_actor, "third", PASSWORD, "admin")
    service.set_active(db, admin_actor, "third", False)
    with pytest.raises(Conflict):
        service.set_active(db, admin_actor, "second", False)


def test_only_users_manage_may_change_or_unlock_accounts(db, admin_actor, root):
    service.create_user(db, admin_actor, "boss", PASSWORD, "manager")
    manager = service.authenticate(db, "boss", PASSWORD)
    with pytest.raises(PermissionDenied):
        service.update_user(db, manager, "boss", role="admin")
    with pytest.raises(PermissionDenied):
        service.unlock(db, manager, "root")


def test_unlock_lifts_the_lockout_everywhere_and_keeps_the_password(db, admin_actor, root):
    for source in ("pc:front", "kiosk:front"):
        for _ in range(service.MAX_FAILED_LOGINS):
            with pytest.raises(AuthenticationFailed):
                service.authenticate(db, "root", "wrong-password", source)
    with pytest.raises(AccountLocked):
        service.authenticate(db, "root", PASSWORD, "pc:front")
    assert service.list_users(db, admin_actor)[0].locked_until is not None
    info = service.unlock(db, admin_actor, "ROOT")
    assert info.locked_until is None
    with db.session_factory() as s:
        assert s.scalars(select(LoginFailure).where(LoginFailure.username == "root")).all() == []
    assert service.authenticate(db, "root", PASSWORD, "pc:front").name == "root"
    assert service.authenticate(db, "root", PASSWORD, "kiosk:front").name == "root"
    assert len(_actions(db, "user.unlocked")) == 1
