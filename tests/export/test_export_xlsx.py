"""XLSX export: real typed cells with number formats, bold header and totals, a parameters
sheet, and text that never becomes a formula; read back with openpyxl."""

from datetime import UTC, date, datetime, time, timedelta

import openpyxl
import pytest

from timedesk.export import (
    BOOL,
    DATE,
    DATETIME,
    DURATION,
    NUMBER,
    TEXT,
    TIME,
    Column,
    TotalRow,
    write_xlsx,
)

COLUMNS = [
    Column("name", "Nombre", "Name", TEXT, 20),
    Column("day", "Día", "Day", DATE),
    Column("at", "Inicio", "Start", DATETIME, 20),
    Column("clock", "Hora", "Time", TIME),
    Column("spent", "Duración", "Duration", DURATION),
    Column("hours", "Horas", "Hours", NUMBER, decimals=2),
    Column("count", "Cuenta", "Count", NUMBER),
    Column("open", "Abierta", "Open", BOOL),
]
ROW = {"name": "Ana Núñez", "day": date(2025, 6, 16),
       "at": datetime(2025, 6, 16, 7, 5, 9, tzinfo=UTC), "clock": time(12, 35),
       "spent": 26 * 3600 + 3 * 60, "hours": 26.05, "count": 3, "open": True}


def read(path):
    book = openpyxl.load_workbook(path)
    return book, [list(r) for r in book.worksheets[0].iter_rows()]


def test_cells_are_real_dates_times_durations_and_numbers_with_their_formats(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", COLUMNS, [ROW])
    _, rows = read(path)
    cells = {c.column_letter: c for c in rows[1]}
    assert (cells["B"].value, cells["B"].number_format) == (datetime(2025, 6, 16), "dd/mm/yyyy")
    assert (cells["C"].value, cells["C"].number_format) == (datetime(2025, 6, 16, 7, 5, 9),
                                                            "dd/mm/yyyy hh:mm:ss")
    assert (cells["D"].value, cells["D"].number_format) == (time(12, 35), "hh:mm:ss")
    assert (cells["E"].value, cells["E"].number_format) == (timedelta(hours=26, minutes=3),
                                                            "[h]:mm:ss")
    assert (cells["F"].value, cells["F"].number_format, cells["F"].data_type) == (26.05, "0.00",
                                                                                  "n")
    assert (cells["G"].value, cells["H"].value, cells["H"].data_type) == (3, True, "b")


def test_headers_follow_the_language_and_are_bold_and_so_are_total_rows(tmp_path):
    rows = [ROW, TotalRow({"name": "TOTALS", "spent": timedelta(hours=30), "hours": 30.0})]
    _, read_rows = read(write_xlsx(tmp_path / "t.xlsx", COLUMNS, rows, lang="en"))
    assert [c.value for c in read_rows[0]] == ["Name", "Day", "Start", "Time", "Duration",
                                               "Hours", "Count", "Open"]
    assert all(c.font.b for c in read_rows[0])
    assert not any(c.font.b for c in read_rows[1] if c.value is not None)
    total = read_rows[2]
    assert total[0].value == "TOTALS" and all(c.font.b for c in total)
    assert (total[4].value, total[4].number_format) == (timedelta(hours=30), "[h]:mm:ss")


def test_a_second_sheet_holds_the_parameters_the_generation_time_and_the_version(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", COLUMNS, [ROW], sheet="Sesiones",
                      parameters={"Periodo": "2025-06-16 – 2025-06-22", "Sesiones": 1})
    book, _ = read(path)
    assert book.sheetnames == ["Sesiones", "Parámetros"]
    values = [tuple(r) for r in book["Parámetros"].iter_rows(values_only=True)]
    assert values[:3] == [("Parámetro", "Valor"), ("Periodo", "2025-06-16 – 2025-06-22"),
                          ("Sesiones", "1")]
    assert [v[0] for v in values[3:]] == ["Generado (UTC)", "Versión de timedesk"]


def test_text_that_looks_like_a_formula_stays_text_and_control_characters_are_dropped(tmp_path):
    rows = [{"name": '=HYPERLINK("http://evil.example","x")'}, {"name": "a\x00b\x1fc"},
            ["#N/A", None, None, None, None, None, None, None]]
    _, read_rows = read(write_xlsx(tmp_path / "t.xlsx", COLUMNS, rows))
    assert [(r[0].value, r[0].data_type) for r in read_rows[1:]] == [
        ('=HYPERLINK("http://evil.example","x")', "s"), ("abc", "s"), ("#N/A", "s")]


def test_empty_values_leave_empty_cells_and_a_row_of_the_wrong_length_is_refused(tmp_path):
    _, read_rows = read(write_xlsx(tmp_path / "t.xlsx", COLUMNS, [{"name": "only"}]))
    assert [c.value for c in read_rows[1]][1:] == [None] * 7
    with pytest.raises(ValueError, match="2 values for 8 columns"):
        write_xlsx(tmp_path / "bad.xlsx", COLUMNS, [["a", "b"]])
    assert not (tmp_path / "bad.xlsx").exists()


def test_a_sheet_name_excel_refuses_is_cleaned(tmp_path):
    book, _ = read(write_xlsx(tmp_path / "t.xlsx", COLUMNS, [], sheet="a/b:c*d?[e] " + "x" * 40))
    assert book.sheetnames[0] == "a b c d  e  xxxxxxxxxxxxxxxxxxx"[:31]
