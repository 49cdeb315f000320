"""Every turn of a range to CSV and XLSX, read back with csv and openpyxl; failures and cancels
leave no file; personal columns only when asked."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta

import pytest
from dashboard_seed import DAY, SYSTEM, at, known_day
from openpyxl import load_workbook

from timedesk.auth.permissions import Actor, Role
from timedesk.errors import PermissionDenied, ValidationError
from timedesk.export import ExportFailed, parameters_path
from timedesk.jobs import JobCancelled
from timedesk.turns.history_export import export_history


@pytest.fixture
def out_dir(tmp_path):
    """A folder of its own (the test's TIMEDESK_HOME lives in pytest's tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read_csv(path, delimiter=";"):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_csv_has_every_turn_with_local_times_waits_and_estimates(ctx, out_dir):
    known_day(ctx)
    out = out_dir / "turns.csv"
    result = export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, out, lang="en")
    assert result.rows == 5 and result.path == out
    header, *rows = read_csv(out, ",")
    assert header[:7] == ["Day", "Number", "Service", "Service name", "Issued for", "Priority",
                          "Status"]
    assert header[-2:] == ["Customer", "Note"]
    table = {row[1]: dict(zip(header, row, strict=False)) for row in rows}
    assert list(table) == ["A001", "A002", "B001", "A003", "B002"]  # by issue time
    a1 = table["A001"]
    assert a1["Day"] == "01/12/2026" and a1["Status"] == "Served" and a1["Desk"] == "1"
    assert a1["Issued"] == "01/12/2026 09:00:00"  # 08:00 UTC is 09:00 in Madrid
    assert a1["Called"] == "01/12/2026 09:10:00" and a1["Service started"] == ""
    assert a1["Finished"] == "01/12/2026 09:25:00"
    assert (a1["Wait (s)"], a1["Service (s)"]) == ("600", "900")
    assert (a1["Estimate low (s)"], a1["Estimate high (s)"], a1["Within estimate"]) == (
        "300", "900", "Yes")
    assert a1["Customer"] == "Ana Pérez" and a1["Note"] == "'=1+1 DNI"  # no formula in Excel
    assert table["A002"]["Status"] == "No-show" and table["A002"]["Within estimate"] == "No"
    assert table["A002"]["Service (s)"] == ""
    assert table["B001"]["Service (s)"] == "600" and table["B001"]["Calls"] == "1"
    assert table["B002"]["Status"] == "Waiting" and table["B002"]["Wait (s)"] == ""
    parameters = dict(read_csv(parameters_path(out), ","))
    assert parameters["From"] == "2026-12-01" and parameters["Time zone"] == "Europe/Madrid"
    assert parameters["Customer names and notes"] == "Yes"


def test_spanish_csv_uses_semicolons_and_spanish_words(ctx, out_dir):
    known_day(ctx)
    out = out_dir / "turnos.csv"
    export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, out, lang="es")
    header, *rows = read_csv(out, ";")
    assert header[0] == "Día" and "Espera (s)" in header
    assert {row[6] for row in rows} == {"Atendido", "No se presentó", "En espera"}


def test_xlsx_has_real_dates_and_numbers_and_a_parameters_sheet(ctx, out_dir):
    known_day(ctx)
    out = out_dir / "turns.xlsx"
    assert export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, out, lang="en").rows == 5
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Turns", "Parameters"]
    header, *rows = [list(r) for r in book["Turns"].iter_rows(values_only=True)]
    table = {row[1]: dict(zip(header, row, strict=False)) for row in rows}
    b1 = table["B001"]
    assert b1["Issued"] == datetime(2026, 12, 1, 9, 10)
    assert b1["Service started"] == datetime(2026, 12, 1, 9, 22)
    assert b1["Wait (s)"] == 600 and b1["Service (s)"] == 600 and b1["Within estimate"] is True
    assert b1["Priority"] is False and b1["Service name"] == "Payments"
    assert table["A001"]["Note"] == "=1+1 DNI"  # a text cell, not a formula
    book.close()


