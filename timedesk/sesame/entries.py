"""Sesame's wire data as typed values: employees, work entries and the catalogues, parsed
leniently (unknown keys ignored, optional keys may be missing, dates with or without offset).

Pure: no I/O. A work entry keeps the offset Sesame sent (`workEntryIn.date` carries the
employee's local offset), because a report's days are the local dates of the entries' starts.
Objects are small on purpose (slots, shared offsets and ids): a report may hold a million.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from timedesk.errors import ValidationError

WORK, PAUSE = "work", "pause"
_HINT = "Sesame answered data timedesk cannot read; try again later or report it to Sesame."
_OFFSETS: dict[timedelta, timezone] = {}


class WireFormatError(ValidationError):
    """A value from Sesame is not what its API documents (a missing id, an unreadable date)."""

    code = "sesame_unexpected_data"


@dataclass(frozen=True, slots=True)
class SesameEmployee:
    id: str
    first_name: str
    last_name: str
    email: str | None
    nid: str | None
    id_type: str | None
    code: str | None
    active: bool = True

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part) or self.id


@dataclass(frozen=True, slots=True)
class WorkEntry:
    id: str
    employee_id: str
    kind: str  # "work" | "pause"
    start: datetime  # aware, in the offset Sesame sent
    end: datetime | None  # None while open
    check_type_id: str | None
    break_id: str | None
    deleted: bool = False
    worked_seconds: int | None = None


@dataclass(frozen=True)
class Catalogs:
    employees: dict[str, SesameEmployee]
    check_types: dict[str, str]  # id -> name
    work_breaks: dict[str, str]  # id -> name
    collections: dict[str, tuple[str, tuple[str, ...]]]  # id -> (name, check type ids)


def _shared_zone(offset: timedelta) -> timezone:
    zone = _OFFSETS.get(offset)
    if zone is None:
        zone = _OFFSETS.setdefault(offset, timezone(offset))
    return zone


def parse_datetime(text: str) -> datetime:
    """An aware datetime from "2022-03-14T12:44:45+01:00", "...Z", "2025-12-10 09:37:12" (no
    offset: read as UTC, as Sesame's other modules send it) or with fractions of a second."""
    if not isinstance(text, str) or not text.strip():
        raise WireFormatError(f"'{text}' is not a date and time.", _HINT)
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise WireFormatError(f"'{text}' is not a date and time Sesame documents "
                              "(2022-03-14T12:44:45+01:00).", _HINT) from None
    offset = parsed.utcoffset()
    return parsed.replace(tzinfo=_shared_zone(offset if offset is not None else timedelta(0)))


def _text(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None or value == "":
        return None
    return str(value)


def _required_id(raw: Any, what: str) -> str:
    value = raw.get("id") if isinstance(raw, Mapping) else None
    if value is None or value == "":
        raise WireFormatError(f"a {what} from Sesame has no id.", _HINT)
    return sys.intern(str(value))


def _shared(value: str | None) -> str | None:
    return None if value is None else sys.intern(value)


def parse_employee(raw: dict) -> SesameEmployee:
    """An employee of `/core/v3/employees` (or the `employee` of a work entry)."""
    status = str(raw.get("status") or "active").lower()
    return SesameEmployee(
        id=_required_id(raw, "employee"), first_name=str(raw.get("firstName") or ""),
        last_name=str(raw.get("lastName") or ""), email=_text(raw, "email"),
        nid=_text(raw, "nid"), id_type=_text(raw, "identityNumberType"),
        code=_text(raw, "code"), active=status != "inactive")


def _moment(raw: Any) -> datetime | None:
    if not isinstance(raw, Mapping):
        return None
    date_text = raw.get("date")
    return None if date_text in (None, "") else parse_datetime(date_text)


def parse_work_entry(raw: dict) -> WorkEntry:
    """A work entry of `/schedule/v1/work-entries`: "pause" entries are breaks, anything else
    work; an entry without `workEntryOut` is open; `deletedAt` marks a deleted one."""
    entry_id = _required_id(raw, "work entry")
    employee = raw.get("employee")
    employee_id = (employee.get("id") if isinstance(employee, Mapping) else None) \
        or raw.get("employeeId")
    if not employee_id:
        raise WireFormatError(f"the work entry {entry_id} from Sesame names no employee.", _HINT)
    start = _moment(raw.get("workEntryIn"))
    if start is None:
        raise WireFormatError(f"the work entry {entry_id} from Sesame has no clock-in time.",
                              _HINT)
    kind = PAUSE if str(raw.get("workEntryType") or "").lower() == PAUSE else WORK
    worked = raw.get("workedSeconds")
    try:
        worked_seconds = None if worked is None else round(float(worked))
    except (TypeError, ValueError):
        worked_seconds = None
    return WorkEntry(
        id=str(raw["id"]), employee_id=sys.intern(str(employee_id)), kind=kind, start=start,
        end=_moment(raw.get("workEntryOut")), check_type_id=_shared(_text(raw, "workCheckTypeId")),
        break_id=_shared(_text(raw, "workBreakId")), deleted=bool(raw.get("deletedAt")),
        worked_seconds=worked_seconds)


def _names(items: Iterable[dict], what: str) -> dict[str, str]:
    return {_required_id(item, what): str(item.get("name") or item.get("id"))
            for item in items}


def _collection_check_types(item: Mapping[str, Any]) -> tuple[str, ...]:
    members = item.get("checkTypes") or item.get("checkTypeIds") or ()
    ids = []
    for member in members:
        member_id = member.get("id") if isinstance(member, Mapping) else member
        if member_id:
            ids.append(sys.intern(str(member_id)))
    return tuple(ids)


def build_catalogs(employees: Iterable[dict] = (), check_types: Iterable[dict] = (),
                   work_breaks: Iterable[dict] = (),
                   collections: Iterable[dict] = ()) -> Catalogs:
    """The catalogues from Sesame's raw lists (collections with their `checkTypes`, given
    as objects or ids); a collection answer whose `data` is one object or a list is accepted."""
    parsed = {}
    for collection in collections:
        for item in (collection if isinstance(collection, list) else [collection]):
            parsed[_required_id(item, "check-type collection")] = (
                str(item.get("name") or item.get("id")), _collection_check_types(item))
    people = (parse_employee(raw) for raw in employees)
    return Catalogs(employees={person.id: person for person in people},
                    check_types=_names(check_types, "check type"),
                    work_breaks=_names(work_breaks, "work break"), collections=parsed)
