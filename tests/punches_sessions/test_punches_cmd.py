"""`timedesk punches sessions|report|rules` as real processes (`python -m timedesk`) on both
engines, on punches stored by the test."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from cli_support import one_line_error
from support import add_employee, add_punches, in_madrid, local

DAY = date(2026, 12, 1)


def timedesk(env, *argv):
    return subprocess.run([sys.executable, "-m", "timedesk", *argv], capture_output=True,
                          text=True, timeout=120,
                          env={**env, "TIMEDESK_OFFICE_TIMEZONE": "Europe/Madrid"})


def seeded(ctx):
    in_madrid(ctx)
    ana = add_employee(ctx.db, "Ana")
    add_punches(ctx.db, ana, ("in", local(DAY, 9, 12)), ("out", local(DAY, 14)),
                ("in", local(DAY, 15)), ("out", local(DAY, 18)))
    return ana


def test_sessions_as_json_and_as_lines(ctx, env):
    ana = seeded(ctx)
    done = timedesk(env, "punches", "sessions", "--from", str(DAY), "--json")
    assert done.returncode == 0, done.stderr
    [row] = json.loads(done.stdout)
    assert (row["employee_id"], row["late_s"], row["flags"]) == (ana, 720, ["late"])
    lines = timedesk(env, "punches", "sessions", "--from", str(DAY), "--employee", str(ana))
    assert lines.stdout.splitlines()[1].split("\t")[:5] == [str(ana), "2026-12-01", "09:12",
                                                            "18:00", "7:48:00"]


def test_report_writes_the_file_and_rules_are_listed(ctx, env, tmp_path):
    seeded(ctx)
    out = tmp_path / "record.pdf"
    done = timedesk(env, "punches", "report", "--from", str(DAY), "--to", "2026-12-31",
                    "--format", "pdf", "--out", str(out))
    assert done.returncode == 0 and done.stdout.strip() == f"{out}\t1 sessions", done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    rules = timedesk(env, "punches", "rules", "--json")
    assert {rule["name"] for rule in json.loads(rules.stdout)} == {"break_15min", "max_9h",
                                                                    "rest_12h"}


def test_an_unknown_employee_is_one_line_and_exit_code_3(ctx, env):
    done = timedesk(env, "punches", "sessions", "--from", str(DAY), "--employee", "nadie@x.es")
    assert done.returncode == 3 and "no employee" in one_line_error(done.stderr)
