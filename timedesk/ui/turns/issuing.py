"""Issuing a turn from a screen (reception or the kiosk): the database call off the GUI thread,
one issue at a time (a double click gives one turn), then the ticket.

The turn is issued first and the ticket printed after: a missing printer or a full disk is
reported, and the turn stays issued with its number on screen, so nothing is lost.

Safe hands: the last turn this screen issued, or one chosen in reception's list of today's
turns, can be printed again (the same ticket, through the same path) or cancelled (a wrong
button; TurnQueue.cancel_turn checks the permission and refuses once a desk has called it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from timedesk.auth.permissions import Actor
from timedesk.errors import ConfigError, TimedeskError
from timedesk.turns.clock import OfficeClock
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import TurnInfo
from timedesk.ui.tasks import BackgroundTask, run_in_background
from timedesk.ui.turns.ticket import TicketText, print_ticket, ticket_pdf

PRINT_SETTING = "turns.ticket_print"
PRINTER_SETTING = "turns.ticket_printer"


class TurnIssuer(QObject):
    """`issued(TurnInfo)`, `failed(exception)`, `busyChanged(bool)`; after an issue,
    `ticketDone(text)` or `ticketFailed(TimedeskError)` when a ticket was wanted;
    `cancelled(TurnInfo)` or `cancelFailed(exception)` after cancel() (`cancelling` is the
    turn being cancelled). Screens show the
    errors with timedesk.ui.errors (what went wrong and what to do)."""

    issued = Signal(object)
    failed = Signal(object)
    busyChanged = Signal(bool)
    ticketDone = Signal(str)
    ticketFailed = Signal(object)
    cancelled = Signal(object)
    cancelFailed = Signal(object)

    def __init__(self, ctx: Any, actor: Actor, jobs: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.jobs = ctx, actor, jobs
        self.queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
        self.busy = False
        self.last: TurnInfo | None = None
        self.cancelling: TurnInfo | None = None

    # -- printing preferences (settings, remembered in the user's file) -----------------------
    @property
    def print_enabled(self) -> bool:
        return bool(self.ctx.settings[PRINT_SETTING])

    @property
    def printer_name(self) -> str:
        return str(self.ctx.settings[PRINTER_SETTING])

    def remember(self, key: str, value: Any) -> str:
        """Save a printing preference; '' or why it could not be saved (it then applies until
        timedesk closes)."""
        try:
            self.ctx.settings.set(key, value)
            return ""
        except ConfigError as exc:
            self.ctx.settings.override(key, value)
            return f"{exc.message} {exc.hint}".strip()

    def tickets_dir(self) -> Path:
        return Path(self.ctx.paths.data_dir) / "tickets"

    # -- issuing ------------------------------------------------------------------------------
    def issue(self, code: str, priority: bool = False, customer_name: str | None = None,
              note: str | None = None) -> BackgroundTask | None:
        """Issue a turn of `code` off the GUI thread; ignored (None) while the previous one is
        on its way."""
        if self.busy:
            return None
        self._set_busy(True)
        queue, actor = self.queue, self.actor
        name, note = customer_name or None, note or None
        return run_in_background(
            self, lambda progress: queue.issue_turn(actor, code, priority=priority,
                                                    customer_name=name, note=note),
            self._issued, self._not_issued, jobs=self.jobs, title=self.tr("Issuing a turn"))

    def _issued(self, turn: TurnInfo) -> None:
        self._set_busy(False)
        self.last = turn
        self.issued.emit(turn)
        if self.print_enabled:
            self.print(turn)

    def reprint(self, turn: TurnInfo | None = None) -> Path | None:
        """`turn`'s ticket again (the last turn's when None), the same number (a jammed or lost
        ticket)."""
        turn = turn or self.last
        return self.print(turn) if turn is not None else None

    def cancel_last(self) -> BackgroundTask | None:
        """Cancel the last turn this screen issued (see cancel)."""
        return self.cancel(self.last)

    def cancel(self, turn: TurnInfo | None) -> BackgroundTask | None:
        """Cancel `turn`, off the GUI thread; None when there is none or a call is under way.
        Once the last turn issued here is cancelled, it is no longer offered to reprint."""
        if turn is None or self.busy:
            return None
        self.cancelling = turn
        self._set_busy(True)
        queue, actor = self.queue, self.actor
        return run_in_background(
            self, lambda progress: queue.cancel_turn(actor, turn.id), self._cancelled,
            self._not_cancelled, jobs=self.jobs, title=self.tr("Cancelling a turn"))

    def _cancelled(self, turn: TurnInfo) -> None:
        self._set_busy(False)
        if self.last is not None and self.last.id == turn.id:
            self.last = None
        self.cancelled.emit(turn)

    def _not_cancelled(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.cancelFailed.emit(exc)

    def _not_issued(self, exc: BaseException) -> None:  # the screen keeps what was typed
        self._set_busy(False)
        self.failed.emit(exc)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)

    def ticket_text(self, turn: TurnInfo) -> TicketText:
        zone = OfficeClock.from_settings(self.ctx.settings).zone
        return TicketText.of(turn, zone)

    def print(self, turn: TurnInfo) -> Path | None:
        """Print (or save as PDF) the ticket of `turn`; the PDF's path when one was written.
        About 10 ms for a PDF, so it stays on the GUI thread (Qt paints text there safely)."""
        text = self.ticket_text(turn)
        try:
            if self.printer_name:
                print_ticket(text, self.printer_name)
                self.ticketDone.emit(self.tr("Ticket printed on {printer}.")
                                     .format(printer=self.printer_name))
                return None
            folder = self.tickets_dir()
            folder.mkdir(parents=True, exist_ok=True)
            local_day = text.issued[:10].replace("/", "-")
            path = ticket_pdf(text, folder / f"{turn.number}_{local_day}_{turn.id}.pdf")
            self.ticketDone.emit(self.tr("Ticket saved as {path}.").format(path=str(path)))
            return path
        except TimedeskError as exc:
            self.ticketFailed.emit(exc)
        except OSError as exc:
            self.ticketFailed.emit(TimedeskError(
                self.tr("The ticket could not be saved: {error}.").format(
                    error=exc.strerror or str(exc)),
                self.tr("The turn was issued; check the data folder.")))
        return None
