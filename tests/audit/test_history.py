from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from timedesk.audit.service import history, record, search
from timedesk.auth.permissions import Actor, Role
from timedesk.db.base import utcnow
from timedesk.errors import PermissionDenied


def test_record_commits_with_the_change_it_describes(db, admin_actor):
    with db.unit_of_work() as s:
        record(s, admin_actor, "thing.created", "thing", 7, after={"name": "Ñandú ✓"})
    with db.session_factory() as s:
        (row,) = history(s, "thing", 7)
    assert (row.actor, row.action, row.after) == ("system:test", "thing.created", {"name": "Ñandú ✓"})
    assert row.at.tzinfo is not None and abs(row.at - utcnow()) < timedelta(minutes=1)


def test_history_of_a_rolled_back_change_is_rolled_back_too(db, admin_actor):
    with pytest.raises(RuntimeError):
        with db.unit_of_work() as s:
            record(s, admin_actor, "thing.created", "thing", 8)
            raise RuntimeError("the change failed")
    with db.session_factory() as s:
        assert history(s, "thing", 8) == []


def test_rows_cannot_be_updated_or_deleted_even_with_plain_sql(db, admin_actor):
    with db.unit_of_work() as s:
        record(s, admin_actor, "thing.created", "thing", 9)
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.engine.begin() as conn:
                conn.execute(text(statement))


def test_search_filters_and_needs_audit_view(db, admin_actor):
    with db.unit_of_work() as s:
        record(s, admin_actor, "a.created", "a", 1)
        record(s, "webhook:clockify", "b.updated", "b", 2, before={"x": 1}, after={"x": 2})
    with db.session_factory() as s:
        assert [r.action for r in search(s, admin_actor)] == ["b.updated", "a.created"]
        assert [r.entity for r in search(s, admin_actor, by="webhook:clockify")] == ["b"]
        assert [r.entity for r in search(s, admin_actor, entity="a")] == ["a"]
        assert search(s, admin_actor, since=utcnow() + timedelta(hours=1)) == []
        with pytest.raises(PermissionDenied):
            search(s, Actor("user", "x", Role.STAFF))
