"""What every writer shares: the all-or-nothing output file, the parameters block and the row
loop that reports progress and honours a cancel request."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from timedesk import __version__
from timedesk.db.base import utcnow
from timedesk.errors import TimedeskError, ValidationError
from timedesk.files import atomic_path
from timedesk.jobs import JobCancelled
from timedesk.outputs import FORMATS

ProgressCallback = Callable[[int, int], Any]  # (rows written, total rows or 0 when unknown)
CancelCheck = Callable[[], bool]
PROGRESS_EVERY = 250  # rows between two progress calls

_GENERATED = {"es": "Generado (UTC)", "en": "Generated (UTC)"}
_VERSION = {"es": "Versión de timedesk", "en": "timedesk version"}


class ExportFailed(TimedeskError):
    """The file could not be written (disk full, no permission, open in another program)."""

    code = "export_failed"
    http_status = 500
    exit_code = 5


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """`files.atomic_path` for a report: a missing folder is a ValidationError and a failed
    write an ExportFailed. The file is private to its owner (0600): reports hold personal data."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("the folder {parent} does not exist.",
                              "Create it first or choose another output file.", parent=path.parent)
    try:
        with atomic_path(path) as temporary:
            yield temporary
    except OSError as exc:
        raise ExportFailed("cannot write {path}: {value}.",
                           "Check the free space, that you may write in the folder and that the "
                           "file is not open in another program (Excel locks the files it "
                           "shows).", path=path, value=exc.strerror or exc) from None


def output_format(path: Path, fmt: str | None = None,
                  formats: Sequence[str] = FORMATS) -> str:
    """One of `formats`: `fmt` as given, else the file's extension ("xlsx" for "a.XLSX")."""
    chosen = (fmt or Path(path).suffix.lstrip(".")).strip().lower()
    if chosen not in formats:
        names = " or ".join("." + name for name in formats)
        raise ValidationError("'{name}' is not a {names} file.",
                              "Name the output file {names}.", name=Path(path).name, names=names)
    return chosen


def parameter_rows(parameters: Mapping[str, Any] | None, lang: str) -> list[tuple[str, Any]]:
    """The caller's parameters (already labelled in `lang`), then when and by which version
    the file was made."""
    rows = list((parameters or {}).items())
    rows.append((_GENERATED[lang], utcnow().replace(microsecond=0, tzinfo=None)))
    rows.append((_VERSION[lang], __version__))
    return rows


def counted(rows: Iterable[Any], *, total: int | None, progress: ProgressCallback | None,
            cancel: CancelCheck | None) -> Iterator[Any]:
    """Yield `rows`, calling `progress(done, total)` every PROGRESS_EVERY rows and at the end,
    and raising JobCancelled as soon as `cancel()` says so."""
    if total is None:
        total = len(rows) if hasattr(rows, "__len__") else 0  # type: ignore[arg-type]
    done = 0
    for row in rows:
        if cancel is not None and cancel():
            raise JobCancelled()
        yield row
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
    if cancel is not None and cancel():
        raise JobCancelled()
    if progress is not None:
        progress(done, max(total, done))
