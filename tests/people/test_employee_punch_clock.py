"""What the punch clock needs of an employee: department, badge code, schedule, account link and
the kiosk PIN (slow hash, 5 wrong in a row lock it for 5 minutes), on SQLite and PostgreSQL."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from timedesk.audit.service import history
from timedesk.auth import service as auth
from timedesk.auth.passwords import verify_password
from timedesk.auth.permissions import Actor, Role
from timedesk.db.base import utcnow
from timedesk.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from timedesk.office import service as office
from timedesk.people import service as people
from timedesk.people.models import Employee


def stored(db, employee_id):
    with db.session_factory() as s:
        return s.get(Employee, employee_id)


def add_schedule(db, bus, name):
    office.add_schedule(db, bus, Actor.system("test"), name, week={0: ((540, 780),)})


def test_department_schedule_and_account_are_stored_and_shown(db, bus, admin_actor):
    auth.create_user(db, admin_actor, "ana", "a-long-password", Role.STAFF)
    add_schedule(db, bus, "part-time")
    info = people.create_employee(db, bus, admin_actor, "Ana", code="B-17",
                                  department=" Ventas ", schedule="part-time", user_id="ANA")
    user_id = auth.list_users(db, admin_actor)[0].id
    assert (info.code, info.department, info.schedule, info.user_id, info.has_pin) == (
        "B-17", "Ventas", "part-time", user_id, False)
    changed = people.update_employee(db, bus, admin_actor, info.id, schedule="", department=None,
                                     user_id=None)
    assert (changed.department, changed.schedule, changed.user_id) == (None, None, None)
    with db.session_factory() as s:
        rows = history(s, "employee", info.id)
    assert rows[-1].before["schedule"] == "part-time" and rows[-1].after["schedule"] is None


def test_the_schedule_must_be_one_of_the_office_calendar(db, bus, admin_actor):
    with pytest.raises(NotFound, match="no schedule 'nights' in the office calendar"):
        people.create_employee(db, bus, admin_actor, "Ana", schedule="nights")
    with db.session_factory() as s:
        assert s.scalar(select(Employee.id)) is None
    info = people.create_employee(db, bus, admin_actor, "Ana", schedule="office")
    assert info.schedule is None  # the office's own schedule is the default
    add_schedule(db, bus, "nights")
    assert people.update_employee(db, bus, admin_actor, info.id, schedule=" nights ").schedule == (
        "nights")
    with pytest.raises(NotFound, match="no schedule 'days'"):
        people.update_employee(db, bus, admin_actor, info.id, schedule="days", department="X")
    assert stored(db, info.id).department is None


def test_an_account_belongs_to_one_employee_and_says_which(db, bus, admin_actor):
    user = auth.create_user(db, admin_actor, "ana", "a-long-password", Role.STAFF)
    ana = people.create_employee(db, bus, admin_actor, "Ana", user_id=user.id)
    bea = people.create_employee(db, bus, admin_actor, "Bea")
    with pytest.raises(Conflict, match="user account"):
        people.update_employee(db, bus, admin_actor, bea.id, user_id="ana")
    with pytest.raises(NotFound, match="no user account 'ghost'"):
        people.update_employee(db, bus, admin_actor, bea.id, user_id="ghost")
    other = auth.create_user(db, admin_actor, "eve", "a-long-password", Role.STAFF)
    with db.session_factory() as s:
        assert people.employee_for_user(s, user.id).id == ana.id
        assert people.employee_for_user(s, other.id) is None


def test_find_employee_by_id_email_or_code(db, bus, admin_actor):
    ana = people.create_employee(db, bus, admin_actor, "Ana", email="ana@example.com", code="7")
    bea = people.create_employee(db, bus, admin_actor, "Bea", code="B2")
    with db.session_factory() as s:
        assert people.find_employee(s, ana.id).id == ana.id
        assert people.find_employee(s, " ANA@Example.com ").id == ana.id
        assert people.find_employee(s, "B2").id == bea.id
        assert people.find_employee(s, str(bea.id)).id == bea.id
        assert people.find_employee(s, "7").id == ana.id  # a badge code wins over an id
        for ref in ("nobody@example.com", "ZZ", 99999, "", 2**70):
            with pytest.raises(NotFound):
                people.find_employee(s, ref)


def test_by_email_ignores_case_and_says_when_nobody_has_it(db, bus, admin_actor):
    ana = people.create_employee(db, bus, admin_actor, "Ana", email="ana@example.com")
    assert people.employee_by_email(db, admin_actor, "ANA@EXAMPLE.COM").id == ana.id
    with pytest.raises(NotFound, match="no employee has the e-mail"):
        people.employee_by_email(db, admin_actor, "bea@example.com")


def test_department_filter_ignores_case(db, bus, admin_actor):
    people.create_employee(db, bus, admin_actor, "Ana", department="Ventas")
    people.create_employee(db, bus, admin_actor, "Bea", department="Taller")
    people.create_employee(db, bus, admin_actor, "Carla")
    assert [e.name for e in people.search_employees(db, admin_actor, department="ventas")] == [
        "Ana"]
    assert len(people.search_employees(db, admin_actor, department="")) == 3


def test_a_pin_is_kept_as_a_slow_hash_and_never_shown(db, bus, admin_actor):
    info = people.create_employee(db, bus, admin_actor, "Ana", pin="4821")
    row = stored(db, info.id)
    assert row.pin_hash.startswith("scrypt$") and "4821" not in row.pin_hash
    assert verify_password("4821", row.pin_hash)
    assert info.has_pin and "pin_hash" not in vars(info) and "4821" not in repr(info)
    with db.session_factory() as s:
        rows = history(s, "employee", info.id)
    assert "4821" not in repr([(r.before, r.after, r.note) for r in rows])
    assert "scrypt" not in repr([(r.before, r.after, r.note) for r in rows])
    assert people.check_pin(db, info.id, "4821").id == info.id


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "١٢٣٤", " 1234", "12.4", ""])
def test_a_pin_that_is_not_4_to_8_digits_is_refused_and_nothing_is_stored(db, bus, admin_actor,
                                                                            pin):
    with pytest.raises(ValidationError, match="4 to 8 digits"):
        people.create_employee(db, bus, admin_actor, "Ana", pin=pin)
    with db.session_factory() as s:
        assert s.scalar(select(Employee.id)) is None
    info = people.create_employee(db, bus, admin_actor, "Bea", pin="1234")
    with pytest.raises(ValidationError, match="4 to 8 digits"):
        people.set_pin(db, admin_actor, info.id, pin)
    with pytest.raises(ValidationError, match="4 to 8 digits"):
        people.update_employee(db, bus, admin_actor, info.id, pin=pin, department="X")
    assert stored(db, info.id).department is None
    assert people.check_pin(db, info.id, "1234").id == info.id


def test_set_pin_replaces_or_removes_it_writes_history_and_publishes(db, bus, admin_actor):
    seen = []
    bus.subscribe("employees.changed", lambda e: seen.append(e.payload["id"]))
    info = people.create_employee(db, bus, admin_actor, "Ana", pin="1111")
    people.set_pin(db, admin_actor, info.id, "22223333", bus=bus)
    with pytest.raises(AuthenticationFailed):
        people.check_pin(db, info.id, "1111")
    assert people.check_pin(db, info.id, "22223333").has_pin
    people.update_employee(db, bus, admin_actor, info.id, pin=None)
    assert not people.get_employee(db, admin_actor, info.id).has_pin
    with pytest.raises(AuthenticationFailed, match="no PIN"):
        people.check_pin(db, info.id, "22223333")
    with db.session_factory() as s:
        actions = [r.action for r in history(s, "employee", info.id)]
    assert actions == ["employee.created", "employee.pin_set", "employee.pin_removed"]
    assert seen == [info.id] * 3
    with pytest.raises(PermissionDenied):
        people.set_pin(db, Actor("user", "rosa", Role.RECEPTIONIST), info.id, "1234")


def test_five_wrong_pins_lock_for_five_minutes_then_the_right_one_works(db, bus, admin_actor,
                                                                          monkeypatch):
    info = people.create_employee(db, bus, admin_actor, "Ana", pin="4821")
    start = utcnow()
    monkeypatch.setattr(people, "utcnow", lambda: start)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="wrong PIN") as failed:
            people.check_pin(db, info.id, "0000")
        assert not isinstance(failed.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        people.check_pin(db, info.id, "0000")
    assert locked.value.locked_until == start + timedelta(minutes=5)
    assert locked.value.max_failures == 5
    monkeypatch.setattr(people, "utcnow", lambda: start + timedelta(minutes=4, seconds=59))
    with pytest.raises(AccountLocked):  # the right PIN too, while locked
        people.check_pin(db, info.id, "4821")
    monkeypatch.setattr(people, "utcnow", lambda: start + timedelta(minutes=5, seconds=1))
    assert people.check_pin(db, info.id, "4821").id == info.id
    with db.session_factory() as s:
        assert "employee.pin_locked" in [r.action for r in history(s, "employee", info.id)]


def test_a_right_pin_resets_the_failures(db, bus, admin_actor):
    info = people.create_employee(db, bus, admin_actor, "Ana", pin="4821")
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            people.check_pin(db, info.id, "9999")
    assert stored(db, info.id).pin_failures == 4
    people.check_pin(db, info.id, "4821")
    assert stored(db, info.id).pin_failures == 0
    for _ in range(4):  # four more wrong ones do not lock: the count started again
        with pytest.raises(AuthenticationFailed) as failed:
            people.check_pin(db, info.id, "9999")
        assert not isinstance(failed.value, AccountLocked)


def test_the_lock_is_per_employee_and_a_new_pin_lifts_it(db, bus, admin_actor):
    ana = people.create_employee(db, bus, admin_actor, "Ana", pin="4821")
    bea = people.create_employee(db, bus, admin_actor, "Bea", pin="4821")
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            people.check_pin(db, ana.id, "0000")
    with pytest.raises(AccountLocked):
        people.check_pin(db, ana.id, "4821")
    assert people.check_pin(db, bea.id, "4821").id == bea.id
    people.set_pin(db, admin_actor, ana.id, "5555")
    assert people.check_pin(db, ana.id, "5555").id == ana.id


def test_a_pin_check_is_not_a_change_of_the_employee(db, bus, admin_actor):
    info = people.create_employee(db, bus, admin_actor, "Ana", pin="4821")
    with pytest.raises(AuthenticationFailed):
        people.check_pin(db, info.id, "0000")
    people.check_pin(db, info.id, "4821")
    assert stored(db, info.id).updated_at == info.updated_at


def test_an_inactive_employee_or_a_bad_pin_cannot_punch(db, bus, admin_actor):
    info = people.create_employee(db, bus, admin_actor, "Ana", pin="4821")
    people.deactivate_employee(db, bus, admin_actor, info.id)
    with pytest.raises(AuthenticationFailed, match="inactive"):
        people.check_pin(db, info.id, "4821")
    with pytest.raises(ValidationError, match="digits"):
        people.check_pin(db, info.id, "48x1")
    with pytest.raises(NotFound):
        people.check_pin(db, 99999, "4821")


def test_every_pin_check_runs_the_kdf(db, bus, admin_actor, monkeypatch):
    """No PIN, inactive, locked, wrong or right: one KDF run each, so timing tells nothing."""
    ana = people.create_employee(db, bus, admin_actor, "Ana", pin="4821")
    nopin = people.create_employee(db, bus, admin_actor, "Bea")
    runs = []
    real = people.verify_password
    monkeypatch.setattr(people, "verify_password", lambda p, h: runs.append(h) or real(p, h))
    for employee, pin in ((nopin.id, "1234"), (ana.id, "0000"), (ana.id, "4821")):
        with pytest.raises(AuthenticationFailed) if pin != "4821" else _nothing():
            people.check_pin(db, employee, pin)
    assert len(runs) == 3 and all(h.startswith("scrypt$") for h in runs)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_a_right_pin_of_an_older_cost_is_hashed_again(db, bus, admin_actor, monkeypatch):
    info = people.create_employee(db, bus, admin_actor, "Ana", pin="4821")
    old = stored(db, info.id).pin_hash
    monkeypatch.setenv("TIMEDESK_TEST_PASSWORD_COST", "11")
    people.check_pin(db, info.id, "4821")
    new = stored(db, info.id)
    assert new.pin_hash != old and new.pin_hash.startswith("scrypt$2048$")
    assert new.updated_at == info.updated_at
    assert people.check_pin(db, info.id, "4821").id == info.id
