"""Webhook tokens: one per Clockify webhook, stored as a hash, compared in constant time."""

import hashlib

import pytest
from sqlalchemy import text

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify import webhooks
from timedesk.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)

TOKEN = "Zq3tYv9KpL2mWx8NcR5bHd7FgJ4sAe6U"  # a 32-character token like Clockify's in 2022
OTHER = "eyJhbGciOiJIUzI1NiJ9.eyJ3ZWJob29rIjoiMSJ9.c2lnbmF0dXJl"  # a JWT-looking one


def test_a_registered_token_verifies_for_its_own_event_only(db, admin_actor):
    stop = webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", TOKEN + "\n", label="end")
    start = webhooks.add_webhook(db, admin_actor, "NEW_TIMER_STARTED", OTHER)
    assert webhooks.verify_webhook_token(db, TOKEN, "TIMER_STOPPED") == stop.id
    assert webhooks.verify_webhook_token(db, OTHER, "NEW_TIMER_STARTED") == start.id
    with pytest.raises(AuthenticationFailed):
        webhooks.verify_webhook_token(db, TOKEN, "NEW_TIMER_STARTED")


@pytest.mark.parametrize("token", [None, "", "wrong", TOKEN[:-1], TOKEN + "x", TOKEN.lower()])
def test_missing_or_wrong_tokens_fail(db, admin_actor, token):
    webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", TOKEN)
    with pytest.raises(AuthenticationFailed) as caught:
        webhooks.verify_webhook_token(db, token, "TIMER_STOPPED")
    assert caught.value.http_status == 401


def test_nothing_verifies_when_no_webhook_is_registered(db):
    with pytest.raises(AuthenticationFailed):
        webhooks.verify_webhook_token(db, TOKEN, "TIMER_STOPPED")


def test_the_token_is_stored_only_as_a_hash_and_never_in_the_history(db, admin_actor):
    webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", TOKEN)
    with db.engine.connect() as conn:
        dump = repr(conn.execute(text("SELECT * FROM clockify_webhooks")).all())
        dump += repr(conn.execute(text("SELECT * FROM audit_log")).all())
    assert TOKEN not in dump
    assert hashlib.sha256(TOKEN.encode()).hexdigest() in dump
    assert all(TOKEN not in repr(w) for w in webhooks.list_webhooks(db, admin_actor))


def test_any_upper_snake_event_is_accepted_and_other_names_are_refused(db, admin_actor):
    assert webhooks.add_webhook(db, admin_actor, "project_created", TOKEN[:16]).event == \
        "PROJECT_CREATED"
    assert webhooks.add_webhook(db, admin_actor, "APPROVAL_REQUEST_STATUS_UPDATED", OTHER)
    for bad in ("", "timer stopped", "TIMER-STOPPED", "_X", "X" * 65):
        with pytest.raises(ValidationError):
            webhooks.add_webhook(db, admin_actor, bad, TOKEN[1:])
    with pytest.raises(ValidationError):
        webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", "   ")


def test_a_token_under_16_characters_is_refused_saying_so(db, admin_actor):
    with pytest.raises(ValidationError) as refused:
        webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", " " + TOKEN[:15] + "\n")
    assert refused.value.message == ("the webhook token is too short (15 characters; at least "
                                     "16).")
    assert webhooks.list_webhooks(db, admin_actor) == []
    assert webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", TOKEN[:16]).event == \
        "TIMER_STOPPED"


def test_a_token_cannot_be_registered_twice(db, admin_actor):
    webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", TOKEN)
    with pytest.raises(Conflict) as caught:
        webhooks.add_webhook(db, admin_actor, "NEW_TIME_ENTRY", TOKEN)
    assert TOKEN not in str(caught.value)


def test_a_removed_webhook_stops_verifying_and_both_changes_are_in_the_history(db, admin_actor):
    from timedesk.audit.service import search

    hook = webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", TOKEN, label="fin")
    webhooks.remove_webhook(db, admin_actor, hook.id)
    with pytest.raises(AuthenticationFailed):
        webhooks.verify_webhook_token(db, TOKEN, "TIMER_STOPPED")
    with pytest.raises(NotFound):
        webhooks.remove_webhook(db, admin_actor, hook.id)
    with db.session_factory() as s:
        rows = search(s, admin_actor, entity="clockify_webhook")
    assert [r.action for r in rows] == ["clockify_webhook.removed", "clockify_webhook.added"]
    assert rows[1].after == {"event": "TIMER_STOPPED", "label": "fin"}


def test_managing_webhooks_needs_the_manage_permission(db, admin_actor):
    staff = Actor("user", "x", Role.STAFF)
    with pytest.raises(PermissionDenied):
        webhooks.add_webhook(db, staff, "TIMER_STOPPED", TOKEN)
    hook = webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", TOKEN)
    with pytest.raises(PermissionDenied):
        webhooks.remove_webhook(db, staff, hook.id)
    with pytest.raises(PermissionDenied):
        webhooks.list_webhooks(db, staff)
