"""The paper ticket: one 80 mm page with the number, the service, the time, the people ahead
and the estimate, read back from the PDF with QtPdf; a missing printer says what to do."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from timedesk.errors import TimedeskError
from timedesk.turns.views import TurnInfo
from timedesk.ui.turns.ticket import (
    WIDTH_MM,
    TicketPrinterMissing,
    TicketText,
    print_ticket,
    ticket_pdf,
)

ISSUED = datetime(2025, 3, 5, 9, 42, tzinfo=UTC)

pytest_plugins = ["reception_fixtures"]  # ui_services, reception_look


def turn(number="A007", low=600, high=900, ahead=3, priority=False) -> TurnInfo:
    return TurnInfo(1, number, number[0], "Información", "#f9a825", priority, "waiting", ISSUED,
                    None, None, None, None, 0, "Ana", "nota privada", low, high, ahead)


def pdf_text(path: Path) -> tuple[QPdfDocument, str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document, " ".join(document.getAllText(page).text()
                              for page in range(document.pageCount()))


def test_the_pdf_ticket_has_one_receipt_page_with_number_service_time_and_estimate(
        tmp_path, reception_look):
    from zoneinfo import ZoneInfo

    text = TicketText.of(turn(), ZoneInfo("Europe/Madrid"))
    path = ticket_pdf(text, tmp_path / "ticket.pdf")
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 2_000
    document, words = pdf_text(path)
    assert document.pageCount() == 1
    assert document.pagePointSize(0).width() == pytest.approx(WIDTH_MM / 25.4 * 72, abs=1)
    for expected in ("A007", "Información", "3 people ahead of you",
                     "Estimated wait: about 10–15 min",
                     "05/03/2025 10:42"):  # 09:42 UTC is 10:42 in Madrid
        assert expected in words
    assert "Ana" not in words and "nota privada" not in words  # the ticket is public too
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_a_ticket_without_estimate_says_so_and_a_priority_one_says_priority(tmp_path,
                                                                           reception_look):
    path = ticket_pdf(TicketText.of(turn(low=None, high=None, ahead=0, priority=True),
                                    UTC), tmp_path / "t.pdf")
    _, words = pdf_text(path)
    assert "no estimate yet" in words and "Nobody ahead of you" in words and "Priority" in words


def test_a_missing_printer_is_named_with_what_to_do(reception_look):
    with pytest.raises(TicketPrinterMissing) as caught:
        print_ticket(TicketText.of(turn(), UTC), "Impresora-que-no-existe")
    assert isinstance(caught.value, TimedeskError)
    assert "Impresora-que-no-existe" in caught.value.message
    assert "The turn was issued" in caught.value.hint


def test_ticket_screenshot(tmp_path, reception_look):
    path = ticket_pdf(TicketText.of(turn(), UTC), tmp_path / "t.pdf")
    document, _ = pdf_text(path)
    page = document.pagePointSize(0)
    width = 640
    size = QSize(width, int(width * page.height() / page.width()))
    rendered = document.render(0, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)  # the PDF page is transparent; paper is white
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    assert image.save(str(tmp_path / "ticket.png"))
