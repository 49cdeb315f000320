"""timedesk.clockify.manual (no HTTP): what a person does by hand is checked, judged like
Clockify's edits, audited with the person as the actor and announced on the bus."""

from datetime import timedelta

import pytest
from clockify_http_helpers import T0, VIEWER, store_and_process, variant

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify import manual, queries
from timedesk.clockify.config import ClockifyRules
from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError

MANAGER = Actor("user", "marta", Role.MANAGER, 7)
STAFF = Actor("user", "sam", Role.STAFF, 8)


@pytest.fixture
def user_id(db, bus):
    return manual.create_user(db, bus, MANAGER, clockify_id="625cf4a6a7d9d34012f70de1",
                              name="JP Weijers", email="jp@example.com").id


@pytest.fixture
def published(bus):
    seen = []
    bus.subscribe("clockify.", lambda event: seen.append(event.topic))
    return seen


def test_a_manual_session_follows_the_review_setting(db, bus, user_id, published):
    made = manual.create_manual_session(db, bus, MANAGER, user_id=user_id, description="Visita",
                                        start=T0, end=T0 + timedelta(hours=2), note="no timer")
    relaxed = manual.create_manual_session(
        db, bus, MANAGER, user_id=user_id, description="", start=T0, end=T0 + timedelta(hours=6),
        rules=ClockifyRules(manual_entries_need_review=False))
    assert (made.status, made.duration_seconds, made.overtime) == ("under_review", 7200, False)
    assert (relaxed.status, relaxed.overtime) == ("approved", True)
    [row] = queries.session_history(db, VIEWER, made.id)
    assert (row.actor, row.action) == ("user:marta", "clockify_session.created")
    assert "no timer" in row.note
    assert "clockify.session.created" in published
    assert "clockify.session.under_review" in published


def test_manual_changes_need_clockify_manage(db, bus, user_id):
    with pytest.raises(PermissionDenied):
        manual.create_manual_session(db, bus, STAFF, user_id=user_id, description="",
                                     start=T0, end=T0)
    with pytest.raises(PermissionDenied):
        manual.update_session(db, bus, STAFF, 1, description="x", note="x")
    with pytest.raises(PermissionDenied):
        manual.soft_delete_session(db, bus, STAFF, 1, note="x")
    with pytest.raises(PermissionDenied):
        manual.create_user(db, bus, STAFF, clockify_id="abc")


def test_naive_or_reversed_times_are_refused(db, bus, user_id):
    with pytest.raises(ValidationError, match="aware"):
        manual.create_manual_session(db, bus, MANAGER, user_id=user_id, description="",
                                     start=T0.replace(tzinfo=None), end=T0)
    with pytest.raises(ValidationError, match="ends before it starts"):
        manual.create_manual_session(db, bus, MANAGER, user_id=user_id, description="",
                                     start=T0, end=T0 - timedelta(seconds=1))


def test_an_unchanged_value_writes_no_history(db, bus):
    stored = store_and_process(db, bus, "TIMER_STOPPED", variant())
    same = queries.get_session(db, VIEWER, stored.session_id)
    manual.update_session(db, bus, MANAGER, same.id, description=same.description, note="noop")
    assert len(queries.session_history(db, VIEWER, same.id)) == 1


def test_an_edit_after_a_decision_goes_back_under_review(db, bus):
    from timedesk.clockify import review

    stored = store_and_process(db, bus, "TIMER_STOPPED", variant())
    review.approve_session(db, bus, MANAGER, stored.session_id, "ok")
    edited = manual.update_session(db, bus, MANAGER, stored.session_id,
                                   end=T0 + timedelta(minutes=31), note="one minute more")
    assert (edited.status, edited.valid_duration_seconds) == ("under_review", 1800)


def test_a_later_clockify_edit_is_judged_after_a_manual_one(db, bus):
    stored = store_and_process(db, bus, "TIMER_STOPPED", variant())
    manual.update_session(db, bus, MANAGER, stored.session_id, end=T0 + timedelta(minutes=32),
                          note="small")
    again = store_and_process(db, bus, "TIME_ENTRY_UPDATED", variant(minutes=33))
    assert queries.get_session(db, VIEWER, again.session_id).status == "under_review"


def test_soft_delete_keeps_the_row_and_unknown_ids_are_not_found(db, bus):
    stored = store_and_process(db, bus, "TIMER_STOPPED", variant())
    gone = manual.soft_delete_session(db, bus, MANAGER, stored.session_id, note="duplicate")
    assert gone.deleted and gone.deleted_at is not None
    with pytest.raises(Conflict):
        manual.update_session(db, bus, MANAGER, gone.id, description="x", note="x")
    with pytest.raises(NotFound):
        manual.soft_delete_session(db, bus, MANAGER, 999999, note="x")


def test_a_typed_in_user_is_linked_later_by_webhooks(db, bus, user_id):
    stored = store_and_process(db, bus, "TIMER_STOPPED", variant())
    found = queries.get_session(db, VIEWER, stored.session_id)
    assert (found.user.id, found.user.email) == (user_id, "jp@example.com")
    with pytest.raises(Conflict):
        manual.create_user(db, bus, MANAGER, clockify_id="625cf4a6a7d9d34012f70de1")
