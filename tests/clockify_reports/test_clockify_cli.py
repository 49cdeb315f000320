"""`timedesk clockify ...` run in-process through timedesk.cli.main: reports to files, webhook
tokens, users, reprocessing; bad input is one line on stderr and a non-zero exit code."""

import subprocess
import sys
from datetime import UTC, datetime

import openpyxl
import pytest
from cli_support import one_line_error
from clockify_helpers import deliver, variant

from timedesk.cli import main
from timedesk.clockify import inbox

START = datetime(2025, 6, 16, 8, tzinfo=UTC)


@pytest.fixture
def stdin(monkeypatch):
    import io

    return lambda text: monkeypatch.setattr("sys.stdin", io.StringIO(text))


@pytest.fixture
def sessions(ctx, db, bus, monkeypatch):
    monkeypatch.setenv("TIMEDESK_OFFICE_TIMEZONE", "UTC")
    deliver(db, bus, "TIMER_STOPPED", variant(start=START, minutes=30))
    deliver(db, bus, "TIMER_STOPPED", variant(start=START.replace(day=17), minutes=45,
                                              id="d" * 24))


def test_report_writes_the_file_and_prints_its_path(sessions, tmp_path, capsys):
    out = tmp_path / "semana.xlsx"
    assert main(["clockify", "report", "--from", "2025-06-16", "--to", "2025-06-22",
                 "--lang", "en", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "Description" and rows[-1][0] == "TOTALS" and len(rows) == 4


def test_report_takes_the_format_from_the_extension_and_a_user_by_id(sessions, tmp_path,
                                                                      capsys):
    out = tmp_path / "jp.csv"
    assert main(["clockify", "report", "--from", "2025-06-16", "--to", "2025-06-16",
                 "--user", "625cf4a6a7d9d34012f70de1", "--out", str(out)]) == 0
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Descripcion;") and len(lines) == 3
    assert lines[-1].startswith("TOTALES;") and ";0:30:00;0:30:00;0,50;0,50;" in lines[-1]


@pytest.mark.parametrize("args, code, words", [
    (["--from", "2025-06-22", "--to", "2025-06-16"], 2, "is before --from"),
    (["--from", "16/06/2025", "--to", "2025-06-22"], 2, "--from '16/06/2025' is not a date"),
    (["--from", "2025-06-16", "--to", "2025-06-22", "--user", "x@example.com"], 3,
     "no Clockify user 'x@example.com'"),
    (["--from", "2025-06-16", "--to", "2025-06-22", "--format", "pdf"], 2, "'pdf' is not"),
    (["--from", "2025-06-16", "--to", "2025-06-22", "--lang", "fr"], 2, "'fr' is not"),
])
def test_report_refuses_bad_input_in_one_line(sessions, tmp_path, capsys, args, code, words):
    out = tmp_path / "r.xlsx"
    assert main(["clockify", "report", *args, "--out", str(out)]) == code
    assert words in one_line_error(capsys.readouterr().err)
    assert not out.exists()


def test_report_into_a_missing_folder_says_so(sessions, tmp_path, capsys):
    assert main(["clockify", "report", "--from", "2025-06-16", "--to", "2025-06-22",
                 "--out", str(tmp_path / "no" / "r.xlsx")]) == 2
    assert "does not exist" in one_line_error(capsys.readouterr().err)


def test_webhooks_are_added_from_stdin_listed_with_the_url_and_removed(env, stdin, capsys,
                                                                        monkeypatch):
    monkeypatch.setenv("TIMEDESK_LISTENER_PUBLIC_URL", "https://timedesk.oficina.example/")
    stdin("0123456789abcdef0123456789abcdef\n")
    assert main(["clockify", "webhook", "add", "--event", "timer_stopped",
                 "--label", "paradas"]) == 0
    assert main(["clockify", "webhook", "list"]) == 0
    out = capsys.readouterr().out
    assert "0123456789abcdef" not in out
    assert out.splitlines()[0] == ("webhook #1 registered for TIMER_STOPPED; its URL in "
                                   "Clockify: https://timedesk.oficina.example/webhooks/clockify")
    assert out.splitlines()[1] == ("URL to paste into Clockify (every event): "
                                   "https://timedesk.oficina.example/webhooks/clockify")
    assert out.splitlines()[2] == "1\tTIMER_STOPPED\tparadas\tlast event: never"
    assert main(["clockify", "webhook", "remove", "1"]) == 0
    assert main(["clockify", "webhook", "remove", "1"]) == 3
    assert "no webhook #1" in one_line_error(capsys.readouterr().err)


def test_a_webhook_without_a_token_or_with_a_bad_event_is_refused(env, stdin, capsys):
    stdin("\n")
    assert main(["clockify", "webhook", "add", "--event", "TIMER_STOPPED"]) == 2
    assert "nothing was given on standard input" in one_line_error(capsys.readouterr().err)
    stdin("token-token-token\n")
    assert main(["clockify", "webhook", "add", "--event", "timer stopped!"]) == 2
    assert "is not a Clockify event type" in one_line_error(capsys.readouterr().err)


def test_a_real_process_refuses_a_short_webhook_token_with_exit_2(env):
    result = subprocess.run([sys.executable, "-m", "timedesk", "clockify", "webhook", "add",
                             "--event", "TIME_ENTRY_DELETED"], input="x\n", env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert one_line_error(result.stderr) == (
        "timedesk: the webhook token is too short (1 characters; at least 16). Copy the whole "
        "token Clockify shows for this webhook.")
    listed = subprocess.run([sys.executable, "-m", "timedesk", "clockify", "webhook", "list"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and "no webhook registered yet" in listed.stdout


def test_users_lists_clockify_id_name_email_and_flags(sessions, capsys):
    assert main(["clockify", "users"]) == 0
    assert capsys.readouterr().out == (
        "625cf4a6a7d9d34012f70de1\tJP Weijers\t-\tnotices on, active\n")


def test_reprocess_processes_what_was_left_pending(ctx, db, capsys):
    inbox.store_delivery(db, "TIMER_STOPPED", {}, variant(start=START, minutes=30))
    assert main(["clockify", "reprocess"]) == 0
    assert capsys.readouterr().out == "1 processed, 0 ignored, 0 still failing\n"
    assert main(["clockify", "reprocess"]) == 0
    assert capsys.readouterr().out == "0 processed, 0 ignored, 0 still failing\n"
