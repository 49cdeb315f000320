"""Tabular PDF documents (A4, Helvetica) written directly, without Qt, so that the command line,
the HTTP listener and background jobs make them in any thread and without a display.

A document is a sequence of `PdfSection`s, each starting on a new page: a title, a few lines of
parameters, a table (a `Column` spec as for XLSX and CSV; a `TotalRow` in bold) whose header
repeats on every page it spans, and an optional block of signature lines at its end. Pages are
written to the file as they are made: a long document is never held in memory. Text uses the
PDF standard fonts' WinAnsi encoding (Spanish letters included; anything else becomes '?').
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from timedesk.export.columns import (
    Column,
    TotalRow,
    check_language,
    csv_formatter,
    parameter_text,
    row_values,
)
from timedesk.export.files import (
    CancelCheck,
    ProgressCallback,
    atomic_output,
    counted,
    parameter_rows,
)

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN = 42.0
SIZE = 8.5
ROW_H = 13.0
CHAR_EM = 0.53  # Helvetica's mean advance per character, in ems: for fitting text to a column


@dataclass(frozen=True)
class PdfSection:
    title: str
    lines: Sequence[str]
    columns: Sequence[Column]
    rows: Iterable[Mapping[str, Any] | Sequence[Any] | TotalRow]
    signatures: Sequence[str] = ()  # a line to sign above each label, side by side


def _text(value: str) -> str:
    raw = value.encode("cp1252", errors="replace").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrapped(value: str, width: float, size: float) -> list[str]:
    """`value` in lines that fit `width`, broken between words."""
    most = max(int(width / (size * CHAR_EM)), 1)
    lines: list[str] = []
    for word in value.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= most:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _fit(value: str, width: float, size: float) -> str:
    most = max(int(width / (size * CHAR_EM)), 1)
    return value if len(value) <= most else value[:max(most - 1, 1)] + "…"


class _Writer:
    """PDF objects appended to a file; object 1 is the catalog, 2 the page tree, 3 and 4 the
    regular and bold fonts; the page tree and the cross-reference table come last."""

    def __init__(self, handle: IO[bytes], title: str) -> None:
        self.handle = handle
        self.offsets: list[int] = []
        self.pages: list[int] = []
        handle.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        self._object(b"<< /Type /Catalog /Pages 2 0 R >>")
        self.offsets.append(0)  # the page tree: written at the end, when its pages are known
        for name in (b"Helvetica", b"Helvetica-Bold"):
            self._object(b"<< /Type /Font /Subtype /Type1 /BaseFont /" + name
                         + b" /Encoding /WinAnsiEncoding >>")
        self.info = self._object(f"<< /Title ({_text(title)}) /Creator (timedesk) >>".encode(
            "latin-1"))

    def _object(self, body: bytes, number: int | None = None) -> int:
        if number is None:
            self.offsets.append(0)
            number = len(self.offsets)
        self.offsets[number - 1] = self.handle.tell()
        self.handle.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
        return number

    def page(self, content: str) -> None:
        data = content.encode("latin-1")
        stream = self._object(f"<< /Length {len(data)} >>\nstream\n".encode() + data
                              + b"\nendstream")
        self.pages.append(self._object(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W:.0f} {PAGE_H:.0f}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {stream} 0 R >>"
            .encode()))

    def close(self) -> None:
        kids = " ".join(f"{number} 0 R" for number in self.pages)
        self._object(f"<< /Type /Pages /Kids [{kids}] /Count {len(self.pages)} >>".encode(), 2)
        start = self.handle.tell()
        lines = [f"xref\n0 {len(self.offsets) + 1}\n", "0000000000 65535 f \n"]
        lines += [f"{offset:010d} 00000 n \n" for offset in self.offsets]
        lines.append(f"trailer\n<< /Size {len(self.offsets) + 1} /Root 1 0 R "
                     f"/Info {self.info} 0 R >>\nstartxref\n{start}\n%%EOF\n")
        self.handle.write("".join(lines).encode())


class _Page:
    """The drawing commands of one page, top to bottom (`y` is the next baseline)."""

    def __init__(self) -> None:
        self.ops: list[str] = ["0.2 w"]
        self.y = PAGE_H - MARGIN

    def text(self, x: float, value: str, *, size: float = SIZE, bold: bool = False) -> None:
        font = "F2" if bold else "F1"
        self.ops.append(f"BT /{font} {size:.1f} Tf {x:.1f} {self.y:.1f} Td ({_text(value)}) Tj ET")

    def rule(self, x1: float, x2: float, y: float) -> None:
        self.ops.append(f"{x1:.1f} {y:.1f} m {x2:.1f} {y:.1f} l S")


def _widths(columns: Sequence[Column]) -> list[float]:
    wanted = [column.width or 10.0 for column in columns]
    scale = (PAGE_W - 2 * MARGIN) / sum(wanted)
    return [width * scale for width in wanted]


def _section(writer: _Writer, section: PdfSection, lang: str, progress: ProgressCallback | None,
             cancel: CancelCheck | None, page_label: str) -> None:
    widths = _widths(section.columns)
    formats = [csv_formatter(column, lang=lang, decimal_comma=lang == "es")
               for column in section.columns]
    count = [0]

    def start_page() -> _Page:
        page = _Page()
        count[0] += 1
        page.text(MARGIN, section.title + (f" ({page_label} {count[0]})" if count[0] > 1
                                           else ""), size=12, bold=True)
        page.y -= 18
        if count[0] == 1:
            for line in section.lines:
                for part in _wrapped(line, PAGE_W - 2 * MARGIN, SIZE + 0.5):
                    page.text(MARGIN, _fit(part, PAGE_W - 2 * MARGIN, SIZE + 0.5),
                              size=SIZE + 0.5)
                    page.y -= ROW_H
            page.y -= 4
        cells(page, [column.header(lang) for column in section.columns], bold=True)
        return page

    def cells(page: _Page, values: Sequence[str], *, bold: bool = False) -> None:
        x = MARGIN
        for value, width in zip(values, widths, strict=True):
            page.text(x + 1, _fit(value, width - 3, SIZE), bold=bold)
            x += width
        page.rule(MARGIN, PAGE_W - MARGIN, page.y - 3.5)
        page.y -= ROW_H

    page = start_page()
    for row in counted(section.rows, total=None, progress=progress, cancel=cancel):
        if page.y < MARGIN + ROW_H:
            writer.page("\n".join(page.ops))
            page = start_page()
        bold = isinstance(row, TotalRow)
        values = row_values(section.columns, row.values if isinstance(row, TotalRow) else row)
        cells(page, [fmt(value) for fmt, value in zip(formats, values, strict=True)], bold=bold)
    if section.signatures:
        if page.y < MARGIN + 90:
            writer.page("\n".join(page.ops))
            page = start_page()
        page.y -= 60
        width = (PAGE_W - 2 * MARGIN) / len(section.signatures)
        for index, label in enumerate(section.signatures):
            left = MARGIN + index * width
            page.rule(left + 10, left + width - 10, page.y + 12)
            page.text(left + 10, label)
    writer.page("\n".join(page.ops))


def write_pdf(path: Path, title: str, sections: Iterable[PdfSection], *, lang: str = "es",
              parameters: Mapping[str, Any] | None = None,
              progress: ProgressCallback | None = None,
              cancel: CancelCheck | None = None) -> Path:
    """Write the sections to `path`, all or nothing; the parameters (and when and by which
    version the file was made) close the document on a page of their own."""
    check_language(lang)
    page_label = "página" if lang == "es" else "page"
    path = Path(path)
    with atomic_output(path) as temporary, open(temporary, "wb") as handle:
        writer = _Writer(handle, title)
        for section in sections:
            _section(writer, section, lang, progress, cancel, page_label)
        closing = _Page()
        closing.text(MARGIN, title, size=12, bold=True)
        closing.y -= 20
        for label, value in parameter_rows(parameters, lang):
            closing.text(MARGIN, f"{label}: {parameter_text(value, lang)}")
            closing.y -= ROW_H
        writer.page("\n".join(closing.ops))
        writer.close()
    return path
