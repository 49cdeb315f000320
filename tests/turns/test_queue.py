"""The turn queue on SQLite and PostgreSQL: numbering, calling order, desk actions, bad input,
reception's list of today's last turns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from timedesk.auth.permissions import Actor, Role
from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from timedesk.turns import desks, reads, setup
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import TOPIC_CALLED

RECEPTION = Actor("user", "rita", Role.RECEPTIONIST, 10)
STAFF = Actor("user", "sam", Role.STAFF, 11)


@pytest.fixture
def queue(ctx, admin_actor):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="B", name="Payments")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A", "B"])
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="2", services=["B"])
    return TurnQueue(ctx.db, ctx.bus, ctx.settings)


def test_numbers_run_per_service_and_start_again_on_a_new_day(queue):
    day1 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    numbers = [queue.issue_turn(RECEPTION, s, now=day1).number for s in ("A", "A", "B", "A")]
    assert numbers == ["A001", "A002", "B001", "A003"]
    assert queue.issue_turn(RECEPTION, "a", now=day1 + timedelta(days=1)).number == "A001"


def test_people_ahead_counts_the_waiting_turns_of_the_service(queue):
    assert queue.issue_turn(RECEPTION, "A").ahead == 0
    queue.issue_turn(RECEPTION, "B")
    assert queue.issue_turn(RECEPTION, "A").ahead == 1
    assert queue.issue_turn(RECEPTION, "A", priority=True).ahead == 0


def test_call_next_takes_priority_first_then_first_come(queue):
    queue.issue_turn(RECEPTION, "A")
    queue.issue_turn(RECEPTION, "B")
    queue.issue_turn(RECEPTION, "A", priority=True)
    called = [queue.call_next(STAFF, "1").turn.number for _ in range(3)]
    assert called == ["A002", "A001", "B001"]
    assert queue.call_next(STAFF, "1") is None  # nobody waits


def test_call_next_finishes_the_desk_current_turn_and_announces_the_call(queue, bus):
    seen = []
    bus.subscribe(TOPIC_CALLED, seen.append)
    queue.issue_turn(RECEPTION, "B")
    queue.issue_turn(RECEPTION, "B")
    first = queue.call_next(STAFF, "2")
    second = queue.call_next(STAFF, "2")
    assert second.finished is not None and second.finished.number == first.turn.number
    assert reads.get_turn(queue.db, first.turn.id).status == "done"
    assert [e.payload["number"] for e in seen] == ["B001", "B002"]
    assert seen[1].payload["desk"] == "2" and seen[1].id == second.event_id
    assert "customer_name" not in seen[0].payload


def test_a_desk_only_calls_the_services_it_serves(queue):
    queue.issue_turn(RECEPTION, "A")
    assert queue.call_next(STAFF, "2") is None
    assert queue.call_next(STAFF, "1").turn.number == "A001"


def test_recall_start_finish_and_no_show(queue):
    queue.issue_turn(RECEPTION, "A")
    queue.issue_turn(RECEPTION, "A")
    queue.call_next(STAFF, "1")
    assert queue.recall(STAFF, "1").turn.calls == 2
    assert queue.start_service(STAFF, "1").status == "serving"
    with pytest.raises(Conflict, match="did show up"):
        queue.no_show(STAFF, "1")
    assert queue.finish(STAFF, "1").status == "done"
    queue.call_next(STAFF, "1")
    assert queue.no_show(STAFF, "1").status == "no_show"
    with pytest.raises(Conflict, match="no turn to recall"):
        queue.recall(STAFF, "1")


def test_transfer_sends_the_turn_back_to_wait_for_another_service(queue):
    queue.issue_turn(RECEPTION, "A")
    queue.call_next(STAFF, "1")
    moved = queue.transfer(STAFF, "1", to_service="B")
    assert (moved.status, moved.service_code, moved.number) == ("waiting", "B", "A001")
    assert queue.call_next(STAFF, "2").turn.number == "A001"


def test_transfer_to_a_desk_is_called_only_there(queue):
    queue.issue_turn(RECEPTION, "B")
    queue.call_next(STAFF, "1")
    queue.transfer(STAFF, "1", to_desk="2")
    assert queue.call_next(STAFF, "1") is None
    assert queue.call_next(STAFF, "2").turn.number == "B001"


def test_a_paused_desk_cannot_call(queue):
    queue.issue_turn(RECEPTION, "A")
    queue.pause_desk(STAFF, "1", True)
    with pytest.raises(Conflict, match="paused"):
        queue.call_next(STAFF, "1")
    queue.pause_desk(STAFF, "1", False)
    assert queue.call_next(STAFF, "1").turn.number == "A001"


def test_calling_a_specific_turn_needs_its_permission(queue, admin_actor):
    queue.issue_turn(RECEPTION, "A")
    queue.issue_turn(RECEPTION, "A")
    with pytest.raises(PermissionDenied):
        queue.call_turn(STAFF, "1", "A002")
    assert queue.call_turn(admin_actor, "1", "a002").turn.number == "A002"
    with pytest.raises(Conflict, match="not waiting"):
        queue.call_turn(admin_actor, "2", "A002")


def test_bad_input_is_refused_with_clear_messages(queue, ctx, admin_actor):
    with pytest.raises(NotFound, match="no service 'Z'.*timedesk turns service list"):
        queue.issue_turn(RECEPTION, "Z")
    with pytest.raises(NotFound, match="no desk '9'"):
        queue.call_next(STAFF, "9")
    with pytest.raises(PermissionDenied):
        queue.issue_turn(STAFF, "A")
    with pytest.raises(ValidationError, match="at least one service"):
        setup.add_desk(ctx.db, ctx.bus, admin_actor, name="3", services=[])
    setup.update_service(ctx.db, ctx.bus, admin_actor, "B", active=False)
    with pytest.raises(Conflict, match="not active"):
        queue.issue_turn(RECEPTION, "B")
    assert reads.list_turns(ctx.db, ctx.settings, admin_actor).total == 0  # nothing half-written


def test_a_closed_service_issues_no_turns(queue, ctx, admin_actor):
    setup.update_service(ctx.db, ctx.bus, admin_actor, "A", hours="08:00-09:00")
    closed = datetime(2026, 12, 1, 3, 0, tzinfo=UTC).astimezone()
    inside = closed.replace(hour=8, minute=30)
    with pytest.raises(Conflict, match="closed now"):
        queue.issue_turn(RECEPTION, "A", now=closed)
    assert queue.issue_turn(RECEPTION, "A", now=inside).number == "A001"


def test_the_same_desk_open_on_two_pcs_is_refused_unless_taken_over(queue, ctx):
    desks.open_desk(ctx.db, STAFF, "1", "pc-one", ctx.settings)
    with pytest.raises(desks.DeskInUse, match="open on another computer"):
        desks.open_desk(ctx.db, STAFF, "1", "pc-two", ctx.settings)
    queue.issue_turn(RECEPTION, "A")
    with pytest.raises(desks.DeskInUse):
        queue.call_next(STAFF, "1", holder="pc-two")
    desks.open_desk(ctx.db, STAFF, "1", "pc-two", ctx.settings, take_over=True)
    assert desks.heartbeat(ctx.db, "1", "pc-one") is False
    assert queue.call_next(STAFF, "1", holder="pc-two").turn.number == "A001"


def test_estimates_come_from_recent_service_times(queue, ctx):
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    desks.open_desk(ctx.db, STAFF, "1", "pc", ctx.settings, now=start)
    assert queue.issue_turn(RECEPTION, "A", now=start).estimate_low_s is None  # no data yet
    for minute in range(1, 5):
        queue.call_next(STAFF, "1", now=start + timedelta(minutes=minute * 5))
        queue.issue_turn(RECEPTION, "A", now=start + timedelta(minutes=minute * 5, seconds=1))
    queue.finish(STAFF, "1", now=start + timedelta(minutes=25))
    desks.heartbeat(ctx.db, "1", "pc", now=start + timedelta(minutes=25))
    turn = queue.issue_turn(RECEPTION, "A", now=start + timedelta(minutes=26))
    assert turn.ahead == 1
    assert turn.estimate_low_s == 300 and turn.estimate_high_s == 600


def test_desk_state_and_waiting_summary(queue, ctx):
    queue.issue_turn(RECEPTION, "A")
    queue.issue_turn(RECEPTION, "B")
    queue.call_next(STAFF, "1")
    state = reads.desk_state(ctx.db, ctx.settings, "1")
    assert state.current.number == "A001" and [t.number for t in state.waiting] == ["B001"]
    summary = {s.service_code: s.waiting for s in reads.waiting_summary(ctx.db, ctx.settings)}
    assert summary == {"A": 0, "B": 1}
    assert [t.number for t in reads.recent_calls(ctx.db)] == ["A001"]


def test_call_next_is_one_statement_per_step_and_wakes_other_pcs_once(queue, ctx):
    """What bounds calls per second with many desks is round trips to the database: lock the
    desk with its services, check its staff, close its turn, pick-and-mark the next one in a
    single UPDATE, the history rows of both turns in one INSERT and both events in another
    (SQLite: one INSERT a row; it cannot return several new ids in order), and on PostgreSQL
    one statement that NOTIFYs both (the pool's ping and BEGIN aside)."""
    from sqlalchemy import event

    for _ in range(3):
        queue.issue_turn(RECEPTION, "A")
    queue.call_next(STAFF, "1")
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.split()))

    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        result = queue.call_next(STAFF, "1")
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    assert result.turn.number == "A002" and result.finished.number == "A001"
    kinds = [" ".join(s.split()[:3]).rstrip(",") for s in statements
             if s not in ("select pg_catalog.version()", "SELECT 1") and not s.startswith("BEGIN")]
    postgres = ctx.db.backend == "postgresql"
    head = ["SELECT turn_desks.id, turn_desks.name", "SELECT turn_desk_staff.user_id FROM",
            "UPDATE turns SET", "UPDATE turns SET"]
    if postgres:
        expected = [*head, "INSERT INTO audit_log", "INSERT INTO events", "SELECT pg_notify("]
    else:
        expected = [*head, *["INSERT INTO audit_log"] * 2, *["INSERT INTO events"] * 2]
    assert [kind[:len(e)] for kind, e in zip(kinds, expected, strict=False)] == expected, kinds
    assert len(kinds) == len(expected), kinds
    if postgres:  # the pick locks the row it takes, skipping those other desks hold
        assert any(s.startswith("UPDATE turns") and "FOR UPDATE SKIP LOCKED" in s
                   for s in statements)


