"""What the person sees when timedesk cannot open its database at start.

This runs before the asyncio loop exists, so a modal `exec()` is allowed here (and only here).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from timedesk.errors import TimedeskError
from timedesk.ui.errors import translated

QUIT, RETRY, USE_SQLITE = "quit", "retry", "sqlite"


def ask_after_startup_error(exc: TimedeskError, can_use_sqlite: bool) -> str:
    """Show the error; return QUIT, RETRY or USE_SQLITE."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("StartupError", "timedesk cannot start"))
    box.setText(QCoreApplication.translate("StartupError", "The database cannot be opened."))
    message, hint = translated(exc)
    box.setInformativeText(f"{message}\n\n{hint}".strip())
    retry = box.addButton(QCoreApplication.translate("StartupError", "Try again"),
                          QMessageBox.ButtonRole.AcceptRole)
    sqlite = None
    if can_use_sqlite:
        sqlite = box.addButton(QCoreApplication.translate(
            "StartupError", "Use the embedded SQLite database"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("StartupError", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return RETRY
    if sqlite is not None and clicked is sqlite:
        return USE_SQLITE
    return QUIT
