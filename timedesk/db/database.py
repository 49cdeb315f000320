"""The Database object services receive: an engine, a session factory and a unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine, URL
from sqlalchemy.orm import Session, sessionmaker

from timedesk.db.engine import DEFAULT_BUSY_TIMEOUT_MS, check_connection, describe, make_engine


class Database:
    def __init__(self, engine: Engine) -> None:
        # Every table's model, whatever this process imported so far: a mapper whose foreign
        # key names another module's table (users.employee_id) fails when that module's models
        # were never imported (`timedesk user passwd` in a fresh process).
        import timedesk.db.models  # noqa: F401

        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def connect(cls, url: URL, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> "Database":
        """Create the engine and prove the database answers (DatabaseUnavailable otherwise)."""
        engine = make_engine(url, busy_timeout_ms=busy_timeout_ms)
        try:
            check_connection(engine)
        except Exception:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.url.get_backend_name()

    @property
    def description(self) -> str:
        return describe(self.engine.url)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One short transaction: commit when the block ends, roll back on any error."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
