"""Open a generated report, or the folder it is in, with the desktop's own programs.

Tests replace `QDesktopServices` here to see what would have been opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> bool:
    """Open `path` with the program the desktop associates with it; False when it cannot."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def open_folder(path: Path) -> bool:
    """Open the folder of `path` (or `path` itself when it is a folder) in the file manager."""
    folder = path if path.is_dir() else path.parent
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
