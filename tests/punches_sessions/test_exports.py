"""Exports of sessions on both engines: XLSX and CSV one row per session with flags and rule
texts; the PDF monthly record (registro de jornada) per employee and month, with totals and
signature lines, opened by a real PDF reader (Qt's)."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from support import SYSTEM, add_employee, add_punches, in_madrid, local

from timedesk.errors import ValidationError
from timedesk.export import parameters_path
from timedesk.punches.record_export import export_sessions

NOW = local(date(2027, 1, 10), 12)
DAYS = [date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)]


@pytest.fixture
def month_end(ctx):
    """Ana works Mon 30 Nov (late 09:20), Tue 1 and Wed 2 Dec (10 h, no break); Bea Tue."""
    in_madrid(ctx)
    ctx.settings.override("punches.company_name", "Gestoría Núñez S.L.")
    ana, bea = add_employee(ctx.db, "Ana Pérez"), add_employee(ctx.db, "Bea")
    add_punches(ctx.db, ana, ("in", local(DAYS[0], 9, 20)), ("out", local(DAYS[0], 14)),
                ("in", local(DAYS[0], 15)), ("out", local(DAYS[0], 18)),
                ("in", local(DAYS[1], 9)), ("out", local(DAYS[1], 14)),
                ("in", local(DAYS[2], 8)), ("out", local(DAYS[2], 18)))
    add_punches(ctx.db, bea, ("in", local(DAYS[1], 22)),
                ("out", local(DAYS[1] + timedelta(days=1), 2)))
    return ana, bea


def export(ctx, path, **options):
    return export_sessions(ctx.db, SYSTEM, DAYS[0], DAYS[-1], path, settings=ctx.settings,
                           now=NOW, **options)


def test_xlsx_has_one_row_per_session_with_local_times_flags_and_rule_texts(ctx, month_end,
                                                                           tmp_path):
    result = export(ctx, tmp_path / "s.xlsx")
    assert result.rows == 4
    sheet = load_workbook(result.path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Id", "Empleado", "Día", "Entrada")
    late = rows[1]
    assert late[1] == "Ana Pérez" and late[3].strftime("%H:%M") == "09:20"
    assert late[9].total_seconds() == 20 * 60 and late[12] == "late"
    long_day = rows[3]
    assert long_day[12] == "overtime, rule:break_15min, rule:max_9h"
    assert "art. 34.3" in long_day[13] and "art. 34.4" in long_day[13]


def test_csv_in_english_uses_commas_and_writes_its_parameters_aside(ctx, month_end, tmp_path):
    ana, _bea = month_end
    result = export(ctx, tmp_path / "s.csv", lang="en", employee=ana)
    with open(result.path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Id", "Employee", "Day"] and len(rows) == 4
    assert rows[2][5] == "5:00:00"  # Tuesday: 09:00-14:00
    assert "Ana Pérez" in parameters_path(result.path).read_text(encoding="utf-8-sig")


def test_the_pdf_record_has_a_page_per_employee_and_month_with_totals_and_signatures(
        ctx, month_end, tmp_path, qapp):
    from PySide6.QtPdf import QPdfDocument

    result = export(ctx, tmp_path / "record.pdf")
    assert result.rows == 4
    data = result.path.read_bytes()
    for text in (b"Registro de jornada", b"Firma del trabajador/a", b"Total del mes",
                 b"norma max_9h: Como m\xe1ximo 9 horas",
                 b"Gestor\xeda N\xfa\xf1ez S.L.", b"02:00 \\(+1 d\\)", b"10:00:00"):
        assert text in data, text
    document = QPdfDocument()
    document.load(str(result.path))
    # Ana: November and December; Bea: December; then the parameters page
    assert document.status() == QPdfDocument.Status.Ready and document.pageCount() == 4
    first = document.getAllText(0).text()
    assert "noviembre 2026" in first and "Ana Pérez" in first and "09:20" in first
    document.render(0, document.pagePointSize(0).toSize() * 2).save(
        str(tmp_path / "record-page-1.png"))


def test_a_bad_format_is_refused_and_no_file_is_left(ctx, month_end, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match="not a .xlsx or .csv or .pdf file"):
        export(ctx, out / "s.docx")
    with pytest.raises(ValidationError, match="language"):
        export(ctx, out / "s.pdf", lang="fr")
    assert list(out.iterdir()) == []
