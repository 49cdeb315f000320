"""Exports of the ticket list on both engines: CSV, XLSX and PDF read back, with the SLA
deadlines in the office's zone; a requester's file holds their tickets only, and no file ever
holds an internal note."""

from __future__ import annotations

import csv
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from timedesk.auth.permissions import Actor
from timedesk.auth.service import create_user
from timedesk.errors import ValidationError
from timedesk.tickets.export import export_tickets
from timedesk.tickets.service import HelpDesk, TicketFilter

NOTE = "INTERNAL-NOTE-password-is-hunter2"
MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def desk(ctx, admin_actor):
    ctx.settings.override("office.timezone", "Europe/Madrid")
    people = {name: create_user(ctx.db, admin_actor, name, "a-long-password", role)
              for name, role in (("rita", "requester"), ("rob", "requester"),
                                 ("tina", "technician"))}
    actors = {name: Actor("user", name, info.role, info.id) for name, info in people.items()}
    desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
    desk.add_category(admin_actor, "Hardware")
    first = desk.create_ticket(actors["rita"], "Printer =jams", "paper stuck",
                               category="Hardware", priority="high")
    desk.create_ticket(actors["rita"], "Screen flickers", "since Monday")
    desk.create_ticket(actors["rob"], "Mouse broken", "left button")
    desk.take(actors["tina"], first.id)
    desk.add_comment(actors["tina"], first.id, NOTE, internal=True)
    desk.add_comment(actors["tina"], first.id, "On my way")
    return desk, actors


def everyone() -> Actor:
    return Actor.system("test")


def test_csv_has_every_visible_ticket_with_its_deadlines_in_the_office_zone(desk, tmp_path):
    help_desk, _ = desk
    count = export_tickets(help_desk, everyone(), TicketFilter(sort="id"), "csv",
                           tmp_path / "t.csv")
    assert count == 3
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Nº", "Asunto", "Estado"] and "Primera respuesta (plazo)" in rows[0]
    assert [row[1] for row in rows[1:]] == ["Printer =jams", "Screen flickers", "Mouse broken"]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert (first["Estado"], first["Asignado a"], first["Categoría"]) == (
        "assigned", "tina", "Hardware")
    ticket = help_desk.list_tickets(everyone(), TicketFilter(sort="id")).items[0]
    due = ticket.sla.resolution_due.astimezone(MADRID)
    assert first["Resolución (plazo)"].startswith(f"{due:%d/%m/%Y %H:%M}")
    assert first["Primera respuesta"]  # the public comment was the first response
    assert NOTE not in (tmp_path / "t.csv").read_text(encoding="utf-8-sig")


def test_xlsx_read_back_has_real_dates_and_only_the_requesters_tickets(desk, tmp_path):
    help_desk, actors = desk
    assert export_tickets(help_desk, actors["rita"], TicketFilter(sort="id"), None,
                          tmp_path / "mine.xlsx", lang="en") == 2
    book = load_workbook(tmp_path / "mine.xlsx")
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:2] == ("No.", "Subject")
    assert [row[1] for row in rows[1:]] == ["Printer =jams", "Screen flickers"]
    created = rows[1][rows[0].index("Created")]
    assert isinstance(created, datetime)
    assert book.worksheets[1].title == "Parameters"
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            assert not any(NOTE in str(value) for value in row if value is not None)
            assert "Mouse broken" not in row


def test_pdf_read_back_lists_the_filtered_tickets_and_no_internal_note(desk, tmp_path, qapp):
    from PySide6.QtPdf import QPdfDocument

    help_desk, actors = desk
    path = tmp_path / "queue.pdf"
    assert export_tickets(help_desk, actors["tina"], TicketFilter(status=("assigned",)), "pdf",
                          path, lang="en") == 1
    assert path.read_bytes().startswith(b"%PDF-") and NOTE.encode() not in path.read_bytes()
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert "Printer =jams" in text and "Resolution due" in text
    assert "Screen flickers" not in text and NOTE not in text


def test_a_requester_cannot_export_anothers_tickets_and_bad_input_leaves_no_file(desk,
                                                                                  tmp_path):
    help_desk, actors = desk
    assert export_tickets(help_desk, actors["rob"], TicketFilter(), "csv",
                          tmp_path / "rob.csv") == 1
    assert "Printer" not in (tmp_path / "rob.csv").read_text(encoding="utf-8-sig")
    with pytest.raises(ValidationError, match="not a .csv or .xlsx or .pdf file"):
        export_tickets(help_desk, everyone(), TicketFilter(), None, tmp_path / "t.docx")
    with pytest.raises(ValidationError, match="status 'open' is not one of"):
        export_tickets(help_desk, everyone(), TicketFilter(status=("open",)), "csv",
                       tmp_path / "bad.csv")
    assert not (tmp_path / "t.docx").exists() and not (tmp_path / "bad.csv").exists()
