"""The big coloured service buttons of reception and of the kiosk.

Priority is a second, smaller button under each service (and Shift+letter), not a "Priority"
toggle that applies to the next issue: a toggle is hidden state, and at a busy front desk it is
left on (the next ordinary customer jumps the queue) or forgotten (the elderly customer waits).
Two buttons are one press for either case, and what the press does is written on it.

What is written on a button is never clipped, whatever the grid: the texts are wrapped at word
boundaries, then all shrunk together down to a floor (FLOOR of their design size), and only at
the floor is a word elided with "…" (the full name is always in the tooltip). The grid adds rows
rather than columns: as many columns as fit MIN_BUTTON_WIDTH, at most MAX_COLUMNS. A service
outside its opening hours looks closed (greyed, "Closed · opens 09:00") but stays pressable: the
refusal then says why, and the hours are in the tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from timedesk.turns.clock import OfficeClock
from timedesk.turns.lobby import contrast_text
from timedesk.turns.views import ServiceInfo
from timedesk.ui.appearance import styled, themed
from timedesk.ui.shortcuts import key_text

MAX_COLUMNS = 4
MIN_BUTTON_WIDTH = 230  # px at scale 1: narrower than this and the grid adds a row instead
MIN_BUTTON_HEIGHT = 140  # px at scale 1: two rows of the kiosk's fit a 1280x720 screen
NAME_LINES = 3  # a service name wraps over at most this many lines
FLOOR = 0.6  # the texts shrink down to this share of their design size, then elide
MIN_POINTS = 9.0  # and never below this
STEP = 0.92  # each try at fitting is this much smaller than the one before
CLOSED_BACKGROUND = "#d5d9e0"
OPEN_CHECK_MS = 30_000  # how often the grid looks whether a service opened or closed


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




def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` broken at spaces into lines of at most `width` px (a word wider than `width`
    stays whole on its own line)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    return [*lines, current] if current else lines


def fitted_lines(text: str, metrics: QFontMetrics, width: int,
                 max_lines: int) -> tuple[list[str], bool]:
    """`text` wrapped into at most `max_lines` lines of `width` px; what still does not fit is
    elided with "…". Returns the lines and whether anything was elided."""
    lines = wrap_words(text, metrics, width)
    elided = len(lines) > max_lines
    if elided:
        lines = [*lines[:max_lines - 1], " ".join(lines[max_lines - 1:])]
    fitted = []
    for line in lines:
        if metrics.horizontalAdvance(line) > width:
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(0, width))
            elided = True
        fitted.append(line)
    return fitted, elided


@dataclass
class _Text:
    """One text of a button: what it says in full, its design size and how many lines it may
    take."""

    label: QLabel
    text: str
    points: float
    bold: bool
    max_lines: int


class ServiceButton(QPushButton):
    """Code, name and waiting count of one service on its colour, fitted to the button."""

    def __init__(self, service: ServiceInfo, key: str, scale: float, show_waiting: bool,
                 priority: bool = False) -> None:
        super().__init__()
        self.service = service
        self.priority = priority
        self.closed = False
        self._count: int | None = None
        self._opens = ""
        self.setObjectName(f"{'priority' if priority else 'service'}_{service.code}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.code_label = QLabel(service.code)
        self.name_label = QLabel(service.name)
        self.waiting_label = QLabel("")
        self.waiting_label.setVisible(show_waiting)
        self.key_label = QLabel("")
        self._scale = scale
        layout = self._box = QVBoxLayout(self)
        layout.setContentsMargins(int(14 * scale), int(8 * scale), int(14 * scale), int(8 * scale))
        layout.setSpacing(int(2 * scale))
        key_hint = self.tr("Key: {key}").format(key=key_text(key)) if key else ""
        if priority:
            self.code_label.hide()
            self.waiting_label.hide()
            self._texts = [_Text(self.name_label, self.tr("Priority"), 14, True, 2),
                           _Text(self.key_label, key_hint, 10, False, 2)]
        else:
            self._texts = [_Text(self.code_label, service.code, 40, True, 1),
                           _Text(self.name_label, service.name, 20, True, NAME_LINES),
                           _Text(self.waiting_label, "", 13, True, 2),
                           _Text(self.key_label, key_hint, 10, False, 2)]
        layout.addStretch(1)
        for label in (self.code_label, self.name_label, self.waiting_label, self.key_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            # the button decides the labels' size (the texts are fitted to it), not the reverse
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
        layout.addStretch(1)
        self.key_label.setVisible(bool(key))
        self.setMinimumHeight(int((70 if priority else MIN_BUTTON_HEIGHT) * scale))
        if not priority:  # the service buttons take the room there is; priority stays slim
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._restyle()
        self._fit()

    # -- state ---------------------------------------------------------------------------------
    def set_waiting(self, count: int | None) -> None:
        self._count = count
        self._show_state()

    def set_closed(self, closed: bool, opens: str = "") -> None:
        """Shown as closed (greyed, "Closed · opens 09:00") or open; `opens` is the opening
        time ('09:00'), empty when unknown."""
        if (closed, opens) == (self.closed, self._opens):
            return
        self.closed, self._opens = closed, opens
        self._restyle()
        self._show_state()

    def _show_state(self) -> None:
        if self.closed:
            text = (self.tr("Closed · opens {time}").format(time=self._opens) if self._opens
                    else self.tr("Closed"))
        elif self._count is None:
            text = ""
        elif self._count == 1:
            text = self.tr("1 waiting")
        else:
            text = self.tr("{count} waiting").format(count=self._count)
        if self.priority:
            self._texts[0].text = (self.tr("Priority") + (" · " + self.tr("Closed")
                                                          if self.closed else ""))
        else:
            self._texts[2].text = text
        hours = self.service.hours_text()
        tip = [self.service.name]
        if self.closed:
            tip.append(self.tr("Closed now. Opening hours: {hours}.").format(hours=hours)
                       if hours else self.tr("Closed now."))
        elif hours:
            tip.append(self.tr("Opening hours: {hours}.").format(hours=hours))
        self.setToolTip("\n".join(tip))
        self._fit()

    def _restyle(self) -> None:
        """The service's colours; a closed service in the theme's grey (again when the theme
        changes)."""
        colour = themed(CLOSED_BACKGROUND) if self.closed else self.service.colour
        base = _shade(colour, 125) if self.priority else colour
        fg = contrast_text(base)
        border = (f"2px dashed {self.service.colour}" if self.closed
                  else f"2px solid {_shade(base, 130)}")
        sheet = (f"QPushButton {{ background: {base}; border: {border}; "
                 f"border-radius: {int(12 * self._scale)}px; }}"
                 f"QPushButton:hover {{ border: 3px solid {fg}; }}"
                 f"QPushButton:pressed {{ background: {_shade(base, 120)}; }}"
                 f"QPushButton:disabled {{ background: {_shade(base, -130)}; }}")
        if sheet == self.styleSheet():
            return  # (restyling would come back here through changeEvent)
        for part in self._texts:
            part.label.setStyleSheet(f"color: {fg}; background: transparent;")
        self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.closed:
            self._restyle()  # the theme changed

    # -- fitting the texts -----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def text_room(self) -> tuple[int, int]:
        """The width and height the texts have inside the button's margins."""
        margins = self._box.contentsMargins()
        rect = self.contentsRect()
        return (rect.width() - margins.left() - margins.right(),
                rect.height() - margins.top() - margins.bottom())

    def _fit(self) -> None:
        """The largest common size (down to FLOOR) at which every text fits the button, wrapped;
        at the floor, fewer name lines and "…" for what still does not fit."""
        width, height = self.text_room()
        parts = [p for p in self._texts if p.text and not p.label.isHidden()]
        for part in self._texts:
            if not part.text:
                part.label.setText("")
        if width <= 0 or not parts:
            return
        spacing = self._box.spacing()
        factor = 1.0
        while True:
            at_floor = factor * STEP < FLOOR
            laid = self._laid(parts, factor, width, {})
            total = sum(h for _, _, _, h, _ in laid) + spacing * (len(parts) - 1)
            if (total <= height and not any(e for *_, e in laid)) or at_floor:
                break
            factor *= STEP
        lines_allowed = {id(p): p.max_lines for p in parts}
        name = next((p for p in parts if p.label is self.name_label), None)
        while total > height and name is not None and lines_allowed[id(name)] > 1:
            lines_allowed[id(name)] -= 1
            laid = self._laid(parts, factor, width, lines_allowed)
            total = sum(h for _, _, _, h, _ in laid) + spacing * (len(parts) - 1)
        for part, font, lines, _height, _elided in laid:
            part.label.setFont(font)
            part.label.setText("\n".join(lines))

    def _laid(self, parts: list[_Text], factor: float, width: int,
              lines_allowed: dict[int, int]) -> list[tuple[_Text, QFont, list[str], int, bool]]:
        laid = []
        for part in parts:
            font = QFont(self.font())
            font.setPointSizeF(max(MIN_POINTS, part.points * self._scale * factor))
            font.setBold(part.bold)
            metrics = QFontMetrics(font)
            lines, elided = fitted_lines(part.text, metrics, width,
                                         lines_allowed.get(id(part), part.max_lines))
            laid.append((part, font, lines, metrics.lineSpacing() * len(lines), elided))
        return laid


