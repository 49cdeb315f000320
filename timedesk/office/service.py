"""The stored office calendar: load it (load_calendar, for every module) and change it.

Reading needs no permission (any signed-in person sees the office's hours). Changing it needs
settings.manage: the calendar is the office's core setting (turns, help desk and punches all
follow it), like office.timezone, not a punches-only matter. Every change writes history
(entity "office_calendar") and publishes "office.calendar_changed" in its transaction."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.database import Database
from timedesk.errors import Conflict, NotFound, ValidationError
from timedesk.events.bus import EventBus
from timedesk.office import office_zone
from timedesk.office.calendar import (
    DEFAULT_WEEK,
    OFFICE,
    TOLERANCE_MAX,
    WEEK_KEYS,
    Interval,
    OfficeCalendar,
    Schedule,
    check_intervals,
    format_intervals,
    format_minutes,
    parse_intervals,
    parse_minutes,
)
from timedesk.office.models import OfficeException, OfficeHoliday, OfficeSchedule

TOPIC = "office.calendar_changed"
EDIT = Permission.SETTINGS_MANAGE
ENTITY = "office_calendar"
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
Week = Mapping[int, tuple[Interval, ...]]  # weekday (0 = Monday) -> its intervals


# ---- reading -----------------------------------------------------------------------------------

def _zone(name: str | None, settings: Any) -> tzinfo:
    return ZoneInfo(name) if name else office_zone(settings)


def _week_of(row: OfficeSchedule) -> tuple[tuple[Interval, ...], ...]:
    return tuple(parse_intervals(getattr(row, key)) for key in WEEK_KEYS)


def load_calendar(session: Session, settings: Any) -> OfficeCalendar:
    """The stored calendar; with nothing stored Monday to Friday 09:00-14:00,15:00-18:00,
    tolerance 5, no holidays. Its zone is the stored one, else office_zone(settings)."""
    exceptions: dict[int, dict[date, tuple[Interval, ...]]] = {}
    for exception in session.scalars(select(OfficeException)):
        exceptions.setdefault(exception.schedule_id, {})[exception.day] = \
            parse_intervals(exception.intervals)
    office = Schedule(OFFICE, DEFAULT_WEEK)
    zone_name: str | None = None
    named: dict[str, Schedule] = {}
    for row in session.scalars(select(OfficeSchedule).order_by(OfficeSchedule.name)):
        schedule = Schedule(row.name, _week_of(row), row.tolerance_minutes,
                            exceptions.get(row.id, {}))
        if row.is_office:
            office, zone_name = schedule, row.timezone
        else:
            named[row.name] = schedule
    holidays = {row.day: row.name for row in session.scalars(select(OfficeHoliday))}
    return OfficeCalendar(_zone(zone_name, settings), office, named, holidays)


def holiday_at(session: Session, settings: Any, moment: datetime) -> str | None:
    """The name of the holiday `moment` falls on in the office's zone; None on other days
    (two small reads, for use cases that only ask "is the office closed today?")."""
    name = session.scalar(select(OfficeSchedule.timezone).where(
        OfficeSchedule.is_office.is_(True)))
    day = moment.astimezone(_zone(name, settings)).date()
    holiday = session.get(OfficeHoliday, day)
    return None if holiday is None else holiday.name


def current_calendar(db: Database, settings: Any) -> OfficeCalendar:
    with db.session_factory() as session:
        return load_calendar(session, settings)


def zone_name(calendar: OfficeCalendar) -> str:
    """The IANA name of the calendar's zone; "" when it is this computer's."""
    return str(getattr(calendar.zone, "key", ""))


def _week_json(week: tuple[tuple[Interval, ...], ...]) -> dict[str, list[list[str]]]:
    return {key: [[format_minutes(start), format_minutes(end)] for start, end in intervals] for key, intervals in zip(WEEK_KEYS, week, strict=True)}


def calendar_json(calendar: OfficeCalendar) -> dict[str, Any]:
    """The calendar as the API and `timedesk hours show --json` give it."""
    exceptions = [{"schedule": schedule.name, "date": day.isoformat(),
                   "intervals": format_intervals(intervals)}
                  for schedule in (calendar.office, *calendar.schedules.values())
                  for day, intervals in sorted(schedule.exceptions.items())]
    return {"timezone": zone_name(calendar),
            "tolerance_minutes": calendar.office.tolerance_minutes,
            "week": _week_json(calendar.office.week),
            "holidays": [{"date": day.isoformat(), "name": name}
                         for day, name in sorted(calendar.holidays.items())],
            "schedules": [{"name": s.name, "tolerance_minutes": s.tolerance_minutes,
                           "week": _week_json(s.week)} for s in calendar.schedules.values()],
            "exceptions": exceptions}


# ---- checking input ----------------------------------------------------------------------------

def check_timezone(name: str) -> str | None:
    """An IANA zone name, or None for "follow the office.timezone setting" ("")."""
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("'{name}' is not a known time zone.",
                              "Use an IANA name such as Europe/Madrid, or leave it empty for "
                              "the office.timezone setting.", name=name[:64]) from None
    return name


def check_tolerance(minutes: Any) -> int:
    """Whole minutes from 0 to TOLERANCE_MAX (JSON's 5.0 is the integer 5)."""
    if isinstance(minutes, float) and minutes.is_integer():
        minutes = int(minutes)
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not 0 <= minutes <= TOLERANCE_MAX:
        raise ValidationError("The tolerance {minutes} is not a number of minutes "
                              "from 0 to {tolerance_max}.",
                              "Give the minutes someone may be late or leave early, such as 5.",
                              minutes=str(minutes)[:20], tolerance_max=TOLERANCE_MAX)
    return minutes


def _check_name(text: str, what: str, limit: int) -> str:
    text = text.strip()
    if not text or len(text) > limit or "\x00" in text:
        raise ValidationError("The {what} needs a name of 1 to {limit} characters.",
                              "Give the {what} a short name (no control characters).",
                              what=what, limit=limit)
    return text


def parse_day(text: str, what: str = "date") -> date:
    try:
        if not _DATE_RE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("The {what} '{text}' is not a date.",
                              "Write dates as YYYY-MM-DD, such as 2026-12-25.",
                              what=what, text=text.strip()[:20]) from None


def weekday_keys(text: str) -> list[int]:
    """The weekdays of "mon", "sat" or a range "mon-fri"."""
    first, _, last = text.strip().lower().partition("-")
    try:
        start = WEEK_KEYS.index(first)
        end = WEEK_KEYS.index(last) if last else start
    except ValueError:
        raise ValidationError("'{text}' is not a weekday.",
                              "Use {choices} or a range such as mon-fri.",
                              text=text.strip()[:20], choices=', '.join(WEEK_KEYS)) from None
    if end < start:
        raise ValidationError("The weekdays {text} run backwards.",
                              "Write ranges Monday first, such as mon-fri.", text=text.strip())
    return list(range(start, end + 1))


def parse_week_assignment(text: str) -> dict[int, tuple[Interval, ...]]:
    """{weekday: intervals} of "mon-fri=09:00-14:00,15:00-18:00" ("sat=" : none)."""
    days, sep, intervals = text.partition("=")
    if not sep:
        raise ValidationError("'{text}' does not say which days.",
                              "Write DAYS=INTERVALS, such as mon-fri=09:00-14:00,15:00-18:00 "
                              "or sat= for a day off.", text=text[:40])
    parsed = parse_intervals(intervals)
    return {day: parsed for day in weekday_keys(days)}


def _json_intervals(value: Any, where: str) -> tuple[Interval, ...]:
    if not isinstance(value, list) or not all(
            isinstance(pair, list) and len(pair) == 2
            and all(isinstance(t, str) and t == t.strip() for t in pair) for pair in value):
        raise ValidationError("{where} is not a list of [start, end] pairs.",
                              'Write it like [["09:00", "14:00"], ["15:00", "18:00"]].',
                              where=where)
    try:
        return check_intervals((parse_minutes(start), parse_minutes(end)) for start, end in value)
    except ValidationError as exc:
        raise ValidationError("{where}: {problem}", exc.hint,
                              where=where, problem=exc.message) from None


@dataclass(frozen=True)
class BusinessHours:
    """What POST /api/v1/business-hours sets: the office's week and, when given (None: keep
    the stored ones), its zone ("" : the office.timezone setting), tolerance and holidays."""

    week: Week
    timezone: str | None = None
    tolerance_minutes: int | None = None
    holidays: Mapping[date, str] | None = None


def business_hours_from_json(data: Any) -> BusinessHours:
    """The checked BusinessHours of the API's JSON (every problem a ValidationError)."""
    if not isinstance(data, dict):
        raise ValidationError("The business hours must be a JSON object.",
                              'Send {{"timezone", "tolerance_minutes", "week", "holidays"}}.')
    unknown = sorted(set(data) - {"timezone", "tolerance_minutes", "week", "holidays"})
    if unknown:
        raise ValidationError("Unknown fields: {unknown}.",
                              'Send only "timezone", "tolerance_minutes", "week" and "holidays".',
                              unknown=', '.join(unknown)[:80])
    timezone = data.get("timezone")
    if "timezone" in data:
        if not isinstance(timezone, str):
            raise ValidationError("timezone is not a text.",
                                  'Send a name such as "Europe/Madrid".')
        check_timezone(timezone)
    week = data.get("week")
    if not isinstance(week, dict) or set(week) != set(WEEK_KEYS):
        raise ValidationError("week must give every weekday, mon to sun.",
                              'Send {{"mon": [["09:00", "14:00"]], ..., "sun": []}}.')
    holidays = data.get("holidays")
    if "holidays" in data and not (isinstance(holidays, list) and all(
            isinstance(h, dict) and set(h) == {"date", "name"} and isinstance(h["date"], str)
            and isinstance(h["name"], str) for h in holidays)):
        raise ValidationError("holidays is not a list of {{date, name}}.",
                              'Send [{{"date": "2026-12-25", "name": "Navidad"}}].')
    tolerance = data.get("tolerance_minutes")
    return BusinessHours(
        {index: _json_intervals(week[key], f"week.{key}") for index, key in enumerate(WEEK_KEYS)},
        timezone, check_tolerance(tolerance) if "tolerance_minutes" in data else None,
        None if holidays is None else _holidays(holidays))


def _holidays(items: list[dict[str, str]]) -> dict[date, str]:
    holidays: dict[date, str] = {}
    for item in items:
        day = parse_day(item["date"], "holiday date")
        if day in holidays:
            raise ValidationError("The holiday {day} is given twice.", "Give each date once.",
                                  day=day)
        holidays[day] = _check_name(item["name"], "holiday", 100)
    return holidays


# ---- changing ----------------------------------------------------------------------------------

def _office_row(session: Session) -> OfficeSchedule:
    row = session.scalar(select(OfficeSchedule).where(OfficeSchedule.is_office.is_(True)))
    if row is None:
        row = OfficeSchedule(name=OFFICE, is_office=True, tolerance_minutes=5,
                             **{key: format_intervals(day)
                                for key, day in zip(WEEK_KEYS, DEFAULT_WEEK, strict=True)})
        session.add(row)
        session.flush()
    return row


def _schedule_row(session: Session, name: str | None) -> OfficeSchedule:
    if not name or name.strip() == OFFICE:
        return _office_row(session)
    row = session.scalar(select(OfficeSchedule).where(OfficeSchedule.name == name.strip()))
    if row is None:
        raise NotFound("There is no schedule named '{text}'.",
                       "See them with `timedesk hours show`, or add it with "
                       "`timedesk hours schedule add`.", text=name.strip()[:60])
    return row


def _snapshot(row: OfficeSchedule) -> dict[str, Any]:
    return {"name": row.name, "timezone": row.timezone, "tolerance_minutes": row.tolerance_minutes,
            **{key: getattr(row, key) for key in WEEK_KEYS}}


def _apply(row: OfficeSchedule, week: Week | None, tolerance_minutes: int | None) -> None:
    for index, intervals in (week or {}).items():
        setattr(row, WEEK_KEYS[index], format_intervals(check_intervals(intervals)))
    if tolerance_minutes is not None:
        row.tolerance_minutes = check_tolerance(tolerance_minutes)


def set_office_hours(db: Database, bus: EventBus, settings: Any, actor: Actor, *,
                     week: Week | None = None, tolerance_minutes: int | None = None,
                     timezone: str | None = None,
                     holidays: Mapping[date, str] | None = None) -> OfficeCalendar:
    """Change the office's week (the weekdays given), tolerance, zone ("" : the setting's) and,
    when given, replace all the holidays; all or nothing. The calendar as it is then."""
    require(actor, EDIT)
    zone = None if timezone is None else check_timezone(timezone)
    with db.unit_of_work() as session:
        row = _office_row(session)
        before = _snapshot(row)
        _apply(row, week, tolerance_minutes)
        if timezone is not None:
            row.timezone = zone
        record(session, actor, "office.hours_changed", ENTITY, OFFICE, before=before,
               after=_snapshot(row))
        if holidays is not None:
            old = {h.day: h.name for h in session.scalars(select(OfficeHoliday))}
            session.execute(delete(OfficeHoliday))
            session.add_all(OfficeHoliday(day=day, name=_check_name(name, "holiday", 100))
                            for day, name in holidays.items())
            record(session, actor, "office.holidays_replaced", ENTITY, "holidays",
                   before={str(d): n for d, n in sorted(old.items())},
                   after={str(d): n for d, n in sorted(holidays.items())})
        bus.publish(session, TOPIC, {"schedule": OFFICE})
        session.flush()
        return load_calendar(session, settings)


def add_schedule(db: Database, bus: EventBus, actor: Actor, name: str, *, week: Week,
                 tolerance_minutes: int = 5) -> None:
    """A named schedule (part-time staff); the days not in `week` have no working time."""
    require(actor, EDIT)
    name = _check_name(name, "schedule", 60)
    with db.unit_of_work() as session:
        taken = session.scalar(select(OfficeSchedule.id).where(OfficeSchedule.name == name))
        if name == OFFICE or taken is not None:
            raise Conflict("There is already a schedule named '{name}'.",
                           "Choose another name, or change it with `timedesk hours schedule "
                           "set`.", name=name)
        row = OfficeSchedule(name=name, is_office=False, tolerance_minutes=5,
                             **dict.fromkeys(WEEK_KEYS, ""))
        _apply(row, week, tolerance_minutes)
        session.add(row)
        record(session, actor, "office.schedule_added", ENTITY, name, after=_snapshot(row))
        bus.publish(session, TOPIC, {"schedule": name})


def set_schedule(db: Database, bus: EventBus, actor: Actor, name: str, *,
                 week: Week | None = None, tolerance_minutes: int | None = None) -> None:
    """Change the weekdays given and/or the tolerance of a named schedule (or the office's)."""
    require(actor, EDIT)
    with db.unit_of_work() as session:
        row = _schedule_row(session, name)
        before = _snapshot(row)
        _apply(row, week, tolerance_minutes)
        record(session, actor, "office.schedule_changed", ENTITY, row.name, before=before,
               after=_snapshot(row))
        bus.publish(session, TOPIC, {"schedule": row.name})


def remove_schedule(db: Database, bus: EventBus, actor: Actor, name: str) -> None:
    """Remove a named schedule and its exceptions; the office's own cannot be removed."""
    require(actor, EDIT)
    with db.unit_of_work() as session:
        row = _schedule_row(session, name)
        if row.is_office:
            raise Conflict("The office schedule cannot be removed.",
                           "Change its hours with `timedesk hours set` instead.")
        before = _snapshot(row)
        session.execute(delete(OfficeException).where(OfficeException.schedule_id == row.id))
        session.delete(row)
        record(session, actor, "office.schedule_removed", ENTITY, before["name"], before=before)
        bus.publish(session, TOPIC, {"schedule": before["name"]})


def add_holiday(db: Database, bus: EventBus, actor: Actor, day: date, name: str) -> None:
    require(actor, EDIT)
    name = _check_name(name, "holiday", 100)
    with db.unit_of_work() as session:
        existing = session.get(OfficeHoliday, day)
        if existing is not None:
            raise Conflict("{day} is already a holiday ({existing}).",
                           "Remove it first (timedesk hours holiday remove) to rename it.",
                           day=day, existing=existing.name)
        session.add(OfficeHoliday(day=day, name=name))
        record(session, actor, "office.holiday_added", ENTITY, day.isoformat(),
               after={"date": day.isoformat(), "name": name})
        bus.publish(session, TOPIC, {"holiday": day.isoformat()})


def remove_holiday(db: Database, bus: EventBus, actor: Actor, day: date) -> None:
    require(actor, EDIT)
    with db.unit_of_work() as session:
        existing = session.get(OfficeHoliday, day)
        if existing is None:
            raise NotFound("{day} is not a holiday.",
                           "See the holidays with `timedesk hours holiday list`.", day=day)
        record(session, actor, "office.holiday_removed", ENTITY, day.isoformat(),
               before={"date": day.isoformat(), "name": existing.name})
        session.delete(existing)
        bus.publish(session, TOPIC, {"holiday": day.isoformat()})


def set_exception(db: Database, bus: EventBus, actor: Actor, day: date,
                  intervals: tuple[Interval, ...], *, schedule: str | None = None) -> None:
    """`day` follows `intervals` (() : no working time) instead of its weekday's."""
    require(actor, EDIT)
    text = format_intervals(check_intervals(intervals))
    with db.unit_of_work() as session:
        row = _schedule_row(session, schedule)
        existing = session.scalar(select(OfficeException).where(
            OfficeException.schedule_id == row.id, OfficeException.day == day))
        before = None if existing is None else {"intervals": existing.intervals}
        if existing is None:
            session.add(OfficeException(schedule_id=row.id, day=day, intervals=text))
        else:
            existing.intervals = text
        record(session, actor, "office.exception_set", ENTITY, f"{row.name}:{day}",
               before=before, after={"intervals": text})
        bus.publish(session, TOPIC, {"schedule": row.name, "exception": day.isoformat()})


def remove_exception(db: Database, bus: EventBus, actor: Actor, day: date, *,
                     schedule: str | None = None) -> None:
    require(actor, EDIT)
    with db.unit_of_work() as session:
        row = _schedule_row(session, schedule)
        existing = session.scalar(select(OfficeException).where(
            OfficeException.schedule_id == row.id, OfficeException.day == day))
        if existing is None:
            raise NotFound("The schedule '{row}' has no exception on {day}.",
                           "See the exceptions with `timedesk hours show`.", row=row.name, day=day)
        record(session, actor, "office.exception_removed", ENTITY, f"{row.name}:{day}",
               before={"intervals": existing.intervals})
        session.delete(existing)
        bus.publish(session, TOPIC, {"schedule": row.name, "exception": day.isoformat()})
