"""Edit review and decisions: the first small correction is accepted, later or larger changes
wait for a person, who approves (Clockify times become valid) or rejects (they do not)."""

from datetime import timedelta

import pytest
from clockify_helpers import T0, deliver, history_of, session_of, variant

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.review import approve_session, reject_session
from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError

ID = "6260fee78065a229df4561dd"
MANAGER = Actor("user", "gerente", Role.MANAGER, id=7)
M = timedelta(minutes=1)


def stopped(db, bus, minutes=60):
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=minutes))
    return session_of(db, ID)


def edit(db, bus, start=T0, end=None, **top):
    deliver(db, bus, "TIME_ENTRY_UPDATED", variant(start=start, end=end or T0 + 60 * M, **top))
    return session_of(db, ID)


@pytest.mark.parametrize("start,end", [(T0 + 4 * M, T0 + 60 * M), (T0, T0 + 64 * M),
                                       (T0 - 4 * M, T0 + 60 * M)])
def test_a_first_correction_under_the_tolerance_goes_into_the_valid_times(db, bus, start, end):
    stopped(db, bus)
    got = edit(db, bus, start, end)
    assert (got.valid_start, got.valid_end) == (start, end) == (got.start, got.end)
    assert (got.status, got.edits) == ("approved", 1)
    assert got.valid_duration_seconds == int((end - start).total_seconds())
    assert "first small correction" in history_of(db, ID)[-1].note


def test_a_second_small_correction_puts_the_session_under_review(db, bus, published):
    stopped(db, bus)
    edit(db, bus, T0, T0 + 62 * M)
    got = edit(db, bus, T0, T0 + 63 * M)
    assert (got.status, got.edits) == ("under_review", 2)
    assert (got.valid_end, got.end) == (T0 + 62 * M, T0 + 63 * M)
    topics = [t for t, _ in published]
    assert topics.count("clockify.session.edited") == 2
    assert topics[-1] == "clockify.session.under_review"


@pytest.mark.parametrize("start,end", [(T0 + 5 * M, T0 + 60 * M), (T0, T0 + 90 * M),
                                       (T0 - 3 * M, T0 + 63 * M)])
def test_a_change_at_or_beyond_the_tolerance_keeps_the_valid_times_and_needs_review(db, bus,
                                                                                   start, end):
    stopped(db, bus)
    got = edit(db, bus, start, end)
    assert (got.valid_start, got.valid_end, got.valid_duration_seconds) == (T0, T0 + 60 * M, 3600)
    assert (got.start, got.end, got.status, got.edits) == (start, end, "under_review", 1)


def test_an_entry_shifted_as_a_whole_is_noticed_though_its_duration_is_the_same(db, bus):
    stopped(db, bus)
    got = edit(db, bus, T0 + 30 * M, T0 + 90 * M)
    assert got.duration_seconds == 3600 and got.status == "under_review"


def test_the_tolerance_is_a_setting(db, bus):
    stopped(db, bus)
    deliver(db, bus, "TIME_ENTRY_UPDATED", variant(start=T0, end=T0 + 70 * M),
            ClockifyRules(edit_tolerance_minutes=15))
    got = session_of(db, ID)
    assert (got.status, got.valid_end) == ("approved", T0 + 70 * M)


def test_a_change_of_description_only_is_recorded_but_is_not_an_edit_of_times(db, bus,
                                                                             published):
    stopped(db, bus)
    got = edit(db, bus, description="Estudio — nube ☁")
    assert (got.description, got.edits, got.status) == ("Estudio — nube ☁", 0, "approved")
    last = history_of(db, ID)[-1]
    assert last.action == "clockify_session.edited"
    assert (last.before["description"], last.after["description"]) == ("cloud practitioner",
                                                                       "Estudio — nube ☁")
    assert published[-1][0] == "clockify.session.edited"


def test_approval_copies_the_clockify_times_into_the_valid_times(db, bus, published):
    stopped(db, bus)
    edit(db, bus, T0, T0 + 120 * M)
    got = approve_session(db, bus, MANAGER, session_of(db, ID).id, "confirmed with Ana")
    assert (got.status, got.valid_end, got.valid_duration_seconds) == ("approved", T0 + 120 * M,
                                                                      7200)
    assert (got.observation, got.decided_by) == ("confirmed with Ana", "user:gerente")
    assert got.decided_at is not None
    last = history_of(db, ID)[-1]
    assert (last.action, last.actor, last.note) == ("clockify_session.approved", "user:gerente",
                                                    "approved: confirmed with Ana")
    assert published[-1] == ("clockify.session.decided", {
        "session_id": got.id, "clockify_id": ID, "cause": "APPROVED", "status": "approved"})


