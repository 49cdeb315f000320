import pytest

from timedesk.audit.service import history
from timedesk.auth.permissions import Actor, Role
from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from timedesk.people import service as people


def test_create_stores_a_lowercase_email_and_writes_history(db, bus, admin_actor):
    info = people.create_employee(db, bus, admin_actor, "  Ana Pérez ", email="Ana.Perez@Example.COM",
                                  code="E1")
    assert (info.name, info.email, info.active) == ("Ana Pérez", "ana.perez@example.com", True)
    with db.session_factory() as s:
        rows = history(s, "employee", info.id)
    assert [r.action for r in rows] == ["employee.created"] and rows[0].actor == "system:test"


def test_update_records_before_and_after_and_skips_no_op_changes(db, bus, admin_actor):
    info = people.create_employee(db, bus, admin_actor, "Ana", code="E1")
    people.update_employee(db, bus, admin_actor, info.id, code="E2", clockify_user_id="abc123")
    people.update_employee(db, bus, admin_actor, info.id, code="E2")  # nothing changes
    with db.session_factory() as s:
        rows = history(s, "employee", info.id)
    assert [r.action for r in rows] == ["employee.created", "employee.updated"]
    assert rows[1].before["code"] == "E1" and rows[1].after["code"] == "E2"
    assert rows[1].after["clockify_user_id"] == "abc123"


def test_deactivate_keeps_the_employee_and_search_can_filter_on_it(db, bus, admin_actor):
    a = people.create_employee(db, bus, admin_actor, "Ana")
    people.create_employee(db, bus, admin_actor, "Andrés")
    people.deactivate_employee(db, bus, admin_actor, a.id)
    assert [e.name for e in people.search_employees(db, admin_actor, "an")] == ["Ana", "Andrés"]
    assert [e.name for e in people.search_employees(db, admin_actor, "an", active=True)] == ["Andrés"]
    assert people.get_employee(db, admin_actor, a.id).active is False


def test_search_matches_name_email_and_code_in_any_case(db, bus, admin_actor):
    people.create_employee(db, bus, admin_actor, "Jürgen Müller", email="jm@example.com", code="X-77")
    people.create_employee(db, bus, admin_actor, "Zoe")
    for text in ("MÜLLER", "jm@EXAMPLE", "x-77"):
        assert [e.name for e in people.search_employees(db, admin_actor, text)] == ["Jürgen Müller"], text


def test_unique_links_are_refused_with_a_clear_message(db, bus, admin_actor):
    people.create_employee(db, bus, admin_actor, "Ana", email="a@example.com", sesame_employee_id="s-1")
    with pytest.raises(Conflict, match="e-mail"):
        people.create_employee(db, bus, admin_actor, "Other", email="A@example.com")
    b = people.create_employee(db, bus, admin_actor, "Bea")
    with pytest.raises(Conflict, match="sesame employee id"):
        people.update_employee(db, bus, admin_actor, b.id, sesame_employee_id="s-1")


def test_bad_input_is_refused(db, bus, admin_actor):
    with pytest.raises(ValidationError):
        people.create_employee(db, bus, admin_actor, "   ")
    with pytest.raises(ValidationError, match="e-mail"):
        people.create_employee(db, bus, admin_actor, "Ana", email="not-an-email")
    info = people.create_employee(db, bus, admin_actor, "Ana")
    with pytest.raises(ValidationError, match="unknown employee field"):
        people.update_employee(db, bus, admin_actor, info.id, salary=1)
    with pytest.raises(NotFound):
        people.update_employee(db, bus, admin_actor, 9999, name="X")


def test_changes_need_employees_manage_but_reading_needs_only_view(db, bus, admin_actor):
    people.create_employee(db, bus, admin_actor, "Ana")
    receptionist = Actor("user", "rosa", Role.RECEPTIONIST)
    assert len(people.search_employees(db, receptionist)) == 1
    with pytest.raises(PermissionDenied):
        people.create_employee(db, bus, receptionist, "Eve")
    with pytest.raises(PermissionDenied):
        people.search_employees(db, Actor("user", "x", Role.REQUESTER))


def test_find_link_prefers_external_ids_then_email_then_code(db, bus, admin_actor):
    ana = people.create_employee(db, bus, admin_actor, "Ana", email="ana@example.com", code="E1",
                                 clockify_user_id="c-1")
    bea = people.create_employee(db, bus, admin_actor, "Bea", code="E2", sesame_employee_id="s-2")
    with db.session_factory() as s:
        assert people.find_employee_link(s, clockify_user_id="c-1").id == ana.id
        assert people.find_employee_link(s, email=" ANA@example.com ").id == ana.id
        assert people.find_employee_link(s, sesame_employee_id="s-2", email="ana@example.com").id == bea.id
        assert people.find_employee_link(s, code="E2").id == bea.id
        assert people.find_employee_link(s, email="nobody@example.com") is None


def test_every_change_publishes_employees_changed_after_commit(db, bus, admin_actor):
    seen = []
    bus.subscribe("employees.changed", lambda e: seen.append(e.payload["id"]))
    info = people.create_employee(db, bus, admin_actor, "Ana")
    people.update_employee(db, bus, admin_actor, info.id, name="Ana M.")
    assert seen == [info.id, info.id]


def test_a_refused_change_publishes_nothing(db, bus, admin_actor):
    people.create_employee(db, bus, admin_actor, "Ana", code="E1")
    seen = []
    bus.subscribe("employees.", lambda e: seen.append(e))
    with pytest.raises(Conflict):
        people.create_employee(db, bus, admin_actor, "Bea", code="E1")
    assert seen == []
