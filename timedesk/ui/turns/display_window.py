"""The lobby display: the current call very large, the previous calls, a clock, the waiting
counts per service, an optional message line and a warning when the news gets old.

It needs no sign-in and shows public facts only (number, desk, service): names and notes never
reach it. Calls arrive as `turns.called` events, from this process's bus or, on another PC,
through the remote feed (PostgreSQL LISTEN, SQLite poll); each new call flashes the panel,
chimes, optionally speaks, and is acknowledged (`turns.shown`) once it is painted, so the desk
that called sees "shown on display". A periodic read of the waiting counts doubles as the
heartbeat: when the database stops answering, the board keeps what it shows and says since
when it has not been updated; when it answers again everything is reloaded.

In full screen the window hides the cursor and ignores Esc and Alt+F4: Ctrl+Shift+F leaves
full screen, Ctrl+Shift+Q closes the display.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import Property, QEasingCurve, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from timedesk.events.bus import RESYNC
from timedesk.jobs import Progress
from timedesk.turns import reads
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import TOPIC_CALLED, TOPIC_SHOWN
from timedesk.ui.tasks import run_in_background, serial_runner
from timedesk.ui.turns.announcer import SilentAnnouncer, call_sentence
from timedesk.ui.turns.display_board import DisplayBoard, ShownCall
from timedesk.ui.turns.live import TurnEvents
from timedesk.ui.turns.service_buttons import contrast_text

log = logging.getLogger(__name__)

BACKGROUND = "#0b1220"
PANEL = "#131c2e"
TEXT = "#f4f6fb"
MUTED = "#9aa6bd"
WARNING = "#ffb020"
FLASH_MS = 2400
REFRESH_MS = 5000
LEAVE_FULL_SCREEN = "Ctrl+Shift+F"
CLOSE_DISPLAY = "Ctrl+Shift+Q"

DISPLAY_QSS = f"""
QWidget#lobbyDisplay {{ background: {BACKGROUND}; }}
QLabel {{ color: {TEXT}; background: transparent; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QWidget#recentPanel, QWidget#waitingStrip {{ background: {PANEL}; border-radius: 18px; }}
QLabel#staleBanner {{ background: {WARNING}; color: #1b1300; border-radius: 10px;
                      padding: 6px 18px; font-weight: bold; }}
QLabel#messageLine {{ color: {TEXT}; }}
"""


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


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
        colour = QColor(self.call.colour) if self.call else QColor(PANEL)
        base = _mix(QColor(PANEL), colour, 0.72 if self.call else 0.0)
        fill = _mix(base, QColor("#ffffff"), 0.45 * self._flash) if self.call else base
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 28, 28)
        ink = QColor(contrast_text(fill.name()))
        h = rect.height()
        if self.call is None:
            painter.setPen(QColor(MUTED))
            painter.setFont(self._font(h * 0.08, bold=False))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.idle_text)
            return
        painter.setPen(ink)
        top = QRectF(rect.left(), rect.top() + h * 0.04, rect.width(), h * 0.14)
        painter.setFont(self._font(h * 0.085, bold=False))
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, self.ticket_word)
        number = QRectF(rect.left(), rect.top() + h * 0.16, rect.width(), h * 0.46)
        painter.setFont(self._fitting_font(self.call.number, number, h * 0.40))
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, self.call.number)
        desk = QRectF(rect.left(), rect.top() + h * 0.64, rect.width(), h * 0.30)
        text = f"{self.desk_word} {self.call.desk}"
        painter.setFont(self._fitting_font(text, desk, h * 0.17))
        painter.drawText(desk, Qt.AlignmentFlag.AlignCenter, text)

    def _font(self, pixels: float, bold: bool = True) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, int(pixels)))
        font.setBold(bold)
        return font

    def _fitting_font(self, text: str, box: QRectF, pixels: float) -> QFont:
        """The largest bold font up to `pixels` in which `text` fits `box`'s width."""
        from PySide6.QtGui import QFontMetricsF

        font = self._font(pixels)
        for _ in range(30):
            width = QFontMetricsF(font).horizontalAdvance(text)
            if width <= box.width() * 0.92 or font.pixelSize() <= 10:
                break
            font.setPixelSize(int(font.pixelSize() * 0.9))
        return font


