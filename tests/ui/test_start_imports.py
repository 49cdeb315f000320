"""The start loads what the sign-in window needs and nothing else (issue 14: a start that feels
instant): `python -m timedesk --self-test sign-in` in a new process lists its modules the moment
the sign-in window is on screen. The listener, the feeds and the workers start once it is shown;
Excel, HTTP, the main window and their packages load after signing in."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# Run as `python -m timedesk --self-test sign-in` is, with the line that says the window is shown
# preceded by the names of the modules loaded at that moment.
PROBE = """
import json, runpy, sys
import timedesk.ui.self_test as self_test
report_shown = self_test.report_shown
def with_modules(window):
    print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
    report_shown(window)
self_test.report_shown = with_modules
sys.argv = ["timedesk", "--self-test", "sign-in"]
runpy.run_module("timedesk", run_name="__main__")
"""

NOT_BEFORE_THE_SIGN_IN_WINDOW = [
    "openpyxl", "aiohttp", "requests", "timedesk.export", "timedesk.server", "timedesk.workers",
    "timedesk.runtime", "timedesk.sesame.service", "timedesk.sesame.client",
    "timedesk.clockify.client", "timedesk.ui.main_window", "timedesk.ui.tabs",
    "keyring",  # no secret is read to open an SQLite database
    "tomlkit",  # settings are read with tomllib; tomlkit only writes them
]
# A database that is up to date needs no migration (alembic loads every dialect's support),
# and an SQLite one no PostgreSQL dialect.
EVERYDAY_ONLY = ["alembic", "sqlalchemy.dialects.postgresql"]


def modules_when_the_sign_in_window_shows(home) -> set[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMEDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", TIMEDESK_SELF_TEST_HOME=str(home))
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("self-test ok: sign-in window shown in "), result.stdout
    return set(json.loads(lines[-2].removeprefix("MODULES ")))


def loaded(modules: set[str], names: list[str]) -> list[str]:
    return [name for name in names
            if any(module == name or module.startswith(name + ".") for module in modules)]


@pytest.fixture
def everyday_home(timedesk_home):
    """A home whose SQLite database is migrated and has an account: the login window opens."""
    from timedesk.app import build_context
    from timedesk.auth import service as auth
    from timedesk.auth.permissions import Actor

    ctx = build_context({"TIMEDESK_HOME": str(timedesk_home)})
    try:
        auth.create_user(ctx.db, Actor.system("test"), "clerk", "correct-horse-9", "staff")
    finally:
        ctx.close()
    return timedesk_home


def test_an_everyday_start_shows_the_sign_in_window_before_loading_the_rest(everyday_home):
    modules = modules_when_the_sign_in_window_shows(everyday_home)
    assert loaded(modules, NOT_BEFORE_THE_SIGN_IN_WINDOW + EVERYDAY_ONLY) == []


def test_a_first_start_shows_the_first_run_window_before_loading_the_rest(tmp_path):
    modules = modules_when_the_sign_in_window_shows(tmp_path / "new-home")
    assert "alembic" in modules  # the new database was created and migrated
    assert loaded(modules, NOT_BEFORE_THE_SIGN_IN_WINDOW) == []
