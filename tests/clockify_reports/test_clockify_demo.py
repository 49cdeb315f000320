"""The Clockify demo data: members linked to demo employees, a week of sessions with one
overtime day and two sessions under review; loading it twice adds nothing."""

from timedesk.clockify.demo import load_clockify
from timedesk.clockify.queries import SessionFilter, list_sessions
from timedesk.clockify.users import list_users
from timedesk.demo import load_demo


def test_the_demo_has_overtime_and_sessions_under_review_and_loads_once(ctx, admin_actor):
    added = load_demo(ctx)
    assert sum(item.startswith("clockify session") for item in added) == 6
    assert load_clockify(ctx, admin_actor) == [] and load_demo(ctx) == []
    sessions = list_sessions(ctx.db, admin_actor, SessionFilter()).items
    assert len(sessions) == 6
    assert [s.description for s in sessions if s.overtime] == ["Cierre de mes (horas extra)"]
    assert sorted(s.description for s in sessions if s.status == "under_review") == [
        "Inventario", "Reunión olvidada (entrada manual)"]
    users = list_users(ctx.db, admin_actor).items
    assert all(u.email and u.employee_id for u in users) and len(users) == 3
