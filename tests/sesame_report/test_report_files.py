"""The written files: XLSX with real typed cells, bold header and TOTAL rows, Parámetros and
Incidencias sheets; CSV with BOM, equal field counts and the last TOTAL row; all or nothing."""

import csv
from datetime import datetime, time, timedelta

import openpyxl
import pytest
from sesame_report_support import at, pause, report, work

from timedesk.errors import ValidationError
from timedesk.jobs import JobCancelled
from timedesk.sesame.report import write_report

H = 3600


def sample(**options):
    return report([work(at(9), at(13)), pause(at(13), at(14)), work(at(14), at(18)),
                   work(at(6, day=11), at(8, day=12), check_type="meet"),  # 26 h: over 16 h
                   work(at(9, day=12), None, employee="bea"),
                   work(at(9, day=2, month=1, year=2026), at(10, day=2, month=1, year=2026))],
                  **options)


def sheet_rows(path, index=0):
    book = openpyxl.load_workbook(path)
    return book, list(book.worksheets[index].iter_rows())


def test_xlsx_has_typed_cells_bold_header_and_totals_in_spanish(tmp_path):
    path = write_report(sample(), tmp_path / "r.xlsx", fmt="xlsx")
    book, rows = sheet_rows(path)
    assert book.sheetnames == ["Reporte Fichajes", "Parámetros", "Incidencias"]
    assert [c.value for c in rows[0]] == ["Empleado", "Tipo ID", "Nº ID", "Fecha", "Actividad",
                                          "Grupo", "Entrada", "Salida", "Tiempo Registrado"]
    assert all(c.font.b for c in rows[0])
    first = {c.column_letter: c for c in rows[1]}
    assert (first["A"].value, first["E"].value, first["F"].value) == (
        "Ana Pérez", "Registro normal", "Sin grupo")
    assert (first["D"].value, first["D"].number_format) == (datetime(2025, 12, 10), "dd/mm/yyyy")
    assert (first["G"].value, first["H"].value, first["G"].number_format) == (
        time(9), time(18), "hh:mm:ss")
    assert (first["I"].value, first["I"].number_format) == (timedelta(hours=9), "[h]:mm:ss")
    total = {c.column_letter: c for c in rows[2]}
    assert total["E"].value == "TOTAL" and total["E"].font.b and total["I"].font.b
    assert not first["A"].font.b
    long_total = {c.column_letter: c for c in rows[4]}
    assert long_total["I"].value == timedelta(hours=26)  # hours past 24
    days = [r[3].value for r in rows[1:] if r[4].value == "TOTAL" and r[0].value == "Ana Pérez"]
    assert days == [datetime(2025, 12, 10), datetime(2025, 12, 11), datetime(2026, 1, 2)]


def test_xlsx_in_english_and_the_breaks_column_with_exclude(tmp_path):
    path = write_report(sample(breaks="exclude"), tmp_path / "r.xlsx", fmt="xlsx", lang="en")
    book, rows = sheet_rows(path)
    assert book.sheetnames == ["Attendance report", "Parameters", "Incidences"]
    assert [c.value for c in rows[0]][-2:] == ["Time recorded", "Breaks"]
    assert rows[1][4].value == "Regular entry" and rows[1][5].value == "No group"
    assert (rows[1][8].value, rows[1][9].value) == (timedelta(hours=8), timedelta(hours=1))


def test_parameters_and_incidences_sheets_say_how_the_report_was_made(tmp_path):
    path = write_report(sample(), tmp_path / "r.xlsx", fmt="xlsx",
                        extra_parameters=[("Empleados filtrados", "ana, bea")])
    _, parameters = sheet_rows(path, 1)
    values = {row[0].value: row[1].value for row in parameters[1:]}
    assert values["Periodo"] == "2025-12-01 – 2026-01-31"
    assert values["Pausas"].startswith("Absorber")
    assert "desfase horario" in values["Zona horaria"]
    assert values["Pausas por tipo"] == "Comida 1:00:00"
    assert values["Empleados filtrados"] == "ana, bea"
    assert "Generado (UTC)" in values and values["Versión de timedesk"]
    _, incidences = sheet_rows(path, 2)
    assert sorted(row[0].value for row in incidences[1:]) == ["Más de 16 h", "Sin salida"]


def test_csv_has_bom_equal_field_counts_and_every_total_row(tmp_path):
    built = sample()
    path = write_report(built, tmp_path / "r.csv", fmt="csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][-1] == "Tiempo Registrado" and len(lines) == len(built.rows) + 1
    assert {len(line) for line in lines} == {9}
    assert lines[1][3:] == ["10/12/2025", "Registro normal", "Sin grupo", "09:00:00",
                            "18:00:00", "09:00:00"]
    assert lines[-1][:5] == ["Bea Alonso", "nie", "X1234567L", "12/12/2025", "TOTAL"]
    assert [line[3] for line in lines if line[0] == "Ana Pérez" and line[4] == "TOTAL"] == [
        "10/12/2025", "11/12/2025", "02/01/2026"]  # real dates, not dd/mm/yyyy strings
    assert ["TOTAL", "", "", "", "26:00:00"] in [line[4:] for line in lines]


def test_csv_in_english_uses_commas_and_the_breaks_column(tmp_path):
    path = write_report(sample(breaks="exclude"), tmp_path / "r.csv", fmt="csv", lang="en")
    lines = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0][-1] == "Breaks" and {len(line) for line in lines} == {10}
    assert lines[1][-2:] == ["08:00:00", "01:00:00"]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_cancel_leaves_no_file_and_progress_reaches_every_row(tmp_path, fmt):
    built = report([work(at(9, day=d), at(10, day=d)) for d in range(1, 31)] * 1)
    seen = []
    write_report(built, tmp_path / f"ok.{fmt}", fmt=fmt, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(built.rows), len(built.rows))

    def cancel():
        raise JobCancelled()

    with pytest.raises(JobCancelled):
        write_report(built, tmp_path / f"r.{fmt}", fmt=fmt, cancel=cancel)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith((".r", "r"))]


def test_an_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="'pdf' is not a report format"):
        write_report(sample(), tmp_path / "r.pdf", fmt="pdf")
