"""Shared fixtures: offscreen Qt, a qasync loop for async tests, an in-memory keyring, an
isolated TIMEDESK_HOME per test, and a fresh database per test on SQLite and, when
TIMEDESK_TEST_POSTGRES_URL is set, on PostgreSQL (one throw-away schema per test).
"""

from __future__ import annotations

import gc
import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
# scrypt at 2^12 instead of the production 2^17: the suite creates hundreds of accounts
# (tests/auth/test_passwords.py proves the default without it).
os.environ.setdefault("TIMEDESK_TEST_PASSWORD_COST", "12")

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import pytest  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from throwaway_postgres import own_postgres  # noqa: E402, F401  (a fixture for every folder)

POSTGRES_URL = os.environ.get("TIMEDESK_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pytest_collection_modifyitems(config, items):
    if POSTGRES_URL:
        return
    skip = pytest.mark.skip(reason="TIMEDESK_TEST_POSTGRES_URL is not set")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


def pytest_asyncio_loop_factories(config, item):
    """Async tests run on qasync's loop, as the application does."""

    def qasync_loop():
        import qasync
        from PySide6.QtWidgets import QApplication

        return qasync.QEventLoop(QApplication.instance() or QApplication([]))

    return {"qasync": qasync_loop}


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this process only: tests never touch a real keychain."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        import keyring.errors

        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


UNFREEZE_EVERY = 100
_TESTS_RUN = [0]


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    """Qt objects in reference cycles (qasync's notifiers and timers of a finished test's loop)
    must be freed on the thread that owns them. Left to the automatic collector they may be
    freed from a worker thread (executor, feed, server pool) and crash Qt later with a
    segfault; so automatic collection is off during a test and done here, on the main thread.

    What survives the collection after a test (modules, caches, Qt's own objects) is frozen
    (gc.freeze): later collections only look at what later tests made. Without it every
    collection walked the whole heap of the worker, and the per-test cost grew with the suite.
    Every UNFREEZE_EVERY tests the frozen objects are looked at again, so that cycles which
    became garbage since are freed too."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    _TESTS_RUN[0] += 1
    if _TESTS_RUN[0] % UNFREEZE_EVERY == 0:
        gc.unfreeze()
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def forget_office_zone() -> Iterator[None]:
    """The GUI's display zone is process-wide (set from office.timezone by the main window): a
    test that set it leaves the next one this computer's zone again."""
    yield
    formats = sys.modules.get("timedesk.ui.formats")
    if formats is not None:
        formats.use_office_zone({"office.timezone": ""})


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def forget_masked_secrets() -> Iterator[None]:
    """The log's set of secret values to mask is process-wide: a test starts with the set it
    found, and what it registered (say a database password equal to a user name) is forgotten
    afterwards, so it cannot mask words in a later test's output."""
    from timedesk import logs

    before = set(logs._SECRETS)
    yield
    with logs._LOCK:
        logs._SECRETS.intersection_update(before)


@pytest.fixture(autouse=True)
def timedesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own TIMEDESK_HOME and no TIMEDESK_* leaking from the environment."""
    for name in list(os.environ):
        if name.startswith("TIMEDESK_") and not name.startswith("TIMEDESK_TEST_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    monkeypatch.setenv("TIMEDESK_HOME", str(home))
    return home


def _postgres_admin_url() -> sa.URL:
    from timedesk.db.engine import resolve_url

    return resolve_url(POSTGRES_URL, Path("unused"))  # plain postgresql:// means psycopg2 here


def _postgres_schema_url(schema: str) -> str:
    base = _postgres_admin_url()
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture
def postgres_schema() -> Iterator[str]:
    """A fresh PostgreSQL schema; yields a URL whose connections use it, drops it afterwards."""
    if not POSTGRES_URL:
        pytest.skip("TIMEDESK_TEST_POSTGRES_URL is not set")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(_postgres_admin_url())
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _postgres_schema_url(schema)
    finally:
        _drop_schema(admin, schema)
        admin.dispose()


def _drop_schema(admin: sa.Engine, schema: str, attempts: int = 5) -> None:
    """DROP SCHEMA, again if it deadlocks with a screen's worker thread that is still finishing
    a query after the test (PostgreSQL then aborts the DROP and lets the query end)."""
    for attempt in range(1, attempts + 1):
        try:
            with admin.begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
            return
        except sa.exc.OperationalError as exc:
            if attempt == attempts or "deadlock" not in str(exc.orig):
                raise
            time.sleep(0.2 * attempt)


@pytest.fixture(params=BACKENDS)
def database_url(request, timedesk_home: Path) -> str:
    """The URL of a fresh, empty database: an SQLite file or a PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite+pysqlite:///{quote(str(timedesk_home / 'data' / 'timedesk.db'))}"
    return request.getfixturevalue("postgres_schema")


@pytest.fixture
def env(database_url: str, timedesk_home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment a timedesk process of this test runs with (also for subprocesses)."""
    monkeypatch.setenv("TIMEDESK_DATABASE_URL", database_url)
    return dict(os.environ)


@pytest.fixture
def ctx(env: dict[str, str]):
    """A migrated AppContext on this test's database."""
    from timedesk.app import build_context

    context = build_context(env)
    yield context
    context.close()


@pytest.fixture
def db(ctx):
    return ctx.db


@pytest.fixture
def bus(ctx):
    return ctx.bus


@pytest.fixture
async def listener_url(ctx):
    """The base URL of a running create_app(ctx): the real listener on 127.0.0.1, port 0."""
    from listener_support import serving

    from timedesk.server import create_app

    async with serving(create_app(ctx)) as url:
        yield url


@pytest.fixture
def admin_actor():
    from timedesk.auth.permissions import Actor

    return Actor.system("test")