def test_a_transfer_into_a_service_leaves_its_numbering_free(queue, ctx, admin_actor):
    """Issue 20 #1: the transferred turn keeps the number of the service that issued it, and
    the service it moved to goes on numbering its own turns."""
    for code in ("A", "A", "A", "B", "B"):
        queue.issue_turn(RECEPTION, code)
    queue.call_turn(admin_actor, "1", "A003")
    moved = queue.transfer(STAFF, "1", to_service="B")
    assert (moved.number, moved.service_code) == ("A003", "B")
    assert [queue.issue_turn(RECEPTION, "B").number for _ in range(2)] == ["B003", "B004"]
    assert queue.issue_turn(RECEPTION, "A").number == "A004"


def test_a_turn_moves_to_a_service_that_gave_out_the_same_number(queue):
    """Issue 20 #2: every service numbers from 001, so A001 moving to B meets B001."""
    queue.issue_turn(RECEPTION, "A")
    queue.issue_turn(RECEPTION, "B")
    assert queue.call_next(STAFF, "1").turn.number == "A001"
    moved = queue.transfer(STAFF, "1", to_service="B")
    assert (moved.number, moved.service_code, moved.status) == ("A001", "B", "waiting")
    called = queue.call_next(STAFF, "2")  # desk 2 serves only B; A001 was issued first
    assert (called.turn.number, called.turn.service_code) == ("A001", "B")


