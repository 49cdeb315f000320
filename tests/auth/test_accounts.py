from datetime import timedelta

import pytest
from sqlalchemy import select, update

from timedesk.audit.models import AuditEntry
from timedesk.auth import service
from timedesk.auth.models import LoginFailure, User
from timedesk.auth.permissions import Actor, Role
from timedesk.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    ValidationError,
)

PASSWORD = "s3cret-password"


@pytest.fixture
def alice(db, admin_actor):
    return service.create_user(db, admin_actor, "Alice", PASSWORD, "manager", "Alice A.")


def test_create_user_normalizes_the_name_and_stores_only_a_hash(db, alice):
    assert alice.username == "alice" and alice.role is Role.MANAGER
    with db.session_factory() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "alice"))
    assert stored.startswith("scrypt$") and PASSWORD not in stored


def test_login_with_the_right_password_returns_a_user_actor(db, alice):
    actor = service.authenticate(db, "ALICE ", PASSWORD)
    assert (actor.kind, actor.name, actor.role) == ("user", "alice", Role.MANAGER)


def test_wrong_password_and_unknown_user_give_the_same_message(db, alice):
    with pytest.raises(AuthenticationFailed) as wrong:
        service.authenticate(db, "alice", "nope-nope")
    with pytest.raises(AuthenticationFailed) as unknown:
        service.authenticate(db, "nobody", "nope-nope")
    assert str(wrong.value) == str(unknown.value)
    assert not isinstance(wrong.value, AccountLocked)


def test_five_failed_logins_lock_the_account_even_for_the_right_password(db, alice):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as err:
            service.authenticate(db, "alice", "wrong-password")
        assert not isinstance(err.value, AccountLocked)
    with pytest.raises(AccountLocked):
        service.authenticate(db, "alice", "wrong-password")
    with pytest.raises(AccountLocked) as locked:
        service.authenticate(db, "alice", PASSWORD)
    assert "minute" in locked.value.message


def test_lockout_is_persisted_and_survives_a_new_connection(ctx, env, alice):
    from timedesk.app import build_context

    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            service.authenticate(ctx.db, "alice", "wrong-password")
    other = build_context(env)  # another process would see the same row
    try:
        with pytest.raises(AccountLocked):
            service.authenticate(other.db, "alice", PASSWORD)
    finally:
        other.close()


def test_lock_ends_after_five_minutes(db, alice):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            service.authenticate(db, "alice", "wrong-password")
    with db.unit_of_work() as s:  # travel 5 minutes ahead by moving the lock into the past
        row = s.scalar(select(LoginFailure).where(LoginFailure.username == "alice"))
        assert row.locked_until is not None
        s.execute(update(LoginFailure).where(LoginFailure.username == "alice")
                  .values(locked_until=row.locked_until - timedelta(minutes=5, seconds=1)))
    assert service.authenticate(db, "alice", PASSWORD).name == "alice"


def test_a_successful_login_resets_the_failure_count(db, alice):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            service.authenticate(db, "alice", "wrong-password")
    service.authenticate(db, "alice", PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as err:
            service.authenticate(db, "alice", "wrong-password")
        assert not isinstance(err.value, AccountLocked)


def test_lockout_is_written_to_history(db, alice):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            service.authenticate(db, "alice", "wrong-password")
    with db.session_factory() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "user")))
    assert actions == ["user.created", "user.locked"]


def test_changing_the_password_unlocks_and_old_password_stops_working(db, admin_actor, alice):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            service.authenticate(db, "alice", "wrong-password")
    service.change_password(db, admin_actor, "alice", "brand-new-password")
    assert service.authenticate(db, "alice", "brand-new-password").name == "alice"
    with pytest.raises(AuthenticationFailed):
        service.authenticate(db, "alice", PASSWORD)


def test_users_may_change_their_own_password_but_not_others(db, admin_actor, alice):
    service.create_user(db, admin_actor, "bob", PASSWORD, "staff")
    bob = service.authenticate(db, "bob", PASSWORD)
    service.change_password(db, bob, "bob", "bobs-new-password")
    with pytest.raises(PermissionDenied):
        service.change_password(db, bob, "alice", "hijacked-password")


def test_disabled_users_cannot_log_in(db, admin_actor, alice):
    service.set_active(db, admin_actor, "alice", False)
    with pytest.raises(AuthenticationFailed):
        service.authenticate(db, "alice", PASSWORD)


def test_the_last_active_admin_cannot_be_disabled(db, admin_actor):
    service.create_user(db, admin_actor, "root", PASSWORD, "admin")
    with pytest.raises(Conflict):
        service.set_active(db, admin_actor, "root", False)


def test_only_users_manage_may_create_accounts(db, admin_actor, alice):
    manager = service.authenticate(db, "alice", PASSWORD)
    with pytest.raises(PermissionDenied):
        service.create_user(db, manager, "eve", PASSWORD, "admin")


def test_bad_input_is_refused_with_a_clear_message(db, admin_actor, alice):
    with pytest.raises(ValidationError, match="too short"):
        service.create_user(db, admin_actor, "carl", "short", "staff")
    with pytest.raises(ValidationError, match="unknown role"):
        service.create_user(db, admin_actor, "carl", PASSWORD, "emperor")
    with pytest.raises(ValidationError, match="not a valid user name"):
        service.create_user(db, admin_actor, "has space", PASSWORD, "staff")
    with pytest.raises(Conflict):
        service.create_user(db, admin_actor, "ALICE", PASSWORD, "staff")


def test_first_admin_is_created_once_on_an_empty_database(db):
    assert not service.has_users(db)
    actor = service.create_first_admin(db, "boss", PASSWORD)
    assert actor.role is Role.ADMIN and service.has_users(db)
    with pytest.raises(Conflict):
        service.create_first_admin(db, "intruder", PASSWORD)


def test_api_token_is_shown_once_and_only_its_hash_is_stored(db, admin_actor):
    token = service.create_api_token(db, admin_actor, "kiosk", "receptionist")
    actor = service.verify_api_token(db, token)
    assert (actor.kind, actor.name, actor.role) == ("token", "kiosk", Role.RECEPTIONIST)
    secret_part = token.split("_", 2)[2]
    with db.engine.connect() as conn:
        dump = repr(conn.exec_driver_sql("SELECT * FROM api_tokens").all())
    assert secret_part not in dump


def test_wrong_tampered_or_revoked_tokens_are_refused(db, admin_actor):
    token = service.create_api_token(db, admin_actor, "kiosk", "receptionist")
    for bad in ("", "garbage", token[:-1] + ("A" if token[-1] != "A" else "B"),
                "tdk_00000000_" + token.split("_", 2)[2]):
        with pytest.raises(AuthenticationFailed):
            service.verify_api_token(db, bad)
    service.revoke_api_token(db, admin_actor, "kiosk")
    with pytest.raises(AuthenticationFailed):
        service.verify_api_token(db, token)


def test_only_admins_create_api_tokens(db, admin_actor, alice):
    with pytest.raises(PermissionDenied):
        service.create_api_token(db, service.authenticate(db, "alice", PASSWORD), "x", "admin")
    assert Actor.system().can  # the system actor (CLI) may
