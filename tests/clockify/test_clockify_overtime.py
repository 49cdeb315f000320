"""Overtime: strictly longer than the threshold, judged when a session closes and, for running
sessions, by the monitor that calls flag_running_overtime every minute."""

from datetime import timedelta

import pytest
from clockify_helpers import T0, deliver, history_of, sample, session_of, variant

from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.overtime import flag_running_overtime
from timedesk.errors import ValidationError

ID = "6260fee78065a229df4561dd"
RULES = ClockifyRules()
S = timedelta(seconds=1)


@pytest.mark.parametrize("length,flagged", [(timedelta(hours=5), False),
                                            (timedelta(hours=5) + S, True),
                                            (timedelta(hours=4, minutes=59, seconds=59), False)])
def test_only_a_session_strictly_longer_than_5_hours_is_overtime(db, bus, published, length,
                                                                  flagged):
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, end=T0 + length))
    assert session_of(db, ID).overtime is flagged
    assert ("clockify.session.overtime" in [t for t, _ in published]) is flagged


def test_the_real_11_hour_manual_sample_is_overtime(db, bus):
    deliver(db, bus, "NEW_TIME_ENTRY", sample("NEW_TIME_ENTRY.2025"))
    assert session_of(db, "68453d0cf0c88d522704ab76").overtime


def test_the_threshold_is_a_setting(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=61),
            ClockifyRules(overtime_hours=1))
    assert session_of(db, ID).overtime


def test_the_monitor_flags_a_running_session_once_it_passes_the_threshold(db, bus, published):
    deliver(db, bus, "NEW_TIMER_STARTED", variant(start=T0, end=None))
    assert flag_running_overtime(db, bus, T0 + timedelta(hours=5), rules=RULES) == []
    assert not session_of(db, ID).overtime
    flagged = flag_running_overtime(db, bus, T0 + timedelta(hours=5) + S, rules=RULES)
    got = session_of(db, ID)
    assert flagged == [got.id] and got.overtime and got.running
    last = history_of(db, ID)[-1]
    assert (last.action, last.actor, last.note) == ("clockify_session.overtime",
                                                    "monitor:clockify-overtime",
                                                    "running longer than 5 h")
    assert published[-1] == ("clockify.session.overtime",
                             {"session_id": got.id, "clockify_id": ID, "cause": "MONITOR"})


def test_flagging_is_idempotent_and_the_stop_does_not_announce_overtime_again(db, bus, published):
    deliver(db, bus, "NEW_TIMER_STARTED", variant(start=T0, end=None))
    flag_running_overtime(db, bus, T0 + timedelta(hours=6), rules=RULES)
    assert flag_running_overtime(db, bus, T0 + timedelta(hours=7), rules=RULES) == []
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, end=T0 + timedelta(hours=8)))
    assert [h.action for h in history_of(db, ID)] == [
        "clockify_session.started", "clockify_session.overtime", "clockify_session.stopped"]
    assert [t for t, _ in published].count("clockify.session.overtime") == 1
    assert session_of(db, ID).overtime


def test_the_monitor_skips_closed_and_deleted_sessions(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=30))
    deliver(db, bus, "NEW_TIMER_STARTED", variant(start=T0, end=None, id="c" * 24))
    deliver(db, bus, "TIME_ENTRY_DELETED", variant(start=T0, end=None, id="c" * 24))
    assert flag_running_overtime(db, bus, T0 + timedelta(days=2), rules=RULES) == []


def test_the_monitor_needs_an_aware_time(db, bus):
    with pytest.raises(ValidationError):
        flag_running_overtime(db, bus, T0.replace(tzinfo=None), rules=RULES)


def test_a_closed_session_edited_below_the_threshold_is_no_longer_overtime(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, end=T0 + timedelta(hours=6)))
    deliver(db, bus, "TIME_ENTRY_UPDATED", variant(start=T0, end=T0 + timedelta(hours=4)))
    got = session_of(db, ID)
    assert not got.overtime and got.status == "under_review"
    assert history_of(db, ID)[-1].after["overtime"] is False
