"""Modules migrate on their own branches; start-up must bring every branch to its head, also
when several processes start at once on one PostgreSQL."""

import subprocess
import sys

from timedesk.db.migrate import current_revision, head_revision


def test_start_up_brings_the_database_to_every_head(ctx):
    assert current_revision(ctx.db.engine) == head_revision()


def test_processes_starting_together_migrate_once_without_errors(env, tmp_path):
    script = "from timedesk.app import build_context; build_context().close(); print('ok')"
    procs = [subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [r[1][-500:] for r in results]
    assert all(out.strip() == "ok" for out, _ in results)
