"""A fast XLSX writer for a big sheet, on top of openpyxl's write-only workbook (the Sesame
report's and the punch clock's year of sessions).

openpyxl spends ~100 µs on each styled cell here (a cell object, a style lookup, lxml calls):
a million-entry report would take many minutes. So openpyxl builds the workbook as usual
(the styles, the small Parámetros and Incidencias sheets, a placeholder first sheet), and the
first sheet's XML is then streamed straight into the final zip from precomputed fragments: the
same cells (real dates, times and durations with their number formats; bold header and totals)
many times faster, in constant memory. All or nothing: temporary files, then a rename.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from timedesk.export.columns import (
    DATE,
    DATETIME,
    DURATION,
    TIME,
    XLSX_MAX_TEXT,
    Column,
    xlsx_number_format,
    xlsx_value,
)
from timedesk.export.files import atomic_output
from timedesk.export.xlsx import sheet_title

BOLD = Font(bold=True)
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()
_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://'
         'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView '
         'workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
         'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
         '</sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>')
_TAIL = ('</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" '
         'footer="0.5"/></worksheet>')
FLUSH_ROWS = 1_000
Row = tuple[Sequence[Any], bool]  # (values in column order, bold)


class _ColumnCells:
    """The XML of one column's cells; styles registered once in the workbook."""

    def __init__(self, sheet: WriteOnlyWorksheet, column: Column, index: int) -> None:
        self.column, self.letter, self.kind = column, get_column_letter(index), column.kind
        self.styles = (_style(sheet, column, False), _style(sheet, column, True))
        self.text_style = (_style(sheet, Column("", "", ""), False),
                           _style(sheet, Column("", "", ""), True))
        self.texts: dict[str, str] = {}

    def xml(self, row: int, value: Any, bold: bool) -> str:
        kind, number = self.kind, None
        if kind == DURATION and type(value) is int:
            number = repr(value / 86400)
        elif kind == TIME and isinstance(value, (datetime, time)):
            number = repr((value.hour * 3600 + value.minute * 60 + value.second) / 86400)
        elif kind == DATETIME and isinstance(value, datetime):
            number = _serial(value)  # its wall time: the zone is dropped, as xlsx_value does
        elif kind == DATE and isinstance(value, date):
            number = str(value.toordinal() - _EXCEL_EPOCH)
        else:
            return self._general(row, value, bold)
        return f'<c r="{self.letter}{row}"{self.styles[bold]}><v>{number}</v></c>'

    def _general(self, row: int, value: Any, bold: bool) -> str:
        converted = value if type(value) is str else xlsx_value(self.column, value)
        where = f'{self.letter}{row}'
        if isinstance(converted, str):
            return (f'<c r="{where}" t="inlineStr"{self.text_style[bold]}><is>'
                    f'{self._text(converted)}</is></c>')
        if isinstance(converted, bool):
            return f'<c r="{where}" t="b"{self.styles[bold]}><v>{int(converted)}</v></c>'
        return f'<c r="{where}"{self.styles[bold]}><v>{_serial(converted)}</v></c>'

    def _text(self, value: str) -> str:
        found = self.texts.get(value)
        if found is None:
            clean = _ILLEGAL_XML.sub("", value)[:XLSX_MAX_TEXT]
            space = ' xml:space="preserve"' if clean != clean.strip() else ""
            found = f"<t{space}>{escape(clean)}</t>"
            if len(self.texts) < 50_000:  # names, labels, ids repeat; free text may not
                self.texts[value] = found
        return found


def _serial(value: Any) -> str:
    if isinstance(value, datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return repr(value.toordinal() - _EXCEL_EPOCH + seconds / 86400)
    if isinstance(value, date):
        return str(value.toordinal() - _EXCEL_EPOCH)
    if isinstance(value, time):
        return repr((value.hour * 3600 + value.minute * 60 + value.second) / 86400)
    if isinstance(value, timedelta):
        return repr(value.total_seconds() / 86400)
    return repr(value)


def _style(sheet: WriteOnlyWorksheet, column: Column, bold: bool) -> str:
    probe = WriteOnlyCell(sheet, value=None)
    number_format = xlsx_number_format(column)
    if number_format:
        probe.number_format = number_format
    if bold:
        probe.font = BOLD
    style_id = probe.style_id  # registers the style in the workbook's styles.xml
    return f' s="{style_id}"' if style_id else ""


def write_workbook(path: Path, columns: Sequence[Column], rows: Iterable[Row], *, lang: str,
                   sheet: str, add_sheets: Callable[[Workbook], None], total: int,
                   progress: Callable[[int, int], Any] | None = None,
                   cancel: Callable[[], None] | None = None) -> Path:
    """Write `rows` as the first sheet (bold header, frozen below it) and the sheets that
    `add_sheets(workbook)` makes after it. `cancel()` raises to stop; nothing is left then."""
    path = Path(path)
    workbook = Workbook(write_only=True)
    table = workbook.create_sheet(sheet_title(sheet))
    cells = [_ColumnCells(table, column, index) for index, column in enumerate(columns, 1)]
    add_sheets(workbook)
    with atomic_output(path) as final:
        base = final.with_name(final.name + ".base")
        try:
            workbook.save(base)
            with zipfile.ZipFile(base) as source, zipfile.ZipFile(
                    final, "w", zipfile.ZIP_DEFLATED, compresslevel=5) as target:
                for item in source.infolist():
                    if item.filename == table.path.lstrip("/"):
                        with target.open(item.filename, "w", force_zip64=True) as stream:
                            _stream_table(stream, columns, cells, rows, lang, total,
                                          progress, cancel)
                    else:
                        target.writestr(item, source.read(item))
        finally:
            base.unlink(missing_ok=True)
    return path


def _stream_table(stream: IO[bytes], columns: Sequence[Column], cells: list[_ColumnCells],
                  rows: Iterable[Row], lang: str, total: int,
                  progress: Callable[[int, int], Any] | None,
                  cancel: Callable[[], None] | None) -> None:
    widths = "".join(f'<col min="{i}" max="{i}" width="{c.width}" customWidth="1"/>'
                     for i, c in enumerate(columns, 1) if c.width)
    header = "".join(f'<c r="{c.letter}1" t="inlineStr"{c.text_style[True]}><is>'
                     f'{c._text(col.header(lang))}</is></c>' for c, col in zip(cells, columns, strict=False))
    stream.write((_HEAD + (f"<cols>{widths}</cols>" if widths else "") +
                  f'<sheetData><row r="1">{header}</row>').encode())
    buffer: list[str] = []
    number = 1
    for values, bold in rows:
        number += 1
        parts = [f'<row r="{number}">']
        for cell, value in zip(cells, values, strict=False):
            if value is not None and value != "":
                parts.append(cell.xml(number, value, bold))
        parts.append("</row>")
        buffer.append("".join(parts))
        if len(buffer) >= FLUSH_ROWS:
            stream.write("".join(buffer).encode())
            buffer.clear()
            if cancel is not None:
                cancel()
            if progress is not None:
                progress(number - 1, total)
    stream.write(("".join(buffer) + _TAIL).encode())
    if cancel is not None:
        cancel()
    if progress is not None:
        progress(number - 1, max(total, number - 1))

