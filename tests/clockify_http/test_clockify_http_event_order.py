"""Issue 20 item 6 through a real listener, on SQLite and PostgreSQL: a stop or a creation that
arrives again, or late, for a session that already holds newer times is stale. It is answered
200 and changes nothing: no times, no edit count, no review, no history row, no event (so no
notice). The repeated bodies differ from the first ones in the project's running total, as a
later delivery of the same entry does, so that they are not taken for replays of one request."""

from datetime import timedelta

from clockify_http_helpers import STOPPED_ID, T0, VIEWER, processed, send, variant
from sqlalchemy import func, select

from timedesk.clockify import inbox, queries
from timedesk.events.models import EventRow

ENTRY = "7a0000000000000000000001"


def later_copy(body: dict) -> dict:
    """The same entry as Clockify sends it a while later: its project's total has moved."""
    body["project"]["duration"] = "PT7H2M5S"
    return body


async def deliver(http, url, db, webhook_token, event: str, body: dict) -> dict:
    status, answer = await send(http, url, webhook_token(event), event, body)
    assert status == 200, answer
    await processed(db, answer["delivery_id"])
    return answer


def session_events(db) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(EventRow)
                              .where(EventRow.topic.like("clockify.session.%"))) or 0


def state(db, clockify_id=ENTRY):
    found = queries.get_session_by_clockify_id(db, VIEWER, clockify_id)
    history = queries.session_history(db, VIEWER, found.id)
    return found, [h.action.removeprefix("clockify_session.") for h in history]


async def test_the_same_stop_again_after_an_edit_keeps_the_edited_times(url, http, db,
                                                                         webhook_token):
    await deliver(http, url, db, webhook_token, "NEW_TIMER_STARTED",
                  variant(entry_id=ENTRY, minutes=None))
    await deliver(http, url, db, webhook_token, "TIMER_STOPPED",
                  variant(entry_id=ENTRY, minutes=120))
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_UPDATED",
                  variant(entry_id=ENTRY, minutes=122))
    edited, _ = state(db)
    assert (edited.status, edited.duration_seconds, edited.edits) == ("approved", 7320, 1)
    events = session_events(db)
    answer = await deliver(http, url, db, webhook_token, "TIMER_STOPPED",
                           later_copy(variant(entry_id=ENTRY, minutes=120)))
    got, actions = state(db)
    assert got.end == T0 + timedelta(minutes=122) and got.valid_end == got.end
    assert (got.status, got.duration_seconds, got.edits) == ("approved", 7320, 1)
    assert actions == ["started", "stopped", "edited"] and session_events(db) == events
    assert inbox.get_delivery(db, VIEWER, answer["delivery_id"]).outcome == \
        "ignored: late or repeated stop"


async def test_a_stop_and_a_start_after_an_edit_of_an_unseen_entry_change_nothing(
        url, http, db, webhook_token):
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_UPDATED",
                  variant(entry_id=ENTRY, minutes=140))
    first, _ = state(db)
    events = session_events(db)
    await deliver(http, url, db, webhook_token, "TIMER_STOPPED",
                  variant(entry_id=ENTRY, minutes=120))
    await deliver(http, url, db, webhook_token, "NEW_TIMER_STARTED",
                  variant(entry_id=ENTRY, minutes=None))
    got, actions = state(db)
    assert got.end == T0 + timedelta(minutes=140) and not got.running
    assert (got.status, got.edits, got.duration_seconds) == ("under_review", 1, 8400)
    assert got == first and actions == ["created"] and session_events(db) == events


async def test_the_same_manual_entry_again_after_an_edit_keeps_the_edit(url, http, db,
                                                                        webhook_token):
    noon = T0 + timedelta(hours=4)
    await deliver(http, url, db, webhook_token, "NEW_TIME_ENTRY",
                  variant(entry_id=ENTRY, start=noon, minutes=120))
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_UPDATED",
                  variant(entry_id=ENTRY, start=noon, minutes=122))
    edited, _ = state(db)
    events = session_events(db)
    await deliver(http, url, db, webhook_token, "NEW_TIME_ENTRY",
                  later_copy(variant(entry_id=ENTRY, start=noon, minutes=120)))
    got, actions = state(db)
    assert got.end == noon + timedelta(minutes=122) and got.valid_end == got.end
    assert (got.status, got.edits) == ("under_review", 1)  # under review as made by hand
    assert got == edited and actions == ["created", "edited"]
    assert session_events(db) == events


async def test_a_restore_before_its_delete_keeps_the_session_when_the_delete_comes(
        url, http, db, webhook_token):
    await deliver(http, url, db, webhook_token, "TIMER_STOPPED",
                  variant(entry_id=STOPPED_ID, minutes=30))
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_RESTORED",
                  variant(entry_id=STOPPED_ID, minutes=30))
    events = session_events(db)
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_DELETED",
                  variant(entry_id=STOPPED_ID, minutes=30))
    got, actions = state(db, STOPPED_ID)
    assert not got.deleted and actions == ["stopped"] and session_events(db) == events
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_DELETED",
                  later_copy(variant(entry_id=STOPPED_ID, minutes=30)))
    got, actions = state(db, STOPPED_ID)
    assert got.deleted and actions == ["stopped", "deleted"]  # a later delete is a new one
