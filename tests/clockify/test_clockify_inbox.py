"""The durable inbox: stored before the answer, processed after; failures kept for reprocessing;
rejected requests and failures in one bounded error log."""

import pytest
from clockify_helpers import VIEWER, deliver, sample, session_of, variant

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify import inbox, queries, webhooks
from timedesk.clockify.config import ClockifyRules
from timedesk.errors import NotFound, PermissionDenied, ValidationError

ID = "6260fee78065a229df4561dd"
RULES = ClockifyRules()
MANAGER = Actor("user", "gerente", Role.MANAGER, 7)


def test_a_stored_delivery_waits_as_pending_until_it_is_processed(db, bus):
    delivery_id = inbox.store_delivery(db, "timer_stopped", {"User-Agent": "Vert.x-WebClient"},
                                       sample("TIMER_STOPPED.2022"))
    stored = inbox.get_delivery(db, VIEWER, delivery_id)
    assert (stored.status, stored.attempts, stored.event_type, stored.clockify_id) == (
        "pending", 0, "TIMER_STOPPED", ID)
    assert stored.body == sample("TIMER_STOPPED.2022")
    assert queries.list_sessions(db, VIEWER).total == 0
    done = inbox.process_delivery(db, bus, delivery_id, rules=RULES)
    assert (done.status, done.attempts, done.outcome) == ("processed", 1, "stopped")
    assert done.session_id == session_of(db, ID).id


def test_headers_that_carry_secrets_are_never_stored(db):
    delivery_id = inbox.store_delivery(db, "TIMER_STOPPED", {
        "Clockify-Signature": "s3cr3t-token", "Authorization": "Bearer x", "X-Api-Key": "k",
        "clockify-webhook-event-type": "TIMER_STOPPED", "content-type": "application/json"},
        sample("TIMER_STOPPED.2022"))
    from timedesk.clockify.models import ClockifyDelivery

    with db.session_factory() as s:
        headers = s.get(ClockifyDelivery, delivery_id).headers
    assert headers == {"clockify-webhook-event-type": "TIMER_STOPPED",
                       "content-type": "application/json"}


def test_processing_twice_is_harmless(db, bus):
    delivery = deliver(db, bus, "TIMER_STOPPED", variant(minutes=10))
    again = inbox.process_delivery(db, bus, delivery.id, rules=RULES)
    assert again == delivery and len(queries.session_history(db, VIEWER, again.session_id)) == 1


def test_event_types_not_processed_are_stored_and_marked_ignored(db, bus):
    project = {"id": "625d15dfbea8f62f6f3aa377", "name": "Kabisa", "workspaceId": "w"}
    done = deliver(db, bus, "NEW_PROJECT", project)
    assert (done.status, done.outcome) == ("ignored", "event type not processed")
    assert inbox.get_delivery(db, VIEWER, done.id).body == project


def test_deliveries_of_another_workspace_are_ignored_when_a_workspace_is_set(db, bus):
    rules = ClockifyRules(workspace_id="684446430300f917a02c198b")
    other = deliver(db, bus, "TIMER_STOPPED", sample("TIMER_STOPPED.2022"), rules)
    ours = deliver(db, bus, "NEW_TIME_ENTRY", sample("NEW_TIME_ENTRY.2025"), rules)
    assert (other.status, other.outcome, ours.status) == ("ignored", "another workspace",
                                                         "processed")


def test_a_body_without_id_is_kept_as_failed_with_the_missing_field_in_the_error_log(db, bus):
    body = sample("TIMER_STOPPED.2022")
    del body["id"]
    done = deliver(db, bus, "TIMER_STOPPED", body)
    assert (done.status, done.attempts) == ("failed", 1)
    assert "PayloadError" in done.error and "time entry id: missing" in done.error
    (logged,) = inbox.list_error_log(db, VIEWER).items
    assert (logged.reason, logged.delivery_id, logged.event_type) == ("processing_failed",
                                                                     done.id, "TIMER_STOPPED")
    assert "cloud practitioner" in logged.body_excerpt


