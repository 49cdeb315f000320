"""The lobby display: the current call very large, the previous calls, a clock, the waiting
counts per service, an optional message line and a warning when the news gets old.

It needs no sign-in and shows public facts only (number, desk, service): names and notes never
reach it. Calls arrive as `turns.called` events, from this process's bus or, on another PC,
through the remote feed (PostgreSQL LISTEN, SQLite poll); each new call flashes the panel,
chimes, optionally speaks, and is acknowledged (`turns.shown`) once it is painted, so the desk
that called sees "shown on display". A periodic read of the waiting counts doubles as the
heartbeat: when the database stops answering, the board keeps what it shows and says since
when it has not been updated; when it answers again everything is reloaded.

Its design is the web page's (resources/display/): the decisions both share (how a desk is named,
the colours, the message as it is now) are timedesk.turns.lobby's. Nothing is ever clipped: the
fonts follow the window's height and never go below MIN_FONT_SHARE of it; the waiting counts
flow onto more rows rather than shrink; the message wraps. The message is re-read while the
display runs (lobby.LobbyMessage), so a change needs no restart.

In full screen the window hides the cursor and ignores Esc and Alt+F4: Ctrl+Shift+F leaves
full screen, Ctrl+Shift+Q closes the display.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QDate,
    QEasingCurve,
    QEvent,
    QLocale,
    QObject,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from timedesk.events.bus import RESYNC
from timedesk.jobs import Progress
from timedesk.turns import reads
from timedesk.turns.lobby import (
    BACKGROUND,
    MUTED,
    PANEL,
    STALE_BACKGROUND,
    STALE_INK,
    TEXT,
    LobbyMessage,
    call_fill,
    contrast_text,
    desk_label,
    mix,
)
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import TOPIC_CALLED, TOPIC_SHOWN
from timedesk.ui.tasks import run_in_background, serial_runner
from timedesk.ui.turns.announcer import SilentAnnouncer, call_sentence
from timedesk.ui.turns.display_board import DisplayBoard, ShownCall
from timedesk.ui.turns.live import TurnEvents

log = logging.getLogger(__name__)

MIN_FONT_SHARE = 0.03  # no text smaller than 3 % of the screen's height (readable at ~5 m)
FLASH_MS = 2400
REFRESH_MS = 5000
LEAVE_FULL_SCREEN = "Ctrl+Shift+F"
CLOSE_DISPLAY = "Ctrl+Shift+Q"

DISPLAY_QSS = f"""
QWidget#lobbyDisplay {{ background: {BACKGROUND}; }}
QLabel {{ color: {TEXT}; background: transparent; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QWidget#recentPanel, QWidget#waitingStrip {{ background: {PANEL}; border-radius: 18px; }}
QLabel#staleBanner {{ background: {STALE_BACKGROUND}; color: {STALE_INK}; border-radius: 10px;
                      padding: 6px 18px; font-weight: bold; }}
QLabel#messageLine {{ color: {TEXT}; }}
"""


class CallPanel(QWidget):
    """The current call, painted: the number fills the panel, the desk below it. `flash`
    (0..1) brightens the service colour; the window animates it on each call."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self.call: ShownCall | None = None
        self._flash = 0.0
        self.ticket_word = ""
        self.desk_word = ""
        self.idle_text = ""

    def set_call(self, call: ShownCall | None) -> None:
        self.call = call
        self.update()

    def _get_flash(self) -> float:
        return self._flash

    def _set_flash(self, value: float) -> None:
        self._flash = float(value)
        self.update()

    flash = Property(float, _get_flash, _set_flash)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        base = call_fill(self.call.colour) if self.call else PANEL
        fill = mix(base, "#ffffff", 0.45 * self._flash) if self.call else base
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 28, 28)
        ink = QColor(contrast_text(fill))
        h = rect.height()
        if self.call is None:
            painter.setPen(QColor(MUTED))
            painter.setFont(self._fitting_font(self.idle_text, rect, h * 0.08, bold=False))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.idle_text)
            return
        painter.setPen(ink)
        top = QRectF(rect.left(), rect.top() + h * 0.04, rect.width(), h * 0.14)
        painter.setFont(self._fitting_font(self.ticket_word, top, h * 0.085, bold=False))
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, self.ticket_word)
        number = QRectF(rect.left(), rect.top() + h * 0.16, rect.width(), h * 0.46)
        painter.setFont(self._fitting_font(self.call.number, number, h * 0.40))
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, self.call.number)
        desk = QRectF(rect.left(), rect.top() + h * 0.64, rect.width(), h * 0.30)
        text = self.desk_text()
        painter.setFont(self._fitting_font(text, desk, h * 0.17))
        painter.drawText(desk, Qt.AlignmentFlag.AlignCenter, text)

    def desk_text(self) -> str:
        """The current call's desk as written on the panel ("Desk 12", "Ventanilla 12")."""
        return desk_label(self.call.desk, self.desk_word) if self.call else ""

    def _font(self, pixels: float, bold: bool = True) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, int(pixels)))
        font.setBold(bold)
        return font

    def _fitting_font(self, text: str, box: QRectF, pixels: float, bold: bool = True) -> QFont:
        """The largest font up to `pixels` in which `text` fits `box`'s width."""
        font = self._font(pixels, bold)
        for _ in range(30):
            width = QFontMetricsF(font).horizontalAdvance(text)
            if width <= box.width() * 0.92 or font.pixelSize() <= 10:
                break
            font.setPixelSize(int(font.pixelSize() * 0.9))
        return font


