"""Punching in and out, breaks, corrections, status and "who is in".

Why the time is the database's: every PC punches by the same clock, the database server's,
read in the punch's own transaction (a PC's clock may be wrong, or set back on purpose).

Why two PCs punching one person cannot both win: the punch is checked against the person's
last punch and stored in one transaction that holds the person for itself: on PostgreSQL the
employee row is locked (`FOR UPDATE`), on SQLite every write transaction starts with BEGIN
IMMEDIATE (timedesk.db.engine). The second PC then sees the first one's punch and gets the
refusal ("Ana is already in since 09:02").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.clock import database_now
from timedesk.db.database import Database
from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError, fill
from timedesk.events.bus import EventBus
from timedesk.office.calendar import OfficeCalendar
from timedesk.office.service import load_calendar
from timedesk.people.models import Employee
from timedesk.people.service import check_pin, employee_for_user, find_employee
from timedesk.punches.models import (
    ACTIONS,
    BREAK_END,
    BREAK_START,
    CONFIRMATION,
    CORRECTION,
    IN,
    LIVE_SOURCES,
    ON_BREAK,
    OUT,
    OUT_STATE,
    STATES,
    WORKING,
    Punch,
)
from timedesk.punches.sessions import closing_time

__all__ = ["ACTIONS", "STATES", "TOPIC_CHANGED", "BoardRow", "OpenDay", "PunchClock",
           "PunchInfo", "StatusInfo", "counted_punches", "state_after"]

TOPIC_CHANGED = "punches.changed"
MAX_REASON = 500
_AFTER = {IN: WORKING, BREAK_END: WORKING, BREAK_START: ON_BREAK, OUT: OUT_STATE}
_ALLOWED_FROM = {IN: (OUT_STATE,), OUT: (WORKING, ON_BREAK), BREAK_START: (WORKING,),
                 BREAK_END: (ON_BREAK,)}


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def state_after(action: str) -> str:
    """The state an action leaves: in and break_end -> working, break_start -> on_break,
    out -> out."""
    return _AFTER[action]


@dataclass(frozen=True)
class PunchInfo:
    """One punch as the faces show it; `state` is the state it leaves the employee in."""

    id: int
    employee_id: int
    action: str
    at: datetime
    state: str
    correction: bool
    reason: str | None
    source: str
    replaces_id: int | None
    voided: bool = False

    @classmethod
    def of(cls, row: Punch) -> PunchInfo:
        return cls(row.id, row.employee_id, row.action, row.at, state_after(row.action),
                   row.correction, row.reason, row.source, row.replaces_id, row.voided)

    def to_json(self) -> dict[str, Any]:
        """The punch for the API and `timedesk punch list --json` (times in UTC, with Z)."""
        return {**asdict(self), "at": _iso(self.at)}


@dataclass(frozen=True)
class StatusInfo:
    """Where an employee is now, since when, and their time today (in the office's zone)."""

    employee_id: int
    state: str
    since: datetime | None
    worked_today_s: int
    break_today_s: int

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "since": _iso(self.since)}


@dataclass(frozen=True)
class OpenDay:
    """A cycle without an out past its deadline (`closes`, the end of the schedule of the day
    it began, plus the open margin): flagged open, it counts nothing until the person confirms
    when they left (after `last_at`, by `deadline`) or a manager corrects it. Times are in the
    office's zone."""

    employee_id: int
    day: date
    started: datetime
    last_at: datetime
    closes: datetime
    deadline: datetime


@dataclass(frozen=True)
class BoardRow:
    """One line of "who is in". `expected_at`: the first scheduled start today of someone out
    who has not punched in today; `late` once it and the tolerance have passed."""

    employee_id: int
    name: str
    state: str
    since: datetime | None
    expected_at: datetime | None = None
    late: bool = False


