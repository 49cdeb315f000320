"""Back-fill from the REST API: the same rules as webhooks, idempotent, REST shape understood."""

from datetime import timedelta

from clockify_helpers import T0, VIEWER, deliver, iso, session_of, variant

from timedesk.clockify import backfill, queries
from timedesk.clockify.config import ClockifyRules

RULES = ClockifyRules()
ID = "6260fee78065a229df4561dd"


def rest(entry_id=ID, start=T0, minutes=30, **extra):
    """An entry as GET /workspaces/{ws}/user/{id}/time-entries returns it (not hydrated)."""
    return {"id": entry_id, "description": "cloud practitioner", "tagIds": ["tg1"],
            "userId": "625cf4a6a7d9d34012f70de1", "billable": True,
            "taskId": "625d15df75a4b64878ccc690", "projectId": "625d15dfbea8f62f6f3aa377",
            "timeInterval": {"start": iso(start), "end": iso(start + timedelta(minutes=minutes)),
                             "duration": f"PT{minutes}M"},
            "workspaceId": "625cf4a6a7d9d34012f70de2", "isLocked": False, "type": "REGULAR",
            **extra}


def test_missed_entries_are_created_once_and_a_second_run_changes_nothing(db, bus):
    members = {"625cf4a6a7d9d34012f70de1": {"id": "625cf4a6a7d9d34012f70de1",
                                            "name": "JP Weijers", "email": "jp@example.com"}}
    entries = [rest(), rest("d" * 24, T0 + timedelta(hours=2), 45)]
    first = backfill.backfill_entries(db, bus, entries, rules=RULES, members=members)
    second = backfill.backfill_entries(db, bus, entries, rules=RULES, members=members)
    assert (first.outcomes, second.outcomes) == ({"created": 2}, {"unchanged": 2})
    got = session_of(db, ID)
    assert (got.duration_seconds, got.status, got.created_by_event) == (1800, "approved",
                                                                        "BACKFILL")
    assert got.tags == ({"id": "tg1", "name": None},) and got.user.email == "jp@example.com"
    assert [h.actor for h in queries.session_history(db, VIEWER, got.id)] == ["backfill:clockify"]


def test_a_rest_copy_keeps_the_names_a_webhook_gave_and_is_not_an_edit(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=30,
                                              tags=[{"id": "tg1", "name": "estudio"}]))
    result = backfill.backfill_entries(db, bus, [rest()], rules=RULES)
    got = session_of(db, ID)
    assert result.outcomes == {"unchanged": 1}
    assert (got.project_name, got.task_name, got.tags) == (
        "Kabisa - Persoonlijke Ontwikkeling", "Research / Zelfstudie #8494",
        ({"id": "tg1", "name": "estudio"},))


def test_a_rest_entry_with_other_times_is_judged_like_an_edit(db, bus):
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=30))
    backfill.backfill_entries(db, bus, [rest(minutes=90)], rules=RULES)
    got = session_of(db, ID)
    assert (got.status, got.valid_duration_seconds, got.duration_seconds) == ("under_review",
                                                                             1800, 5400)


def test_invalid_rest_entries_are_reported_and_skipped(db, bus):
    broken = rest()
    del broken["timeInterval"]["start"]
    result = backfill.backfill_entries(db, bus, [broken, rest("e" * 24)], rules=RULES)
    assert result.outcomes == {"created": 1}
    assert result.invalid == ["time entry timeInterval.start: missing."]
