"""What the Sessions page needs beyond one page: totals of the whole filter, the export of every
filtered session, and approving several sessions at once (all or nothing)."""

import csv
from datetime import UTC, timedelta

import pytest
from clockify_helpers import T0, VIEWER, deliver, history_of, sample, session_of, variant
from openpyxl import load_workbook

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify.list_export import COLUMNS, export_session_list
from timedesk.clockify.queries import SessionFilter, list_sessions, session_totals
from timedesk.clockify.review import approve_sessions
from timedesk.errors import Conflict, PermissionDenied, ValidationError

H = timedelta(hours=1)
MANAGER = Actor("user", "gerente", Role.MANAGER, id=7)
JP = "625cf4a6a7d9d34012f70de1"


@pytest.fixture
def four(db, bus):
    """a: 1 h, b: 6 h, d: 30 min (JP); c: running (johndoe)."""
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=60, id="a" * 24))
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0 + 24 * H, minutes=360, id="b" * 24,
                                              description="Informe anual"))
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0 + 48 * H, minutes=30, id="d" * 24))
    running = sample("NEW_TIME_ENTRY.2025")
    running["timeInterval"].update(start="2025-06-18T08:00:00Z", end=None, duration=None)
    deliver(db, bus, "NEW_TIMER_STARTED", running)


def test_totals_cover_the_whole_filter_per_person_and_in_all(db, four):
    totals = session_totals(db, VIEWER)
    assert [(p.name, p.count, p.seconds) for p in totals.people] == [
        ("JP Weijers", 3, 7.5 * 3600), ("johndoe", 1, 0)]
    assert (totals.count, totals.seconds) == (4, 7.5 * 3600)
    assert totals.count == list_sessions(db, VIEWER, limit=1).total  # not only the page
    only = session_totals(db, VIEWER, SessionFilter(since=T0 + H, clockify_user_id=JP))
    assert [(p.name, p.count, p.seconds) for p in only.people] == [("JP Weijers", 2, 6.5 * 3600)]
    assert session_totals(db, VIEWER, SessionFilter(text="informe")).seconds == 6 * 3600
    empty = session_totals(db, VIEWER, SessionFilter(status="rejected"))
    assert (empty.people, empty.count, empty.seconds) == ([], 0, 0)
    with pytest.raises(PermissionDenied):
        session_totals(db, Actor("user", "x", Role.REQUESTER))


def test_bulk_approval_decides_every_session_in_one_go(db, bus, four, published):
    ids = [session_of(db, c * 24).id for c in "abd"]
    got = approve_sessions(db, bus, MANAGER, ids, note="month closed")
    assert [s.id for s in got] == ids and {s.status for s in got} == {"approved"}
    assert {s.observation for s in got} == {"month closed"}
    for c in "abd":
        assert history_of(db, c * 24)[-1].action == "clockify_session.approved"
    assert [t for t, _ in published].count("clockify.session.decided") == 3


def test_bulk_approval_is_all_or_nothing_and_names_the_refused(db, bus, four):
    running = list_sessions(db, VIEWER, SessionFilter(running=True)).items[0].id
    good = session_of(db, "a" * 24).id
    with pytest.raises(Conflict) as caught:
        approve_sessions(db, bus, MANAGER, [good, running, 999_999])
    assert caught.value.params == {"count": 2, "total": 3,
                                   "sessions": f"#{running}, #999999"}
    assert len(history_of(db, "a" * 24)) == 1  # not approved: nothing half-done
    with pytest.raises(ValidationError):
        approve_sessions(db, bus, MANAGER, [])
    with pytest.raises(PermissionDenied):
        approve_sessions(db, bus, Actor("user", "x", Role.STAFF), [good])


def test_the_export_holds_exactly_the_filtered_sessions_in_the_list_order(db, four, tmp_path,
                                                                         monkeypatch):
    monkeypatch.setattr("timedesk.clockify.list_export.BATCH", 2)  # several pages
    filters = SessionFilter(clockify_user_id=JP)
    result = export_session_list(db, VIEWER, filters, tmp_path / "s.csv", lang="en", zone=UTC)
    with open(result.path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [c.header_en for c in COLUMNS]
    assert [(r[1], r[4], r[6]) for r in table[1:]] == [
        ("cloud practitioner", "18/06/2025 08:00:00", "0:30:00"),
        ("Informe anual", "17/06/2025 08:00:00", "6:00:00"),
        ("cloud practitioner", "16/06/2025 08:00:00", "1:00:00")]
    assert result.rows == 3 and {r[0] for r in table[1:]} == {"JP Weijers"}

    book = load_workbook(export_session_list(db, VIEWER, SessionFilter(), tmp_path / "s.xlsx",
                                             zone=UTC, sort="duration", descending=False).path)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0] == tuple(c.header_es for c in COLUMNS)
    assert [r[6] for r in rows[1:]] == [timedelta(minutes=30), H, 6 * H, None]
    assert rows[-1][0] == "johndoe" and rows[-1][5] is None  # running: no end yet
    with pytest.raises(ValidationError):
        export_session_list(db, VIEWER, filters, tmp_path / "s.pdf")
