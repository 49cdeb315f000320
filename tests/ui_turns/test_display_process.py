"""`timedesk display` as its own process: it hears a call made by another process through the
database (PostgreSQL LISTEN, SQLite poll), shows it and acknowledges it; it quits cleanly on
SIGTERM; bad options get one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from cli_support import one_line_error, start_gui_process, stop_with_sigterm
from turns_ui_support import seed_office

from timedesk.cli import main
from timedesk.turns.views import TOPIC_SHOWN


def _start_display(env: dict[str, str], name: str) -> tuple[subprocess.Popen, list[str]]:
    return start_gui_process(["display", "--windowed", "--name", name], env)


def _wait(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} within {seconds} s")
        time.sleep(0.05)


def test_a_display_process_shows_and_acknowledges_a_call_made_in_this_one(ctx, env, admin_actor):
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    proc, lines = _start_display(env, "lobby-test")
    try:
        _wait(lambda: any("events feed" in line and "connected" in line for line in lines)
              or proc.poll() is not None, 30, "the display did not connect")
        assert proc.poll() is None, "".join(lines)
        result = queue.call_next(admin_actor, "1")

        def acknowledged() -> bool:
            return any(e.topic == TOPIC_SHOWN and e.payload["call_event_id"] == result.event_id
                       and e.payload["display"] == "lobby-test"
                       for e in ctx.bus.events_after(result.event_id))

        _wait(acknowledged, 20, "the other process did not show the call")
    finally:
        code = stop_with_sigterm(proc)
    assert code == 0, "".join(lines)
    assert any("lobby display stopped" in line for line in lines)


def test_a_negative_screen_is_refused_with_one_line(capsys):
    assert main(["display", "--screen", "-1"]) == 2
    assert "is not a monitor number" in one_line_error(capsys.readouterr().err)


def test_an_unreachable_database_is_said_in_one_line(tmp_path):
    env = dict(os.environ, TIMEDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               TIMEDESK_DATABASE_URL="postgresql://nobody:x@127.0.0.1:1/nothing")
    done = subprocess.run([sys.executable, "-m", "timedesk", "display", "--windowed"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "the display cannot open the database" in one_line_error(done.stderr)
