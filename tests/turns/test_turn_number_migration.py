"""Migration t002 on SQLite and PostgreSQL: a database of t001 with turns keeps them, and
afterwards a turn's number is unique within the service that issued it, not the one it is in."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from timedesk.db.database import Database
from timedesk.db.engine import resolve_url
from timedesk.db.migrate import upgrade


@pytest.fixture
def t001_db(database_url):
    db = Database.connect(resolve_url(database_url, Path("unused")))
    upgrade(db.engine, "t001")
    yield db
    db.dispose()


def _turn(conn, turn_id, service, issued, seq, number):
    conn.execute(sa.text(
        "INSERT INTO turns (id, service_id, issued_service_id, day, seq, number, priority, "
        "status, issued_at, queued_at, calls, transfers) VALUES (:id, :s, :i, :day, :seq, :n, "
        ":f, 'waiting', :at, :at, 0, 0)"),
        {"id": turn_id, "s": service, "i": issued, "day": "2026-12-01", "seq": seq, "n": number,
         "f": False, "at": "2026-12-01 09:00:00+00:00"})


def test_t002_keeps_the_turns_and_keys_numbers_by_the_issuing_service(t001_db):
    with t001_db.engine.begin() as conn:
        for service_id, code in ((1, "A"), (2, "B")):
            conn.execute(sa.text(
                "INSERT INTO turn_services (id, code, name, colour, active, priority_allowed, "
                "last_number, created_at) VALUES (:id, :code, :code, '#1565c0', :t, :t, 1, "
                "'2026-12-01 08:00:00+00:00')"), {"id": service_id, "code": code, "t": True})
        _turn(conn, 1, 2, 1, 1, "A001")  # A001 transferred to B before B issued anything
    upgrade(t001_db.engine)
    with t001_db.engine.begin() as conn:
        _turn(conn, 2, 2, 2, 1, "B001")  # the old key refused this
        rows = conn.execute(sa.text("SELECT number, service_id FROM turns ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [("A001", 2), ("B001", 2)]
    with pytest.raises(sa.exc.IntegrityError):
        with t001_db.engine.begin() as conn:
            _turn(conn, 3, 1, 1, 1, "A001")  # one number per issuing service and day
