"""Sesame's catalogues cached in the database: employees, check types, work breaks, check-type
collections, offices and departments.

They are read again from Sesame on demand (`refresh=True`), when never read, when read from
another API (base URL) and when older than sesame.catalog_max_age_hours. Each Sesame employee
is linked to the timedesk employee (timedesk.people) with its Sesame id, else its e-mail, else
its code; a link found by e-mail or code also fills the employee's empty Sesame id. Every
change of a catalogue and every new link writes a history row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.people.models import Employee
from timedesk.people.service import find_employee_link
from timedesk.sesame.client import SesameClient
from timedesk.sesame.entries import Catalogs, SesameEmployee, build_catalogs, parse_employee
from timedesk.sesame.models import (
    SesameCatalogFetch,
    SesameCheckType,
    SesameCollection,
    SesameEmployeeRow,
    SesameOrgUnit,
    SesameWorkBreak,
)
from timedesk.text_sort import name_key

NAMES = ("employees", "check_types", "work_breaks", "collections", "offices", "departments")
ENTITY = "sesame_catalog"


@dataclass(frozen=True)
class FilterChoices:
    """What a report can be filtered by, from the cache: (Sesame id, label) sorted by label."""

    employees: list[tuple[str, str]]
    offices: list[tuple[str, str]]
    departments: list[tuple[str, str]]
    fetched_at: datetime | None  # the oldest catalogue's; None: never read from Sesame


def fetched_at(db: Database) -> datetime | None:
    """When the oldest catalogue was read; None while one was never read."""
    with db.session_factory() as session:
        stamps = dict(session.execute(select(SesameCatalogFetch.name,
                                             SesameCatalogFetch.fetched_at)).all())
    return min(stamps.values()) if set(stamps) >= set(NAMES) else None


def stale_names(db: Database, source: str, max_age_hours: float, *, now: datetime | None = None
                ) -> list[str]:
    """The catalogues to read again: never read, read from another API, or too old."""
    limit = (now or utcnow()) - timedelta(hours=max_age_hours)
    with db.session_factory() as session:
        fetches = {f.name: f for f in session.scalars(select(SesameCatalogFetch))}
    return [name for name in NAMES if name not in fetches or fetches[name].source != source
            or fetches[name].fetched_at <= limit]


def load_catalogs(ctx: Any, actor: Actor, client: SesameClient, *, refresh: bool = False,
                  now: datetime | None = None) -> Catalogs:
    """The catalogues for a report, read from Sesame first where stale (or all, on refresh)."""
    require(actor, Permission.SESAME_VIEW)
    names = list(NAMES) if refresh else stale_names(
        ctx.db, client.base_url, ctx.settings["sesame.catalog_max_age_hours"], now=now)
    if names:
        refresh_catalogs(ctx, actor, client, names)
    return cached_catalogs(ctx.db)


def refresh_catalogs(ctx: Any, actor: Actor, client: SesameClient,
                     names: list[str] | tuple[str, ...] = NAMES) -> None:
    """Read `names` from Sesame (everything first, so a failure changes nothing), then store."""
    require(actor, Permission.SESAME_VIEW)
    readers: dict[str, Callable[[], list[dict[str, Any]]]] = {
        "employees": client.employees, "check_types": client.check_types,
        "work_breaks": client.work_breaks, "collections": client.check_type_collections,
        "offices": client.offices, "departments": client.departments}
    fetched = {name: readers[name]() for name in names}
    now = utcnow()
    with ctx.db.unit_of_work() as session:
        for name, items in fetched.items():
            changes = _STORE[name](session, items, now)
            fetch = session.get(SesameCatalogFetch, name) or SesameCatalogFetch(name=name)
            fetch.source, fetch.fetched_at, fetch.items = client.base_url, now, len(items)
            session.add(fetch)
            if any(changes.values()):
                record(session, actor, f"{ENTITY}.refreshed", ENTITY, name,
                       after={kind: ids[:50] for kind, ids in changes.items()},
                       note=", ".join(f"{len(ids)} {kind}" for kind, ids in changes.items()))
        if "employees" in fetched:
            link_employees(session, ctx.bus, actor)


def cached_catalogs(db: Database) -> Catalogs:
    """The catalogues as the report builder wants them, from the cache."""
    with db.session_factory() as session:
        employees = {row.sesame_id: SesameEmployee(
            id=row.sesame_id, first_name=row.first_name, last_name=row.last_name,
            email=row.email, nid=row.nid, id_type=row.id_type, code=row.code, active=row.active)
            for row in session.scalars(select(SesameEmployeeRow))}
        check_types = [{"id": r.sesame_id, "name": r.name}
                       for r in session.scalars(select(SesameCheckType))]
        breaks = [{"id": r.sesame_id, "name": r.name}
                  for r in session.scalars(select(SesameWorkBreak))]
        collections = [{"id": r.sesame_id, "name": r.name, "checkTypes": r.check_type_ids}
                       for r in session.scalars(select(SesameCollection)
                                                .order_by(SesameCollection.position))]
    catalogs = build_catalogs(check_types=check_types, work_breaks=breaks,
                              collections=collections)
    return Catalogs(employees=employees, check_types=catalogs.check_types,
                    work_breaks=catalogs.work_breaks, collections=catalogs.collections)


def filter_choices(ctx: Any, actor: Actor, *, refresh: bool = False,
                   client: SesameClient | None = None) -> FilterChoices:
    """Employees, offices and departments to filter reports by (reads Sesame when `refresh`
    or when stale and a client is given; blocking: run it as a job)."""
    require(actor, Permission.SESAME_VIEW)
    if client is not None:
        load_catalogs(ctx, actor, client, refresh=refresh)
    with ctx.db.session_factory() as session:
        people = [(r.sesame_id, " ".join(p for p in (r.first_name, r.last_name) if p)
                   or r.sesame_id) + (("",) if r.active else (" (inactive)",))
                  for r in session.scalars(select(SesameEmployeeRow))]
        units = list(session.scalars(select(SesameOrgUnit)))
    return FilterChoices(
        employees=_by_label([(i, name + flag) for i, name, flag in people]),
        offices=_by_label([(u.sesame_id, u.name) for u in units if u.kind == "office"]),
        departments=_by_label([(u.sesame_id, u.name) for u in units if u.kind == "department"]),
        fetched_at=fetched_at(ctx.db))


def _by_label(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(pairs, key=lambda p: (name_key(p[1]), p[0]))


def link_employees(session: Session, bus: Any, actor: Actor | str) -> int:
    """Link the cached Sesame employees without a timedesk employee; returns how many."""
    linked = 0
    for row in session.scalars(select(SesameEmployeeRow)
                               .where(SesameEmployeeRow.employee_id.is_(None))):
        employee = find_employee_link(session, sesame_employee_id=row.sesame_id,
                                      email=row.email, code=row.code)
        if employee is None or session.scalar(select(SesameEmployeeRow.id).where(
                SesameEmployeeRow.employee_id == employee.id)) is not None:
            continue  # nobody matches, or the match is already another Sesame employee's
        row.employee_id = employee.id
        record(session, actor, "sesame_employee.linked", "sesame_employee", row.sesame_id,
               before={"employee_id": None}, after={"employee_id": employee.id})
        if employee.sesame_employee_id is None:
            _fill_sesame_id(session, bus, actor, employee, row.sesame_id)
        session.flush()
        linked += 1
    return linked


def _fill_sesame_id(session: Session, bus: Any, actor: Actor | str, employee: Employee,
                    sesame_id: str) -> None:
    if session.scalar(select(Employee.id).where(Employee.sesame_employee_id == sesame_id)):
        return
    employee.sesame_employee_id, employee.updated_at = sesame_id, utcnow()
    record(session, actor, "employee.updated", "employee", employee.id,
           before={"sesame_employee_id": None}, after={"sesame_employee_id": sesame_id},
           note="linked to Sesame by e-mail or code")
    if bus is not None:
        bus.publish(session, "employees.changed", {"id": employee.id})


# -- storing one catalogue: upsert by Sesame id, drop what Sesame no longer has -------------
def _sync(session: Session, model: type[Any], items: list[dict[str, Any]], now: datetime,
          values: Callable[[dict[str, Any]], dict[str, Any]],
          scope: dict[str, Any] | None = None) -> dict[str, list[str]]:
    query = select(model)
    for column, value in (scope or {}).items():
        query = query.where(getattr(model, column) == value)
    rows = {row.sesame_id: row for row in session.scalars(query)}
    changes: dict[str, list[str]] = {"added": [], "changed": [], "removed": []}
    seen = set()
    for item in items:
        sesame_id = str(item.get("id") or "")
        if not sesame_id or sesame_id in seen:
            continue
        seen.add(sesame_id)
        wanted = values(item)
        row = rows.get(sesame_id)
        if row is None:
            session.add(model(sesame_id=sesame_id, fetched_at=now, **(scope or {}), **wanted))
            changes["added"].append(sesame_id)
            continue
        if any(getattr(row, key) != value for key, value in wanted.items()):
            for key, value in wanted.items():
                setattr(row, key, value)
            changes["changed"].append(sesame_id)
        row.fetched_at = now
    gone = [sesame_id for sesame_id in rows if sesame_id not in seen]
    if gone:
        session.execute(delete(model).where(model.sesame_id.in_(gone),
                                            *[getattr(model, c) == v
                                              for c, v in (scope or {}).items()]))
        changes["removed"] = gone
    return changes


def _employee_values(item: dict[str, Any]) -> dict[str, Any]:
    person = parse_employee(item)
    return {"first_name": person.first_name[:200], "last_name": person.last_name[:200],
            "email": person.email.strip().lower()[:254] if person.email else None,
            "nid": (person.nid or None) and person.nid[:64],
            "id_type": (person.id_type or None) and person.id_type[:20],
            "code": (person.code or None) and person.code[:50], "active": person.active}


def _name(item: dict[str, Any]) -> str:
    return str(item.get("name") or item.get("id"))[:300]


def _minutes(item: dict[str, Any]) -> int | None:
    value = item.get("breakMinutes")
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _collection_values(position: dict[str, int]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def values(item: dict[str, Any]) -> dict[str, Any]:
        members = [str(m.get("id") if isinstance(m, dict) else m)
                   for m in item.get("checkTypes") or () if m]
        return {"name": _name(item), "check_type_ids": members,
                "position": position[str(item.get("id"))]}
    return values


def _store_collections(session: Session, items: list[dict[str, Any]],
                       now: datetime) -> dict[str, list[str]]:
    position = {str(item.get("id")): i for i, item in enumerate(items)}
    return _sync(session, SesameCollection, items, now, _collection_values(position))


_STORE: dict[str, Callable[[Session, list[dict[str, Any]], datetime], dict[str, list[str]]]] = {
    "employees": lambda s, items, now: _sync(s, SesameEmployeeRow, items, now, _employee_values),
    "check_types": lambda s, items, now: _sync(s, SesameCheckType, items, now,
                                               lambda i: {"name": _name(i)}),
    "work_breaks": lambda s, items, now: _sync(s, SesameWorkBreak, items, now, lambda i: {
        "name": _name(i), "break_minutes": _minutes(i)}),
    "collections": _store_collections,
    "offices": lambda s, items, now: _sync(s, SesameOrgUnit, items, now,
                                           lambda i: {"name": _name(i)}, {"kind": "office"}),
    "departments": lambda s, items, now: _sync(s, SesameOrgUnit, items, now,
                                               lambda i: {"name": _name(i)},
                                               {"kind": "department"}),
}