class ServiceGrid(QWidget):
    """One big button per service (plus its priority button) with keyboard shortcuts;
    `issueRequested(code, priority)` when one is pressed. `clock` says which services are open
    (default: this computer's time zone)."""

    issueRequested = Signal(str, bool)

    def __init__(self, *, scale: float = 1.0, show_waiting: bool = True,
                 priority_buttons: bool = True, show_keys: bool = True,
                 clock: OfficeClock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_keys = show_keys
        self._scale = scale
        self._show_waiting = show_waiting
        self._priority_buttons = priority_buttons
        self._clock = clock or OfficeClock(datetime.now().astimezone().tzinfo or UTC)
        self._layout = QGridLayout(self)
        self._layout.setSpacing(int(16 * scale))
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[tuple[str, bool], ServiceButton] = {}
        self.cells: list[QWidget] = []
        self.columns = 1
        self._shortcuts: list[QShortcut] = []
        self._waiting: dict[str, int] = {}
        self.empty = QLabel(self.tr("No service is active. An administrator adds services in "
                                    "the Turns tab's Set-up page."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        styled(self.empty, f"font-size: {round(16 * scale)}pt; color: #5b6472;")
        self._layout.addWidget(self.empty, 0, 0)
        self._services: list[ServiceInfo] = []
        self._open_timer = QTimer(self)
        self._open_timer.setInterval(OPEN_CHECK_MS)
        self._open_timer.timeout.connect(self.show_opening_hours)
        self._open_timer.start()

    def set_services(self, services: list[ServiceInfo]) -> None:
        """Rebuild the buttons and their shortcuts for `services` (active ones only)."""
        for cell in self.cells:
            self._layout.removeWidget(cell)
            cell.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.buttons, self._shortcuts, self.cells = {}, [], []
        self._services = services
        active = [s for s in services if s.active]
        keys = shortcut_keys(s.code for s in active)
        self.empty.setVisible(not active)
        for service in active:
            cell = QWidget(self)
            cell.setObjectName(f"serviceCell_{service.code}")
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(int(8 * self._scale))
            key = keys.get(service.code, "")
            self._add(column, service, key, False)
            if self._priority_buttons and service.priority_allowed:
                self._add(column, service, key, True)
            self.cells.append(cell)
        self.columns = 0
        self._place()
        self.set_waiting(self._waiting)
        self.show_opening_hours()

    def set_scale(self, scale: float) -> None:
        """Every size (texts, spacing, minimum button size) `scale` times its design size; the
        buttons are built again when it changes."""
        if scale == self._scale:
            return
        self._scale = scale
        self._layout.setSpacing(int(16 * scale))
        self.empty.setStyleSheet(f"font-size: {round(16 * scale)}pt; color: #5b6472;")
        self.set_services(self._services)

    def columns_for(self, width: int) -> int:
        """Columns for the buttons in `width` px: each at least MIN_BUTTON_WIDTH wide, at most
        MAX_COLUMNS; four services make a 2 x 2 square."""
        count = len(self.cells)
        spacing = self._layout.spacing()
        fitting = max(1, (width + spacing) // (int(MIN_BUTTON_WIDTH * self._scale) + spacing))
        columns = max(1, min(MAX_COLUMNS, count, fitting))
        return 2 if count == 4 and columns >= 2 else columns

    def _place(self) -> None:
        columns = self.columns_for(self.width())
        if columns == self.columns:
            return
        self.columns = columns
        for cell in self.cells:
            self._layout.removeWidget(cell)
        for index, cell in enumerate(self.cells):
            row, column = divmod(index, columns)
            self._layout.addWidget(cell, row, column)
            cell.show()
        for column in range(MAX_COLUMNS):
            self._layout.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(self.cells) // columns) if self.cells else 0
        for row in range(max(rows, self._layout.rowCount())):
            self._layout.setRowStretch(row, 1 if row < rows else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place()

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

    def show_opening_hours(self, now: datetime | None = None) -> None:
        """Mark the services closed at `now` (default: now) as closed, the others as open."""
        moment = now or datetime.now().astimezone()
        for button in self.buttons.values():
            service = button.service
            is_open = self._clock.is_open(service.opens_at, service.closes_at, moment)
            button.set_closed(not is_open, f"{service.opens_at:%H:%M}" if service.opens_at else "")

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)

    def shortcuts(self) -> list[QShortcut]:
        return list(self._shortcuts)
