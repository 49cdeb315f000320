from sqlalchemy import func, select

from timedesk.auth.models import User
from timedesk.auth.service import authenticate
from timedesk.cli import main
from timedesk.demo import DEMO_PASSWORD, DEMO_USERS, load_demo
from timedesk.people.models import Employee


def test_demo_loads_users_of_every_role_who_can_log_in(ctx):
    added = load_demo(ctx)
    people = [line for line in added if line.startswith(("employee ", "user "))]
    assert len(people) == 12  # 6 employees and 6 users; other modules add their own lines
    for username, _, role in DEMO_USERS:
        assert authenticate(ctx.db, username, DEMO_PASSWORD).role is role


def test_demo_is_idempotent(ctx):
    load_demo(ctx)
    assert load_demo(ctx) == []
    with ctx.db.session_factory() as s:
        assert s.scalar(select(func.count(User.id))) == len(DEMO_USERS)
        assert s.scalar(select(func.count(Employee.id))) == 6


def test_demo_users_are_linked_to_their_employee(ctx):
    load_demo(ctx)
    with ctx.db.session_factory() as s:
        linked = s.scalar(select(Employee.name).join(User, Employee.user_id == User.id)
                          .where(User.username == "recepcion"))
    assert linked == "Rosa Recepción"


def test_demo_command_says_what_it_did_and_what_the_password_is(env, capsys):
    assert main(["demo"]) == 0
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "demo data loaded" in out and DEMO_PASSWORD in out
    assert "kiosk PIN: 1234" in out
    assert "already present" in out


def test_demo_loads_the_data_of_people_clockify_and_turns(ctx):
    kinds = {line.split(" ", 1)[0] for line in load_demo(ctx)}
    assert {"employee", "user", "clockify", "desk", "turn"} <= kinds


def test_demo_employees_have_a_department_a_badge_and_the_demo_pin(ctx):
    from timedesk.auth.permissions import Actor
    from timedesk.demo import DEMO_PIN
    from timedesk.people import service as people

    load_demo(ctx)
    employees = people.search_employees(ctx.db, Actor.system("test"))
    assert len(employees) == 6 and all(e.department and e.code and e.has_pin for e in employees)
    assert people.check_pin(ctx.db, employees[0].id, DEMO_PIN).id == employees[0].id
    with ctx.db.session_factory() as s:
        gerente = s.scalar(select(User.id).where(User.username == "gerente"))
        assert people.employee_for_user(s, gerente).name == "Marta Gerente"
