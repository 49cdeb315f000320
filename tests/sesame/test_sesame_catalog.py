"""The catalogues cached in the database (SQLite and PostgreSQL): read once, read again when
stale, on demand or from another API; changes and employee links leave history rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fake_sesame import BREAK_LUNCH, CT_REMOTE, TOKEN
from sqlalchemy import select

from timedesk.audit.models import AuditEntry
from timedesk.db.base import utcnow
from timedesk.people.models import Employee
from timedesk.people.service import create_employee
from timedesk.sesame import catalog
from timedesk.sesame.client import SesameClient
from timedesk.sesame.errors import SesamePageFailed
from timedesk.sesame.models import SesameEmployeeRow

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
CATALOG_PATHS = {"/core/v3/employees", "/schedule/v1/check-types", "/schedule/v1/work-breaks",
                 "/schedule/v1/check-type-collections", "/core/v3/offices",
                 "/core/v3/departments"}


def catalog_requests(fake) -> int:
    """How many times a catalogue was read (its first page asked for)."""
    return len([r for r in fake.requests
                if r.path in CATALOG_PATHS and r.query.get("page") == "1"])


def audit(db, action):
    with db.session_factory() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_catalogues_are_read_once_then_served_from_the_cache(ctx, admin_actor, fake, client):
    first = catalog.load_catalogs(ctx, admin_actor, client)
    assert catalog_requests(fake) == 6
    again = catalog.load_catalogs(ctx, admin_actor, client)
    assert catalog_requests(fake) == 6
    assert again == first
    assert first.check_types[CT_REMOTE] == "Teletrabajo"
    assert first.work_breaks == {BREAK_LUNCH: "Comida"}
    assert [name for name, _ in first.collections.values()] == ["Presencial", "Remoto"]
    assert first.collections["0a000000-0000-4000-8000-000000000002"][1] == (CT_REMOTE,)
    assert {e.full_name for e in first.employees.values()} == {
        "Ana Álvarez", "Bruno Benítez", "Carla Castro", "Darío Díaz"}
    assert first.employees["e0000000-0000-4000-8000-000000000004"].active is False


def test_catalogues_older_than_the_maximum_age_are_read_again(ctx, admin_actor, fake, client):
    catalog.load_catalogs(ctx, admin_actor, client)
    later = utcnow() + timedelta(hours=ctx.settings["sesame.catalog_max_age_hours"], minutes=1)
    assert catalog.stale_names(ctx.db, client.base_url, 24, now=later) == list(catalog.NAMES)
    catalog.load_catalogs(ctx, admin_actor, client, now=later)
    assert catalog_requests(fake) == 12
    catalog.load_catalogs(ctx, admin_actor, client, refresh=True)
    assert catalog_requests(fake) == 18


@SQLITE_ONLY
def test_catalogues_read_from_another_api_are_stale(ctx, admin_actor, fake, client):
    catalog.load_catalogs(ctx, admin_actor, client)
    assert catalog.stale_names(ctx.db, client.base_url, 24) == []
    assert catalog.stale_names(ctx.db, "https://api-eu2.sesametime.com", 24) == list(
        catalog.NAMES)


def test_changes_in_sesame_update_the_cache_and_leave_history(ctx, admin_actor, fake, client):
    catalog.load_catalogs(ctx, admin_actor, client)
    fake.check_types[1]["name"] = "Remoto desde casa"
    fake.work_breaks.clear()
    catalogs = catalog.load_catalogs(ctx, admin_actor, client, refresh=True)
    assert catalogs.check_types[CT_REMOTE] == "Remoto desde casa" and catalogs.work_breaks == {}
    rows = {row.entity_id: row.after for row in audit(ctx.db, "sesame_catalog.refreshed")}
    assert rows["check_types"]["changed"] == [CT_REMOTE]
    assert rows["work_breaks"]["removed"] == [BREAK_LUNCH]


@SQLITE_ONLY
def test_a_failed_read_changes_nothing_in_the_cache(ctx, admin_actor, fake, fast_retries):
    fake.answer("/schedule/v1/work-breaks", 500)
    with SesameClient(fake.base_url, TOKEN, retries=1) as client:
        with pytest.raises(SesamePageFailed):
            catalog.load_catalogs(ctx, admin_actor, client)
    assert catalog.fetched_at(ctx.db) is None
    assert catalog.cached_catalogs(ctx.db).employees == {}


def test_sesame_employees_are_linked_by_email_or_code(ctx, admin_actor, fake, client):
    ana = create_employee(ctx.db, ctx.bus, admin_actor, "Ana A.", email="ana.alvarez@ribera.example")
    bruno = create_employee(ctx.db, ctx.bus, admin_actor, "Bruno B.", code="102")
    catalog.load_catalogs(ctx, admin_actor, client)
    with ctx.db.session_factory() as session:
        links = dict(session.execute(select(SesameEmployeeRow.first_name,
                                            SesameEmployeeRow.employee_id)).all())
        filled = dict(session.execute(select(Employee.id, Employee.sesame_employee_id)).all())
    assert links == {"Ana": ana.id, "Bruno": bruno.id, "Carla": None, "Darío": None}
    assert filled == {ana.id: "e0000000-0000-4000-8000-000000000001",
                      bruno.id: "e0000000-0000-4000-8000-000000000002"}
    linked = audit(ctx.db, "sesame_employee.linked")
    assert sorted(row.after["employee_id"] for row in linked) == sorted([ana.id, bruno.id])
    catalog.load_catalogs(ctx, admin_actor, client, refresh=True)
    assert len(audit(ctx.db, "sesame_employee.linked")) == 2  # links are made once


@SQLITE_ONLY
def test_filter_choices_list_offices_departments_and_employees_by_name(ctx, admin_actor, fake,
                                                                       client):
    empty = catalog.filter_choices(ctx, admin_actor)
    assert empty.employees == [] and empty.fetched_at is None
    choices = catalog.filter_choices(ctx, admin_actor, client=client)
    assert [name for _, name in choices.offices] == ["Las Palmas", "Madrid"]
    assert [name for _, name in choices.departments] == ["Administración", "Campo"]
    assert [name for _, name in choices.employees] == [
        "Ana Álvarez", "Bruno Benítez", "Carla Castro", "Darío Díaz (inactive)"]
    assert choices.fetched_at is not None


@SQLITE_ONLY
def test_filter_choices_sort_names_with_accents_among_the_others(ctx, admin_actor, fake,
                                                                client):
    from fake_sesame import employee

    fake.employees.append(employee(9, "Óscar", "Ortiz"))
    fake.employees.append(employee(10, "Zoe", "Zapata"))
    names = [n for _, n in catalog.filter_choices(ctx, admin_actor, client=client).employees]
    assert names.index("Óscar Ortiz") < names.index("Zoe Zapata")
