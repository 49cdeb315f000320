"""The big coloured service buttons of reception and of the kiosk.

Priority is a second, smaller button under each service (and Shift+letter), not a "Priority"
toggle that applies to the next issue: a toggle is hidden state, and at a busy front desk it is
left on (the next ordinary customer jumps the queue) or forgotten (the elderly customer waits).
Two buttons are one press for either case, and what the press does is written on it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from timedesk.turns.views import ServiceInfo

MAX_COLUMNS = 4


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of '#rrggbb' (0 black .. 1 white)."""
    c = QColor(colour)
    return 0.2126 * _linear(c.redF()) + 0.7152 * _linear(c.greenF()) + 0.0722 * _linear(c.blueF())


def contrast_text(colour: str) -> str:
    """Black or white, whichever contrasts more with `colour` (WCAG contrast ratio)."""
    light = luminance(colour)
    on_black = (light + 0.05) / 0.05
    on_white = 1.05 / (light + 0.05)
    return "#000000" if on_black > on_white else "#ffffff"


def _key_text(key: str) -> str:
    """A key as people read it in their language ('Shift+A' is 'Mayús+A' in Spanish)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _shade(colour: str, factor: int) -> str:
    c = QColor(colour)
    return (c.darker(factor) if factor > 100 else c.lighter(-factor)).name()


def shortcut_keys(codes: Iterable[str]) -> dict[str, str]:
    """The key sequence of each service code: its letter ('A'), or for a longer code its
    letters one after the other ('R, E'); none when it would clash with a one-letter code."""
    codes = list(codes)
    singles = {c for c in codes if len(c) == 1}
    keys = {}
    for code in codes:
        if len(code) == 1:
            keys[code] = code
        elif code[0] not in singles:
            keys[code] = ", ".join(code)
    return keys


class ServiceButton(QPushButton):
    """Code, name and waiting count of one service on its colour."""

    def __init__(self, service: ServiceInfo, key: str, scale: float, show_waiting: bool,
                 priority: bool = False) -> None:
        super().__init__()
        self.service = service
        self.priority = priority
        self.setObjectName(f"{'priority' if priority else 'service'}_{service.code}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        base = _shade(service.colour, 125) if priority else service.colour
        fg = contrast_text(base)
        self.code_label = QLabel(service.code)
        self.name_label = QLabel(service.name)
        self.name_label.setWordWrap(True)
        self.waiting_label = QLabel("")
        self.waiting_label.setVisible(show_waiting)
        self.key_label = QLabel("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(int(14 * scale), int(8 * scale), int(14 * scale), int(8 * scale))
        layout.setSpacing(int(2 * scale))
        if priority:
            self.code_label.hide()
            self.name_label.setText(self.tr("Priority"))
            self.waiting_label.hide()
            self.key_label.setText(self.tr("Key: {key}").format(key=_key_text(key)) if key else "")
            sizes = {self.name_label: 14, self.key_label: 10}
        else:
            self.key_label.setText(self.tr("Key: {key}").format(key=_key_text(key)) if key else "")
            sizes = {self.code_label: 40, self.name_label: 20, self.waiting_label: 13,
                     self.key_label: 10}
        layout.addStretch(1)
        for label in (self.code_label, self.name_label, self.waiting_label, self.key_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        for label, points in sizes.items():
            weight = "normal" if label is self.key_label else "bold"
            label.setStyleSheet(f"color: {fg}; background: transparent; "
                                f"font-size: {round(points * scale)}pt; font-weight: {weight};")
        self.key_label.setVisible(bool(key))
        self.setStyleSheet(
            f"QPushButton {{ background: {base}; border: 2px solid {_shade(base, 130)}; "
            f"border-radius: {int(12 * scale)}px; }}"
            f"QPushButton:hover {{ border: 3px solid {fg}; }}"
            f"QPushButton:pressed {{ background: {_shade(base, 120)}; }}"
            f"QPushButton:disabled {{ background: {_shade(base, -130)}; }}")
        self.setMinimumHeight(int((70 if priority else 170) * scale))
        if not priority:  # the service buttons take the room there is; priority stays slim
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_waiting(self, count: int | None) -> None:
        if count is None:
            self.waiting_label.setText("")
        elif count == 1:
            self.waiting_label.setText(self.tr("1 waiting"))
        else:
            self.waiting_label.setText(self.tr("{count} waiting").format(count=count))


class ServiceGrid(QWidget):
    """One big button per service (plus its priority button) with keyboard shortcuts;
    `issueRequested(code, priority)` when one is pressed."""

    issueRequested = Signal(str, bool)

    def __init__(self, *, scale: float = 1.0, show_waiting: bool = True,
                 priority_buttons: bool = True, show_keys: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_keys = show_keys
        self._scale = scale
        self._show_waiting = show_waiting
        self._priority_buttons = priority_buttons
        self._layout = QGridLayout(self)
        self._layout.setSpacing(int(16 * scale))
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[tuple[str, bool], ServiceButton] = {}
        self._shortcuts: list[QShortcut] = []
        self._waiting: dict[str, int] = {}
        self.empty = QLabel(self.tr("No service is active. An administrator adds services in "
                                    "the Turns tab's Set-up page."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"font-size: {round(16 * scale)}pt; color: #5b6472;")
        self._layout.addWidget(self.empty, 0, 0)

    def set_services(self, services: list[ServiceInfo]) -> None:
        """Rebuild the buttons and their shortcuts for `services` (active ones only)."""
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.buttons, self._shortcuts = {}, []
        active = [s for s in services if s.active]
        keys = shortcut_keys(s.code for s in active)
        columns = min(MAX_COLUMNS, max(1, len(active)))
        if len(active) == 4:
            columns = 2  # 2 x 2 keeps the buttons large and the names on one line
        self.empty.setVisible(not active)
        for index, service in enumerate(active):
            row, column = divmod(index, columns)
            cell = QVBoxLayout()
            cell.setSpacing(int(8 * self._scale))
            key = keys.get(service.code, "")
            self._add(cell, service, key, False)
            if self._priority_buttons and service.priority_allowed:
                self._add(cell, service, key, True)
            self._layout.addLayout(cell, row, column)
        for column in range(MAX_COLUMNS):
            self._layout.setColumnStretch(column, 1 if column < columns else 0)
        self.set_waiting(self._waiting)

    def _add(self, cell: QVBoxLayout, service: ServiceInfo, key: str, priority: bool) -> None:
        if priority:  # Shift goes with a one-letter key; longer codes use the button
            key = f"Shift+{key}" if len(key) == 1 else ""
        button = ServiceButton(service, key if self._show_keys else "", self._scale,
                               self._show_waiting, priority)
        button.clicked.connect(lambda *_, c=service.code, p=priority:
                               self.issueRequested.emit(c, p))
        cell.addWidget(button, 0 if priority else 1)
        self.buttons[(service.code, priority)] = button
        if key:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda b=button: b.isEnabled() and b.click())
            self._shortcuts.append(shortcut)

    def set_waiting(self, waiting: dict[str, int]) -> None:
        self._waiting = dict(waiting)
        for (code, priority), button in self.buttons.items():
            if not priority:
                button.set_waiting(self._waiting.get(code, 0))

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)

    def shortcuts(self) -> list[QShortcut]:
        return list(self._shortcuts)
