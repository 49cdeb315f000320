"""The order of a session's events is the entry's, not the arrival's (issue 20 item 6): each
event Clockify sends once (start, stop, creation) is stale when the session is past it, a copy
sent while the entry ran is stale once it is closed, and a restore that comes before its delete
makes that delete stale."""

from datetime import timedelta

from clockify_helpers import T0, deliver, history_of, session_of, variant

from timedesk.clockify.backfill import backfill_entries
from timedesk.clockify.config import ClockifyRules

ID = "6260fee78065a229df4561dd"


def actions(db, clockify_id=ID):
    return [h.action.removeprefix("clockify_session.") for h in history_of(db, clockify_id)]


def test_a_creation_for_a_running_session_is_ignored(db, bus, published):
    deliver(db, bus, "NEW_TIMER_STARTED", variant(end=None))
    late = deliver(db, bus, "NEW_TIME_ENTRY", variant(minutes=50))
    got = session_of(db, ID)
    assert late.outcome == "ignored: late or repeated creation"
    assert got.running and got.status == "approved" and actions(db) == ["started"]
    assert [t for t, _ in published] == ["clockify.session.started"]


def test_a_stop_still_closes_a_running_session(db, bus):
    deliver(db, bus, "NEW_TIMER_STARTED", variant(end=None))
    assert deliver(db, bus, "TIMER_STOPPED", variant(minutes=50)).outcome == "stopped"
    assert deliver(db, bus, "TIMER_STOPPED", variant(minutes=40)).outcome == \
        "ignored: late or repeated stop"
    assert session_of(db, ID).duration_seconds == 3000


def test_a_running_edit_of_a_running_session_still_moves_its_start(db, bus):
    deliver(db, bus, "NEW_TIMER_STARTED", variant(end=None))
    deliver(db, bus, "TIME_ENTRY_UPDATED", variant(start=T0 - timedelta(minutes=3), end=None))
    assert session_of(db, ID).start == T0 - timedelta(minutes=3)


def test_a_delete_after_the_restore_of_an_unseen_entry_is_ignored(db, bus, published):
    assert deliver(db, bus, "TIME_ENTRY_RESTORED", variant(minutes=30)).outcome == "created"
    late = deliver(db, bus, "TIME_ENTRY_DELETED", variant(minutes=30))
    assert late.outcome == "ignored: a delete older than the restore already applied"
    assert not session_of(db, ID).deleted and actions(db) == ["created"]
    assert deliver(db, bus, "TIME_ENTRY_DELETED", variant(minutes=31)).outcome == "deleted"


def test_a_restore_after_its_delete_expects_no_other_delete(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=30))
    deliver(db, bus, "TIME_ENTRY_DELETED", variant(minutes=30))
    deliver(db, bus, "TIME_ENTRY_RESTORED", variant(minutes=30))
    assert deliver(db, bus, "TIME_ENTRY_DELETED", variant(minutes=30)).outcome == "deleted"


def test_a_running_rest_copy_fetched_before_the_stop_changes_nothing(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=30))
    stale = variant(start=T0 - timedelta(minutes=4), end=None, description="old")
    result = backfill_entries(db, bus, [stale], rules=ClockifyRules())
    assert result.outcomes == {"ignored: a copy sent while the entry ran, after it stopped": 1}
    got = session_of(db, ID)
    assert (got.start, got.description, got.edits) == (T0, "cloud practitioner", 0)