def test_a_turn_moves_to_a_desk_of_another_service(queue, ctx, admin_actor):
    """Issue 20 #2: desk 2 serves only B; a turn of A sent there takes B001's service."""
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="3", services=["A"])
    queue.issue_turn(RECEPTION, "A")
    queue.issue_turn(RECEPTION, "B")
    assert queue.call_next(STAFF, "3").turn.number == "A001"
    moved = queue.transfer(STAFF, "3", to_desk="2")
    assert (moved.number, moved.service_code) == ("A001", "B")
    assert queue.call_next(STAFF, "2").turn.number == "A001"
    assert queue.call_next(STAFF, "2").turn.number == "B001"


def test_the_turn_state_machine_lists_each_statuses_desk_actions():
    from timedesk.turns.models import allowed_actions

    assert allowed_actions("called") == {"recall", "start", "finish", "no_show", "transfer"}
    assert allowed_actions("serving") == {"recall", "finish", "transfer"}
    for status in ("waiting", "done", "no_show"):
        assert allowed_actions(status) == frozenset()


def test_the_queue_allows_exactly_the_actions_the_turn_offers(queue):
    """One state machine: a desk action succeeds if and only if TurnInfo.allowed_actions() of
    the desk's turn lists it."""
    acts = {"recall": lambda: queue.recall(STAFF, "1"),
            "start": lambda: queue.start_service(STAFF, "1"),
            "finish": lambda: queue.finish(STAFF, "1"),
            "no_show": lambda: queue.no_show(STAFF, "1"),
            "transfer": lambda: queue.transfer(STAFF, "1", to_service="B")}
    for reach_serving in (False, True):
        for action, act in acts.items():
            queue.issue_turn(RECEPTION, "A")
            turn = queue.call_next(STAFF, "1").turn
            if reach_serving:
                turn = queue.start_service(STAFF, "1")
            if action in turn.allowed_actions():
                act()
            else:
                with pytest.raises(Conflict, match=f"turn {turn.number} "):
                    act()  # Call next then finishes whatever is left at the desk


