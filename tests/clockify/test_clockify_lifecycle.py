"""Replaying the real samples and variants derived from them through the durable inbox:
start/stop, duplicates, out-of-order deliveries, manual entries, deletes and restores."""

from datetime import timedelta

import pytest
from clockify_helpers import T0, VIEWER, deliver, history_of, sample, session_of, variant

from timedesk.clockify import queries
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.queries import SessionFilter

ID = "6260fee78065a229df4561dd"  # the entry of the 2022 sample


def actions(db, clockify_id=ID):
    return [h.action.removeprefix("clockify_session.") for h in history_of(db, clockify_id)]


def test_start_then_stop_gives_one_closed_approved_session_with_two_history_rows(db, bus,
                                                                                published):
    deliver(db, bus, "NEW_TIMER_STARTED", variant(end=None))
    running = session_of(db, ID)
    assert running.running and running.end is None and running.duration_seconds is None
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=90))
    done = session_of(db, ID)
    assert (done.running, done.duration_seconds, done.valid_duration_seconds) == (False, 5400,
                                                                                  5400)
    assert (done.status, done.edits, done.overtime) == ("approved", 0, False)
    assert actions(db) == ["started", "stopped"]
    assert [h.actor for h in history_of(db, ID)] == ["webhook:clockify"] * 2
    assert [h.note for h in history_of(db, ID)] == ["NEW_TIMER_STARTED", "TIMER_STOPPED"]
    assert [t for t, _ in published] == ["clockify.session.started", "clockify.session.stopped"]
    assert published[0][1] == {"session_id": done.id, "clockify_id": ID,
                               "cause": "NEW_TIMER_STARTED"}


def test_the_real_2022_stop_sample_alone_creates_its_session_from_the_stop(db, bus):
    outcome = deliver(db, bus, "TIMER_STOPPED", sample("TIMER_STOPPED.2022"))
    assert (outcome.status, outcome.outcome) == ("processed", "stopped")
    got = session_of(db, ID)
    assert (got.duration_seconds, got.project_name, got.client_name, got.user.name) == (
        26, "Kabisa - Persoonlijke Ontwikkeling", "Kabisa", "JP Weijers")
    assert got.created_by_event == "TIMER_STOPPED"
    assert "start was not received" in history_of(db, ID)[0].note


def test_a_late_start_never_reopens_a_stopped_session(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=30))
    late = deliver(db, bus, "NEW_TIMER_STARTED", variant(end=None))
    got = session_of(db, ID)
    assert late.outcome.startswith("ignored") and not got.running and got.duration_seconds == 1800
    assert actions(db) == ["stopped"]


@pytest.mark.parametrize("event,body", [
    ("NEW_TIMER_STARTED", lambda: variant(end=None)),
    ("TIMER_STOPPED", lambda: variant(minutes=45)),
    ("NEW_TIME_ENTRY", lambda: sample("NEW_TIME_ENTRY.2025")),
    ("TIME_ENTRY_UPDATED", lambda: variant(minutes=45)),
    ("TIME_ENTRY_DELETED", lambda: variant(minutes=45)),
])
def test_a_duplicate_delivery_changes_nothing_and_adds_no_history_row(db, bus, published, event,
                                                                      body):
    first = deliver(db, bus, event, body())
    before = queries.get_session(db, VIEWER, first.session_id)
    rows, events = len(queries.session_history(db, VIEWER, first.session_id)), len(published)
    again = deliver(db, bus, event, body())
    assert again.status == "processed"
    assert again.outcome == "unchanged" or again.outcome.startswith("ignored")
    assert queries.get_session(db, VIEWER, first.session_id) == before
    assert len(queries.session_history(db, VIEWER, first.session_id)) == rows == 1
    assert len(published) == events


def test_a_manual_entry_starts_under_review_and_a_setting_can_approve_it(db, bus, published):
    deliver(db, bus, "NEW_TIME_ENTRY", sample("NEW_TIME_ENTRY.2025"))
    got = session_of(db, "68453d0cf0c88d522704ab76")
    assert got.status == "under_review" and got.created_by_event == "NEW_TIME_ENTRY"
    assert "clockify.session.under_review" in [t for t, _ in published]
    trusting = ClockifyRules(manual_entries_need_review=False)
    deliver(db, bus, "NEW_TIME_ENTRY", variant(minutes=20), trusting)
    assert session_of(db, ID).status == "approved"


def test_no_project_no_task_and_a_unicode_description_are_stored(db, bus):
    body = variant(minutes=10, description="Reunión con el cliente — ñandú 会议 🚀",
                   project=None, task=None, projectId=None, tags=[])
    deliver(db, bus, "TIMER_STOPPED", body)
    got = session_of(db, ID)
    assert got.description == "Reunión con el cliente — ñandú 会议 🚀"
    assert (got.project_id, got.project_name, got.task_id, got.task_name) == (None,) * 4


def test_a_2021_body_without_currently_running_and_a_session_over_24_hours(db, bus):
    body = variant(minutes=26 * 60 + 5)
    del body["currentlyRunning"]
    deliver(db, bus, "TIMER_STOPPED", body)
    got = session_of(db, ID)
    assert got.duration_seconds == (26 * 60 + 5) * 60 and got.overtime and not got.running


