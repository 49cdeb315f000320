"""How the tickets API reads an upload and names a download (no listener needed): the file is
refused as soon as it passes the limit, never held beyond the limit and one byte; the name is
given plainly and in UTF-8."""

from __future__ import annotations

import pytest

from timedesk.server.tickets_api import _read_file, content_disposition
from timedesk.tickets.attachments import AttachmentTooLarge


class EndlessPart:
    """A form part that would send bytes for ever; it counts what it handed out."""

    filename = "huge.bin"

    def __init__(self) -> None:
        self.handed = 0

    async def read_chunk(self, size: int) -> bytes:
        self.handed += size
        return b"x" * size


class ShortPart(EndlessPart):
    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data

    async def read_chunk(self, size: int) -> bytes:
        chunk, self.data = self.data[:size], self.data[size:]
        self.handed += len(chunk)
        return chunk


async def test_an_endless_upload_is_cut_at_the_limit_and_one_byte():
    part = EndlessPart()
    with pytest.raises(AttachmentTooLarge, match="over the limit of 100,000 bytes"):
        await _read_file(part, 100_000)
    assert part.handed == 100_001


async def test_a_file_of_exactly_the_limit_is_read_whole():
    part = ShortPart(b"y" * 70_000)
    assert await _read_file(part, 70_000) == b"y" * 70_000


def test_the_download_name_is_plain_ascii_and_utf8():
    assert content_disposition("año 2026.pdf") == (
        "attachment; filename=\"a_o 2026.pdf\"; filename*=UTF-8''a%C3%B1o%202026.pdf")