def test_listing_turns_needs_turns_call(queue):
    """Code review 1.3: the service checks the permission, whichever face asks."""
    queue.issue_turn(RECEPTION, "A")
    with pytest.raises(PermissionDenied, match="turns.call"):
        reads.list_turns(queue.db, queue.settings, RECEPTION)
    assert [t.number for t in reads.list_turns(queue.db, queue.settings, STAFF).items] == ["A001"]


def test_the_api_view_of_a_turn_leaves_out_what_the_customer_told_reception(queue):
    """Code review 1.3: the privacy filter is the domain's (TurnInfo.for_api), not the route's."""
    turn = queue.issue_turn(RECEPTION, "A", customer_name="Ana Pérez", note="wheelchair")
    data = turn.for_api()
    assert "customer_name" not in data and "note" not in data
    assert "Ana Pérez" not in str(data) and "wheelchair" not in str(data)
    assert (data["number"], data["status"]) == ("A001", "waiting")


def test_every_desk_use_case_checks_turns_call_itself(queue):
    """The HTTP routes only authenticate: the use cases check the permission (issue 14), before
    anything else, so a refused actor learns nothing about the desk or the request."""
    queue.issue_turn(RECEPTION, "A")
    queue.call_next(STAFF, "1")
    for act in (lambda: queue.call_next(RECEPTION, "1"), lambda: queue.recall(RECEPTION, "1"),
                lambda: queue.start_service(RECEPTION, "1"), lambda: queue.finish(RECEPTION, "1"),
                lambda: queue.no_show(RECEPTION, "1"), lambda: queue.transfer(RECEPTION, "1"),
                lambda: queue.call_next(RECEPTION, "no such desk")):
        with pytest.raises(PermissionDenied, match="turns.call"):
            act()
    assert queue.recall(STAFF, "1").turn.number == "A001"  # the desk was left as it was


# -- reception's list of today's last turns (reads.recent_turns) ----------------------------

def numbers(turns) -> list[str]:
    return [t.number for t in turns]


def test_the_last_turns_issued_today_come_newest_first_whatever_became_of_them(ctx, queue):
    for code in "ABAAB":
        queue.issue_turn(RECEPTION, code)
    queue.call_next(Actor.system("test"), "1")  # A001 called: still in the list
    queue.cancel_turn(RECEPTION, reads.list_turns(
        ctx.db, ctx.settings, Actor.system("test"), service="B").items[-1].id)
    recent = reads.recent_turns(ctx.db, ctx.settings, RECEPTION, limit=4)
    assert numbers(recent) == ["B002", "A003", "A002", "B001"]
    assert recent[0].status == "cancelled" and recent[0].service_name == "Payments"
    everything = reads.recent_turns(ctx.db, ctx.settings, RECEPTION, limit=50)
    assert numbers(everything)[-1] == "A001" and everything[-1].status == "called"
    assert len(reads.recent_turns(ctx.db, ctx.settings, RECEPTION, limit=0)) == 1


FOUND = [("a2", ["A002"]), ("A-002", ["A002"]), (" b 1 ", ["B001"]), ("2", ["B002", "A002"]),
         ("A", ["A003", "A002", "A001"]), ("C1", []),
         ("", ["B002", "A003", "B001", "A002", "A001"])]


def test_a_number_is_found_however_it_is_typed(ctx, queue):
    for code in "AABAB":
        queue.issue_turn(RECEPTION, code)
    assert [(typed, numbers(reads.recent_turns(ctx.db, ctx.settings, RECEPTION, number=typed)))
            for typed, _found in FOUND] == FOUND


def test_only_todays_turns_and_only_for_those_who_issue_them(ctx, queue):
    queue.issue_turn(RECEPTION, "A")
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert reads.recent_turns(ctx.db, ctx.settings, RECEPTION, now=tomorrow) == []
    with pytest.raises(PermissionDenied):
        reads.recent_turns(ctx.db, ctx.settings, STAFF)