def test_a_failed_processing_keeps_the_body_and_reprocess_applies_it_later(db, bus, monkeypatch):
    real_apply = inbox.apply_entry

    def database_hiccup(*args, **kwargs):
        raise RuntimeError("connection reset while applying")

    monkeypatch.setattr(inbox, "apply_entry", database_hiccup)
    failed = deliver(db, bus, "TIMER_STOPPED", variant(minutes=10))
    assert (failed.status, failed.error) == ("failed",
                                             "RuntimeError: connection reset while applying")
    assert queries.list_sessions(db, VIEWER).total == 0
    assert inbox.reprocess_failed(db, bus, MANAGER, rules=RULES) == inbox.ReprocessResult(0, 0, 1)
    monkeypatch.setattr(inbox, "apply_entry", real_apply)
    assert inbox.reprocess_failed(db, bus, MANAGER, rules=RULES) == inbox.ReprocessResult(1, 0, 0)
    done = inbox.get_delivery(db, VIEWER, failed.id)
    assert (done.status, done.attempts, done.error) == ("processed", 3, None)
    assert session_of(db, ID).duration_seconds == 600
    assert inbox.reprocess_failed(db, bus, MANAGER, rules=RULES) == inbox.ReprocessResult(0, 0, 0)


def test_reprocess_also_picks_up_deliveries_left_pending_by_a_crash(db, bus):
    first = inbox.store_delivery(db, "NEW_TIMER_STARTED", {}, variant(end=None))
    second = inbox.store_delivery(db, "TIMER_STOPPED", {}, variant(minutes=10))
    ignored = inbox.store_delivery(db, "USER_JOINED_WORKSPACE", {}, {"id": "u"})
    assert inbox.reprocess_failed(db, bus, MANAGER, rules=RULES) == inbox.ReprocessResult(2, 1, 0)
    assert [h.action for h in queries.session_history(db, VIEWER, session_of(db, ID).id)] == [
        "clockify_session.started", "clockify_session.stopped"]
    assert {inbox.get_delivery(db, VIEWER, i).status for i in (first, second)} == {"processed"}
    assert inbox.get_delivery(db, VIEWER, ignored).status == "ignored"


def test_a_body_that_is_not_an_object_cannot_be_stored(db):
    with pytest.raises(ValidationError):
        inbox.store_delivery(db, "TIMER_STOPPED", {}, ["not", "an", "object"])


def test_rejections_are_logged_with_a_bounded_excerpt(db):
    huge = b'{"id": "' + "ñ".encode() * 600_000 + b'"'
    inbox.log_rejection(db, "too_large", "body over 1 MiB", huge, event_type="timer_stopped")
    inbox.log_rejection(db, "malformed_json", "Expecting value: line 1 column 1", "{oops")
    page = inbox.list_error_log(db, VIEWER)
    assert page.total == 2
    malformed, large = page.items
    assert (malformed.reason, malformed.body_excerpt) == ("malformed_json", "{oops")
    assert large.event_type == "TIMER_STOPPED"
    assert len(large.body_excerpt) <= inbox.EXCERPT_CHARS + 1
    assert inbox.list_error_log(db, VIEWER, reason="too_large").total == 1


def test_a_delivery_through_a_webhook_marks_the_time_of_its_last_event(db, admin_actor):
    hook = webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", "tok-0123456789abcdef")
    assert webhooks.list_webhooks(db, admin_actor)[0].last_event_at is None
    inbox.store_delivery(db, "TIMER_STOPPED", {}, variant(minutes=1), webhook_id=hook.id)
    (listed,) = webhooks.list_webhooks(db, admin_actor)
    assert listed.last_event_at is not None


def test_listing_deliveries_filters_pages_and_needs_view_permission(db, bus):
    for minutes in (1, 2, 3):
        deliver(db, bus, "TIMER_STOPPED", variant(minutes=minutes))
    deliver(db, bus, "NEW_CLIENT", {"id": "x"})
    page = inbox.list_deliveries(db, VIEWER, status="processed", limit=2)
    assert page.total == 3 and len(page.items) == 2 and page.items[0].body is None
    assert inbox.list_deliveries(db, VIEWER, event_type="NEW_CLIENT").total == 1
    with pytest.raises(PermissionDenied):
        inbox.list_deliveries(db, Actor("user", "x", Role.RECEPTIONIST))
    with pytest.raises(NotFound):
        inbox.process_delivery(db, bus, 987654, rules=RULES)


def test_reprocess_needs_the_clockify_manage_permission(db, bus):
    failed_or_pending = inbox.store_delivery(db, "TIMER_STOPPED", {}, variant(minutes=10))
    with pytest.raises(PermissionDenied):
        inbox.reprocess_failed(db, bus, Actor("user", "rosa", Role.RECEPTIONIST, 8), rules=RULES)
    assert inbox.get_delivery(db, VIEWER, failed_or_pending).status == "pending"
