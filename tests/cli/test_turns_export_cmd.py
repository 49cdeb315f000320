"""`timedesk turns stats` and `timedesk turns export` on a day computed by hand."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "turns"))
from dashboard_seed import known_day  # noqa: E402

from timedesk.cli import main  # noqa: E402


@pytest.fixture
def seeded(ctx, monkeypatch):
    known_day(ctx)
    monkeypatch.setenv("TIMEDESK_OFFICE_TIMEZONE", "Europe/Madrid")  # the command's own settings
    return ctx


def test_stats_prints_the_figures_per_service_and_in_total(seeded, capsys):
    assert main(["turns", "stats", "--from", "2026-12-01", "--to", "2026-12-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "turns 2026-12-01 to 2026-12-01 (waits and service times in min:s)"
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in out[2:]}
    assert rows["A Registry"] == ["3", "2", "1", "0", "15:00", "22:00", "11:30", "14:18",
                                  "50% of 2"]
    assert rows["C Information"][:4] == ["0", "0", "0", "0"] and rows["C Information"][-1] == "-"
    assert rows["total"][:4] == ["5", "3", "1", "0"]  # 2026-12-01 is not today any more


def test_export_writes_the_file_the_extension_names(seeded, tmp_path, capsys):
    out = tmp_path / "turns.csv"
    assert main(["turns", "export", "--from", "2026-12-01", "--to", "2026-12-01",
                 "--out", str(out), "--lang", "en", "--no-personal"]) == 0
    assert capsys.readouterr().out.strip() == f"{out}\t5 turns"
    with open(out, encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert len(rows) == 5 and "Customer" not in header
    xlsx = tmp_path / "turns.xlsx"
    assert main(["turns", "export", "--from", "2026-12-01", "--out", str(xlsx)]) == 0
    assert xlsx.stat().st_size > 0


def test_bad_dates_ranges_and_files_say_what_to_do(seeded, tmp_path, capsys):
    assert main(["turns", "stats", "--from", "1/12/2026"]) == 2
    assert main(["turns", "stats", "--from", "2026-12-02", "--to", "2026-12-01"]) == 2
    assert main(["turns", "stats", "--from", "2026-12-01", "--to", "9999-12-31"]) == 2
    assert main(["turns", "export", "--from", "2026-12-01", "--out", str(tmp_path / "t.txt")]) == 2
    assert main(["turns", "export", "--from", "2026-12-01", "--lang", "fr",
                 "--out", str(tmp_path / "t.csv")]) == 2
    err = capsys.readouterr().err
    assert "--from '1/12/2026' is not a date" in err and "YYYY-MM-DD" in err
    assert "--to 9999-12-31 is out of range" in err  # the same date rule as every command
    assert "after it ends" in err and "not a .xlsx or .csv file" in err
    assert "'fr' is not an export language" in err
    assert not list(tmp_path.glob("t.*"))  # nothing half-written
