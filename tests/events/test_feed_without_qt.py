"""The feed needs only an asyncio loop: `timedesk serve` runs it without Qt."""

from __future__ import annotations

import select
import subprocess
import sys
from pathlib import Path

LISTENER = Path(__file__).with_name("listen_events.py")


def test_process_without_qt_receives_events_under_plain_asyncio(ctx, env):
    child = subprocess.Popen([sys.executable, str(LISTENER), "20", "20"], env=env, text=True,
                             stdout=subprocess.PIPE)
    try:
        assert child.stdout is not None
        readable, _, _ = select.select([child.stdout], [], [], 30)
        assert readable and child.stdout.readline().strip() == "ready"
        ids = []
        for seq in range(20):
            with ctx.db.unit_of_work() as session:
                ids.append(ctx.bus.publish(session, "remote.event", {"seq": seq}).id)
        output, _ = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(5)
    lines = output.splitlines()
    assert [line.split()[1:] for line in lines if line.startswith("event ")] == [
        [str(event_id), str(seq)] for seq, event_id in enumerate(ids)]
    assert lines[-1] == "qt-loaded False"
    assert child.returncode == 0
