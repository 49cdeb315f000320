"""Writing a file all or nothing, the one way every part of timedesk does it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A new temporary file next to `path` (a unique name, private to its owner: 0600) to be
    written in the block; when the block ends without error it is flushed to disk and renamed
    onto `path`, otherwise deleted. A reader never sees half a file, and a crash, a full disk or
    an error leaves the old file whole and no temporary one. OSError is the caller's to explain."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace the file at `path` with `data` (text is written as UTF-8), all or nothing."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