_WAITING_PX = 34  # the waiting counts' font at the design size, before fitting


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
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clock)

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
            recent.addWidget(number, row + 1, 0)
            recent.addWidget(desk, row + 1, 1)
            self.recent_rows.append((number, desk))
        recent.setRowStretch(self.board.recent_limit + 1, 1)

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
        self.waiting_layout = QHBoxLayout(self.waiting_strip)
        self.waiting_layout.setContentsMargins(24, 12, 24, 12)
        self.waiting_layout.setSpacing(36)
        self.waiting_labels: dict[str, QLabel] = {}

        self.message = _data_label(self.ctx.settings["turns.display_message"])
        self.message.setObjectName("messageLine")
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

    def _apply_scale(self) -> None:
        """Fonts follow the window's height (see _unit)."""
        unit = self._unit()

        def sized(widget: QWidget, pixels: float, bold: bool = False) -> None:
            font = QFont(self.font())
            font.setPixelSize(int(pixels * unit))
            font.setBold(bold)
            widget.setFont(font)

        sized(self.title, 46, True)
        sized(self.clock, 52, True)
        sized(self.recent_title, 34)
        for number, desk in self.recent_rows:
            sized(number, 62, True)
            sized(desk, 50)
        self._fit_waiting(_WAITING_PX * unit)
        sized(self.message, 36)
        sized(self.stale_banner, 32, True)

    def _unit(self) -> float:
        """The font scale: 1080 px tall is the design size, never below half of it."""
        return max(0.5, self.height() / 1080)

    def _fit_waiting(self, pixels: float) -> None:
        """One font for all waiting counts, the largest up to `pixels` at which each fits its
        share of the strip (many services, long Spanish names)."""
        from PySide6.QtGui import QFontMetricsF

        labels = list(self.waiting_labels.values())
        if not labels:
            return
        layout = self.layout()
        margins = layout.contentsMargins() if layout else None
        room: float = self.width() - (margins.left() + margins.right() if margins else 0) - 48
        room = (room - self.waiting_layout.spacing() * (len(labels) - 1)) / len(labels) - 28
        font = QFont(self.font())
        font.setPixelSize(max(12, int(pixels)))
        while font.pixelSize() > 12 and max(QFontMetricsF(font).horizontalAdvance(label.text())
                                            for label in labels) > room:
            font.setPixelSize(int(font.pixelSize() * 0.93))
        for label in labels:
            label.setFont(font)

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

        def read(progress: Progress) -> tuple[Any, Any]:
            calls = reads.recent_calls(db, limit) if full else None
            return calls, reads.waiting_summary(db, settings)

        run_in_background(self, read, lambda result: self._loaded(full, *result),
                          self._db_failed, jobs=self._reads)

    def _loaded(self, full: bool, calls, waiting) -> None:
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
            desk.setText(self.tr("Desk {desk}").format(desk=call.desk) if call else "")
            number.setStyleSheet(f"border-left: 12px solid {call.colour if call else PANEL};"
                                 "padding-left: 16px;")

    def _render_waiting(self) -> None:
        shown = {w.service_code for w in self.board.waiting}
        for code in list(self.waiting_labels):
            if code not in shown:
                self.waiting_labels.pop(code).deleteLater()
        for item in self.board.waiting:
            label = self.waiting_labels.get(item.service_code)
            if label is None:
                label = self.waiting_labels[item.service_code] = _data_label()
                self.waiting_layout.addWidget(label)
            label.setText(self.tr("{name}: {count} waiting").format(name=item.service_name,
                                                                   count=item.waiting))
            label.setStyleSheet(f"border-left: 10px solid {item.colour}; padding-left: 14px;")
        self.waiting_strip.setVisible(bool(self.board.waiting))
        self._fit_waiting(_WAITING_PX * self._unit())  # only the counts changed

    def _tick(self) -> None:
        self.clock.setText(time.strftime("%H:%M"))
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
