"""Duplicates arrive milliseconds apart and may be processed at the same moment by two workers:
the log must still hold one session and one history row per change (both engines)."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from clockify_helpers import VIEWER, session_of, variant

from timedesk.audit.service import history
from timedesk.clockify import inbox, queries, sessions
from timedesk.clockify.config import ClockifyRules

ID = "6260fee78065a229df4561dd"
RULES = ClockifyRules()


@pytest.fixture
def slow_writes(monkeypatch):
    """Each worker pauses between finding no session and inserting one, so that without locks
    and retries both would insert (or one would fail on the unique key)."""
    real = sessions._create

    def paused(*args, **kwargs):
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(sessions, "_create", paused)


@pytest.fixture
def slow_apply(monkeypatch):
    """Each worker pauses after reading its delivery and before touching the session."""
    real = inbox.apply_entry

    def paused(*args, **kwargs):
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(inbox, "apply_entry", paused)


def together(*calls):
    barrier = threading.Barrier(len(calls))

    def run(call):
        barrier.wait()
        return call()

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


def session_rows(db):
    return len(queries.session_history(db, VIEWER, session_of(db, ID).id))


def test_one_delivery_processed_by_two_threads_at_once_is_applied_once(db, bus, slow_apply):
    inbox.process_delivery(db, bus, inbox.store_delivery(db, "TIMER_STOPPED", {},
                                                         variant(minutes=10)), rules=RULES)
    edit = inbox.store_delivery(db, "TIME_ENTRY_UPDATED", {}, variant(minutes=12))
    results = together(*[lambda: inbox.process_delivery(db, bus, edit, rules=RULES)] * 2)
    assert [(r.status, r.outcome) for r in results] == [("processed", "edited")] * 2
    assert inbox.get_delivery(db, VIEWER, edit).attempts == 1
    assert session_of(db, ID).edits == 1 and session_rows(db) == 2


def test_two_identical_deliveries_processed_at_once_give_one_session_and_one_history_row(
        db, bus, slow_writes):
    first = inbox.store_delivery(db, "TIMER_STOPPED", {}, variant(minutes=10))
    second = inbox.store_delivery(db, "TIMER_STOPPED", {}, variant(minutes=10))
    results = together(lambda: inbox.process_delivery(db, bus, first, rules=RULES),
                       lambda: inbox.process_delivery(db, bus, second, rules=RULES))
    assert sorted(r.outcome for r in results) == ["ignored: late or repeated stop", "stopped"]
    assert queries.list_sessions(db, VIEWER).total == 1 and session_rows(db) == 1
    user_id = session_of(db, ID).user.id
    with db.session_factory() as s:
        assert len(history(s, "clockify_user", user_id)) == 1


def test_a_start_and_its_stop_processed_at_once_end_as_one_closed_session(db, bus, slow_writes):
    start = inbox.store_delivery(db, "NEW_TIMER_STARTED", {}, variant(end=None))
    stop = inbox.store_delivery(db, "TIMER_STOPPED", {}, variant(minutes=10))
    results = together(lambda: inbox.process_delivery(db, bus, start, rules=RULES),
                       lambda: inbox.process_delivery(db, bus, stop, rules=RULES))
    assert {r.status for r in results} == {"processed"}
    got = session_of(db, ID)
    assert not got.running and got.duration_seconds == 600
    assert session_rows(db) in (1, 2)  # stop first: the late start is ignored


def test_two_different_edits_processed_at_once_are_both_counted(db, bus, slow_apply):
    inbox.process_delivery(db, bus, inbox.store_delivery(db, "TIMER_STOPPED", {},
                                                         variant(minutes=10)), rules=RULES)
    edits = [inbox.store_delivery(db, "TIME_ENTRY_UPDATED", {}, variant(minutes=m))
             for m in (12, 40)]
    together(*[lambda i=i: inbox.process_delivery(db, bus, i, rules=RULES) for i in edits])
    got = session_of(db, ID)
    assert (got.edits, got.status) == (2, "under_review") and session_rows(db) == 3
