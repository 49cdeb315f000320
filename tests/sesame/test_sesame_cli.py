"""`timedesk sesame report` run in-process through timedesk.cli.main: the file's path on
success; otherwise one `timedesk: ...` line, a non-zero exit code and no file."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from cli_support import one_line_error
from fake_sesame import TOKEN

from timedesk.cli import main

BASE = ["sesame", "report", "--from", "2026-03-02", "--to", "2026-03-08"]
CARLA = "e0000000-0000-4000-8000-000000000003"
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def connected(fake, env, monkeypatch):
    """Commands pointed at the fake server, token in the environment (each command builds
    its own context, as when typed)."""
    monkeypatch.setenv("TIMEDESK_SESAME_BASE_URL", fake.base_url)
    monkeypatch.setenv("TIMEDESK_SECRET_SESAME_TOKEN", TOKEN)
    return fake


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_report_writes_the_file_and_prints_its_path(connected, out_dir, capsys):
    out = out_dir / "semana.xlsx"
    assert main(BASE + ["--group-by", "activity", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "Empleado" and {r[4] for r in rows[1:]} >= {"Oficina", "Teletrabajo"}
    assert [p.name for p in out_dir.iterdir()] == ["semana.xlsx"]  # no temporary left


def test_report_takes_the_format_from_the_extension_and_repeated_filters(connected, out_dir,
                                                                         capsys):
    out = out_dir / "carla.csv"
    assert main(BASE + ["--employee", CARLA, "--breaks", "exclude", "--lang", "en",
                        "--out", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-1] == "Breaks" and {row[0] for row in rows[1:]} == {"Carla Castro"}


def test_report_with_cross_check_prints_the_differences(connected, out_dir, capsys):
    connected.worked_seconds_delta = {(CARLA, "2026-03-03"): -3 * 3600}
    out = out_dir / "x.xlsx"
    assert main(BASE + ["--employee", CARLA, "--cross-check", "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == str(out) and lines[1] == "cross-check with Sesame: 1 difference(s)"
    assert "Carla Castro" in lines[2] and "2026-03-03" in lines[2]
    assert "ours 4:00:00, Sesame 1:00:00" in lines[2]


@pytest.mark.parametrize("args, code, words", [
    (["--from", "2026-03-09"], 2, "before it starts"),
    (["--from", "02/03/2026"], 2, "--from '02/03/2026' is not a date"),
    (["--from", "0001-01-01"], 2, "--from 0001-01-01 is out of range"),
    (["--format", "pdf"], 2, "'pdf' is not a report format"),
    (["--group-by", "office"], 2, "'office' is not a report grouping"),
    (["--breaks", "skip"], 2, "'skip' is not a break policy"),
    (["--lang", "fr"], 2, "'fr' is not a report language"),
    (["--office", "nowhere"], 2, "no Sesame employee"),
])
def test_report_refuses_bad_input_in_one_line(connected, out_dir, capsys, args, code, words):
    out = out_dir / "r.xlsx"
    assert main(BASE + args + ["--out", str(out)]) == code
    assert words in one_line_error(capsys.readouterr().err)
    assert list(out_dir.iterdir()) == []


def test_a_failing_page_is_one_line_exit_6_and_no_file(connected, out_dir, capsys,
                                                       monkeypatch, fast_retries):
    monkeypatch.setenv("TIMEDESK_SESAME_PAGE_SIZE", "2")
    connected.answer("/schedule/v1/work-entries", 503, page=2)
    assert main(BASE + ["--out", str(out_dir / "r.xlsx")]) == 6
    err = one_line_error(capsys.readouterr().err)
    assert "page 2 of /schedule/v1/work-entries" in err and "Nothing was written" in err
    assert list(out_dir.iterdir()) == []


def test_a_refused_token_is_one_line_exit_4(connected, out_dir, capsys, monkeypatch):
    monkeypatch.setenv("TIMEDESK_SECRET_SESAME_TOKEN", "revoked-" + TOKEN[:6])
    assert main(BASE + ["--out", str(out_dir / "r.xlsx")]) == 4
    err = one_line_error(capsys.readouterr().err)
    assert "(401)" in err and TOKEN[:6] not in err.replace("timedesk", "")


def test_a_connection_dropped_mid_page_once_still_writes_the_report(connected, out_dir, capsys,
                                                                    monkeypatch, fast_retries):
    monkeypatch.setenv("TIMEDESK_SESAME_PAGE_SIZE", "2")
    connected.answer("/schedule/v1/work-entries", drop=True, times=1, page=2)
    out = out_dir / "r.xlsx"
    assert main(BASE + ["--out", str(out)]) == 0
    assert out.exists()


def test_a_connection_that_keeps_dropping_is_one_line_exit_6_saying_so(
        connected, out_dir, capsys, monkeypatch, fast_retries):
    monkeypatch.setenv("TIMEDESK_SESAME_PAGE_SIZE", "2")
    connected.answer("/schedule/v1/work-entries", drop=True, page=2)
    assert main(BASE + ["--out", str(out_dir / "r.xlsx")]) == 6
    err = one_line_error(capsys.readouterr().err)
    assert "the connection dropped while reading page 2 of /schedule/v1/work-entries" in err
    assert "after 3 retries" in err and "region" not in err and "Try again" in err
    assert list(out_dir.iterdir()) == []