def test_an_approved_session_edited_again_goes_back_under_review_keeping_approved_times(db, bus):
    stopped(db, bus)
    edit(db, bus, T0, T0 + 120 * M)
    approve_session(db, bus, MANAGER, session_of(db, ID).id, "ok")
    got = edit(db, bus, T0, T0 + 121 * M)  # small, but the session was decided by a person
    assert (got.status, got.valid_end, got.end) == ("under_review", T0 + 120 * M, T0 + 121 * M)


def test_even_a_first_small_edit_of_a_decided_manual_entry_needs_review(db, bus):
    deliver(db, bus, "NEW_TIME_ENTRY", variant(start=T0, minutes=60))
    approve_session(db, bus, MANAGER, session_of(db, ID).id)
    got = edit(db, bus, T0, T0 + 62 * M)
    assert (got.status, got.valid_end) == ("under_review", T0 + 60 * M)


def test_rejection_keeps_the_valid_times_and_needs_a_note(db, bus, published):
    stopped(db, bus)
    edit(db, bus, T0, T0 + 180 * M)
    session_id = session_of(db, ID).id
    with pytest.raises(ValidationError):
        reject_session(db, bus, MANAGER, session_id, "  ")
    got = reject_session(db, bus, MANAGER, session_id, "no consta en la agenda")
    assert (got.status, got.valid_end, got.end) == ("rejected", T0 + 60 * M, T0 + 180 * M)
    assert got.observation == "no consta en la agenda"
    assert published[-1][1]["status"] == "rejected"
    again = edit(db, bus, T0, T0 + 181 * M)
    assert (again.status, again.valid_end) == ("under_review", T0 + 60 * M)


def test_deciding_twice_the_same_way_writes_one_history_row(db, bus):
    stopped(db, bus)
    edit(db, bus, T0, T0 + 100 * M)
    session_id = session_of(db, ID).id
    approve_session(db, bus, MANAGER, session_id, "ok")
    approve_session(db, bus, MANAGER, session_id, "ok")
    assert [h.action for h in history_of(db, ID)].count("clockify_session.approved") == 1


def test_decisions_need_the_approve_permission(db, bus):
    stopped(db, bus)
    for role in (Role.STAFF, Role.RECEPTIONIST, Role.REQUESTER):
        with pytest.raises(PermissionDenied):
            approve_session(db, bus, Actor("user", "x", role), session_of(db, ID).id)
    assert len(history_of(db, ID)) == 1


def test_running_deleted_and_missing_sessions_cannot_be_decided(db, bus):
    deliver(db, bus, "NEW_TIMER_STARTED", variant(end=None))
    with pytest.raises(Conflict, match="running"):
        approve_session(db, bus, MANAGER, session_of(db, ID).id)
    deliver(db, bus, "TIME_ENTRY_DELETED", variant(minutes=30))
    with pytest.raises(Conflict, match="deleted"):
        reject_session(db, bus, MANAGER, session_of(db, ID).id, "no")
    with pytest.raises(NotFound):
        approve_session(db, bus, MANAGER, 999_999)


def test_an_edit_of_the_start_while_running_is_judged_and_the_stop_fills_the_valid_end(db, bus):
    deliver(db, bus, "NEW_TIMER_STARTED", variant(start=T0, end=None))
    deliver(db, bus, "TIME_ENTRY_UPDATED", variant(start=T0 - 30 * M, end=None))
    running = session_of(db, ID)
    assert (running.status, running.valid_start, running.start) == ("under_review", T0,
                                                                     T0 - 30 * M)
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0 - 30 * M, end=T0 + 60 * M))
    got = session_of(db, ID)
    assert (got.valid_start, got.valid_end, got.valid_duration_seconds) == (T0, T0 + 60 * M, 3600)
    assert (got.duration_seconds, got.edits, got.status) == (5400, 1, "under_review")
