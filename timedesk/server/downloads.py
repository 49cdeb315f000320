"""Exports answered as downloads: the file an exporter writes into a temporary folder, read
back and sent with its type and `Content-Disposition: attachment` (the folder is removed
whatever happens)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from aiohttp import web

from timedesk.errors import ValidationError
from timedesk.server.clockify import api_io as io

CONTENT_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "csv": "text/csv", "pdf": "application/pdf"}


def exported_bytes(write: Callable[[Path], object], filename: str) -> bytes:
    """The bytes `write(path)` puts in a file named `filename` (off the loop: it blocks)."""
    folder = Path(tempfile.mkdtemp(prefix="timedesk-export-"))
    try:
        path = folder / filename
        write(path)
        return path.read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def file_download(content: bytes, fmt: str, filename: str) -> web.Response:
    """An export (csv, xlsx or pdf) as a download named `filename`."""
    return web.Response(body=content, content_type=CONTENT_TYPES[fmt],
                        charset="utf-8" if fmt == "csv" else None,
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def query_format(request: web.Request, formats: Sequence[str]) -> tuple[str, str]:
    """`?format=` (one of `formats`, default xlsx) and `?lang=` (default es) of an export."""
    fmt = (io.query_text(request, "format", 10, free=False) or "xlsx").lower()
    if fmt not in formats:
        raise ValidationError("'format' is not one of {formats}.",
                              "Use {choices}.",
                              formats=', '.join(formats), choices=' or '.join(formats))
    return fmt, (io.query_text(request, "lang", 10, free=False) or "es").lower()
