"""Sesame's wire data as typed values: employees, work entries and the catalogues, parsed
leniently (unknown keys ignored, optional keys may be missing, dates with or without offset).

Pure: no I/O. A work entry keeps the offset Sesame sent (`workEntryIn.date` carries the
employee's local offset), because a report's days are the local dates of the entries' starts.
Objects are small on purpose (slots, shared offsets and ids): a report may hold a million.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any, NamedTuple

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


class WorkEntry(NamedTuple):
    """One work entry or break (a named tuple: a report makes hundreds of thousands of
    them, and a tuple is made five times faster than a frozen dataclass)."""


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
        raise WireFormatError("'{text}' is not a date and time.", _HINT, text=text)
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise WireFormatError("'{text}' is not a date and time Sesame documents "
                              "(2022-03-14T12:44:45+01:00).", _HINT, text=text) from None
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
        raise WireFormatError("a {what} from Sesame has no id.", _HINT, what=what)
    return sys.intern(str(value))


def _shared(value: str | None) -> str | None:
    return None if value is None else sys.intern(value)


def parse_employee(raw: dict[str, Any]) -> SesameEmployee:
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


def parse_work_entry(raw: dict[str, Any]) -> WorkEntry:
    """A work entry of `/schedule/v1/work-entries`: "pause" entries are breaks, anything else
    work; an entry without `workEntryOut` is open; `deletedAt` marks a deleted one."""
    entry_id = _required_id(raw, "work entry")
    employee = raw.get("employee")
    employee_id = (employee.get("id") if isinstance(employee, Mapping) else None) \
        or raw.get("employeeId")
    if not employee_id:
        raise WireFormatError("the work entry {entry_id} from Sesame names no employee.", _HINT,
                              entry_id=entry_id)
    start = _moment(raw.get("workEntryIn"))
    if start is None:
        raise WireFormatError("the work entry {entry_id} from Sesame has no clock-in time.",
                              _HINT, entry_id=entry_id)
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


def _names(items: Iterable[dict[str, Any]], what: str) -> dict[str, str]:
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


def build_catalogs(employees: Iterable[dict[str, Any]] = (),
                   check_types: Iterable[dict[str, Any]] = (),
                   work_breaks: Iterable[dict[str, Any]] = (),
                   collections: Iterable[dict[str, Any]] = ()) -> Catalogs:
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


_NONE = -(2 ** 63)  # "no value" in the integer columns of EntryStore
_US = 1_000_000


class EntryStore:
    """Work entries stored by column in typed arrays, ~70 bytes each instead of ~340 for a
    `WorkEntry` with its id and two datetimes (a million-entry report holds them all at once).

    Exact: instants are kept as integer microseconds with their time zone, and ids shaped like
    Sesame's (lower-case UUIDs) as their 16 bytes (any other id as it is), so `entries_of`
    gives back `WorkEntry` values equal to the ones added. `entries_of(employee_id)` makes one
    employee's entries on the fly, in the order they were added, so the report builder only
    ever holds one employee's objects.
    """

    def __init__(self) -> None:
        self._uuids = bytearray()  # 16 bytes an entry
        self._other_ids: dict[int, str] = {}  # entry index -> an id that is not a UUID
        self._start, self._end = array("q"), array("q")  # microseconds since the epoch
        self._start_zone, self._end_zone = array("H"), array("H")
        self._employee, self._kind = array("I"), array("H")
        self._check_type, self._break = array("I"), array("I")
        self._deleted, self._worked = array("b"), array("q")
        self._zones = _Registry(by_identity=True)
        self._texts = _Registry()  # employee, kind, check-type and break ids; 0 is None
        self._texts.index(None)
        self._by_employee: dict[str, array[int]] | None = None  # made when first asked for

    def __len__(self) -> int:
        return len(self._start)

    def add(self, entry: WorkEntry) -> None:
        start_zone, start = self._instant(entry.start)
        end_zone, end = (0, _NONE) if entry.end is None else self._instant(entry.end)
        texts = self._texts.index
        packed = _packed_uuid(entry.id)
        if packed is None:
            self._other_ids[len(self._start)] = entry.id
            packed = bytes(16)
        self._uuids += packed
        self._start.append(start)
        self._end.append(end)
        self._start_zone.append(start_zone)
        self._end_zone.append(end_zone)
        self._employee.append(texts(entry.employee_id))
        self._kind.append(texts(entry.kind))
        self._check_type.append(texts(entry.check_type_id))
        self._break.append(texts(entry.break_id))
        self._deleted.append(entry.deleted)
        self._worked.append(_NONE if entry.worked_seconds is None else entry.worked_seconds)
        self._by_employee = None

    @classmethod
    def of(cls, entries: Iterable[WorkEntry]) -> EntryStore:
        store = cls()
        store.extend(entries)
        return store

    def extend(self, entries: Iterable[WorkEntry] | EntryStore) -> None:
        """Add each entry of `entries`; another EntryStore's columns are copied as they are
        (its entries come after the ones already here, in their order)."""
        if not isinstance(entries, EntryStore):
            for entry in entries:
                self.add(entry)
            return
        base = len(self)
        zones = [self._zones.index(zone) for zone in entries._zones.values]
        texts = [self._texts.index(text) for text in entries._texts.values]
        self._uuids += entries._uuids
        self._other_ids.update((base + i, text) for i, text in entries._other_ids.items())
        for mine, theirs in ((self._start, entries._start), (self._end, entries._end),
                             (self._deleted, entries._deleted),
                             (self._worked, entries._worked)):
            mine.extend(theirs)
        for mine, theirs, values in (
                (self._start_zone, entries._start_zone, zones),
                (self._end_zone, entries._end_zone, zones),
                (self._employee, entries._employee, texts), (self._kind, entries._kind, texts),
                (self._check_type, entries._check_type, texts),
                (self._break, entries._break, texts)):
            mine.extend(array(mine.typecode, (values[i] for i in theirs)))
        self._by_employee = None

    def _instant(self, moment: datetime) -> tuple[int, int]:
        zone = moment.tzinfo
        if zone is None or moment.utcoffset() is None:
            raise WireFormatError("the time {moment} has no offset.", _HINT, moment=moment)
        delta = moment - _EPOCH
        return (self._zones.index(zone),
                (delta.days * 86_400 + delta.seconds) * _US + delta.microseconds)

    def _index(self) -> dict[str, array[int]]:
        if self._by_employee is None:
            texts = self._texts.values
            found: dict[int, array[int]] = {}
            for i, employee in enumerate(self._employee):
                indices = found.get(employee)
                if indices is None:
                    indices = found[employee] = array("I")
                indices.append(i)
            self._by_employee = {texts[k]: v for k, v in found.items()}
        return self._by_employee

    def employees(self) -> list[str]:
        """The employees with entries, in the order they first appeared."""
        return list(self._index())

    def entries_of(self, employee_id: str) -> list[WorkEntry]:
        """The employee's entries, in the order they were added."""
        zones, texts, uuids, others = (self._zones.values, self._texts.values, self._uuids,
                                       self._other_ids)
        made = []
        for i in self._index().get(employee_id, ()):
            end, worked = self._end[i], self._worked[i]
            entry_id = others.get(i) if others else None
            made.append(WorkEntry(
                _uuid_text(uuids, i) if entry_id is None else entry_id, employee_id,
                texts[self._kind[i]], _at(self._start[i], zones[self._start_zone[i]]),
                None if end == _NONE else _at(end, zones[self._end_zone[i]]),
                texts[self._check_type[i]], texts[self._break[i]], bool(self._deleted[i]),
                None if worked == _NONE else worked))
        return made

    def __iter__(self) -> Iterator[WorkEntry]:
        """Every entry, employee by employee (each employee's in the order added)."""
        for employee_id in self.employees():
            yield from self.entries_of(employee_id)