def test_without_personal_data_names_and_notes_are_left_out(ctx, out_dir):
    known_day(ctx)
    out = out_dir / "turns.csv"
    export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, out, lang="en", personal=False)
    text = out.read_text(encoding="utf-8-sig")
    assert "Ana Pérez" not in text and "Customer" not in text and "DNI" not in text
    assert dict(read_csv(parameters_path(out), ","))["Customer names and notes"] == "No"


def test_only_the_range_is_exported(ctx, out_dir):
    queue = known_day(ctx)
    queue.issue_turn(SYSTEM, "A", now=at(9, 0, day=DAY + timedelta(days=1)))
    out = out_dir / "next.csv"
    assert export_history(ctx.db, ctx.settings, SYSTEM, DAY + timedelta(days=1),
                          DAY + timedelta(days=1), out).rows == 1
    assert [row[1] for row in read_csv(out)[1:]] == ["A001"]


def test_progress_is_reported_and_cancel_leaves_no_file(ctx, out_dir):
    known_day(ctx)
    seen = []
    out = out_dir / "turns.xlsx"
    export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, out,
                   progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5, 5)
    cancelled = out_dir / "cancelled.csv"
    with pytest.raises(JobCancelled):
        export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, cancelled, cancel=lambda: True)
    assert sorted(p.name for p in out_dir.iterdir()) == ["turns.xlsx"]


def test_a_failed_write_leaves_no_partial_file(ctx, out_dir, monkeypatch):
    known_day(ctx)
    import timedesk.turns.history_export as module

    real = module._rows

    def breaks_midway(*args):
        for index, row in enumerate(real(*args)):
            if index == 3:
                raise OSError(28, "No space left on device")
            yield row

    monkeypatch.setattr(module, "_rows", breaks_midway)
    for name in ("turns.csv", "turns.xlsx"):
        with pytest.raises((ExportFailed, OSError)):
            export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, out_dir / name)
    assert list(out_dir.iterdir()) == []


def test_bad_requests_say_what_to_do(ctx, out_dir):
    with pytest.raises(ValidationError, match="not a .xlsx or .csv"):
        export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, out_dir / "turns.pdf")
    with pytest.raises(ValidationError, match="after it ends"):
        export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY - timedelta(days=1),
                       out_dir / "t.csv")
    with pytest.raises(ValidationError, match="does not exist"):
        export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, out_dir / "no" / "t.csv")
    with pytest.raises(PermissionDenied):
        export_history(ctx.db, ctx.settings, Actor("user", "rita", Role.RECEPTIONIST, 3),
                       DAY, DAY, out_dir / "t.csv")
    assert list(out_dir.iterdir()) == []


def test_many_turns_stream_through_in_bounded_memory(ctx, out_dir):
    """8,000 turns written to CSV: peak Python memory stays far below holding them all."""
    import tracemalloc

    from sqlalchemy import insert

    from timedesk.turns.models import Turn

    known_day(ctx)
    start = at(7, 0)
    rows = [{"service_id": 1, "issued_service_id": 1, "day": DAY, "seq": 1000 + i,
             "number": f"A{1000 + i}", "priority": False, "status": "done", "calls": 1,
             "transfers": 0, "issued_at": start + timedelta(seconds=i),
             "queued_at": start + timedelta(seconds=i),
             "called_at": start + timedelta(seconds=i + 300),
             "finished_at": start + timedelta(seconds=i + 600)} for i in range(8_000)]
    with ctx.db.unit_of_work() as session:
        session.execute(insert(Turn), rows)
    del rows
    tracemalloc.start()
    result = export_history(ctx.db, ctx.settings, SYSTEM, DAY, DAY, out_dir / "big.csv")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert result.rows == 8_005
    assert peak < 8_000_000, peak  # measured ~4 MB, as for 20,000; all 8,000 as ORM rows take more
