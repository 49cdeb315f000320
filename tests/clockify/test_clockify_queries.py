"""What the faces read: filtered, sorted, paged sessions with totals, one session, history."""

from datetime import timedelta

import pytest
from clockify_helpers import T0, VIEWER, deliver, sample, variant

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify import queries
from timedesk.clockify.queries import SessionFilter
from timedesk.errors import NotFound, PermissionDenied, ValidationError

H = timedelta(hours=1)


@pytest.fixture
def three(db, bus):
    """a: 1 h, JP, Kabisa; b: 6 h overtime, JP, no project; c: running, johndoe (2025 sample)."""
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=60, id="a" * 24))
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0 + 24 * H, minutes=360, id="b" * 24,
                                              project=None, projectId=None,
                                              description="Informe anual"))
    running = sample("NEW_TIME_ENTRY.2025")
    running["timeInterval"].update(start="2025-06-18T08:00:00Z", end=None, duration=None)
    deliver(db, bus, "NEW_TIMER_STARTED", running)


def ids(page):
    return [s.clockify_id[0] for s in page.items]


def test_filters_combine_and_the_total_ignores_paging(db, three):
    def ask(**f):
        return ids(queries.list_sessions(db, VIEWER, SessionFilter(**f)))

    assert ask() == ["6", "b", "a"]  # newest start first
    assert ask(clockify_user_id="625cf4a6a7d9d34012f70de1") == ["b", "a"]
    assert ask(project="kabisa") == ["a"] and ask(project="625d15dfbea8f62f6f3aa377") == ["a"]
    assert ask(overtime=True) == ["b"] and ask(running=True) == ["6"]
    assert ask(since=T0 + H, until=T0 + 48 * H) == ["b"]
    assert ask(status="under_review") == [] and ask(text="INFORME") == ["b"]
    page = queries.list_sessions(db, VIEWER, limit=1, offset=1)
    assert (ids(page), page.total) == (["b"], 3)


def test_sorting_by_any_listed_key_in_both_directions(db, three):
    def by(key, desc):
        return ids(queries.list_sessions(db, VIEWER, sort=key, descending=desc))

    assert by("duration", True) == ["b", "a", "6"]  # running ones (no duration) last
    assert by("duration", False) == ["a", "b", "6"]
    assert by("user", False) == ["6", "a", "b"]  # johndoe < jp weijers, ties by id
    with pytest.raises(ValidationError):
        queries.list_sessions(db, VIEWER, sort="password")


def test_user_id_filter_and_one_session_and_its_history(db, three):
    (a,) = queries.list_sessions(db, VIEWER, SessionFilter(text="cloud")).items
    assert ids(queries.list_sessions(db, VIEWER, SessionFilter(user_id=a.user.id))) == ["b", "a"]
    assert queries.get_session(db, VIEWER, a.id) == a
    (row,) = queries.session_history(db, VIEWER, a.id)
    assert row.after["clockify_id"] == "a" * 24 and row.before is None
    with pytest.raises(NotFound):
        queries.get_session(db, VIEWER, 10**9)
    with pytest.raises(NotFound):
        queries.session_history(db, VIEWER, 10**9)


def test_bad_filters_and_missing_permission_are_refused(db, three):
    with pytest.raises(ValidationError):
        queries.list_sessions(db, VIEWER, SessionFilter(since=T0.replace(tzinfo=None)))
    with pytest.raises(ValidationError):
        queries.list_sessions(db, VIEWER, SessionFilter(status="APROBADO"))
    with pytest.raises(PermissionDenied):
        queries.list_sessions(db, Actor("user", "r", Role.RECEPTIONIST))
