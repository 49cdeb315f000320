"""What a ticket may have attached (pure: no database).

The type is told by the content, never by the name: images (PNG, JPEG, GIF, WebP), PDF, office
documents (Office Open XML zips, which hold `[Content_Types].xml`, and the legacy OLE
compound files), plain text (UTF-8 without NULs) and zip. Anything else, such as an executable
renamed report.pdf, is refused (AttachmentTypeRefused, HTTP 415); so is an empty file, and a
file over the size limit (AttachmentTooLarge, HTTP 413). Names are made safe to save on any
PC: no folders, no control characters, no characters Windows refuses, no reserved names."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile

from timedesk.errors import ValidationError

ALLOWED = "images (PNG, JPEG, GIF, WebP), PDF, office documents, plain text or zip"
NAME_MAX_BYTES = 200
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_TYPES = {"doc": "application/msword", "dot": "application/msword",
              "xls": "application/vnd.ms-excel", "xlt": "application/vnd.ms-excel",
              "ppt": "application/vnd.ms-powerpoint", "pps": "application/vnd.ms-powerpoint",
              "msg": "application/vnd.ms-outlook"}
_OOXML_TYPES = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_WINDOWS_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?", re.IGNORECASE)
_REFUSED_CHARACTERS = re.compile(r'[<>:"/\\|?*]')


class AttachmentTooLarge(ValidationError):
    code = "attachment_too_large"
    http_status = 413


class AttachmentTypeRefused(ValidationError):
    code = "attachment_type_refused"
    http_status = 415


def _extension(filename: str) -> str:
    return filename.rpartition(".")[2].lower() if "." in filename else ""


def _zip_type(data: bytes) -> str | None:
    """The type of a zip: an Office Open XML document's, else application/zip; None when it
    is not a readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    if "[Content_Types].xml" in names:
        for folder, content_type in _OOXML_TYPES.items():
            if any(name.startswith(folder) for name in names):
                return content_type
        return "application/vnd.openxmlformats-officedocument"
    return "application/zip"


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def sniff_type(data: bytes, filename: str) -> str:
    """The content type of `data`, read from its first bytes (`filename` only tells the
    legacy Office formats apart, which share one container); AttachmentTypeRefused when it is
    none of the allowed kinds."""
    if not data:
        raise ValidationError("'{file}' is empty (0 bytes).",
                              "Attach a file that has content.",
                              file=safe_filename(filename))
    found: str | None = None
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        found = "image/png"
    elif data.startswith(b"\xff\xd8\xff"):
        found = "image/jpeg"
    elif data.startswith((b"GIF87a", b"GIF89a")):
        found = "image/gif"
    elif data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        found = "image/webp"
    elif data.startswith(b"%PDF-"):
        found = "application/pdf"
    elif data.startswith(_OLE):
        found = _OLE_TYPES.get(_extension(filename), "application/vnd.ms-office")
    elif data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        found = _zip_type(data)
    elif _is_text(data):
        found = "text/plain"
    if found is None:
        raise AttachmentTypeRefused(
            "'{file}' is not a kind of file tickets accept (its content is "
            "not what its name says, or of a refused kind such as a program).",
            "Attach {allowed}.", file=safe_filename(filename), allowed=ALLOWED)
    return found


def safe_filename(name: str) -> str:
    """`name` safe to store and to save on any PC: the last part of a path only, without
    control characters or characters Windows refuses, not a reserved device name (CON, NUL,
    COM1...), no leading or trailing dots and spaces, at most NAME_MAX_BYTES bytes in UTF-8
    (the extension kept); "attachment" when nothing is left."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C"))
    name = _REFUSED_CHARACTERS.sub("_", name).strip(" .")
    if _WINDOWS_RESERVED.fullmatch(name):
        name = "_" + name
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    extension = extension[:20]
    budget = NAME_MAX_BYTES - len(extension.encode()) - len(dot)
    stem = stem.encode()[:budget].decode("utf-8", "ignore").rstrip(" .")
    name = f"{stem}{dot}{extension}" if stem else extension
    return name or "attachment"


def check_attachment(filename: str, data: bytes, max_bytes: int) -> tuple[str, str]:
    """The safe name and the sniffed content type of a file to attach, once it is within
    `max_bytes`, not empty and of an allowed kind."""
    name = safe_filename(filename)
    if len(data) > max_bytes:
        raise AttachmentTooLarge(
            "'{name}' is {count:,} bytes; the limit is {max_bytes:,} bytes.",
            "Attach a smaller file (or compress it); an administrator sets the limit "
            "(tickets.attachment_max_bytes).", name=name, count=len(data), max_bytes=max_bytes)
    return name, sniff_type(data, name)
