"""A window that takes over a shared PC: frameless, on top, full screen, and left only by
staff. Esc, Alt+F4, the window manager and stray close() calls do nothing; the staff
combination (named in the tooltip of the button that opens the window, never on the public
screen) asks `request_leave()`, which checks who is leaving and calls `leave()`. The turns kiosk and the punch kiosk are such windows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from timedesk.ui.appearance import styled

LEAVE_KEYS = "Ctrl+Shift+Q"
UNLOCK_IDLE_MS = 30_000  # the staff prompt goes away by itself


class LockedWindow(QWidget):
    """`left()` once staff have left (the window then closes and is deleted)."""

    left = Signal()

    def __init__(self, name: str) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        styled(self, f"QWidget#{name} {{ background: #f4f6f9; }}")
        self.unlocked = False
        self.leave_shortcut = QShortcut(QKeySequence(LEAVE_KEYS), self)
        self.leave_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_shortcut.activated.connect(self.request_leave)

    def build_unlock(self, name: str, widgets: Sequence[QWidget], inputs: Sequence[QLineEdit]
                     ) -> None:
        """The staff prompt `unlock` (hidden): `widgets` in a row and `unlock_error` under
        them; it hides itself, emptied, UNLOCK_IDLE_MS after the last key typed in `inputs`."""
        self.unlock = QFrame()
        self.unlock.setObjectName(name)
        styled(self.unlock, f"QFrame#{name} {{ background: #ffffff; "
                            "border: 1px solid #b9c0cb; border-radius: 8px; }")
        self.unlock_error = QLabel("")
        self.unlock_error.setObjectName("kioskUnlockError")
        styled(self.unlock_error, "color: #b3261e;")
        self.unlock_error.setWordWrap(True)
        self.unlock_error.hide()
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        box = QVBoxLayout(self.unlock)
        box.setContentsMargins(16, 10, 16, 10)
        box.addLayout(row)
        box.addWidget(self.unlock_error)
        self.unlock.hide()
        self._unlock_inputs = list(inputs)
        self.unlock_timer = QTimer(self)
        self.unlock_timer.setSingleShot(True)
        self.unlock_timer.setInterval(UNLOCK_IDLE_MS)
        self.unlock_timer.timeout.connect(self.hide_unlock)
        for field in inputs:
            field.textEdited.connect(lambda *_: self.unlock_timer.start())

    def show_unlock(self) -> None:
        self.unlock_error.hide()
        for field in self._unlock_inputs:
            field.clear()
        self.unlock.show()
        self._unlock_inputs[0].setFocus()
        self.unlock_timer.start()

    def hide_unlock(self) -> None:
        for field in self._unlock_inputs:
            field.clear()
        self.unlock.hide()

    def request_leave(self) -> None:
        raise NotImplementedError

    def leave(self) -> None:
        self.unlocked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        if not self.unlocked:
            event.ignore()  # Alt+F4, the window manager, a stray close(): the kiosk goes on
            return
        event.accept()
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc must not leave or close anything
            return
        super().keyPressEvent(event)
