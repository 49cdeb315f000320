"""Clockify users: upserted from entries and the REST member list, linked to employees, edited
in timedesk; e-mail addresses only when known."""

import pytest
from clockify_helpers import VIEWER, deliver, session_of, variant

from timedesk.audit.service import history
from timedesk.auth.permissions import Actor, Role
from timedesk.clockify import backfill, users
from timedesk.errors import NotFound, PermissionDenied, ValidationError
from timedesk.people import service as people

ID = "6260fee78065a229df4561dd"
CLOCKIFY_USER = "625cf4a6a7d9d34012f70de1"


def the_user(db):
    (user,) = users.list_users(db, VIEWER).items
    return user


def test_a_user_seen_in_a_webhook_has_no_email_and_is_notified_by_default(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=5))
    user = the_user(db)
    assert (user.clockify_id, user.name, user.email, user.notify, user.active) == (
        CLOCKIFY_USER, "JP Weijers", None, True, True)
    with db.session_factory() as s:
        (created,) = history(s, "clockify_user", user.id)
    assert (created.action, created.actor) == ("clockify_user.created", "webhook:clockify")


def test_users_link_to_employees_by_clockify_id_or_by_email(db, bus, admin_actor):
    by_id = people.create_employee(db, bus, admin_actor, "JP", clockify_user_id=CLOCKIFY_USER)
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=5))
    assert the_user(db).employee_id == by_id.id
    ana = people.create_employee(db, bus, admin_actor, "Ana", email="ana@example.com")
    backfill.import_members(db, bus, [{"id": "u-ana", "name": "Ana", "email": "Ana@Example.com",
                                       "status": "ACTIVE"}])
    (linked,) = users.list_users(db, VIEWER, "ana").items
    assert (linked.email, linked.employee_id) == ("ana@example.com", ana.id)


def test_a_typed_email_is_kept_over_one_from_the_rest_api_and_links_the_employee(db, bus,
                                                                                 admin_actor):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=5))
    employee = people.create_employee(db, bus, admin_actor, "JP", email="jp@office.example")
    user = users.update_user(db, bus, admin_actor, the_user(db).id, email=" JP@office.example ",
                             notify=False)
    assert (user.email, user.notify, user.employee_id) == ("jp@office.example", False,
                                                           employee.id)
    backfill.import_members(db, bus, [{"id": CLOCKIFY_USER, "email": "other@example.com"}])
    assert the_user(db).email == "jp@office.example"


def test_update_user_validates_and_writes_history_only_for_real_changes(db, bus, admin_actor):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=5))
    user_id = the_user(db).id
    with pytest.raises(ValidationError):
        users.update_user(db, bus, admin_actor, user_id, email="not-an-address")
    with pytest.raises(ValidationError):
        users.update_user(db, bus, admin_actor, user_id, name="renamed")
    users.update_user(db, bus, admin_actor, user_id, active=False)
    users.update_user(db, bus, admin_actor, user_id, active=False)
    with db.session_factory() as s:
        actions = [r.action for r in history(s, "clockify_user", user_id)]
    assert actions == ["clockify_user.created", "clockify_user.updated"]
    assert users.list_users(db, VIEWER, active=True).total == 0
    with pytest.raises(PermissionDenied):
        users.update_user(db, bus, Actor("user", "x", Role.STAFF), user_id, notify=False)
    with pytest.raises(NotFound):
        users.get_user(db, VIEWER, 424242)


def test_a_malformed_email_from_outside_is_dropped_never_invented(db, bus):
    backfill.import_members(db, bus, [{"id": "u1", "name": "X", "email": "nope"}, {"name": "?"}])
    assert [(u.clockify_id, u.email) for u in users.list_users(db, VIEWER).items] == [("u1", None)]


def test_a_renamed_clockify_user_is_updated_on_the_next_entry(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=5))
    body = variant(minutes=6)
    body["user"] = {"id": CLOCKIFY_USER, "name": "Jan-Pieter Weijers", "status": "INACTIVE"}
    deliver(db, bus, "TIME_ENTRY_UPDATED", body)
    user = the_user(db)
    assert (user.name, user.clockify_status) == ("Jan-Pieter Weijers", "INACTIVE")
    assert session_of(db, ID).user.name == "Jan-Pieter Weijers"
