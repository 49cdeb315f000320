"""Attachments: the type by content (a renamed executable is refused), the size limit from the
setting, 0-byte files refused, names made safe, the exact bytes and their SHA-256 back, and
nothing stored when a file is refused."""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest

from timedesk.errors import ValidationError
from timedesk.tickets.attachments import (
    AttachmentTooLarge,
    AttachmentTypeRefused,
    safe_filename,
    sniff_type,
)


def _zip(names):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64
KINDS = [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "shot.png", "image/png"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo.jpg", "image/jpeg"),
    (b"GIF89a\x01\x00", "anim.gif", "image/gif"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "pic.webp", "image/webp"),
    (b"%PDF-1.7\n%\xe2\xe3", "invoice.pdf", "application/pdf"),
    (_zip(["[Content_Types].xml", "word/document.xml"]), "letter.docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (_zip(["[Content_Types].xml", "xl/workbook.xml"]), "sheet.xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    (OLE, "old.doc", "application/msword"),
    (OLE, "old.xls", "application/vnd.ms-excel"),
    (_zip(["notes.txt"]), "logs.zip", "application/zip"),
    ("Olá, the log says ✓\n".encode(), "log.txt", "text/plain"),
]


@pytest.mark.parametrize(("data", "name", "content_type"), KINDS)
def test_the_allowed_kinds_are_told_by_their_content(data, name, content_type):
    assert sniff_type(data, name) == content_type


@pytest.mark.parametrize("data", [
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", b"\x7fELF\x02\x01\x01\x00", b"\xca\xfe\xba\xbe\x00",
    b"PK\x03\x04 not really a zip", b"text with a NUL \x00 inside", "caf\xe9".encode("latin-1"),
])
def test_anything_else_is_refused_whatever_its_name(data):
    with pytest.raises(AttachmentTypeRefused) as refused:
        sniff_type(data, "report.pdf")
    assert refused.value.http_status == 415 and "report.pdf" in refused.value.message


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError, match="empty"):
        sniff_type(b"", "empty.txt")


@pytest.mark.parametrize(("given", "safe"), [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\ana\\Desktop\\report.pdf", "report.pdf"),
    ("bad\x00na\x1bme\r\n.txt", "badname.txt"),
    ('what?<is>"this"|*.png', "what__is__this___.png"),
    ("CON", "_CON"), ("nul.txt", "_nul.txt"), ("com1.log", "_com1.log"),
    ("  ..hidden. ", "hidden"), ("...", "attachment"), ("", "attachment"),
    ("a" * 300 + ".pdf", "a" * 196 + ".pdf"),
    ("ñ" * 150 + ".txt", "ñ" * 98 + ".txt"),
])
def test_names_are_made_safe(given, safe):
    assert safe_filename(given) == safe


def test_the_exact_bytes_come_back_with_their_sha256(desk, people):
    ticket = desk.create_ticket(people.rita, "Scan", "attached")
    data = b"%PDF-1.4\n" + bytes(range(256)) * 40
    info = desk.add_attachment(people.rita, ticket.id, "../scan?.pdf", data)
    assert (info.filename, info.content_type, info.size, info.sha256, info.uploaded_by) == (
        "scan_.pdf", "application/pdf", len(data), hashlib.sha256(data).hexdigest(), "rita")
    got_info, got = desk.attachment(people.tom, ticket.id, info.id)
    assert got == data and got_info == info
    assert desk.get_ticket(people.rita, ticket.id).attachments == [info]


def test_a_refused_file_stores_nothing(desk, people, ctx):
    ctx.settings.override("tickets.attachment_max_bytes", 1000)
    ticket = desk.create_ticket(people.rita, "Files", "x")
    with pytest.raises(AttachmentTooLarge) as too_big:
        desk.add_attachment(people.rita, ticket.id, "big.txt", b"a" * 1001)
    assert too_big.value.http_status == 413 and "1,000 bytes" in too_big.value.message
    with pytest.raises(AttachmentTypeRefused):
        desk.add_attachment(people.rita, ticket.id, "invoice.pdf", b"MZ\x90\x00" + b"\x00" * 50)
    with pytest.raises(ValidationError, match="empty"):
        desk.add_attachment(people.rita, ticket.id, "empty.png", b"")
    assert desk.add_attachment(people.rita, ticket.id, "ok.txt", b"a" * 1000).size == 1000
    assert [a.filename for a in desk.get_ticket(people.rita, ticket.id).attachments] == [
        "ok.txt"]


def test_the_default_limit_is_ten_mebibytes(desk, people):
    ticket = desk.create_ticket(people.rita, "Files", "x")
    with pytest.raises(AttachmentTooLarge):
        desk.add_attachment(people.rita, ticket.id, "big.txt", b"a" * (10 * 1024 * 1024 + 1))
