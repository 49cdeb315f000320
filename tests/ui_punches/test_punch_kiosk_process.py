"""`timedesk kiosk` as its own process: it shows the kiosk on the test's database, quits
cleanly on SIGTERM, and says in one line when the database cannot be opened."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from cli_support import one_line_error, start_gui_process, stop_with_sigterm


def test_the_kiosk_process_shows_itself_and_stops_on_sigterm(ctx, env):
    proc, lines = start_gui_process(["kiosk", "--windowed"], env)
    try:
        deadline = time.monotonic() + 60
        while not any("punch kiosk shown" in line for line in lines):
            assert proc.poll() is None and time.monotonic() < deadline, "".join(lines)
            time.sleep(0.05)
    finally:
        code = stop_with_sigterm(proc)
    assert code == 0, "".join(lines)
    assert any("punch kiosk stopped" in line for line in lines)


def test_an_unreachable_database_is_said_in_one_line(tmp_path):
    env = dict(os.environ, TIMEDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               TIMEDESK_DATABASE_URL="postgresql://nobody:x@127.0.0.1:1/nothing")
    done = subprocess.run([sys.executable, "-m", "timedesk", "kiosk", "--windowed"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "the kiosk cannot open the database" in one_line_error(done.stderr)
