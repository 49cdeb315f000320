"""`timedesk punch ...`: every verb once as a real process (`python -m timedesk`), on SQLite
and PostgreSQL; refusals and bad input are one line with the README's exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from cli_support import one_line_error


def timedesk(env, *args):
    return subprocess.run([sys.executable, "-m", "timedesk", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_every_punch_verb_runs_as_a_process(ctx, env, ana):
    done = timedesk(env, "punch", "in", "ana@example.com")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("punch #1\tin\t") and done.stdout.endswith("\tnow working\n")
    refused = timedesk(env, "punch", "in", "B-17")
    assert refused.returncode == 3
    assert one_line_error(refused.stderr).startswith("timedesk: Ana is already in since ")
    assert timedesk(env, "punch", "break-start", "B-17").stdout.endswith("now on_break\n")
    assert timedesk(env, "punch", "break-end", "B-17").stdout.endswith("now working\n")
    assert timedesk(env, "punch", "out", str(ana.id)).stdout.endswith("now out\n")
    status = timedesk(env, "punch", "status", "B-17", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["state"] == "out"
    plain = timedesk(env, "punch", "status", "B-17")
    assert plain.stdout.startswith("out\tsince ") and "worked today 0:" in plain.stdout
    listed = timedesk(env, "punch", "list", "--employee", "B-17", "--json")
    assert [p["action"] for p in json.loads(listed.stdout)] == [
        "in", "break_start", "break_end", "out"]
    table = timedesk(env, "punch", "list")
    assert table.returncode == 0 and len(table.stdout.splitlines()) == 4


def test_a_correction_from_the_command_line_needs_a_reason_and_is_listed(ctx, env, ana):
    at = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0)
    missing = timedesk(env, "punch", "in", "B-17", "--at", at.isoformat())
    assert missing.returncode == 2
    assert "needs a reason" in one_line_error(missing.stderr)
    done = timedesk(env, "punch", "in", "B-17", "--at", at.isoformat(), "--reason",
                    "kiosk off")
    assert done.returncode == 0, done.stderr
    day = at.date().isoformat()
    listed = timedesk(env, "punch", "list", "--from", day, "--to",
                      (at.date() + timedelta(days=1)).isoformat())
    assert "correction" in listed.stdout and listed.stdout.rstrip().endswith("kiosk off")


def test_bad_input_is_one_line(ctx, env, ana):
    cases = [(("punch", "in", "nobody@example.com"), 3, "there is no employee"),
             (("punch", "in", "B-17", "--at", "yesterday", "--reason", "x"), 2,
              "is not a date and time"),
             (("punch", "in", "B-17", "--at", "2026-01-01T09:00:00", "--reason", "x"), 2,
              "UTC offset"),
             (("punch", "list", "--from", "2026-02-30"), 2, "not a date"),
             (("punch", "status", "nobody"), 3, "there is no employee")]
    for argv, code, says in cases:
        result = timedesk(env, *argv)
        assert result.returncode == code, (argv, result.stderr)
        assert says in one_line_error(result.stderr), argv


def test_the_person_confirms_a_forgotten_out_from_the_command_line(ctx, env, ana):
    done = timedesk(env, "punch", "in", "B-17", "--at", "2026-11-02T08:00:00Z", "--reason",
                    "kiosk off")
    assert done.returncode == 0, done.stderr
    early = timedesk(env, "punch", "confirm", "B-17", "--at", "2026-11-02T07:00:00Z")
    assert early.returncode == 3
    assert one_line_error(early.stderr).startswith("timedesk: Ana left between ")
    bad = timedesk(env, "punch", "confirm", "B-17", "--at", "evening")
    assert bad.returncode == 2 and "is not a date and time" in one_line_error(bad.stderr)
    confirmed = timedesk(env, "punch", "confirm", "B-17", "--at", "2026-11-02T17:00:00Z",
                         "--reason", "forgot")
    assert confirmed.returncode == 0, confirmed.stderr
    assert "\tout confirmed\t" in confirmed.stdout and confirmed.stdout.endswith("now out\n")
    listed = json.loads(timedesk(env, "punch", "list", "--employee", "B-17", "--from",
                                 "2026-11-02", "--json").stdout)
    assert [(p["action"], p["source"], p["reason"]) for p in listed] == [
        ("in", "correction", "kiosk off"), ("out", "confirmation", "forgot")]
    again = timedesk(env, "punch", "confirm", "B-17", "--at", "2026-11-02T17:00:00Z")
    assert again.returncode == 3 and "no open day to confirm" in one_line_error(again.stderr)