def counted_punches(session: Session, employee_ids: Iterable[int] | None, start: datetime,
                    end: datetime) -> Iterator[PunchInfo]:
    """The punches that count (amended originals left out) of `employee_ids` (None: everyone)
    at or after `start` and before `end`, by employee then time: what work sessions are
    computed from. Streamed, so that a year of punches is never held at once."""
    query = select(Punch).where(Punch.voided.is_(False), Punch.at >= start, Punch.at < end)
    if employee_ids is not None:
        query = query.where(Punch.employee_id.in_(list(employee_ids)))
    query = query.order_by(Punch.employee_id, Punch.at, Punch.id).execution_options(
        yield_per=2000)
    for row in session.scalars(query):
        yield PunchInfo.of(row)


def _check_action(action: str) -> str:
    if action not in ACTIONS:
        raise ValidationError("'{action}' is not a punch action.",
                              "Use one of: {choices}.",
                              action=str(action)[:40], choices=', '.join(ACTIONS))
    return action


@dataclass(frozen=True)
class _Step:
    """A punch in a replayed sequence (id None: the one being added)."""

    id: int | None
    action: str
    at: datetime


class PunchClock:
    """The punch clock's use cases over one database, event bus and the office's settings."""

    def __init__(self, db: Database, bus: EventBus, settings: Any) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings

    # -- punching ----------------------------------------------------------------------------
    def punch(self, actor: Actor, employee: str | int, action: str, *,
              at: datetime | None = None, reason: str | None = None, source: str = "pc",
              replaces_id: int | None = None, pin: str | None = None) -> PunchInfo:
        """Punch `action` for `employee` now, by the database's clock; refused (Conflict,
        nothing stored) when the person's state does not allow it. Out while on a break ends
        the break too (both stored). Your own employee only, unless you manage punches or
        punch at the kiosk (`source="kiosk"`) with the employee's `pin`.

        A correction (needs punches.manage): `at` in the past and a `reason` add a missing
        punch, or with `replaces_id` amend one (the original stays, voided); it must fit the
        punches before and after it."""
        _check_action(action)
        if source not in LIVE_SOURCES:
            raise ValidationError("'{source}' is not a punch source.",
                                  "Use one of: {choices}.",
                                  source=source[:20], choices=', '.join(LIVE_SOURCES))
        correcting = at is not None or replaces_id is not None
        if correcting:
            require(actor, Permission.PUNCHES_MANAGE)
            reason = (reason or "").strip()
            if not reason or len(reason) > MAX_REASON:
                raise ValidationError("a correction needs a reason of 1-{max_reason} "
                                      "characters.", "Say why the punch is added or amended.",
                                      max_reason=MAX_REASON)
            if at is None:
                raise ValidationError("an amendment needs the time the punch should have.",
                                      "Give `at` with the corrected time.")
            if at.tzinfo is None:
                raise ValidationError("the time of a correction needs its UTC offset.",
                                      "Give it like 2026-12-07T09:00:00+01:00.")
        else:
            require(actor, Permission.PUNCHES_PUNCH)
            reason = None
        kiosk = source == "kiosk" and not correcting
        if kiosk:
            employee = self._check_pin(employee, pin)
        with self.db.unit_of_work() as session:
            row = self._employee_for_update(session, employee)
            if not kiosk:
                self._check_may_punch(session, actor, row)
            now = database_now(session)
            if correcting:
                assert at is not None
                if at > now:
                    raise ValidationError(
                        "a punch cannot be in the future ({when}).",
                        "Give a time that has passed.", when=self._when(session, at, now))
                stored = self._correct(session, actor, row, action, at, reason, replaces_id, now)
            else:
                stored = self._punch_now(session, actor, row, action, now, source)
            self.bus.publish(session, TOPIC_CHANGED, {"employee_id": row.id})
            return PunchInfo.of(stored)

    def _check_pin(self, employee: str | int, pin: str | None) -> int:
        """The id of `employee` once `pin` is theirs (check_pin: 5 wrong PINs lock it)."""
        if not pin:
            raise ValidationError("punching at the kiosk needs the employee's PIN.",
                                  "Type the PIN after the badge code or name.")
        with self.db.session_factory() as session:
            employee_id = find_employee(session, employee).id
        return check_pin(self.db, employee_id, pin).id

    def _employee_for_update(self, session: Session, ref: str | int) -> Employee:
        row = find_employee(session, ref)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(select(Employee.id).where(Employee.id == row.id).with_for_update())
        return row

    def _check_may_punch(self, session: Session, actor: Actor, row: Employee) -> None:
        """Punching needs the person to be yourself unless you manage punches."""
        if actor.can(Permission.PUNCHES_MANAGE):
            return
        own = None
        if actor.kind == "user" and actor.id is not None:
            own = employee_for_user(session, actor.id)
        if own is None or own.id != row.id:
            raise PermissionDenied("{actor} may punch only for themselves, not for "
                                   "{employee}.", "Punch with your own account, or at the kiosk.",
                                   actor=actor.name, employee=row.name)

    def _last(self, session: Session, employee_id: int, *,
              before: datetime | None = None) -> Punch | None:
        query = select(Punch).where(Punch.employee_id == employee_id, Punch.voided.is_(False))
        if before is not None:
            query = query.where(Punch.at <= before)
        return session.scalars(query.order_by(Punch.at.desc(), Punch.id.desc()).limit(1)).first()

    def _punch_now(self, session: Session, actor: Actor, row: Employee, action: str,
                   now: datetime, source: str) -> Punch:
        last = self._last(session, row.id)
        state = state_after(last.action) if last else OUT_STATE
        if state not in _ALLOWED_FROM[action]:
            refusal, values = self._refusal(session, row, action, state,
                                            last.at if last else None, now)
            raise Conflict(refusal, _HINTS[action, state], **values)
        stored = []
        if action == OUT and state == ON_BREAK:
            stored.append(self._add(session, actor, row, BREAK_END, now, source))
        stored.append(self._add(session, actor, row, action, now, source))
        return stored[-1]

    def _add(self, session: Session, actor: Actor, row: Employee, action: str, at: datetime,
             source: str, *, reason: str | None = None, replaces_id: int | None = None,
             now: datetime | None = None) -> Punch:
        confirming = source == CONFIRMATION
        punch = Punch(employee_id=row.id, action=action, at=at, recorded_at=now or at,
                      recorded_by=actor.id if actor.kind == "user" else None, source=source,
                      correction=confirming or reason is not None, reason=reason,
                      replaces_id=replaces_id, voided=False)
        session.add(punch)
        session.flush()
        audit = ("punches.confirmed" if confirming
                 else "punches.corrected" if reason else "punches.punched")
        record(session, actor, audit, "punch",
               punch.id, after={"employee_id": row.id, "action": action, "at": at.isoformat(),
                                "source": source, "replaces_id": replaces_id},
               note=reason)
        return punch

    def _correct(self, session: Session, actor: Actor, row: Employee, action: str,
                 at: datetime, reason: str | None, replaces_id: int | None,
                 now: datetime) -> Punch:
        replaced = None
        if replaces_id is not None:
            replaced = session.get(Punch, replaces_id)
            if replaced is None or replaced.employee_id != row.id:
                raise NotFound("{employee} has no punch #{replaces_id}.",
                               "List the person's punches to find the one to amend.",
                               employee=row.name, replaces_id=replaces_id)
            if replaced.voided:
                raise Conflict("punch #{replaces_id} was already amended.",
                               "Amend the punch that replaced it instead.", replaces_id=replaces_id)
        steps = [_Step(p.id, p.action, p.at) for p in session.scalars(
            select(Punch).where(Punch.employee_id == row.id, Punch.voided.is_(False))
            .order_by(Punch.at, Punch.id)) if replaced is None or p.id != replaced.id]
        position = sum(1 for s in steps if s.at <= at)
        before_state = state_after(steps[position - 1].action) if position else OUT_STATE
        added = [_Step(None, action, at)]
        if action == OUT and before_state == ON_BREAK:
            added.insert(0, _Step(None, BREAK_END, at))
        self._check_sequence(session, row, steps[:position] + added + steps[position:], now)
        if replaced is not None:
            replaced.voided = True
            record(session, actor, "punches.voided", "punch", replaced.id,
                   before={"voided": False}, after={"voided": True}, note=reason)
        stored = [self._add(session, actor, row, step.action, at, CORRECTION, reason=reason,
                            replaces_id=replaces_id if step.action == action else None, now=now)
                  for step in added]
        return stored[-1]

    def _check_sequence(self, session: Session, row: Employee, steps: Sequence[_Step],
                        now: datetime) -> None:
        """Conflict naming the first punch that would not fit once the correction is in."""
        state, since = OUT_STATE, None
        for step in steps:
            if state not in _ALLOWED_FROM[step.action]:
                if step.id is None:
                    raise Conflict("at {when}: {refusal}",
                                   "Correct the punches around it first, or pick another time.",
                                   when=self._when(session, step.at, now),
                                   refusal=fill(*self._refusal(session, row, step.action,
                                                               state, since, now)))
                raise Conflict("{employee}'s later punch '{action}' at "
                               "{when} would no longer fit: "
                               "{employee} would be {state_words} then.",
                               "Amend that punch too, or pick another time.",
                               employee=row.name, action=step.action,
                               when=self._when(session, step.at, now),
                               state_words=_STATE_WORDS[state])
            state, since = state_after(step.action), step.at

    def _refusal(self, session: Session, row: Employee, action: str, state: str,
                 since: datetime | None, now: datetime) -> tuple[str, dict[str, object]]:
        """"Ana is already in since 09:02": who, the state and since when (a template and its
        values)."""
        kind = "already" if state_after(action) == state else ""
        if action == BREAK_END and state == WORKING:
            kind = "no break"
        without, with_since = _REFUSALS[kind, state]
        if since is None:
            return without, {"employee": row.name}
        return with_since, {"employee": row.name, "since": self._when(session, since, now)}

    def _when(self, session: Session, moment: datetime, now: datetime) -> str:
        """A time in the office's zone: 09:02 today, else 2026-12-03 09:02 (only messages
        need the zone: the calendar is read for them alone)."""
        zone = load_calendar(session, self.settings).zone
        local, today = moment.astimezone(zone), now.astimezone(zone).date()
        return f"{local:%H:%M}" if local.date() == today else f"{local:%Y-%m-%d %H:%M}"

    # -- confirming a forgotten out ----------------------------------------------------------
    def confirm_out(self, actor: Actor, employee: str | int, at: datetime,
                    reason: str | None = None) -> PunchInfo:
        """The person's word for an out they forgot: only for a cycle flagged open (no out past
        the schedule's end plus the margin), `at` after its last punch and by that deadline
        (so never in the future). Stored as an out of source "confirmation" (an out while on
        a break ends the break too), audited; the day then counts it. Your own employee, or
        anyone's with punches.manage."""
        require(actor, Permission.PUNCHES_PUNCH)
        if at.tzinfo is None:
            raise ValidationError("the time you left needs its UTC offset.",
                                  "Give it like 2026-12-07T18:00:00+01:00.")
        reason = (reason or "").strip() or None
        if reason is not None and len(reason) > MAX_REASON:
            raise ValidationError("the reason is over {max_reason} characters.",
                                  "Say it shorter.", max_reason=MAX_REASON)
        with self.db.unit_of_work() as session:
            row = self._employee_for_update(session, employee)
            self._check_may_punch(session, actor, row)
            now = database_now(session)
            open_day = self._open_day(session, row, now)
            if open_day is None:
                raise self._nothing_open(session, row, now)
            if not open_day.last_at < at <= open_day.deadline:
                raise Conflict("{employee} left between "
                               "{last_punch} and "
                               "{deadline}, not at "
                               "{at}.",
                               "Give a time after the last punch and by the open deadline; "
                               "a manager can correct anything else.",
                               employee=row.name,
                               last_punch=self._when(session, open_day.last_at, now),
                               deadline=self._when(session, open_day.deadline, now),
                               at=self._when(session, at, now))
            last = self._last(session, row.id)
            assert last is not None
            stored = []
            if state_after(last.action) == ON_BREAK:
                stored.append(self._add(session, actor, row, BREAK_END, at, CONFIRMATION,
                                        reason=reason, now=now))
            stored.append(self._add(session, actor, row, OUT, at, CONFIRMATION, reason=reason,
                                    now=now))
            self.bus.publish(session, TOPIC_CHANGED, {"employee_id": row.id})
            return PunchInfo.of(stored[-1])

    def _nothing_open(self, session: Session, row: Employee, now: datetime) -> Conflict:
        """The refusal of a confirmation with no open day: the person's state since when, and
        when the day will be open if they are still in."""
        last = self._last(session, row.id)
        state = state_after(last.action) if last else OUT_STATE
        hint, deadline = "Nothing to confirm.", ""
        if last is not None and state != OUT_STATE:
            deadline = self._when(session, self._closes(
                session, row, self._cycle_start(session, row, last)) + self._margin(), now)
            hint = "Punch out instead (the day counts as open only after {deadline})."
        return Conflict("{employee} has no open day to confirm: {refusal}", hint,
                        employee=row.name, deadline=deadline,
                        refusal=fill(*self._refusal(session, row, OUT, state,
                                                    last.at if last else None, now)))

    def open_day(self, actor: Actor, employee: str | int) -> OpenDay | None:
        """The employee's cycle flagged open now, None when there is none."""
        with self.db.session_factory() as session:
            row = find_employee(session, employee)
            self._check_may_read(session, actor, row)
            return self._open_day(session, row, database_now(session))

    def _cycle_start(self, session: Session, row: Employee, last: Punch) -> datetime:
        """When the cycle holding `last` began: the latest `in` up to it."""
        start: datetime | None = session.scalars(
            select(Punch.at).where(Punch.employee_id == row.id, Punch.voided.is_(False),
                                   Punch.action == IN, Punch.at <= last.at)
            .order_by(Punch.at.desc(), Punch.id.desc()).limit(1)).first()
        return start or last.at

    def _closes(self, session: Session, row: Employee, start: datetime) -> datetime:
        """The end of the schedule of the (office's) day a cycle began at `start`: plus the open
        margin, it is when the cycle without an out becomes open."""
        calendar = load_calendar(session, self.settings)
        return closing_time(calendar, calendar.local_day(start), row.schedule or None)

    def _margin(self) -> timedelta:
        return timedelta(minutes=self.settings["punches.open_margin_minutes"])

    def _open_day(self, session: Session, row: Employee, now: datetime) -> OpenDay | None:
        last = self._last(session, row.id)
        if last is None or state_after(last.action) == OUT_STATE:
            return None
        start = self._cycle_start(session, row, last)
        closes = self._closes(session, row, start)
        if now <= closes + self._margin():
            return None
        zone = load_calendar(session, self.settings).zone
        return OpenDay(row.id, start.astimezone(zone).date(), start.astimezone(zone),
                       last.at.astimezone(zone), closes.astimezone(zone),
                       (closes + self._margin()).astimezone(zone))

    # -- reading -----------------------------------------------------------------------------
    def status(self, actor: Actor, employee: str | int) -> StatusInfo:
        """The employee's state now, since when, and today's worked and break time."""
        with self.db.session_factory() as session:
            row = find_employee(session, employee)
            self._check_may_read(session, actor, row)
            now = database_now(session)
            calendar = load_calendar(session, self.settings)
            start, _ = calendar.day_bounds(calendar.local_day(now))
            last = self._last(session, row.id)
            carried = self._last(session, row.id, before=start)
            punches = list(counted_punches(session, [row.id], start, now + timedelta(seconds=1)))
        worked = on_break = 0
        state = state_after(carried.action) if carried else OUT_STATE
        moment = start
        for punch in [*punches, None]:
            until = min(punch.at, now) if punch else now
            seconds = max(0, int((until - moment).total_seconds()))
            if state == WORKING:
                worked += seconds
            elif state == ON_BREAK:
                on_break += seconds
            if punch:
                state, moment = punch.state, max(punch.at, start)
        return StatusInfo(row.id, state_after(last.action) if last else OUT_STATE,
                          last.at if last else None, worked, on_break)

    def _check_may_read(self, session: Session, actor: Actor, row: Employee) -> None:
        if not actor.can(Permission.PUNCHES_VIEW_ALL):
            self._check_may_punch(session, actor, row)

    def list_punches(self, actor: Actor, *, employee: str | int | None = None,
                     start: datetime | None = None, end: datetime | None = None
                     ) -> list[PunchInfo]:
        """Every punch (amended originals and corrections included), by time then id."""
        with self.db.session_factory() as session:
            query = select(Punch)
            if employee is not None:
                row = find_employee(session, employee)
                self._check_may_read(session, actor, row)
                query = query.where(Punch.employee_id == row.id)
            else:
                require(actor, Permission.PUNCHES_VIEW_ALL)
            if start is not None:
                query = query.where(Punch.at >= start)
            if end is not None:
                query = query.where(Punch.at < end)
            return [PunchInfo.of(p) for p in session.scalars(query.order_by(Punch.at, Punch.id))]

    def board(self, actor: Actor) -> list[BoardRow]:
        """Who is in: every active employee's state and since when, by name; those out who
        have not punched in today get their first scheduled start, and are late once it and
        the tolerance have passed."""
        require(actor, Permission.PUNCHES_VIEW_ALL)
        last_id = (select(Punch.id).where(Punch.employee_id == Employee.id,
                                          Punch.voided.is_(False))
                   .order_by(Punch.at.desc(), Punch.id.desc()).limit(1)
                   .correlate(Employee).scalar_subquery())
        query = (select(Employee, Punch.action, Punch.at)
                 .outerjoin(Punch, Punch.id == last_id)
                 .where(Employee.active.is_(True)).order_by(func.lower(Employee.name)))
        with self.db.session_factory() as session:
            now = database_now(session)
            calendar = load_calendar(session, self.settings)
            today = calendar.local_day(now)
            start, _ = calendar.day_bounds(today)
            rows = []
            for employee, action, at in session.execute(query):
                state = state_after(action) if action else OUT_STATE
                expected, late = None, False
                if state == OUT_STATE and (at is None or at < start):
                    expected, tolerance = _first_start(calendar, today, employee)
                    late = expected is not None and now > expected + tolerance
                rows.append(BoardRow(employee.id, employee.name, state, at, expected, late))
            return rows


