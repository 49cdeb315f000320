"""Names shared by the Clockify module and its faces: Clockify's event types (what arrives) and
the topics timedesk publishes (what mail notices and the GUI subscribe to)."""

from __future__ import annotations

import re

# -- Clockify webhook event types (the `clockify-webhook-event-type` header) ------------------
TIMER_STARTED = "NEW_TIMER_STARTED"
TIMER_STOPPED = "TIMER_STOPPED"
ENTRY_CREATED = "NEW_TIME_ENTRY"
ENTRY_UPDATED = "TIME_ENTRY_UPDATED"
ENTRY_DELETED = "TIME_ENTRY_DELETED"
ENTRY_SPLIT = "TIME_ENTRY_SPLIT"
ENTRY_RESTORED = "TIME_ENTRY_RESTORED"
# Not a Clockify event: entries read from the REST API when the listener was down.
BACKFILL = "BACKFILL"

PROCESSED_EVENTS = (TIMER_STARTED, TIMER_STOPPED, ENTRY_CREATED, ENTRY_UPDATED, ENTRY_DELETED,
                    ENTRY_SPLIT, ENTRY_RESTORED)

# The legacy service's one-URL-per-event paths (/webhook/clockify/<name>).
LEGACY_PATHS = {"start": TIMER_STARTED, "end": TIMER_STOPPED, "edit": ENTRY_UPDATED,
                "delete": ENTRY_DELETED, "manual": ENTRY_CREATED}

# Clockify has ~50 event types (projects, users, approvals, invoices...): accept any of its shape.
_EVENT_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")


def is_event_name(text: str) -> bool:
    """Whether `text` looks like a Clockify event type (UPPER_SNAKE, at most 64 characters)."""
    return len(text) <= 64 and bool(_EVENT_NAME.match(text))


# -- topics published on the event bus; payload {"session_id", "clockify_id"} ------------------
SESSION_STARTED = "clockify.session.started"
SESSION_STOPPED = "clockify.session.stopped"
SESSION_CREATED = "clockify.session.created"  # also: restored after a delete
SESSION_EDITED = "clockify.session.edited"
SESSION_DELETED = "clockify.session.deleted"
SESSION_OVERTIME = "clockify.session.overtime"
SESSION_UNDER_REVIEW = "clockify.session.under_review"
SESSION_DECIDED = "clockify.session.decided"  # payload also carries "status"
USER_CHANGED = "clockify.user.changed"  # payload {"user_id", "clockify_user_id"}
WEBHOOKS_CHANGED = "clockify.webhooks.changed"  # payload {"webhook_id"}
