"""Writing a built report: XLSX (the report sheet, Parámetros, Incidencias) or CSV (the same
rows and TOTAL rows, UTF-8 with BOM; parameters in the sidecar file timedesk.export writes).

XLSX cells are real values: Fecha a date (dd/mm/yyyy), Entrada/Salida times (hh:mm:ss, the wall
time in the offset Sesame sent), Tiempo Registrado and Pausas durations ([h]:mm:ss), so the sheet
can be summed. CSV: dates dd/mm/yyyy, times HH:MM:SS, durations HH:MM:SS with hours past 24.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook

from timedesk.durations import hms_padded
from timedesk.errors import ValidationError
from timedesk.export import DATE, DATETIME, DURATION, TEXT, TIME, Column, TotalRow, write_csv
from timedesk.export.columns import check_language
from timedesk.export.xlsx import TEXT_HEADER, parameters_sheet, sheet_title, xlsx_cell
from timedesk.export.xlsx_stream import write_workbook
from timedesk.outputs import FORMATS
from timedesk.sesame.report_rules import EXCLUDE
from timedesk.sesame.report_text import (
    INCIDENCE_HEADERS,
    NO_GROUP,
    REGULAR,
    SHEETS,
    TOTAL,
    column_headers,
    incidence_texts,
    label_text,
)

if TYPE_CHECKING:
    from timedesk.sesame.report import Report

_WIDTHS = (30, 9, 13, 11, 24, 22, 10, 10, 17, 10)
_KINDS = (TEXT, TEXT, TEXT, DATE, TEXT, TEXT, TIME, TIME, DURATION, DURATION)


def report_columns(breaks: str, *, durations_as_text: bool = False) -> list[Column]:
    headers = column_headers(breaks)
    return [Column(f"c{i}", es, en,
                   TEXT if durations_as_text and _KINDS[i] == DURATION else _KINDS[i],
                   _WIDTHS[i]) for i, (es, en) in enumerate(headers)]


def _row_values(report: Report, lang: str, *, text_durations: bool
                ) -> Iterator[tuple[list[Any], bool]]:
    """Each row as (values in column order, is a TOTAL row)."""
    with_breaks = report.options.breaks == EXCLUDE
    regular, no_group = REGULAR[lang], NO_GROUP[lang]
    activities: dict[tuple[str | None, ...], str] = {}
    groups: dict[tuple[str | None, ...], str] = {}
    for row in report.rows:
        seconds: Any = hms_padded(row.seconds) if text_durations else row.seconds
        if row.total:
            values = [row.employee, row.id_type, row.nid, row.day, TOTAL, None, None, None,
                      seconds]
        else:
            activity = activities.get(row.activity)
            if activity is None:
                activity = activities[row.activity] = label_text(row.activity, regular)
            group = groups.get(row.group)
            if group is None:
                group = groups[row.group] = label_text(row.group, no_group)
            values = [row.employee, row.id_type, row.nid, row.day, activity, group,
                      row.start, row.end, seconds]
        if with_breaks:
            values.append(hms_padded(row.breaks) if text_durations else row.breaks)
        yield values, row.total


def write_report(report: Report, path: Path, *, fmt: str, lang: str = "es",
                 extra_parameters: Sequence[tuple[str, str]] = (),
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], None] | None = None,
                 delimiter: str | None = None) -> Path:
    """Write `report` to `path` as "xlsx" or "csv", all or nothing. `progress(rows written,
    rows)`; `cancel()` raises timedesk.jobs.JobCancelled to stop (no file is left). CSV fields
    are separated by `delimiter`, by default ';' in Spanish (as Spanish Excel expects), ','
    in English."""
    check_language(lang)
    if fmt not in FORMATS:
        raise ValidationError("'{fmt}' is not a report format.", "Use xlsx or csv.", fmt=fmt)
    parameters = dict(report.parameters(lang))
    parameters.update(dict(extra_parameters))
    total = len(report.rows)
    if fmt == "csv":
        rows = ((TotalRow(values) if bold else values)
                for values, bold in _row_values(report, lang, text_durations=True))
        return write_csv(Path(path), report_columns(report.options.breaks,
                                                    durations_as_text=True), rows,
                         lang=lang, delimiter=delimiter or (";" if lang == "es" else ","),
                         parameters=parameters, total=total, progress=progress,
                         cancel=None if cancel is None else (lambda: cancel() or False))

    def add_sheets(workbook: Workbook) -> None:
        parameters_sheet(workbook, parameters, lang, widths=(30, 90))
        _incidences_sheet(workbook, report, lang)

    return write_workbook(Path(path), report_columns(report.options.breaks),
                          _row_values(report, lang, text_durations=False), lang=lang,
                          sheet=SHEETS[lang][0], add_sheets=add_sheets, total=total,
                          progress=progress, cancel=cancel)


def _incidences_sheet(workbook: Workbook, report: Report, lang: str) -> None:
    sheet = workbook.create_sheet(sheet_title(SHEETS[lang][1]))
    for letter, width in zip("ABCDEFGHI", (26, 30, 13, 38, 11, 19, 19, 38, 50), strict=False):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.append([xlsx_cell(sheet, TEXT_HEADER, text, bold=True)
                  for text in INCIDENCE_HEADERS[lang]])
    day, moment = Column("", "", "", DATE), Column("", "", "", DATETIME)
    columns = (TEXT_HEADER, TEXT_HEADER, TEXT_HEADER, TEXT_HEADER, day, moment, moment,
               TEXT_HEADER, TEXT_HEADER)
    for incidence in report.incidences:
        kind, detail = incidence_texts(incidence, lang)
        values = (kind, incidence.employee, incidence.nid, incidence.employee_id, incidence.day,
                  incidence.start, incidence.end, incidence.entry_id, detail)
        sheet.append([xlsx_cell(sheet, column, value)
                      for column, value in zip(columns, values, strict=True)])
