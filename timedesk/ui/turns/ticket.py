"""The paper ticket a customer takes from reception: the number very large, the service, the
local issue time, the people ahead and the estimated wait, on an 80 mm receipt.

One QTextDocument is laid out on the device it is printed on (without `setPaintDevice` first
the text comes out ~3x too small) and drawn on a single page whose
height fits the ticket, so a receipt printer cuts one slip and a PDF has one page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from timedesk.errors import TimedeskError
from timedesk.export.files import atomic_output
from timedesk.turns.views import TurnInfo
from timedesk.ui.appearance import FONT_FAMILY, register_fonts
from timedesk.ui.durations import wait_estimate
from timedesk.ui.formats import date_time_text

WIDTH_MM = 80.0  # the common receipt roll; 58 mm printers scale it down
MARGIN_MM = 4.0  # thermal heads do not print the outer few millimetres
PDF_DPI = 300
_fonts_ready = False


class TicketPrinterMissing(TimedeskError):
    """The chosen printer is not installed on this computer (the turn itself was issued)."""

    code = "printer_missing"
    http_status = 500
    exit_code = 5


def ahead_text(ahead: int | None) -> str:
    if not ahead:
        return QCoreApplication.translate("Ticket", "Nobody ahead of you")
    if ahead == 1:
        return QCoreApplication.translate("Ticket", "1 person ahead of you")
    return QCoreApplication.translate("Ticket", "{count} people ahead of you").format(count=ahead)


@dataclass(frozen=True)
class TicketText:
    """What a ticket says, already in words (the reception screen shows the same)."""

    number: str
    service: str
    issued: str
    ahead: str
    wait: str
    priority: bool
    office: str = ""

    @classmethod
    def of(cls, turn: TurnInfo, zone: tzinfo | None = None, office: str = "") -> TicketText:
        return cls(turn.number, turn.service_name, date_time_text(turn.issued_at, zone=zone),
                   ahead_text(turn.ahead), wait_estimate(turn.estimate_low_s, turn.estimate_high_s),
                   turn.priority, office)


def ticket_html(text: TicketText) -> str:
    e = html.escape
    your_number = QCoreApplication.translate("Ticket", "Your number")
    priority = QCoreApplication.translate("Ticket", "Priority")
    wait_line = QCoreApplication.translate("Ticket", "Estimated wait: {wait}").format(
        wait=text.wait)
    watch = QCoreApplication.translate("Ticket", "Watch the screen: your number will be called.")
    office = (f"<p style='font-size:9pt; margin:0 0 2mm 0'>{e(text.office)}</p>"
              if text.office else "")
    priority_line = (f"<p style='font-size:10pt; font-weight:bold; margin:0'>{e(priority)}</p>"
                     if text.priority else "")
    return (
        f"<div align='center' style='font-family:\"{FONT_FAMILY}\"'>{office}"
        f"<p style='font-size:10pt; margin:0'>{e(your_number)}</p>"
        f"<p style='font-size:40pt; font-weight:bold; margin:0'>{e(text.number)}</p>"
        f"{priority_line}"
        f"<p style='font-size:13pt; font-weight:bold; margin:1mm 0 2mm 0'>{e(text.service)}</p>"
        f"<p style='font-size:9pt; margin:0'>{e(text.ahead)}</p>"
        f"<p style='font-size:9pt; margin:0'>{e(wait_line)}</p>"
        f"<p style='font-size:8pt; margin:2mm 0 0 0'>{e(text.issued)}</p>"
        f"<p style='font-size:7pt; margin:1mm 0 0 0'>{e(watch)}</p></div>")


def ticket_document(text: TicketText) -> QTextDocument:
    global _fonts_ready
    if not _fonts_ready:
        register_fonts()
        _fonts_ready = True
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(ticket_html(text))
    return document


def _draw(document: QTextDocument, device: QPagedPaintDevice, dpi: int) -> None:
    """Lay `document` out on `device` at the receipt width, size the page to it, paint it."""
    document.documentLayout().setPaintDevice(device)  # before any size, else text ~3x too small
    inner_mm = WIDTH_MM - 2 * MARGIN_MM
    document.setTextWidth(inner_mm / 25.4 * dpi)
    height_mm = document.size().height() / dpi * 25.4 + 2 * MARGIN_MM
    layout = QPageLayout(QPageSize(QSizeF(WIDTH_MM, height_mm), QPageSize.Unit.Millimeter),
                         QPageLayout.Orientation.Portrait,
                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                         QPageLayout.Unit.Millimeter)
    if not device.setPageLayout(layout):
        device.setPageSize(layout.pageSize())
        device.setPageMargins(layout.margins(), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(device):
        raise TimedeskError(
            QCoreApplication.translate("Ticket", "the ticket could not be started on the printer."),
            QCoreApplication.translate("Ticket", "Check that the printer is switched on and has "
                                       "paper; the turn was issued."))
    try:
        size = document.size()
        document.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()


def ticket_title(text: TicketText) -> str:
    return QCoreApplication.translate("Ticket", "Ticket {number}").format(number=text.number)


def ticket_pdf(text: TicketText, path: Path) -> Path:
    """Write the ticket as a one-page PDF at `path` (atomically)."""
    with atomic_output(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setTitle(ticket_title(text))
        writer.setCreator("timedesk")
        document = ticket_document(text)
        _draw(document, writer, PDF_DPI)
        del writer  # the file is complete once the writer is gone
    return path


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def print_ticket(text: TicketText, printer_name: str) -> None:
    """Print the ticket on the printer named `printer_name` (TicketPrinterMissing if absent)."""
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        known = ", ".join(printer_names())
        choose = (QCoreApplication.translate("Ticket", "Choose one of: {known}.")
                  .format(known=known) if known else
                  QCoreApplication.translate("Ticket", "No printer is installed: choose 'PDF file' "
                                             "or install the ticket printer."))
        raise TicketPrinterMissing(
            QCoreApplication.translate("Ticket", "the printer '{name}' is not installed on this "
                                       "computer; the ticket was not printed.")
            .format(name=printer_name),
            choose + " " + QCoreApplication.translate("Ticket", "The turn was issued."))
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(ticket_title(text))
    printer.setFullPage(False)
    _draw(ticket_document(text), printer, printer.resolution())
