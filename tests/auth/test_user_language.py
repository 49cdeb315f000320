"""Each person's own interface language (users.language, issue 18): anyone may choose theirs,
whatever their role; only users.manage may choose someone else's; migration 0004 adds it."""

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from timedesk.audit.models import AuditEntry
from timedesk.auth import service
from timedesk.errors import NotFound, PermissionDenied, ValidationError

PASSWORD = "s3cret-password"


@pytest.fixture
def clerk(db, admin_actor):
    service.create_user(db, admin_actor, "clerk", PASSWORD, "receptionist")
    return service.authenticate(db, "clerk", PASSWORD)


def test_a_read_only_user_chooses_their_own_language_with_history(db, clerk):
    assert service.user_language(db, clerk.id) is None  # a new account follows the PC
    info = service.set_language(db, clerk, "clerk", "ES")
    assert info.language == "es" and service.user_language(db, clerk.id) == "es"
    service.set_language(db, clerk, "clerk", "es")  # unchanged: no second history line
    assert service.set_language(db, clerk, "clerk", "default").language is None
    assert service.user_language(db, clerk.id) is None
    with db.session_factory() as s:
        entries = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "user.language_changed").order_by(AuditEntry.id)).all()
    assert [(e.before, e.after) for e in entries] == [
        ({"language": None}, {"language": "es"}), ({"language": "es"}, {"language": None})]


def test_only_an_administrator_changes_someone_elses_language(db, admin_actor, clerk):
    service.create_user(db, admin_actor, "boss", PASSWORD, "manager")
    manager = service.authenticate(db, "boss", PASSWORD)
    with pytest.raises(PermissionDenied):
        service.set_language(db, clerk, "boss", "en")
    with pytest.raises(PermissionDenied):  # a manager does not hold users.manage either
        service.set_language(db, manager, "clerk", "en")
    assert service.set_language(db, admin_actor, "clerk", "en").language == "en"
    assert service.user_language(db, clerk.id) == "en"


def test_an_unknown_language_or_user_is_refused_and_nothing_changes(db, admin_actor, clerk):
    with pytest.raises(ValidationError, match="unknown language 'fr'") as caught:
        service.set_language(db, clerk, "clerk", "fr")
    assert "es, en, default" in caught.value.hint
    with pytest.raises(NotFound):
        service.set_language(db, admin_actor, "ghost", "es")
    assert service.user_language(db, clerk.id) is None


def test_migration_0004_adds_and_removes_the_column_and_keeps_the_users(database_url,
                                                                      tmp_path, admin_actor):
    from timedesk.db.database import Database
    from timedesk.db.engine import resolve_url
    from timedesk.db.migrate import downgrade, upgrade

    db = Database.connect(resolve_url(database_url, tmp_path / "unused.db"))
    try:
        upgrade(db.engine)
        service.create_user(db, admin_actor, "clerk", PASSWORD, "staff")
        service.set_language(db, admin_actor, "clerk", "es")
        downgrade(db.engine, "0003")
        with db.engine.connect() as conn:
            assert "language" not in {c["name"] for c in sa.inspect(conn).get_columns("users")}
        upgrade(db.engine)
        clerk = service.authenticate(db, "clerk", PASSWORD)  # the account is still there
        assert service.user_language(db, clerk.id) is None  # and follows the PC again
    finally:
        db.dispose()
