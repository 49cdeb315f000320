"""The turn queue: issue a turn at reception; call, recall, start, finish, no-show and transfer
at a desk; pause a desk. Every change publishes an event in its own transaction.

Why calls cannot collide: on PostgreSQL the next turn is picked with `FOR UPDATE SKIP LOCKED`
(two desks calling at once get two different turns, neither waits on the other), on SQLite
every write transaction starts with BEGIN IMMEDIATE (timedesk.db.engine), so calls queue. On
both, the update of the picked turn is guarded by `status = 'waiting'`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Case, Date, Integer, String, bindparam, case, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.dml import ReturningUpdate

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import Conflict, NotFound, ValidationError
from timedesk.events.bus import EventBus
from timedesk.events.models import EventRow
from timedesk.office.service import holiday_at
from timedesk.settings import Settings
from timedesk.turns import desks
from timedesk.turns.clock import OfficeClock
from timedesk.turns.estimate import estimate_wait
from timedesk.turns.models import (
    AT_DESK,
    CALLED,
    CALLING_ORDER,
    CANCELLED,
    DONE,
    FINISH,
    MARK_NO_SHOW,
    NO_SHOW,
    RECALL,
    SERVING,
    START,
    TRANSFER,
    WAITING,
    Desk,
    Turn,
    TurnService,
    allowed_actions,
    waiting_for,
)
from timedesk.turns.setup import (
    SETUP_PAGE,
    desk_by_name,
    desk_for_update,
    quoted,
    service_by_code,
)
from timedesk.turns.views import (
    TOPIC_CALLED,
    TOPIC_CHANGED,
    TOPIC_ISSUED,
    TOPIC_SHOWN,
    CallResult,
    TurnInfo,
)

MAX_TEXT = 200
_REFUSED = {START: ("is already being served", "Finish it when done."),
            MARK_NO_SHOW: ("is being served: it did show up", "Finish it instead.")}
SHOWN_MAX_AGE_S = 600.0  # a display acknowledges a call at once; ten minutes is generous
UNDO_NO_SHOW_S = 300.0  # taking back a No-show pressed by mistake; later it is history


class TurnQueue:
    """The use cases of reception and desks over one database and event bus."""

    def __init__(self, db: Database, bus: EventBus, settings: Settings) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings

    @property
    def clock(self) -> OfficeClock:
        return OfficeClock.from_settings(self.settings)

    # -- reception ---------------------------------------------------------------------------
    def issue_turn(self, actor: Actor, service: str, *, priority: bool = False,
                   customer_name: str | None = None, note: str | None = None,
                   now: datetime | None = None) -> TurnInfo:
        """The next number of `service` today (A001, A002...), with people ahead and an estimate.

        Refused for an unknown, inactive or closed service and on the office calendar's
        holidays; name and note stay private."""
        require(actor, Permission.TURNS_ISSUE)
        customer_name = _short(customer_name, "customer name")
        note = _short(note, "note", 1000)
        now = now or utcnow()
        clock = self.clock
        day = clock.numbering_day(now)
        with self.db.unit_of_work() as session:
            svc = service_by_code(session, service)
            if not svc.active:
                raise Conflict("service {code} ({service}) is not active.",
                               "An administrator can activate it in {setup_page}.",
                               code=svc.code, service=svc.name, setup_page=SETUP_PAGE)
            holiday = holiday_at(session, self.settings, now)
            if holiday is not None:
                raise Conflict("the office is closed today ({holiday}): no turns are issued "
                               "on the office calendar's holidays.",
                               "Come back on a working day, or remove the holiday from the "
                               "calendar (timedesk hours holiday remove).", holiday=holiday)
            if not clock.is_open(svc.opens_at, svc.closes_at, now):
                raise Conflict("service {code} ({service}) is closed now (open "
                               "{opens_at:%H:%M}-{closes_at:%H:%M}).",
                               "Issue a turn for an open service, or come back in its hours.",
                               code=svc.code, service=svc.name, opens_at=svc.opens_at,
                               closes_at=svc.closes_at)
            if priority and not svc.priority_allowed:
                raise ValidationError("service {code} has no priority turns.",
                                      "Issue a normal turn.", code=svc.code)
            seq = session.execute(
                update(TurnService).where(TurnService.id == svc.id)
                .values(last_number=_next_number(day), number_day=day)
                .returning(TurnService.last_number)).scalar_one()
            ahead = _ahead(session, svc.id, day, priority)
            estimate = estimate_wait(session, svc.id, ahead, now,
                                     samples=self.settings["turns.estimate_samples"],
                                     min_samples=self.settings["turns.estimate_min_samples"])
            turn = Turn(service_id=svc.id, issued_service_id=svc.id, day=day, seq=seq,
                        number=f"{svc.code}{seq:03d}", priority=priority, status=WAITING,
                        customer_name=customer_name, note=note, issued_at=now, queued_at=now,
                        estimate_low_s=estimate[0] if estimate else None,
                        estimate_high_s=estimate[1] if estimate else None)
            session.add(turn)
            session.flush()
            record(session, actor, "turns.issued", "turn", turn.id,
                   after={"number": turn.number, "priority": priority})
            self.bus.publish(session, TOPIC_ISSUED, {"turn_id": turn.id, "number": turn.number,
                                                      "service": svc.code})
            return TurnInfo.of(turn, svc, None, ahead)

    def cancel_turn(self, actor: Actor, turn_id: int, *, now: datetime | None = None) -> TurnInfo:
        """Take back a waiting turn (reception pressed the wrong button, or the customer left):
        it leaves the queue as `cancelled` and counts as neither issued nor served. Refused
        (Conflict) once a desk has called it."""
        require(actor, Permission.TURNS_ISSUE)
        now = now or utcnow()
        with self.db.unit_of_work() as session:
            # guarded by status: a desk calling it at the same moment wins, the cancel is refused
            cancelled = session.execute(
                update(Turn).where(Turn.id == int(turn_id), Turn.status == WAITING)
                .values(status=CANCELLED, finished_at=now).returning(Turn.id)
                .execution_options(synchronize_session=False)).scalar()
            turn = _turn(session, turn_id)
            if cancelled is None:
                raise Conflict("turn {number} is no longer waiting (it is {status}): it cannot "
                               "be cancelled.",
                               "A desk has called it; the desk finishes it or marks a no-show.",
                               number=turn.number, status=turn.status.replace("_", " "))
            record(session, actor, "turns.cancelled", "turn", turn.id,
                   before={"status": WAITING}, after={"status": CANCELLED})
            self.bus.publish(session, TOPIC_CHANGED, {"turn_id": turn.id, "status": CANCELLED,
                                                       "desk_id": None})
            return TurnInfo.of(turn, turn_service(session, turn), None)

    # -- desks -------------------------------------------------------------------------------
    def call_next(self, actor: Actor, desk: str, *, holder: str | None = None,
                  take_over: bool = False, now: datetime | None = None) -> CallResult | None:
        """Call the next turn for `desk` (priority first, then first come; or alternating);
        None when nobody waits. The desk's current turn is finished first.

        The pick and the mark are one UPDATE (its subquery locks the picked row), and the
        history rows and events of both turns are written in one flush: seven statements and
        the commit on PostgreSQL (the pool's ping included; one more when a person's desk has
        staff to check), which is what bounds calls per second with many desks."""
        now = now or utcnow()
        day = self.clock.numbering_day(now)
        with self.db.unit_of_work() as session:
            row = self._desk_for_call(session, actor, desk, holder, take_over=take_over)
            finished, events = self._close_current(session, actor, row, now)
            normal_first = bool(self.settings["turns.alternate_priority"]
                                and row.last_call_priority)
            statement = _call_next_statement(self.db.backend == "postgresql", normal_first)
            with session.no_autoflush:  # the history rows of both turns go in one INSERT
                turn = session.scalars(statement, {"b_day": day,
                                                   "b_services": [s.id for s in row.services],
                                                   **_called_params(actor, row, now)}).first()
            if turn is None:
                if events:
                    self.bus.publish_many(session, events)
                return None
            record(session, actor, "turns.called", "turn", turn.id, after={"desk": row.name})
            row.last_call_priority = turn.priority
            return self._announce(session, turn, row, recall=False, finished=finished,
                                  events=events)

    def call_turn(self, actor: Actor, desk: str, number: str, *, holder: str | None = None,
                  take_over: bool = False, now: datetime | None = None) -> CallResult:
        """Call one waiting turn by its number (needs turns.call_specific)."""
        require(actor, Permission.TURNS_CALL_SPECIFIC)
        now = now or utcnow()
        day = self.clock.numbering_day(now)
        with self.db.unit_of_work() as session:
            row = self._desk_for_call(session, actor, desk, holder, take_over=take_over)
            number = (number or "").strip().upper()
            turn = session.scalars(select(Turn).where(Turn.number == number, Turn.day == day)
                                   .order_by(Turn.id.desc())).first()
            if turn is None:
                raise NotFound("there is no turn {number} today.",
                               "Check the number on the ticket.", number=quoted(number))
            if turn.status != WAITING:
                raise Conflict("turn {number} is not waiting (it is {status}).",
                               "Only a waiting turn can be called.",
                               number=number, status=turn.status)
            finished, events = self._close_current(session, actor, row, now)
            self._mark_called(session, actor, turn, row, now)
            return self._announce(session, turn, row, recall=False, finished=finished,
                                  events=events)

    def recall(self, actor: Actor, desk: str, *, holder: str | None = None,
               take_over: bool = False) -> CallResult:
        """Announce the desk's current turn again."""
        with self.db.unit_of_work() as session:
            row = self._desk_for_call(session, actor, desk, holder, allow_paused=True,
                                      take_over=take_over)
            turn = self._current(session, row, RECALL)
            turn.calls += 1
            record(session, actor, "turns.recalled", "turn", turn.id, after={"calls": turn.calls})
            return self._announce(session, turn, row, recall=True)

    def start_service(self, actor: Actor, desk: str, *, holder: str | None = None,
                      take_over: bool = False, now: datetime | None = None) -> TurnInfo:
        return self._change(actor, desk, holder, START, now, take_over)

    def finish(self, actor: Actor, desk: str, *, holder: str | None = None,
               take_over: bool = False, now: datetime | None = None) -> TurnInfo:
        return self._change(actor, desk, holder, FINISH, now, take_over)

    def no_show(self, actor: Actor, desk: str, *, holder: str | None = None,
                take_over: bool = False, now: datetime | None = None) -> TurnInfo:
        return self._change(actor, desk, holder, MARK_NO_SHOW, now, take_over)

    def undo_no_show(self, actor: Actor, turn_id: int, *, holder: str | None = None,
                     take_over: bool = False, now: datetime | None = None) -> TurnInfo:
        """Take back a No-show pressed by mistake: the turn is called at its desk again, exactly
        as before (same call time and number of calls), not sent back to the queue. Why: a
        clerk undoes a No-show because the customer turned up at the desk after all, and
        serves them at once. Refused (Conflict) when the turn is not a no-show any more, when
        its desk has called another turn since, and UNDO_NO_SHOW_S after the No-show."""
        require(actor, Permission.TURNS_CALL)  # before the lookup: no turns for others
        now = now or utcnow()
        with self.db.unit_of_work() as session:
            turn = _turn(session, turn_id)
            desk_row = session.get(Desk, turn.desk_id) if turn.desk_id is not None else None
            if desk_row is None:
                raise Conflict("turn {number} was never called at a desk.",
                               "Only a no-show can be undone.", number=turn.number)
            row = self._desk_for_call(session, actor, desk_row.name, holder, allow_paused=True,
                                      take_over=take_over)
            session.refresh(turn)  # as it is now that its desk is locked
            if turn.status != NO_SHOW:
                raise Conflict("turn {number} is not a no-show (it is {status}): nothing to "
                               "undo.", "It was changed since; reload the desk.",
                               number=turn.number, status=turn.status.replace("_", " "))
            age = (now - turn.finished_at).total_seconds() if turn.finished_at else 0.0
            if age > UNDO_NO_SHOW_S:
                raise Conflict("turn {number} was marked a no-show {age} minutes ago; it can "
                               "only be undone in the first {limit} minutes.",
                               "Call the customer's new turn: reception issues one.",
                               number=turn.number, age=int(age // 60),
                               limit=int(UNDO_NO_SHOW_S // 60))
            busy = session.scalars(select(Turn.number).where(Turn.desk_id == row.id,
                                                             Turn.status.in_(AT_DESK))).first()
            if busy is not None:
                raise Conflict("desk {desk} has called {busy} since: turn {number} cannot be "
                               "called back to it.",
                               "Finish the desk's turn first, or have reception issue a new one.",
                               desk=row.name, busy=busy, number=turn.number)
            turn.status, turn.finished_at = CALLED, None
            record(session, actor, "turns.no_show_undone", "turn", turn.id,
                   before={"status": NO_SHOW}, after={"status": CALLED, "desk": row.name})
            self.bus.publish(session, TOPIC_CHANGED, {"turn_id": turn.id, "status": CALLED,
                                                       "desk_id": row.id, "undo": True})
            return TurnInfo.of(turn, turn_service(session, turn), row)

    def transfer(self, actor: Actor, desk: str, *, to_service: str | None = None,
                 to_desk: str | None = None, holder: str | None = None,
                 take_over: bool = False) -> TurnInfo:
        """Send the desk's current turn back to waiting, for another service or desk; it keeps
        its number and its place by issue time."""
        with self.db.unit_of_work() as session:
            row = self._desk_for_call(session, actor, desk, holder, allow_paused=True,
                                      take_over=take_over)
            if not to_service and not to_desk:
                raise ValidationError("a transfer needs a service or a desk to go to.",
                                      "Choose the service or the desk that takes the customer.")
            turn = self._current(session, row, TRANSFER)
            target_desk = desk_by_name(session, to_desk) if to_desk else None
            if target_desk is not None and target_desk.id == row.id:
                raise ValidationError("a turn cannot be transferred to its own desk.",
                                      "Choose another desk.")
            if target_desk is not None and not target_desk.services:
                raise ValidationError("desk {desk} serves no service.",
                                      "Give it services in {setup_page} first.",
                                      desk=target_desk.name, setup_page=SETUP_PAGE)
            service = service_by_code(session, to_service) if to_service else turn_service(session, turn)
            if target_desk is not None and not to_service and service not in target_desk.services:
                service = target_desk.services[0]
            before = {"service": turn_service(session, turn).code, "desk": row.name}
            turn.status, turn.desk_id, turn.service_id = WAITING, None, service.id
            turn.target_desk_id = target_desk.id if target_desk else None
            turn.called_at = turn.started_at = None
            turn.transfers += 1
            record(session, actor, "turns.transferred", "turn", turn.id, before=before,
                   after={"service": service.code, "desk": target_desk.name if target_desk else None})
            self.bus.publish(session, TOPIC_CHANGED, {"turn_id": turn.id, "status": WAITING,
                                                       "desk_id": row.id, "transfer": True})
            return TurnInfo.of(turn, service, None)

    def pause_desk(self, actor: Actor, desk: str, paused: bool, *, holder: str | None = None,
                   take_over: bool = False) -> None:
        with self.db.unit_of_work() as session:
            row = self._desk_for_call(session, actor, desk, holder, allow_paused=True,
                                      take_over=take_over)
            row.paused = paused
            record(session, actor, "turns.desk_paused" if paused else "turns.desk_resumed",
                   "turn_desk", row.id)
            self.bus.publish(session, TOPIC_CHANGED, {"desk_id": row.id, "paused": paused})

    def acknowledge_shown(self, call_event_id: int, turn_id: int, display: str) -> None:
        """A display says it showed the call announced by event `call_event_id`."""
        with self.db.unit_of_work() as session:
            self._publish_shown(session, call_event_id, turn_id, display)

    def acknowledge_recent_call(self, call_event_id: int, display: str, *,
                                max_age_s: float = SHOWN_MAX_AGE_S,
                                now: datetime | None = None) -> int:
        """The acknowledgement of a display that only knows the event id (the web page, which
        has no account): it must name a call of the last `max_age_s` seconds. Returns the
        turn's id; NotFound for anything else, so that nobody can fill the event log with
        acknowledgements of calls that never were."""
        now = now or utcnow()
        with self.db.unit_of_work() as session:
            row = session.get(EventRow, int(call_event_id))
            if row is None or row.topic != TOPIC_CALLED or not isinstance(
                    (row.payload or {}).get("turn_id"), int) or (
                    now - row.created_at).total_seconds() > max_age_s:
                raise NotFound("there is no recent call #{call_event_id}.",
                               "Acknowledge the calls of the feed as they arrive.",
                               call_event_id=call_event_id)
            turn_id: int = row.payload["turn_id"]  # an int: checked above
            self._publish_shown(session, row.id, turn_id, display)
            return turn_id

    def _publish_shown(self, session: Session, call_event_id: int, turn_id: int,
                       display: str) -> None:
        self.bus.publish(session, TOPIC_SHOWN, {"call_event_id": int(call_event_id),
                                                 "turn_id": int(turn_id), "display": display[:80]})

    # -- inside ------------------------------------------------------------------------------
    def _desk_for_call(self, session: Session, actor: Actor, name: str, holder: str | None,
                       *, allow_paused: bool = False, take_over: bool = False) -> Desk:
        require(actor, Permission.TURNS_CALL)  # before the lookup: no desk names for others
        row = desk_for_update(session, name)  # one call at a time per desk
        desks.check_use(session, actor, row, holder, self.settings["turns.desk_claim_s"],
                        take_over=take_over)
        if not row.services:
            raise ValidationError("desk {desk} serves no service.",
                                  "Give it services in {setup_page} first.",
                                  desk=row.name, setup_page=SETUP_PAGE)
        if row.paused and not allow_paused:
            raise Conflict("desk {desk} is paused.",
                           "Resume the desk to call turns.", desk=row.name)
        return row

    def _current(self, session: Session, desk: Desk, doing: str) -> Turn:
        """The desk's turn, if its status allows `doing` (turns.models.allowed_actions)."""
        turn = session.scalars(select(Turn).where(Turn.desk_id == desk.id,
                                                  Turn.status.in_(AT_DESK))
                               .order_by(Turn.called_at.desc())).first()
        if turn is None:
            raise Conflict("desk {desk} has no turn to {action}.",
                           "Call the next turn first.",
                           desk=desk.name, action=doing.replace('_', ' '))
        if doing not in allowed_actions(turn.status):
            why, hint = _REFUSED.get(doing, (f"is {turn.status}", "Call the next turn."))
            raise Conflict("turn {number} {why}.", hint, number=turn.number, why=why)
        return turn

    def _close_current(self, session: Session, actor: Actor, desk: Desk, now: datetime
                       ) -> tuple[TurnInfo | None, list[tuple[str, dict[str, Any]]]]:
        """Finish the desk's turn(s): the last one closed, and the events to publish (the
        caller publishes them with its own, in one flush)."""
        # one statement: UPDATE ... RETURNING loads the closed turns as written
        turns = session.scalars(_CLOSE_CURRENT, {"b_desk": desk.id, "b_now": now}).all()
        closed, events = None, []
        for turn in turns:
            record(session, actor, "turns.finished", "turn", turn.id, after={"by": "call_next"})
            events.append((TOPIC_CHANGED, {"turn_id": turn.id, "status": DONE,
                                           "desk_id": desk.id}))
            closed = TurnInfo.of(turn, turn_service(session, turn), desk)
        return closed, events

    def _mark_called(self, session: Session, actor: Actor, turn: Turn, desk: Desk,
                     now: datetime) -> None:
        row = session.execute(_CALL_ONE, {"b_turn": turn.id,
                                          **_called_params(actor, desk, now)}).first()
        if row is None:  # only possible when the engine does not lock as described above
            raise Conflict("turn {number} was just called by another desk.", "Call next again.",
                           number=turn.number)
        for column, value in zip(_CALLED_WRITTEN, row, strict=False):  # as written, without reading it back
            set_committed_value(turn, column.key, value)
        record(session, actor, "turns.called", "turn", turn.id, after={"desk": desk.name})

    def _announce(self, session: Session, turn: Turn, desk: Desk, *, recall: bool,
                  finished: TurnInfo | None = None,
                  events: Sequence[tuple[str, dict[str, Any] | None]] = ()) -> CallResult:
        service = turn_service(session, turn)
        info = TurnInfo.of(turn, service, desk)
        payload = {"turn_id": turn.id, "number": turn.number, "desk": desk.name,
                   "desk_id": desk.id, "service": service.code, "colour": service.colour,
                   "recall": recall, "calls": turn.calls}
        event = self.bus.publish_many(session, [*events, (TOPIC_CALLED, payload)])[-1]
        return CallResult(info, event.id, finished)

    def _change(self, actor: Actor, desk: str, holder: str | None, action: str,
                now: datetime | None, take_over: bool) -> TurnInfo:
        now = now or utcnow()
        with self.db.unit_of_work() as session:
            row = self._desk_for_call(session, actor, desk, holder, allow_paused=True,
                                      take_over=take_over)
            turn = self._current(session, row, action)
            if action == START:
                turn.status, turn.started_at = SERVING, now
            else:
                turn.status, turn.finished_at = DONE if action == FINISH else NO_SHOW, now
            record(session, actor, f"turns.{action}", "turn", turn.id, after={"status": turn.status})
            self.bus.publish(session, TOPIC_CHANGED, {"turn_id": turn.id, "status": turn.status,
                                                       "desk_id": row.id})
            return TurnInfo.of(turn, turn_service(session, turn), row)


def _turn(session: Session, turn_id: int) -> Turn:
    turn = session.get(Turn, int(turn_id))
    if turn is None:
        raise NotFound("there is no turn #{turn_id}.", "Check the turn's id.", turn_id=turn_id)
    return turn


def turn_service(session: Session, turn: Turn) -> TurnService:
    service = session.get(TurnService, turn.service_id)
    assert service is not None
    return service


# The statements of Call next are built once (with bind parameters) and run many times: building
# and keying a statement costs more CPU than the database takes to run it.
_CLOSE_CURRENT = (
    update(Turn).where(Turn.desk_id == bindparam("b_desk"), Turn.status.in_(AT_DESK))
    .values(status=DONE, finished_at=bindparam("b_now", type_=Turn.finished_at.type))
    .returning(Turn).execution_options(synchronize_session=False))


# What calling a turn at a desk writes into it (Turn.calls counts calls and recalls).
# (Bind parameters may not be named as columns of the table an UPDATE writes.)
_CALLED_VALUES = {"status": CALLED, "desk_id": bindparam("b_desk", type_=Integer),
                  "called_at": bindparam("b_now", type_=Turn.called_at.type),
                  "called_by": bindparam("b_by", type_=String), "calls": Turn.calls + 1,
                  "target_desk_id": None}
_CALLED_WRITTEN = [getattr(Turn, key) for key in _CALLED_VALUES]
_CALL_ONE = (update(Turn).where(Turn.id == bindparam("b_turn"), Turn.status == WAITING)
             .values(_CALLED_VALUES).returning(*_CALLED_WRITTEN)
             .execution_options(synchronize_session=False))


def _called_params(actor: Actor, desk: Desk, now: datetime) -> dict[str, Any]:
    return {"b_desk": desk.id, "b_now": now, "b_by": actor.label[:120]}


@cache
def _call_next_statement(postgres: bool, normal_first: bool) -> ReturningUpdate[Turn]:
    """Pick the next turn for a desk and mark it called, in one UPDATE ... RETURNING. On
    PostgreSQL the subquery locks the row it picks, skipping rows other desks hold, so that
    two desks calling at once get two different turns; the outer `status = 'waiting'` guards
    every engine. `normal_first`: the desk's last call was a priority turn and the setting
    turns.alternate_priority asks for a normal one now."""
    order = (Turn.priority.asc(), *CALLING_ORDER[1:]) if normal_first else CALLING_ORDER
    pick = (select(Turn.id)
            .where(waiting_for(_CALLED_VALUES["desk_id"],
                               bindparam("b_services", expanding=True),
                               bindparam("b_day", type_=Date)))
            .order_by(*order).limit(1))
    if postgres:
        pick = pick.with_for_update(skip_locked=True)
    return (update(Turn).where(Turn.id == pick.scalar_subquery(), Turn.status == WAITING)
            .values(_CALLED_VALUES).returning(Turn)
            .execution_options(synchronize_session=False))


def _next_number(day: Any) -> Case[int]:
    """The SQL for the service's next number: 1 on a new numbering day, else one more."""
    return case((TurnService.number_day == day, TurnService.last_number + 1), else_=1)


def _ahead(session: Session, service_id: int, day: date, priority: bool) -> int:
    """Waiting turns of the service that will be called before a new one."""
    query = select(func.count(Turn.id)).where(Turn.service_id == service_id, Turn.day == day,
                                              Turn.status == WAITING)
    if priority:
        query = query.where(Turn.priority.is_(True))
    return session.scalar(query) or 0


def _short(text: str | None, what: str, limit: int = MAX_TEXT) -> str | None:
    text = (text or "").strip()
    if len(text) > limit:
        raise ValidationError("the {what} is longer than {limit} characters.", "Shorten it.",
                              what=what, limit=limit)
    return text or None
