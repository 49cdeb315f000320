"""Safe hands on SQLite and PostgreSQL: a No-show taken back puts the turn at its desk again as
it was; reception cancels a waiting turn; both leave history and an event, and refuse what
changed since."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from timedesk.audit.models import AuditEntry
from timedesk.auth.permissions import Actor, Role
from timedesk.errors import Conflict, NotFound, PermissionDenied
from timedesk.turns import reads, setup
from timedesk.turns.queue import UNDO_NO_SHOW_S, TurnQueue
from timedesk.turns.stats import turn_stats
from timedesk.turns.views import TOPIC_CHANGED

RECEPTION = Actor("user", "rita", Role.RECEPTIONIST, 10)
STAFF = Actor("user", "sam", Role.STAFF, 11)


@pytest.fixture
def queue(ctx, admin_actor):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A"])
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="2", services=["A"])
    return TurnQueue(ctx.db, ctx.bus, ctx.settings)


def actions(db, turn_id: int) -> list[str]:
    with db.session_factory() as session:
        return list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "turn", AuditEntry.entity_id == str(turn_id))
            .order_by(AuditEntry.id)))


def test_undoing_a_no_show_calls_the_turn_at_its_desk_again_as_it_was(queue, bus):
    queue.issue_turn(RECEPTION, "A")
    called = queue.call_next(STAFF, "1").turn
    queue.recall(STAFF, "1")
    queue.no_show(STAFF, "1")
    seen = []
    bus.subscribe(TOPIC_CHANGED, seen.append)
    back = queue.undo_no_show(STAFF, called.id)
    assert (back.status, back.desk, back.calls) == ("called", "1", 2)
    assert back.called_at == called.called_at and back.finished_at is None
    state = reads.desk_state(queue.db, queue.settings, "1")
    assert state.current is not None and state.current.number == called.number
    assert "start" in state.current.allowed_actions()  # the clerk goes on serving them
    assert [(e.payload["turn_id"], e.payload["status"], e.payload["undo"]) for e in seen] == [
        (called.id, "called", True)]
    assert actions(queue.db, called.id)[-2:] == ["turns.no_show", "turns.no_show_undone"]


def test_a_no_show_cannot_be_undone_twice_nor_once_the_desk_called_another(queue):
    first = queue.issue_turn(RECEPTION, "A")
    queue.issue_turn(RECEPTION, "A")
    queue.call_next(STAFF, "1")
    queue.no_show(STAFF, "1")
    queue.undo_no_show(STAFF, first.id)
    with pytest.raises(Conflict, match="is not a no-show .it is called.: nothing to undo"):
        queue.undo_no_show(STAFF, first.id)
    queue.no_show(STAFF, "1")
    queue.call_next(STAFF, "1")  # A002 is at the desk now
    with pytest.raises(Conflict, match="desk 1 has called A002 since"):
        queue.undo_no_show(STAFF, first.id)
    assert reads.get_turn(queue.db, first.id).status == "no_show"


def test_an_old_no_show_stays_one(queue):
    issued = queue.issue_turn(RECEPTION, "A")
    called_at = datetime.now(UTC)
    queue.call_next(STAFF, "1", now=called_at)
    queue.no_show(STAFF, "1", now=called_at)
    later = called_at + timedelta(seconds=UNDO_NO_SHOW_S + 1)
    with pytest.raises(Conflict, match="only be undone in the first 5 minutes"):
        queue.undo_no_show(STAFF, issued.id, now=later)
    assert reads.get_turn(queue.db, issued.id).status == "no_show"


def test_undo_needs_the_desk_permission_and_a_known_turn(queue):
    issued = queue.issue_turn(RECEPTION, "A")
    with pytest.raises(PermissionDenied):
        queue.undo_no_show(RECEPTION, issued.id)
    with pytest.raises(NotFound, match="no turn #9999"):
        queue.undo_no_show(STAFF, 9999)
    with pytest.raises(Conflict, match="never called at a desk"):
        queue.undo_no_show(STAFF, issued.id)


def test_reception_cancels_a_waiting_turn_and_it_leaves_the_queue_and_the_figures(
        queue, bus, admin_actor):
    wrong = queue.issue_turn(RECEPTION, "A")
    kept = queue.issue_turn(RECEPTION, "A")
    seen = []
    bus.subscribe(TOPIC_CHANGED, seen.append)
    cancelled = queue.cancel_turn(RECEPTION, wrong.id)
    assert (cancelled.number, cancelled.status) == (wrong.number, "cancelled")
    assert cancelled.finished_at is not None
    assert [(e.payload["turn_id"], e.payload["status"]) for e in seen] == [
        (wrong.id, "cancelled")]
    state = reads.desk_state(queue.db, queue.settings, "1")
    assert [t.number for t in state.waiting] == [kept.number]
    assert queue.call_next(STAFF, "1").turn.number == kept.number
    assert actions(queue.db, wrong.id) == ["turns.issued", "turns.cancelled"]
    today = reads.today(queue.settings)
    assert turn_stats(queue.db, queue.settings, admin_actor, today, today).totals.issued == 1
    assert queue.issue_turn(RECEPTION, "A").number == "A003"  # its number is not given again


def test_a_called_turn_cannot_be_cancelled(queue):
    issued = queue.issue_turn(RECEPTION, "A")
    queue.call_next(STAFF, "2")
    with pytest.raises(Conflict, match="A001 is no longer waiting .it is called."):
        queue.cancel_turn(RECEPTION, issued.id)
    assert reads.get_turn(queue.db, issued.id).status == "called"
    with pytest.raises(PermissionDenied):
        queue.cancel_turn(STAFF, issued.id)
    with pytest.raises(NotFound):
        queue.cancel_turn(RECEPTION, 4242)


def test_the_history_export_names_a_cancelled_turn(queue, tmp_path, admin_actor):
    from timedesk.turns.history_export import export_history

    queue.cancel_turn(RECEPTION, queue.issue_turn(RECEPTION, "A").id)
    day: date = reads.today(queue.settings)
    out = tmp_path / "turns.csv"
    export_history(queue.db, queue.settings, admin_actor, day, day, out, lang="es")
    assert "Anulado" in out.read_text(encoding="utf-8-sig")
