"""Employees: create, update, deactivate, search, and find by an outside system's id or e-mail.

E-mail addresses are stored lower-case so that links by e-mail (Sesame, Clockify) match whatever
case the other system uses. Every change writes history and publishes `employees.changed`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import Conflict, NotFound, ValidationError
from timedesk.events.bus import EventBus
from timedesk.people.models import Employee

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EDITABLE = ("name", "email", "code", "active", "sesame_employee_id", "clockify_user_id")


@dataclass(frozen=True)
class EmployeeInfo:
    id: int
    name: str
    email: str | None
    code: str | None
    active: bool
    sesame_employee_id: str | None
    clockify_user_id: str | None
    updated_at: datetime

    @classmethod
    def of(cls, row: Employee) -> EmployeeInfo:
        return cls(row.id, row.name, row.email, row.code, row.active, row.sesame_employee_id,
                   row.clockify_user_id, row.updated_at)


def _clean(field: str, value: object) -> str | bool | None:
    if field == "active":
        return bool(value)
    if value is None:
        return None
    text = str(value).strip()
    if field == "name":
        if not text or len(text) > 200:
            raise ValidationError("an employee needs a name of 1-200 characters.", "Type the name.")
        return text
    if not text:
        return None
    if field == "email":
        text = text.lower()
        if not _EMAIL_RE.match(text) or len(text) > 254:
            raise ValidationError(f"'{value}' is not a valid e-mail address.",
                                  "Type it as name@example.com or leave it empty.")
    return text


def _snapshot(row: Employee) -> dict[str, Any]:
    return {field: getattr(row, field) for field in EDITABLE}


def _check_unique(session: Session, values: dict[str, Any], exclude_id: int | None) -> None:
    for field in ("email", "code", "sesame_employee_id", "clockify_user_id"):
        value = values.get(field)
        if value is None:
            continue
        query = select(Employee.id).where(getattr(Employee, field) == value)
        if exclude_id is not None:
            query = query.where(Employee.id != exclude_id)
        if session.scalar(query) is not None:
            raise Conflict(f"another employee already has {field.replace('_', ' ')} '{value}'.",
                           "Each e-mail, code and external id belongs to one employee.")


def create_employee(db: Database, bus: EventBus, actor: Actor, name: str, *,
                    email: str | None = None, code: str | None = None,
                    sesame_employee_id: str | None = None,
                    clockify_user_id: str | None = None) -> EmployeeInfo:
    require(actor, Permission.EMPLOYEES_MANAGE)
    values = {f: _clean(f, v) for f, v in dict(
        name=name, email=email, code=code, sesame_employee_id=sesame_employee_id,
        clockify_user_id=clockify_user_id, active=True).items()}
    with db.unit_of_work() as session:
        _check_unique(session, values, None)
        row = Employee(**values, created_at=utcnow(), updated_at=utcnow())
        session.add(row)
        session.flush()
        record(session, actor, "employee.created", "employee", row.id, after=_snapshot(row))
        bus.publish(session, "employees.changed", {"id": row.id})
        return EmployeeInfo.of(row)


def update_employee(db: Database, bus: EventBus, actor: Actor, employee_id: int,
                    **changes: object) -> EmployeeInfo:
    """Change some fields; unknown fields are refused, unchanged values write no history."""
    require(actor, Permission.EMPLOYEES_MANAGE)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"unknown employee field(s): {', '.join(sorted(unknown))}.",
                              f"Editable fields: {', '.join(EDITABLE)}.")
    values = {f: _clean(f, v) for f, v in changes.items()}
    with db.unit_of_work() as session:
        row = session.get(Employee, employee_id)
        if row is None:
            raise NotFound(f"there is no employee #{employee_id}.", "Search employees first.")
        before = _snapshot(row)
        values = {f: v for f, v in values.items() if before[f] != v}
        if not values:
            return EmployeeInfo.of(row)
        _check_unique(session, values, row.id)
        for field, value in values.items():
            setattr(row, field, value)
        row.updated_at = utcnow()
        record(session, actor, "employee.updated", "employee", row.id, before=before,
               after=_snapshot(row))
        bus.publish(session, "employees.changed", {"id": row.id})
        return EmployeeInfo.of(row)


def deactivate_employee(db: Database, bus: EventBus, actor: Actor, employee_id: int) -> EmployeeInfo:
    """Employees are never deleted (their history stays); they become inactive."""
    return update_employee(db, bus, actor, employee_id, active=False)


def get_employee(db: Database, actor: Actor, employee_id: int) -> EmployeeInfo:
    require(actor, Permission.EMPLOYEES_VIEW)
    with db.session_factory() as session:
        row = session.get(Employee, employee_id)
        if row is None:
            raise NotFound(f"there is no employee #{employee_id}.", "Search employees first.")
        return EmployeeInfo.of(row)


def search_employees(db: Database, actor: Actor, text: str = "", *, active: bool | None = None,
                     limit: int = 200) -> list[EmployeeInfo]:
    """Employees whose name, e-mail or code contains `text` (any case), sorted by name."""
    require(actor, Permission.EMPLOYEES_VIEW)
    query = select(Employee)
    if text.strip():
        pattern = f"%{text.strip().lower()}%"
        query = query.where(or_(func.lower(Employee.name).like(pattern),
                                Employee.email.like(pattern),
                                func.lower(Employee.code).like(pattern)))
    if active is not None:
        query = query.where(Employee.active.is_(active))
    with db.session_factory() as session:
        rows = session.scalars(query.order_by(func.lower(Employee.name)).limit(limit))
        return [EmployeeInfo.of(r) for r in rows]


def find_employee_link(session: Session, *, sesame_employee_id: str | None = None,
                       clockify_user_id: str | None = None, email: str | None = None,
                       code: str | None = None) -> Employee | None:
    """The employee an outside record belongs to: by external id first, then e-mail, then code.
    Used inside the caller's transaction by the Sesame and Clockify modules."""
    for field, value in (("sesame_employee_id", sesame_employee_id),
                         ("clockify_user_id", clockify_user_id),
                         ("email", email.strip().lower() if email else None),
                         ("code", code.strip() if code else None)):
        if value:
            row = session.scalar(select(Employee).where(getattr(Employee, field) == value))
            if row is not None:
                return row
    return None
