"""Employees: create, update, deactivate, search, and find by an outside system's id or e-mail.

E-mail addresses are stored lower-case so that links by e-mail (Sesame, Clockify) match whatever
case the other system uses. Every change writes history and publishes `employees.changed`.

For the punch clock an employee has a department, a badge code (`code`), the calendar schedule
they follow (None: the office calendar), an optional timedesk account (`user_id`, one employee
per account: "my punches") and a kiosk PIN: 4-8 digits kept as a slow hash (the passwords' scrypt),
checked in constant time; 5 wrong PINs in a row lock that employee's PIN for 5 minutes. Neither
the PIN nor its hash ever leaves this module (EmployeeInfo says only `has_pin`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth import lockout
from timedesk.auth.models import User
from timedesk.auth.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import AccountLocked, AuthenticationFailed, Conflict, NotFound, ValidationError
from timedesk.events.bus import EventBus
from timedesk.office.calendar import OFFICE
from timedesk.office.models import OfficeSchedule
from timedesk.people.models import Employee

# No spaces, @ or control characters in its parts (EMAIL_PART is also the API document's).
EMAIL_PART = "[^@\\s\\x00-\\x1f\\x7f-\\x9f]+"
_EMAIL_RE = re.compile(f"^{EMAIL_PART}@{EMAIL_PART}\\.{EMAIL_PART}$")
_PIN_RE = re.compile(r"[0-9]{4,8}", re.ASCII)
EDITABLE = ("name", "email", "code", "active", "sesame_employee_id", "clockify_user_id",
            "department", "schedule", "user_id")
_LENGTHS = {"email": 254, "code": 50, "sesame_employee_id": 64, "clockify_user_id": 64,
            "department": 100, "schedule": 60}
_LABELS = {"user_id": "user account", "code": "badge code"}
MAX_PIN_FAILURES = 5
PIN_LOCKOUT = timedelta(minutes=5)


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
    department: str | None = None
    schedule: str | None = None  # a calendar schedule's name; None: the office calendar
    user_id: int | None = None  # the timedesk account that is this employee
    has_pin: bool = False

    @classmethod
    def of(cls, row: Employee) -> EmployeeInfo:
        return cls(row.id, row.name, row.email, row.code, row.active, row.sesame_employee_id,
                   row.clockify_user_id, row.updated_at, row.department, row.schedule,
                   row.user_id, row.pin_hash is not None)

    def for_api(self) -> dict[str, Any]:
        """What the API and `timedesk employee list --json` show: never the PIN or its hash."""
        return {"id": self.id, "name": self.name, "email": self.email, "code": self.code,
                "department": self.department, "active": self.active,
                "schedule": self.schedule, "user_id": self.user_id, "has_pin": self.has_pin}


def _clean(field: str, value: object) -> Any:
    if field == "active":
        return bool(value)
    if value is None:
        return None
    if field == "user_id":
        return value  # an id or a user name, resolved in the transaction (_user_id)
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
            raise ValidationError("'{value}' is not a valid e-mail address.",
                                  "Type it as name@example.com or leave it empty.", value=value)
    if len(text) > _LENGTHS[field]:
        raise ValidationError("the {field} is longer than "
                              "{lengths} characters.", "Shorten it.",
                              field=field.replace('_', ' '), lengths=_LENGTHS[field])
    return text


def _user_id(session: Session, ref: int | str | None) -> int | None:
    """The id of the account `ref` names: its id, or its user name."""
    if ref is None:
        return None
    query = select(User.id)
    if isinstance(ref, int) and not isinstance(ref, bool):
        query = query.where(User.id == ref)
    elif isinstance(ref, str) and ref.strip():
        query = query.where(User.username == ref.strip().lower())
    else:
        raise ValidationError("'{ref}' is not a user account.", "Give a user name or an id.",
                              ref=ref)
    found = session.scalar(query)
    if found is None:
        raise NotFound("there is no user account '{ref}'.",
                       "Check the name with `timedesk user list`.", ref=ref)
    return found


def _schedule(session: Session, name: str | None) -> str | None:
    """A named schedule of the stored office calendar; None (or the office's own): the office
    calendar."""
    if name is None or name == OFFICE:
        return None
    found = session.scalar(select(OfficeSchedule.is_office).where(OfficeSchedule.name == name))
    if found is None:
        raise NotFound("there is no schedule '{name}' in the office calendar.",
                       "See them with `timedesk hours show`, add one with `timedesk hours "
                       "schedule add`, or give none for the office hours.", name=name)
    return None if found else name


def _pin_hash(pin: str | None) -> str | None:
    """The slow hash of a new PIN (None: no PIN). Refuses anything but 4-8 digits."""
    if pin is None:
        return None
    if not isinstance(pin, str) or not _PIN_RE.fullmatch(pin):
        raise ValidationError("a PIN is 4 to 8 digits (0-9), nothing else.",
                              "Type only digits, e.g. 4821.")
    return hash_password(pin)


def _snapshot(row: Employee) -> dict[str, Any]:
    return {field: getattr(row, field) for field in EDITABLE}


def _check_unique(session: Session, values: dict[str, Any], exclude_id: int | None) -> None:
    for field in ("email", "code", "sesame_employee_id", "clockify_user_id", "user_id"):
        value = values.get(field)
        if value is None:
            continue
        query = select(Employee.id).where(getattr(Employee, field) == value)
        if exclude_id is not None:
            query = query.where(Employee.id != exclude_id)
        if session.scalar(query) is not None:
            label = _LABELS.get(field, field.replace("_", " "))
            raise Conflict("another employee already has {field} '{value}'.",
                           "Each e-mail, code, account and external id belongs to one employee.",
                           field=label, value=value)


def create_employee(db: Database, bus: EventBus, actor: Actor, name: str, *,
                    email: str | None = None, code: str | None = None,
                    sesame_employee_id: str | None = None, clockify_user_id: str | None = None,
                    department: str | None = None, schedule: str | None = None,
                    user_id: int | str | None = None, pin: str | None = None) -> EmployeeInfo:
    """A new active employee; `user_id` takes an account's id or user name, `pin` 4-8 digits."""
    require(actor, Permission.EMPLOYEES_MANAGE)
    values = {f: _clean(f, v) for f, v in dict(
        name=name, email=email, code=code, sesame_employee_id=sesame_employee_id,
        clockify_user_id=clockify_user_id, department=department, schedule=schedule,
        user_id=user_id, active=True).items()}
    pin_hash = _pin_hash(pin)
    with db.unit_of_work() as session:
        values["user_id"] = _user_id(session, values["user_id"])
        values["schedule"] = _schedule(session, values["schedule"])
        _check_unique(session, values, None)
        row = Employee(**values, pin_hash=pin_hash, pin_failures=0, created_at=utcnow(),
                       updated_at=utcnow())
        session.add(row)
        session.flush()
        record(session, actor, "employee.created", "employee", row.id,
               after={**_snapshot(row), "has_pin": pin_hash is not None})
        bus.publish(session, "employees.changed", {"id": row.id})
        return EmployeeInfo.of(row)


def update_employee(db: Database, bus: EventBus, actor: Actor, employee_id: int,
                    **changes: Any) -> EmployeeInfo:
    """Change some fields; unknown fields are refused, unchanged values write no history.
    `pin` sets a new PIN (None removes it), `user_id` takes an account's id or user name."""
    require(actor, Permission.EMPLOYEES_MANAGE)
    unknown = set(changes) - set(EDITABLE) - {"pin"}
    if unknown:
        raise ValidationError("unknown employee field(s): {unknown}.",
                              "Editable fields: {editable}, pin.",
                              unknown=', '.join(sorted(unknown)), editable=', '.join(EDITABLE))
    new_pin = "pin" in changes
    pin_hash = _pin_hash(changes.pop("pin", None))
    values = {f: _clean(f, v) for f, v in changes.items()}
    with db.unit_of_work() as session:
        row = _employee(session, employee_id)
        if "user_id" in values:
            values["user_id"] = _user_id(session, values["user_id"])
        if "schedule" in values:
            values["schedule"] = _schedule(session, values["schedule"])
        before = _snapshot(row)
        values = {f: v for f, v in values.items() if before[f] != v}
        if not values and not new_pin:
            return EmployeeInfo.of(row)
        _check_unique(session, values, row.id)
        for field, value in values.items():
            setattr(row, field, value)
        row.updated_at = utcnow()
        if values:
            record(session, actor, "employee.updated", "employee", row.id, before=before,
                   after=_snapshot(row))
        if new_pin:
            _store_pin(session, actor, row, pin_hash)
        bus.publish(session, "employees.changed", {"id": row.id})
        return EmployeeInfo.of(row)


def _employee(session: Session, employee_id: int) -> Employee:
    row = session.get(Employee, employee_id)
    if row is None:
        raise NotFound("there is no employee #{employee_id}.", "Search employees first.",
                       employee_id=employee_id)
    return row


def _store_pin(session: Session, actor: Actor, row: Employee, pin_hash: str | None) -> None:
    """A new PIN (or none) lifts the PIN's lock; history says it changed, never what it is."""
    row.pin_hash, row.pin_failures, row.pin_locked_until = pin_hash, 0, None
    record(session, actor, "employee.pin_set" if pin_hash else "employee.pin_removed",
           "employee", row.id)


def set_pin(db: Database, actor: Actor, employee_id: int, pin: str | None, *,
            bus: EventBus | None = None) -> None:
    """Set the kiosk PIN (4-8 digits; None removes it) and lift its lock. Faces pass `bus`
    to publish `employees.changed` (EmployeeInfo.has_pin changes)."""
    require(actor, Permission.EMPLOYEES_MANAGE)
    pin_hash = _pin_hash(pin)
    with db.unit_of_work() as session:
        row = _employee(session, employee_id)
        row.updated_at = utcnow()
        _store_pin(session, actor, row, pin_hash)
        if bus is not None:
            bus.publish(session, "employees.changed", {"id": row.id})


def _pin_locked(until: datetime, now: datetime) -> AccountLocked:
    return lockout.locked_error(
        until, now, message="too many wrong PINs: punching with this employee's PIN is locked "
        "for about {minutes} more minute(s) (until {until:%H:%M} UTC).",
        max_failures=MAX_PIN_FAILURES, hint="Wait and try again, or ask a manager to set a new PIN.")


def check_pin(db: Database, employee_id: int, pin: str) -> EmployeeInfo:
    """The employee whose PIN this is (the kiosk's sign-in). A wrong PIN is
    AuthenticationFailed; the 5th wrong one in a row locks the PIN for 5 minutes, and while it is
    locked every try is AccountLocked (with `locked_until`). A right PIN clears the failures.
    The KDF runs in every case (no PIN, inactive, locked), so timing tells nothing."""
    if not isinstance(pin, str) or not _PIN_RE.fullmatch(pin):
        raise ValidationError("a PIN is 4 to 8 digits (0-9).", "Type only digits.")
    now = utcnow()
    with db.session_factory() as session:
        row = _employee(session, employee_id)
        stored = row.pin_hash if row.active else None
        until = row.pin_locked_until if row.pin_locked_until and row.pin_locked_until > now \
            else None
        info = EmployeeInfo.of(row)
        to_clear = bool(row.pin_failures or row.pin_locked_until)
    correct = verify_password(pin, stored or dummy_hash()) and stored is not None
    if until is not None:
        raise _pin_locked(until, now)
    if stored is None:
        raise AuthenticationFailed("this employee cannot punch with a PIN (no PIN, or inactive).",
                                   "Ask a manager to set a PIN.")
    if not correct:
        raise _count_pin_failure(db, employee_id, now) or AuthenticationFailed(
            "wrong PIN.", "Check it and try again; it locks for {seconds} "
                          "minutes after {max_pin_failures} wrong PINs in a row.",
            seconds=PIN_LOCKOUT.seconds // 60, max_pin_failures=MAX_PIN_FAILURES)
    values: dict[str, Any] = {"pin_failures": 0, "pin_locked_until": None} if to_clear else {}
    if needs_rehash(stored):
        values["pin_hash"] = hash_password(pin)  # before the transaction: the KDF is slow
    if values:
        with db.unit_of_work() as session:
            # updated_at kept: a PIN check is not a change of the employee
            session.execute(update(Employee).where(Employee.id == employee_id).values(
                **values, updated_at=Employee.updated_at))
    return info


def _count_pin_failure(db: Database, employee_id: int, now: datetime) -> AccountLocked | None:
    """One more wrong PIN in a row; the lock it starts, if it does. The row is locked so that
    two kiosks failing at once both count."""
    with db.unit_of_work() as session:
        row = session.get(Employee, employee_id, with_for_update=True, populate_existing=True)
        assert row is not None  # check_pin found it just before; employees are never deleted
        failures = row.pin_failures + 1
        until = now + PIN_LOCKOUT if failures >= MAX_PIN_FAILURES else None
        session.execute(update(Employee).where(Employee.id == employee_id).values(
            pin_failures=0 if until else failures, pin_locked_until=until or row.pin_locked_until,
            updated_at=Employee.updated_at))
        if until is None:
            return None
        record(session, "system:kiosk", "employee.pin_locked", "employee", employee_id,
               after={"locked_until": until.isoformat()})
        return _pin_locked(until, now)


def deactivate_employee(db: Database, bus: EventBus, actor: Actor, employee_id: int) -> EmployeeInfo:
    """Employees are never deleted (their history stays); they become inactive."""
    return update_employee(db, bus, actor, employee_id, active=False)


def get_employee(db: Database, actor: Actor, employee_id: int) -> EmployeeInfo:
    require(actor, Permission.EMPLOYEES_VIEW)
    with db.session_factory() as session:
        return EmployeeInfo.of(_employee(session, employee_id))


def employee_by_email(db: Database, actor: Actor, email: str) -> EmployeeInfo:
    """The employee with this e-mail address, in any case."""
    require(actor, Permission.EMPLOYEES_VIEW)
    address = (email or "").strip().lower()
    with db.session_factory() as session:
        row = session.scalar(select(Employee).where(Employee.email == address)) if address else None
        if row is None:
            raise NotFound("no employee has the e-mail address '{email}'.",
                           "Check the address, or search employees by name.", email=email)
        return EmployeeInfo.of(row)


def find_employee(session: Session, ref: str | int) -> Employee:
    """The employee `ref` names: an int is an id; text with @ an e-mail (any case); other text
    a badge code, else (all digits) an id. A code wins over an id: it is what people type."""
    row: Employee | None = None
    if isinstance(ref, int) and not isinstance(ref, bool):
        row = session.get(Employee, ref) if 0 < ref < 2**63 else None
    elif isinstance(ref, str) and ref.strip():
        text = ref.strip()
        if "@" in text:
            row = session.scalar(select(Employee).where(Employee.email == text.lower()))
        else:
            row = session.scalar(select(Employee).where(Employee.code == text))
            if row is None and text.isascii() and text.isdigit() and 0 < int(text) < 2**63:
                row = session.get(Employee, int(text))
    if row is None:
        raise NotFound("there is no employee '{ref}'.",
                       "Give the employee's id, e-mail address or badge code.", ref=ref)
    return row


def employee_for_user(session: Session, user_id: int) -> Employee | None:
    """The employee a timedesk account is (for "my punches"), if it is one."""
    return session.scalar(select(Employee).where(Employee.user_id == user_id))


def search_employees(db: Database, actor: Actor, text: str = "", *, active: bool | None = None,
                     department: str | None = None, limit: int = 200) -> list[EmployeeInfo]:
    """Employees whose name, e-mail or code contains `text` (any case), sorted by name; only
    those of `department` (any case) when given."""
    require(actor, Permission.EMPLOYEES_VIEW)
    query = select(Employee)
    if text.strip():
        pattern = f"%{text.strip().lower()}%"
        query = query.where(or_(func.lower(Employee.name).like(pattern),
                                Employee.email.like(pattern),
                                func.lower(Employee.code).like(pattern)))
    if active is not None:
        query = query.where(Employee.active.is_(active))
    if department is not None and department.strip():
        query = query.where(func.lower(Employee.department) == department.strip().lower())
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
