"""The Database object services receive: an engine, a session factory and a unit of work."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

from timedesk.db.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    PoolSize,
    check_connection,
    describe,
    make_engine,
)


class Database:
    def __init__(self, engine: Engine) -> None:
        # Every table's model, whatever this process imported so far: a mapper whose foreign
        # key names another module's table (employees.user_id) fails when that module's models
        # were never imported (`timedesk user passwd` in a fresh process).
        import timedesk.db.models  # noqa: F401

        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def connect(cls, url: URL, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
                pool: PoolSize | None = None) -> Database:
        """Create the engine and prove the database answers (DatabaseUnavailable otherwise)."""
        engine = make_engine(url, busy_timeout_ms=busy_timeout_ms, pool=pool)
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

    def on_session(self, identifier: str, method: Callable[..., Any], *,
                   insert: bool = False) -> Callable[[], None]:
        """Call the bound `method` on the session event `identifier` (before_commit, ...) of
        this database's sessions; returns a function that stops it.

        The method is held weakly. SQLAlchemy keeps a session factory's listeners in a
        class-level registry keyed weakly by the factory's Session class; a strong bound method
        there would keep its object, this Database, its engine and the class alive for the
        life of the process (each build_context of the test suite stayed in memory, and the
        per-test garbage collection grew to a second)."""
        ref = weakref.WeakMethod(method)

        def call(*args: Any, **kwargs: Any) -> Any:
            bound = ref()
            return None if bound is None else bound(*args, **kwargs)

        sa_event.listen(self.session_factory, identifier, call, insert=insert)

        def stop() -> None:
            if sa_event.contains(self.session_factory, identifier, call):
                sa_event.remove(self.session_factory, identifier, call)

        return stop

    def dispose(self) -> None:
        self.engine.dispose()