def _first_start(calendar: OfficeCalendar, day: date, employee: Employee
                 ) -> tuple[datetime | None, timedelta]:
    """The first scheduled start of `employee` on `day` (None on a day off) and the
    schedule's tolerance. A schedule name the calendar no longer has falls back to the
    office's: the board shows everyone rather than fail for one."""
    try:
        schedule = calendar.schedule(employee.schedule)
    except NotFound:
        schedule = calendar.office
    intervals = calendar.working_intervals(day, schedule.name)
    return (intervals[0][0] if intervals else None,
            timedelta(minutes=schedule.tolerance_minutes))

_STATE_WORDS = {OUT_STATE: "out", WORKING: "in", ON_BREAK: "on a break"}
# why an action is refused, by (already in that state?, state): without and with a last punch
_REFUSALS = {
    ("already", WORKING): ("{employee} is already in (no punch yet).",
                           "{employee} is already in since {since}."),
    ("no break", WORKING): ("{employee} is not on a break: in (no punch yet).",
                            "{employee} is not on a break: in since {since}."),
    ("", WORKING): ("{employee} is in (no punch yet).", "{employee} is in since {since}."),
    ("already", OUT_STATE): ("{employee} is already out (no punch yet).",
                             "{employee} is already out since {since}."),
    ("", OUT_STATE): ("{employee} is out (no punch yet).", "{employee} is out since {since}."),
    ("already", ON_BREAK): ("{employee} is already on a break (no punch yet).",
                            "{employee} is already on a break since {since}."),
    ("", ON_BREAK): ("{employee} is on a break (no punch yet).",
                     "{employee} is on a break since {since}."),
}
_HINTS = {(IN, WORKING): "Punch out first, or take no action.",
          (IN, ON_BREAK): "End the break instead.",
          (OUT, OUT_STATE): "Punch in first; a manager can add a forgotten punch.",
          (BREAK_START, OUT_STATE): "Punch in first.",
          (BREAK_START, ON_BREAK): "End the break first.",
          (BREAK_END, OUT_STATE): "Punch in instead.",
          (BREAK_END, WORKING): "Start a break first."}
