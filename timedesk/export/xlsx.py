"""XLSX through openpyxl's write-only mode (rows streamed to disk: flat memory for 200,000 rows).

The first sheet holds the table: a bold header, frozen below it; real date, time and duration
cells (dd/mm/yyyy, hh:mm:ss, [h]:mm:ss) so the sheet can be filtered and summed; bold total rows.
The second sheet holds the parameters the file was made with. `xlsx_cell` and
`parameters_sheet` also write the other XLSX files (the Sesame report's sheets).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from timedesk.export.columns import (
    TEXT,
    Column,
    TotalRow,
    check_language,
    parameter_text,
    row_values,
    xlsx_number_format,
    xlsx_value,
)
from timedesk.export.files import (
    CancelCheck,
    ProgressCallback,
    atomic_output,
    counted,
    parameter_rows,
)

_BOLD = Font(bold=True)
_PARAMETERS = {"es": ("Parámetros", "Parámetro", "Valor"),
               "en": ("Parameters", "Parameter", "Value")}
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
TEXT_HEADER = Column("", "", "", TEXT)  # headers and parameters: plain text cells


def sheet_title(text: str) -> str:
    """A name Excel accepts: no []:*?/\\ and at most 31 characters."""
    return (_BAD_TITLE.sub(" ", text).strip() or "Sheet")[:31]


def write_xlsx(path: Path, columns: Sequence[Column],
               rows: Iterable[Mapping[str, Any] | Sequence[Any] | TotalRow], *,
               lang: str = "es", sheet: str = "Datos",
               parameters: Mapping[str, Any] | None = None, total: int | None = None,
               progress: ProgressCallback | None = None,
               cancel: CancelCheck | None = None) -> Path:
    """Write `rows` (mappings by column key, sequences, or TotalRow) to `path`, all or nothing.
    `progress(done, total)` is called as rows are written; `cancel()` returning True stops the
    work with JobCancelled and leaves no file."""
    check_language(lang)
    workbook = Workbook(write_only=True)
    table = workbook.create_sheet(sheet_title(sheet))
    try:
        for index, column in enumerate(columns, start=1):
            if column.width:
                table.column_dimensions[get_column_letter(index)].width = column.width
        table.freeze_panes = "A2"
        table.append([xlsx_cell(table, TEXT_HEADER, column.header(lang), bold=True)
                      for column in columns])
        formats = [xlsx_number_format(column) for column in columns]
        for row in counted(rows, total=total, progress=progress, cancel=cancel):
            bold = isinstance(row, TotalRow)
            values = row_values(columns, row.values if bold else row)
            table.append([xlsx_cell(table, column, value, bold=bold, number_format=fmt)
                          for column, value, fmt in zip(columns, values, formats, strict=False)])
        parameters_sheet(workbook, parameters, lang)
        path = Path(path)
        with atomic_output(path) as temporary:
            workbook.save(temporary)
        return path
    finally:
        _discard_buffers(workbook)



def xlsx_cell(sheet: WriteOnlyWorksheet, column: Column, value: Any, *, bold: bool = False,
              number_format: str | None = None) -> Cell | None:
    """The write-only cell of `value` as `column` says (a date, a duration...; text stays text,
    never a formula), or None for an empty cell that is not bold. `number_format`: the
    column's, when the caller looked it up once for many rows (default: looked up here)."""
    if number_format is None:
        number_format = xlsx_number_format(column)
    converted = xlsx_value(column, value)
    if converted is None and not bold:
        return None
    cell = WriteOnlyCell(sheet, value=converted)
    if isinstance(converted, str) and cell.data_type != "s":
        cell.data_type = "s"  # "=..." stays text: no formula from a session description
    if bold:
        cell.font = _BOLD
    if number_format and converted is not None and not isinstance(converted, str):
        cell.number_format = number_format
    return cell


def parameters_sheet(workbook: Workbook, parameters: Mapping[str, Any] | None, lang: str, *,
                     widths: tuple[int, int] = (28, 60)) -> None:
    """The sheet "Parámetros" ("Parameters"): one row per parameter the file was made with."""
    title, label_header, value_header = _PARAMETERS[lang]
    sheet = workbook.create_sheet(sheet_title(title))
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = widths
    sheet.append([xlsx_cell(sheet, TEXT_HEADER, label_header, bold=True),
                  xlsx_cell(sheet, TEXT_HEADER, value_header, bold=True)])
    for label, value in parameter_rows(parameters, lang):
        sheet.append([xlsx_cell(sheet, TEXT_HEADER, str(label)),
                      xlsx_cell(sheet, TEXT_HEADER, parameter_text(value, lang))])


def _discard_buffers(workbook: Workbook) -> None:
    """Remove the temporary files openpyxl streams unsaved sheets into (after a cancel or an
    error; a saved workbook has removed its own). Closing the sheet first ends its row stream
    cleanly, which would otherwise fail noisily when garbage-collected."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None or sheet.closed:
            continue
        with contextlib.suppress(Exception):
            sheet.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
