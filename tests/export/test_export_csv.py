"""CSV export: UTF-8 with BOM, one plain table with as many fields in every row as in the
header, durations past 24 h, the decimal comma that goes with ';', parameters in a sidecar."""

import csv
import io
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timedesk.errors import ValidationError
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
    parameters_path,
    write_csv,
)

COLUMNS = [Column("text", "Texto", "Text", TEXT), Column("at", "Inicio", "Start", DATETIME),
           Column("spent", "Duración", "Duration", DURATION),
           Column("hours", "Horas", "Hours", NUMBER, decimals=2),
           Column("open", "Abierta", "Open", BOOL)]


def read(path: Path, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=delimiter))


def test_semicolon_files_start_with_a_bom_and_use_a_decimal_comma(tmp_path):
    rows = [{"text": "Núñez; \"jefe\"\nsegunda línea", "at": datetime(2025, 6, 16, 7, 5),
             "spent": 49 * 3600 + 61, "hours": 49.0169, "open": False},
            TotalRow({"text": "TOTALES", "spent": timedelta(hours=49, seconds=61)})]
    path = write_csv(tmp_path / "t.csv", COLUMNS, rows, delimiter=";")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfTexto;Inicio;") and raw.count(b"\r\n") == 3
    assert read(path, ";") == [
        ["Texto", "Inicio", "Duración", "Horas", "Abierta"],
        ["Núñez; \"jefe\"\nsegunda línea", "16/06/2025 07:05:00", "49:01:01", "49,02", "No"],
        ["TOTALES", "", "49:01:01", "", ""]]


def test_comma_files_use_a_decimal_point_and_english_headers(tmp_path):
    path = write_csv(tmp_path / "t.csv", COLUMNS, [{"hours": 1.5, "open": True}], lang="en")
    assert read(path, ",") == [["Text", "Start", "Duration", "Hours", "Open"],
                               ["", "", "", "1.50", "Yes"]]


def test_text_that_excel_would_run_as_a_formula_gets_a_leading_quote(tmp_path):
    path = write_csv(tmp_path / "t.csv", COLUMNS,
                     [{"text": "=1+2"}, {"text": "@SUM(A1)"}, {"text": "-5"}, {"text": "a=b"}])
    assert [r[0] for r in read(path, ",")[1:]] == ["'=1+2", "'@SUM(A1)", "'-5", "a=b"]


def test_parameters_go_to_a_sidecar_table_in_the_same_dialect(tmp_path):
    path = write_csv(tmp_path / "informe.csv", COLUMNS, [], delimiter=";",
                     parameters={"Periodo": "2025-06-16 – 2025-06-22"})
    sidecar = parameters_path(path)
    assert sidecar.name == "informe.parameters.csv"
    table = read(sidecar, ";")
    assert table[:2] == [["Parámetro", "Valor"], ["Periodo", "2025-06-16 – 2025-06-22"]]
    assert [r[0] for r in table[2:]] == ["Generado (UTC)", "Versión de timedesk"]
    assert read(path, ";") == [["Texto", "Inicio", "Duración", "Horas", "Abierta"]]


def test_a_delimiter_other_than_semicolon_or_comma_is_refused(tmp_path):
    with pytest.raises(ValidationError):
        write_csv(tmp_path / "t.csv", COLUMNS, [], delimiter="\t")
    assert list(tmp_path.iterdir()) == []


cell = st.one_of(st.none(), st.text(max_size=30), st.integers(-10**6, 10**6),
                 st.floats(allow_nan=False, allow_infinity=False, width=32))


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.one_of(
    st.fixed_dictionaries({}, optional={"text": st.one_of(st.none(), st.text(max_size=40)),
                                        "spent": st.one_of(st.none(), st.integers(0, 10**7)),
                                        "hours": st.one_of(st.none(), st.floats(
                                            allow_nan=False, allow_infinity=False,
                                            min_value=-1e9, max_value=1e9)),
                                        "open": st.one_of(st.none(), st.booleans())}),
    st.lists(cell, min_size=5, max_size=5)), max_size=15),
    delimiter=st.sampled_from([";", ","]))
def test_every_csv_row_has_as_many_fields_as_the_header(rows, delimiter):
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(Path(folder) / "t.csv", COLUMNS, rows, delimiter=delimiter)
        table = read(path, delimiter)
    assert len(table) == len(rows) + 1
    assert {len(r) for r in table} == {len(COLUMNS)}


def test_a_value_of_another_type_than_its_column_is_written_as_quoted_text():
    from timedesk.export.columns import csv_formatter

    def text(kind, value):
        return csv_formatter(Column("x", "X", "X", kind), lang="es", decimal_comma=True)(value)

    assert text(DURATION, float("-inf")) == "'-inf"  # no duration: text, formula-quoted
    assert text(DURATION, True) == "True"  # a bool is not a number of seconds
    assert text(NUMBER, True) == "True"
    assert text(BOOL, True) == "Sí"
    assert text(DATE, "=1+2") == "'=1+2"
    assert text(TIME, time(7, 5, 9)) == "07:05:09"
    assert text(TIME, None) == ""