def test_the_2025_sample_keeps_timezone_offsets_and_tags(db, bus):
    deliver(db, bus, "NEW_TIME_ENTRY", sample("NEW_TIME_ENTRY.2025"))
    got = session_of(db, "68453d0cf0c88d522704ab76")
    assert (got.time_zone, got.offset_start, got.offset_end) == ("Asia/Calcutta", 19800, 19800)
    assert got.tags == ({"id": "68452a1b0300f917a02f30bc", "name": "new"},)


def test_an_older_body_without_zone_fields_does_not_erase_the_known_zone(db, bus):
    body = sample("NEW_TIME_ENTRY.2025")
    deliver(db, bus, "NEW_TIME_ENTRY", body)
    for key in ("timeZone", "offsetStart", "offsetEnd", "zonedStart", "zonedEnd"):
        del body["timeInterval"][key]
    body["description"] = "Test, renamed"
    deliver(db, bus, "TIME_ENTRY_UPDATED", body)
    got = session_of(db, "68453d0cf0c88d522704ab76")
    assert got.description == "Test, renamed" and got.time_zone == "Asia/Calcutta"


def test_delete_is_soft_with_history_and_hides_the_session_from_lists(db, bus, published):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=30))
    deliver(db, bus, "TIME_ENTRY_DELETED", variant(minutes=30))
    got = session_of(db, ID)
    assert got.deleted and got.deleted_at is not None and got.duration_seconds == 1800
    assert actions(db) == ["stopped", "deleted"]
    assert queries.list_sessions(db, VIEWER).total == 0
    assert queries.list_sessions(db, VIEWER, SessionFilter(deleted=True)).total == 1
    assert published[-1][0] == "clockify.session.deleted"


def test_a_delete_of_an_unknown_entry_is_recorded_as_a_deleted_session(db, bus, published):
    outcome = deliver(db, bus, "TIME_ENTRY_DELETED", variant(minutes=30))
    got = session_of(db, ID)
    assert outcome.outcome == "deleted" and got.deleted and got.created_by_event == \
        "TIME_ENTRY_DELETED"
    (row,) = history_of(db, ID)
    assert row.action == "clockify_session.deleted" and row.before is None
    assert "not seen" in row.note
    assert [t for t, _ in published] == ["clockify.session.deleted"]


@pytest.mark.parametrize("event", ["NEW_TIMER_STARTED", "TIMER_STOPPED", "TIME_ENTRY_UPDATED",
                                   "NEW_TIME_ENTRY"])
def test_events_arriving_after_a_delete_do_not_bring_the_session_back(db, bus, event):
    deliver(db, bus, "TIME_ENTRY_DELETED", variant(minutes=30))
    deliver(db, bus, event, variant(minutes=40))
    got = session_of(db, ID)
    assert got.deleted and got.duration_seconds == 1800 and actions(db) == ["deleted"]


def test_a_restore_undeletes_the_session_and_a_restore_of_an_unknown_entry_creates_it(db, bus,
                                                                                     published):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=30))
    deliver(db, bus, "TIME_ENTRY_DELETED", variant(minutes=30))
    deliver(db, bus, "TIME_ENTRY_RESTORED", variant(minutes=30))
    got = session_of(db, ID)
    assert not got.deleted and got.deleted_at is None and got.status == "approved"
    assert actions(db) == ["stopped", "deleted", "restored"]
    assert published[-1][0] == "clockify.session.created"
    other = variant(minutes=15, id="aaaaaaaaaaaaaaaaaaaaaaaa")
    assert deliver(db, bus, "TIME_ENTRY_RESTORED", other).outcome == "created"
    assert session_of(db, "aaaaaaaaaaaaaaaaaaaaaaaa").status == "approved"


def test_an_update_of_an_unseen_entry_creates_it_under_review(db, bus):
    deliver(db, bus, "TIME_ENTRY_UPDATED", variant(minutes=30))
    got = session_of(db, ID)
    assert (got.status, got.edits, got.duration_seconds) == ("under_review", 1, 1800)


def test_a_split_is_judged_as_an_update(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=120))
    deliver(db, bus, "TIME_ENTRY_SPLIT", variant(minutes=60))
    got = session_of(db, ID)
    assert (got.duration_seconds, got.valid_duration_seconds, got.status) == (3600, 7200,
                                                                             "under_review")


def test_a_stale_running_copy_of_a_closed_entry_changes_nothing(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=30, description="after the stop"))
    late = deliver(db, bus, "TIME_ENTRY_UPDATED",
                   variant(start=T0 - timedelta(minutes=9), end=None,
                           description="renamed while running"))
    got = session_of(db, ID)
    assert late.outcome.startswith("ignored: a copy sent while the entry ran")
    assert not got.running and (got.start, got.duration_seconds) == (T0, 1800)
    assert got.description == "after the stop" and got.edits == 0 and actions(db) == ["stopped"]


def test_users_are_upserted_from_the_entry_without_inventing_an_email(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(minutes=5))
    body = variant(minutes=5, id="bbbbbbbbbbbbbbbbbbbbbbbb")
    body["user"]["name"] = "J. P. Weijers"
    deliver(db, bus, "TIMER_STOPPED", body)
    user = session_of(db, "bbbbbbbbbbbbbbbbbbbbbbbb").user
    assert (user.clockify_id, user.name, user.email, user.clockify_status) == (
        "625cf4a6a7d9d34012f70de1", "J. P. Weijers", None, "ACTIVE")
    assert session_of(db, ID).user.id == user.id


def test_a_session_keeps_the_start_of_its_entry_not_the_arrival_time(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0 - timedelta(days=400), minutes=10))
    assert session_of(db, ID).start == T0 - timedelta(days=400)