_WAITING_PX = 34  # the waiting counts' font at the design size (1080 px tall)
_MESSAGE_PX = 36
_MESSAGE_LINES = 2  # the message shrinks (down to the minimum) to stay within two lines


def _data_label(text: str = "") -> QLabel:
    """A label for what people typed (service and desk names, the message): plain text, so
    that markup in a name is shown as typed, never rendered on the lobby TV."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class DisplayWindow(QWidget):
    """The lobby display. `announcer` plays the chime and speech (announcer.make_announcer());
    `name` says which display acknowledged a call. `quitRequested` is emitted by
    Ctrl+Shift+Q (the stand-alone display quits on it)."""

    quitRequested = Signal()
    callShown = Signal(object)  # ShownCall, once painted and acknowledged

    def __init__(self, ctx: Any, announcer: Any = None, *, name: str = "lobby",
                 speech_language: str = "", refresh_ms: int = REFRESH_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.display_name = name
        self.announcer = announcer or SilentAnnouncer()
        self.speech_language = speech_language
        self.queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
        self.lobby_message = LobbyMessage(ctx.paths, ctx.settings)
        self.board = DisplayBoard(ctx.settings["turns.display_recent"])
        self.stale_after_s = float(ctx.settings["turns.display_stale_s"])
        self._closing_allowed = False
        self._was_stale = False
        self._full_reload_due = True
        self._error_logged = False
        self.setObjectName("lobbyDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("timedesk lobby display"))
        self.setStyleSheet(DISPLAY_QSS)
        self.setMinimumSize(960, 540)
        self._build()
        self._reads = serial_runner(self)  # a read never overtakes the one asked before it
        self._events = TurnEvents(ctx.bus, self, ("turns.",))
        self._events.arrived.connect(self._on_event)
        self.flash = QVariantAnimation(self)
        self.flash.setDuration(FLASH_MS)
        for at, value in ((0.0, 1.0), (0.2, 0.1), (0.4, 1.0), (0.6, 0.1), (0.8, 1.0), (1.0, 0.0)):
            self.flash.setKeyValueAt(at, value)
        self.flash.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.flash.valueChanged.connect(self.call_panel._set_flash)
        self._counts_timer = self._timer(400, self._refresh, single=True)  # a burst: one read
        self._refresh_timer = self._timer(min(refresh_ms, int(self.stale_after_s * 1000 / 3)),
                                          self._refresh)
        self._clock_timer = self._timer(1000, self._tick)
        QShortcut(QKeySequence(LEAVE_FULL_SCREEN), self, self.toggle_full_screen)
        QShortcut(QKeySequence(CLOSE_DISPLAY), self, self.request_quit)
        self._tick()
        self._refresh()

    # -- building ----------------------------------------------------------------------------
    def _timer(self, interval: int, slot, single: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(max(100, interval))
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        if not single:
            timer.start()
        return timer

    def _build(self) -> None:
        self.title = QLabel(self.tr("Now serving"))
        self.title.setObjectName("displayTitle")
        self.clock = QLabel()
        self.clock.setObjectName("displayClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.date = QLabel()
        self.date.setObjectName("displayDate")
        self.date.setProperty("role", "muted")
        self.date.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        clock_box = QVBoxLayout()
        clock_box.setSpacing(0)
        clock_box.addWidget(self.clock)
        clock_box.addWidget(self.date)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addLayout(clock_box)

        self.call_panel = CallPanel()
        self.call_panel.ticket_word = self.tr("Ticket")
        self.call_panel.desk_word = self.tr("Desk")
        self.call_panel.idle_text = self.tr("Please wait to be called")

        self.recent_panel = QWidget()
        self.recent_panel.setObjectName("recentPanel")
        self.recent_panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        recent = QGridLayout(self.recent_panel)
        recent.setContentsMargins(28, 20, 28, 20)
        recent.setHorizontalSpacing(24)
        self.recent_title = QLabel(self.tr("Previous calls"))
        self.recent_title.setProperty("role", "muted")
        recent.addWidget(self.recent_title, 0, 0, 1, 2)
        self.recent_rows: list[tuple[QLabel, QLabel]] = []
        for row in range(self.board.recent_limit):
            number, desk = _data_label(), _data_label()
            number.setObjectName(f"recentNumber{row}")
            desk.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for label in (number, desk):  # the panel's height decides how many rows show
                label.setMinimumHeight(1)
            recent.addWidget(number, row + 1, 0)
            recent.addWidget(desk, row + 1, 1)
            self.recent_rows.append((number, desk))
        recent.setRowStretch(self.board.recent_limit + 1, 1)
        self.recent_panel.installEventFilter(self)

        body = QHBoxLayout()
        body.setSpacing(28)
        body.addWidget(self.call_panel, 3)
        if self.board.recent_limit:
            body.addWidget(self.recent_panel, 2)
        else:
            self.recent_panel.hide()

        self.waiting_strip = QWidget()
        self.waiting_strip.setObjectName("waitingStrip")
        self.waiting_strip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.waiting_layout = QVBoxLayout(self.waiting_strip)  # rows of counts (_flow_waiting)
        self.waiting_layout.setContentsMargins(24, 12, 24, 12)
        self.waiting_layout.setSpacing(8)
        self.waiting_rows: list[QHBoxLayout] = []
        self.waiting_labels: dict[str, QLabel] = {}

        self.message = _data_label(self.lobby_message.current())
        self.message.setObjectName("messageLine")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setVisible(bool(self.message.text()))
        self.stale_banner = _data_label()
        self.stale_banner.setObjectName("staleBanner")
        self.stale_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stale_banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(22)
        layout.addLayout(header)
        layout.addWidget(self.stale_banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.waiting_strip)
        layout.addWidget(self.message)
        self._apply_scale()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._apply_scale()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.recent_panel and event.type() == QEvent.Type.Resize:
            self._fit_recent()
        return super().eventFilter(watched, event)

    def _fit_recent(self) -> None:
        """Only whole rows of previous calls: those the panel has no room for are hidden (a
        small screen, a long message), never squeezed; a desk name too wide shrinks."""
        grid = self.recent_panel.layout()
        if grid is None or not self.recent_rows:
            return
        margins = grid.contentsMargins()
        spacing = max(0, grid.verticalSpacing() if isinstance(grid, QGridLayout)
                      else grid.spacing())
        room = (self.recent_panel.height() - margins.top() - margins.bottom()
                - self.recent_title.sizeHint().height() - spacing)
        number, desk = self.recent_rows[0]
        row = max(QFontMetricsF(number.font()).height(), QFontMetricsF(desk.font()).height())
        fits = max(0, int((room + spacing) // (row + spacing)))
        width = (self.recent_panel.width() - margins.left() - margins.right()
                 - (grid.horizontalSpacing() if isinstance(grid, QGridLayout) else 0))
        for index, (number, desk) in enumerate(self.recent_rows):
            shown = index < fits and bool(number.text())
            number.setVisible(shown)
            desk.setVisible(shown)
            if shown:
                self._shrink_to(desk, width - number.sizeHint().width())

    def _shrink_to(self, label: QLabel, width: float) -> None:
        font = QFont(label.font())
        while (QFontMetricsF(font).horizontalAdvance(label.text()) > width
               and font.pixelSize() > self.min_font_px()):
            font.setPixelSize(max(self.min_font_px(), int(font.pixelSize() * 0.93)))
        label.setFont(font)

    def _apply_scale(self) -> None:
        """Fonts follow the window's height (see _unit)."""
        unit = self._unit()

        def sized(widget: QWidget, pixels: float, bold: bool = False) -> None:
            font = QFont(self.font())
            font.setPixelSize(max(self.min_font_px(), int(pixels * unit)))
            font.setBold(bold)
            widget.setFont(font)

        sized(self.title, 46, True)
        sized(self.clock, 52, True)
        sized(self.date, 32)
        sized(self.recent_title, 34)
        for number, desk in self.recent_rows:
            sized(number, 62, True)
            sized(desk, 50)
        self._flow_waiting()
        self._fit_message()
        sized(self.stale_banner, 32, True)
        self._fit_recent()

    def _unit(self) -> float:
        """The font scale: 1080 px tall is the design size, never below half of it."""
        return max(0.5, self.height() / 1080)

    def min_font_px(self) -> int:
        """The smallest font of the display: MIN_FONT_SHARE of its height."""
        return max(12, round(self.height() * MIN_FONT_SHARE))

    def _text_room(self) -> float:
        """The width the waiting strip and the message line have."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout else None
        return self.width() - (margins.left() + margins.right() if margins else 0)

    def _flow_waiting(self) -> None:
        """The waiting counts at their design size, flowing onto as many rows as they need
        (as the web page's); only when they would need more than two rows do they shrink,
        never below min_font_px()."""
        labels = list(self.waiting_labels.values())
        if not labels:
            return
        margins = self.waiting_layout.contentsMargins()
        room = self._text_room() - margins.left() - margins.right()
        spacing = 36
        font = QFont(self.font())
        font.setPixelSize(max(self.min_font_px(), int(_WAITING_PX * self._unit())))
        while True:
            for label in labels:
                label.setWordWrap(False)
                label.setFont(font)
            # as wide as the label asks (its coloured left border and padding included)
            widths = [label.sizeHint().width() + 2 for label in labels]
            rows = _flow(widths, room, spacing)
            if len(rows) <= 2 or font.pixelSize() <= self.min_font_px():
                break
            font.setPixelSize(max(self.min_font_px(), int(font.pixelSize() * 0.93)))
        for label, width in zip(labels, widths, strict=True):
            # a single count wider than the strip (a very long name) wraps within itself
            label.setWordWrap(width > room)
        for row in self.waiting_rows:
            while row.count():
                row.takeAt(0)
            self.waiting_layout.removeItem(row)
            row.deleteLater()
        self.waiting_rows = []
        for indexes in rows:
            row = QHBoxLayout()
            row.setSpacing(spacing)
            for index in indexes:
                row.addWidget(labels[index], 0 if len(indexes) > 1 else 1)
            row.addStretch(1)
            self.waiting_layout.addLayout(row)
            self.waiting_rows.append(row)

    def _fit_message(self) -> None:
        """The message wraps; a long one shrinks (never below min_font_px()) to stay within
        _MESSAGE_LINES lines, and takes more lines only beyond that."""
        text = self.message.text()
        font = QFont(self.font())
        font.setPixelSize(max(self.min_font_px(), int(_MESSAGE_PX * self._unit())))
        room = self._text_room()
        while text and font.pixelSize() > self.min_font_px():
            metrics = QFontMetricsF(font)
            lines = metrics.boundingRect(QRectF(0, 0, room, 1e6),
                                         int(Qt.TextFlag.TextWordWrap), text).height()
            if lines <= metrics.lineSpacing() * _MESSAGE_LINES + 1:
                break
            font.setPixelSize(max(self.min_font_px(), int(font.pixelSize() * 0.93)))
        self.message.setFont(font)

    def set_message(self, text: str) -> None:
        """Show `text` as the message line (hidden when empty)."""
        if text == self.message.text():
            return
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._fit_message()

    # -- events --------------------------------------------------------------------------------
    def _on_event(self, topic: str, payload: dict, event_id: int) -> None:
        if topic == TOPIC_CALLED:
            self.show_call(payload, event_id)
        elif topic == RESYNC:
            self._full_reload_due = True
            self._refresh()
        elif topic != TOPIC_SHOWN:  # issued, changed, setup: the waiting counts move
            self._counts_timer.start()

    def show_call(self, payload: dict, event_id: int | None = None) -> ShownCall | None:
        """Show, announce and acknowledge a call; None when this event was already shown."""
        call = self.board.add_call(payload, event_id)
        if call is None:
            return None
        self._render_calls()
        self.flash.stop()
        self.flash.start()
        self.call_panel.repaint()  # painted before it is acknowledged as shown
        self.announcer.chime()
        if self.speech_language:
            self.announcer.say(call_sentence(call.number, call.desk, self.speech_language))
        if event_id is not None:
            queue, name = self.queue, self.display_name
            run_in_background(
                self, lambda progress: queue.acknowledge_shown(event_id, call.turn_id, name),
                lambda _done: self.callShown.emit(call), self._db_failed, jobs=self._reads)
        self._counts_timer.start()
        return call

    # -- reading the database ------------------------------------------------------------------
    def _refresh(self) -> None:
        full = self._full_reload_due
        limit = self.board.recent_limit + 1
        db, settings = self.ctx.db, self.ctx.settings

        message = self.lobby_message

        def read(progress: Progress) -> tuple[Any, Any, str]:
            calls = reads.recent_calls(db, limit) if full else None
            return calls, reads.waiting_summary(db, settings), message.current()

        run_in_background(self, read, lambda result: self._loaded(full, *result),
                          self._db_failed, jobs=self._reads)

    def _loaded(self, full: bool, calls, waiting, message: str) -> None:
        self.set_message(message)
        if full:
            self._full_reload_due = False
            self.board.load(calls)
            self._render_calls()
        self.board.set_waiting(waiting)
        self._render_waiting()
        if self._error_logged:
            log.info("the display hears from the database again")
        self._error_logged = False
        self._tick()

    def _db_failed(self, error: BaseException) -> None:
        if not self._error_logged:  # once per outage, not every few seconds
            log.warning("the display cannot read the database: %s", error)
            self._error_logged = True
        self._full_reload_due = True  # events during the outage may be lost: reload after

    # -- drawing -------------------------------------------------------------------------------
    def _render_calls(self) -> None:
        self.call_panel.set_call(self.board.current)
        for index, (number, desk) in enumerate(self.recent_rows):
            call = self.board.recent[index] if index < len(self.board.recent) else None
            number.setText(call.number if call else "")
            desk.setText(desk_label(call.desk, self.call_panel.desk_word) if call else "")
            number.setStyleSheet(f"border-left: 12px solid {call.colour if call else PANEL};"
                                 "padding-left: 16px;")
        self._apply_scale()

    def _render_waiting(self) -> None:
        shown = {w.service_code for w in self.board.waiting}
        for code in list(self.waiting_labels):
            if code not in shown:
                self.waiting_labels.pop(code).deleteLater()
        for item in self.board.waiting:
            label = self.waiting_labels.get(item.service_code)
            if label is None:
                label = self.waiting_labels[item.service_code] = _data_label()
            label.setText(self.tr("{name}: {count} waiting").format(name=item.service_name,
                                                                   count=item.waiting))
            label.setStyleSheet(f"border-left: 10px solid {item.colour}; padding-left: 14px;")
        self.waiting_strip.setVisible(bool(self.board.waiting))
        self._flow_waiting()  # only the counts changed

    def _tick(self) -> None:
        self.clock.setText(time.strftime("%H:%M"))
        self.date.setText(date_text(QDate.currentDate()))
        stale = self.board.stale_for(self.stale_after_s)
        if stale is not None:
            since = self.board.last_update_at
            self.stale_banner.setText(
                self.tr("Not updated since {time}: reconnecting…").format(time=since.strftime("%H:%M:%S"))
                if since else self.tr("Waiting for the database: reconnecting…"))
        self.stale_banner.setVisible(stale is not None)
        if self._was_stale and stale is None:
            self._full_reload_due = True
        self._was_stale = stale is not None

    # -- full screen and closing -----------------------------------------------------------------
    def show_on_screen(self, screen_index: int | None = None, windowed: bool = False) -> None:
        from PySide6.QtGui import QGuiApplication

        screens = QGuiApplication.screens()
        if screen_index is not None and screens:
            if screen_index >= len(screens):
                log.warning("there is no screen %d (this computer has %d); using the last one",
                            screen_index, len(screens))
            screen = screens[max(0, min(screen_index, len(screens) - 1))]
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        if windowed:
            self.resize(1280, 720)
            self.show()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.showFullScreen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.unsetCursor()
            self.showNormal()
        else:
            self.enter_full_screen()

    def request_quit(self) -> None:
        self._closing_allowed = True
        self.quitRequested.emit()
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.isFullScreen() and not self._closing_allowed:
            event.ignore()  # a lobby screen is not closed by a stray Alt+F4
            return
        super().closeEvent(event)


def _flow(widths: Sequence[float], room: float, spacing: float) -> list[list[int]]:
    """Indexes of `widths` packed in order into rows of at most `room` (one per row at least)."""
    rows: list[list[int]] = []
    used = 0.0
    for index, width in enumerate(widths):
        if rows and used + spacing + width <= room:
            rows[-1].append(index)
            used += spacing + width
        else:
            rows.append([index])
            used = width
    return rows


def date_text(day: QDate) -> str:
    """The day as the web page writes it ("Monday, December 7", "lunes, 7 de diciembre"): the
    long form of the interface's language (QLocale's default, set with the translation)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Spanish:
        return locale.toString(day, "dddd, d 'de' MMMM")
    return locale.toString(day, "dddd, MMMM d")
