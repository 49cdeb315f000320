"""What the main window remembers between runs on this PC: its size and place, and for each
person the tab they were on (so each role starts where it works), and whether it already said
that closing the window keeps timedesk running in the tray. An INI file in the user's
config folder (QSettings), never the database: it is this PC's and this person's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

FILE_NAME = "window.ini"


class WindowState:
    def __init__(self, config_dir: Path) -> None:
        self.settings = QSettings(str(config_dir / FILE_NAME), QSettings.Format.IniFormat)

    def restore_geometry(self, window: QMainWindow) -> bool:
        """Size and place as last time (Qt keeps it on a screen that exists); False if none."""
        value = self.settings.value("main/geometry")
        return isinstance(value, QByteArray) and window.restoreGeometry(value)

    def save_geometry(self, window: QMainWindow) -> None:
        self.settings.setValue("main/geometry", window.saveGeometry())
        self.settings.sync()

    def tray_notice_shown(self) -> bool:
        """Whether this PC was already told that closing the window keeps timedesk running."""
        return self.settings.value("tray/notice_shown") in (True, "true")

    def save_tray_notice_shown(self) -> None:
        self.settings.setValue("tray/notice_shown", True)
        self.settings.sync()

    def last_tab(self, person: str) -> str | None:
        value = self.settings.value(f"last_tab/{_key(person)}")
        return value if isinstance(value, str) and value else None

    def save_last_tab(self, person: str, key: str) -> None:
        self.settings.setValue(f"last_tab/{_key(person)}", key)
        self.settings.sync()


def _key(person: str) -> str:
    """A person's name as one INI key (no group separators or spaces)."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in person) or "_"