def _packed_uuid(text: str) -> bytes | None:
    """The 16 bytes of a lower-case UUID text (Sesame's ids), None for any other text."""
    if len(text) != 36 or text[8] != "-" or text[13] != "-" or text[18] != "-" \
            or text[23] != "-":
        return None
    try:
        packed = bytes.fromhex(text[:8] + text[9:13] + text[14:18] + text[19:23] + text[24:])
    except ValueError:
        return None
    return packed if _uuid_text(packed, 0) == text else None


def _uuid_text(packed: bytes | bytearray, i: int) -> str:
    digits = packed[16 * i:16 * i + 16].hex()
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


class _Registry:
    """Values many entries share (time zones, ids), stored once, by index; `by_identity`:
    equal but distinct values (time zones of one offset but other names) stay apart."""

    def __init__(self, *, by_identity: bool = False) -> None:
        self.values: list[Any] = []
        self._index: dict[Any, int] = {}
        self._by_identity = by_identity

    def index(self, value: Any) -> int:
        key = id(value) if self._by_identity else value  # `values` keeps the value alive
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self.values)
            self.values.append(value)
        return found


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _at(microseconds: int, zone: tzinfo) -> datetime:
    if type(zone) is timezone:  # a fixed offset (what Sesame sends): plain arithmetic
        key = (zone, zone.tzname(None))  # equal offsets of other names stay apart
        epoch = _EPOCHS.get(key)
        if epoch is None:
            epoch = _EPOCHS[key] = _EPOCH.astimezone(zone)
        return epoch + timedelta(microseconds=microseconds)
    seconds, fraction = divmod(microseconds, _US)
    moment = datetime.fromtimestamp(seconds, zone)
    return moment.replace(microsecond=fraction) if fraction else moment


_EPOCHS: dict[tuple[timezone, str], datetime] = {}  # the epoch in each fixed offset

