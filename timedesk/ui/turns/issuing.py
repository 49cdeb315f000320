"""Issuing a turn from a screen (reception or the kiosk): the database call off the GUI thread,
one issue at a time (a double click gives one turn), then the ticket.

The turn is issued first and the ticket printed after: a missing printer or a full disk is
reported, and the turn stays issued with its number on screen, so nothing is lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor
from timedesk.errors import ConfigError, TimedeskError
from timedesk.jobs import Job
from timedesk.turns.clock import OfficeClock
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import TurnInfo
from timedesk.ui.async_tools import running_loop, spawn
from timedesk.ui.turns.ticket import TicketText, print_ticket, ticket_pdf

log = logging.getLogger(__name__)
PRINT_SETTING = "turns.ticket_print"
PRINTER_SETTING = "turns.ticket_printer"


class _Ready:
    """An awaitable that runs `fn` when awaited, without suspending (no loop needed)."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn

    def __await__(self):
        return self.fn()
        yield  # never reached: makes __await__ a generator


def run_off_thread(jobs: Any, title: str, fn: Callable[[], Any]) -> Any:
    """Await `fn()` on the job runner; with no running loop (a script, a screenshot) it runs
    at once when awaited."""
    if running_loop() is None:
        return _Ready(fn)
    return jobs.run(Job(title, lambda _progress: fn()))


def start(coro) -> asyncio.Task | None:
    """Run `coro` as a task on the running loop; without a loop run it to its end at once (it
    then only awaits `run_off_thread`, which does not suspend)."""
    if running_loop() is not None:
        return spawn(coro)
    try:
        coro.send(None)
    except StopIteration:
        return None
    coro.close()
    raise RuntimeError("a coroutine suspended without an event loop")


class TurnIssuer(QObject):
    """`issued(TurnInfo)`, `failed(message, hint)`, `busyChanged(bool)`; after an issue,
    `ticketDone(text)` or `ticketFailed(message, hint)` when a ticket was wanted."""

    issued = Signal(object)
    failed = Signal(str, str)
    busyChanged = Signal(bool)
    ticketDone = Signal(str)
    ticketFailed = Signal(str, str)

    def __init__(self, ctx: Any, actor: Actor, jobs: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.jobs = ctx, actor, jobs
        self.queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
        self.busy = False
        self.last: TurnInfo | None = None

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
              note: str | None = None) -> asyncio.Task | None:
        """Issue a turn of `code`; ignored (None) while the previous one is on its way."""
        if self.busy:
            return None
        self._set_busy(True)
        return start(self._issue(code, priority, customer_name or None, note or None))

    async def _issue(self, code: str, priority: bool, name: str | None, note: str | None) -> None:
        try:
            turn = await run_off_thread(self.jobs, self.tr("Issuing a turn"), lambda: (
                self.queue.issue_turn(self.actor, code, priority=priority, customer_name=name,
                                      note=note)))
        except TimedeskError as exc:
            if Shiboken.isValid(self):
                self.failed.emit(exc.message, exc.hint)
            return
        except Exception:  # e.g. the database went away: say so, keep what was typed
            log.exception("issuing a turn of %s failed", code)
            if Shiboken.isValid(self):
                self.failed.emit(self.tr("The turn could not be issued."),
                                 self.tr("Check the connection to the database; the log file "
                                         "has the details."))
            return
        finally:
            if Shiboken.isValid(self):
                self._set_busy(False)
        if not Shiboken.isValid(self):
            return
        self.last = turn
        self.issued.emit(turn)
        if self.print_enabled:
            self.print(turn)

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
            self.ticketFailed.emit(exc.message, exc.hint)
        except OSError as exc:
            self.ticketFailed.emit(self.tr("The ticket could not be saved: {error}.")
                                   .format(error=exc.strerror or str(exc)),
                                   self.tr("The turn was issued; check the data folder."))
        return None
