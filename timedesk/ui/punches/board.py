"""Who is in: every active employee's state since when, who came late and who is not in yet,
live across PCs (a punch anywhere publishes "punches.changed", which reaches this PC's bus
through the event feed) and read again every minute (late and not yet in change with time)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor
from timedesk.punches.service import BoardRow, PunchClock
from timedesk.ui.clockify.admin_table import Column, RowsModel, rows_table
from timedesk.ui.errors import show_error
from timedesk.ui.formats import short_date_time, time_text
from timedesk.ui.punches.texts import state_title
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import role_label, show_message

REFRESH_MS = 60_000
STATE_ORDER = {"working": 0, "on_break": 1, "out": 2}


def board_state(row: BoardRow) -> str:
    """The state column: In, On a break, Out, Not yet in (expected today), or Late, not yet
    in (expected, and the schedule's start and tolerance have passed)."""
    if row.late:
        return QCoreApplication.translate("Punches", "Late, not yet in")
    if row.expected_at is not None:
        return QCoreApplication.translate("Punches", "Not yet in")
    return state_title(row.state)


def since_text(row: BoardRow) -> str:
    """The time of the last punch (the office's wall time); its date too when not today; for
    someone expected, when."""
    if row.expected_at is not None:
        return QCoreApplication.translate("Punches", "expected at {time}").format(
            time=time_text(row.expected_at))
    return short_date_time(row.since)


class WhoIsInBoard(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("whoIsIn")
        self._actor, self._jobs = actor, services.jobs
        self.clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
        self._generation = 0
        self.model = RowsModel([
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("State"), board_state,
                   sort=lambda r: f"{STATE_ORDER.get(r.state, 3)}{r.name.lower()}"),
            Column(lambda: self.tr("Since"), since_text,
                   sort=lambda r: r.expected_at or r.since),
        ])
        self.table = rows_table(self.model, "whoIsInTable", stretch=0, ctx=ctx)
        self.title = role_label(self.tr("Who is in"), "title")
        self.summary = role_label("", "hint")
        self.summary.setObjectName("whoIsInSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.live = BusSignal(self, ctx.bus, ("punches.changed", "employees.changed"),
                              debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        self._generation += 1
        generation, clock, actor = self._generation, self.clock, self._actor

        def loaded(rows: list) -> None:
            if generation == self._generation:
                self.show_rows(rows)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.summary, exc, self.tr("Cannot read who is in:"))

        run_in_background(self, lambda progress: clock.board(actor), loaded, failed,
                          jobs=self._jobs, title=self.tr("Reading who is in"))

    def show_rows(self, rows: list) -> None:
        self.model.set_rows(rows)
        counts = {state: sum(1 for r in rows if r.state == state) for state in STATE_ORDER}
        late = sum(1 for r in rows if r.late)
        not_in = sum(1 for r in rows if r.expected_at is not None)
        show_message(self.summary, self.tr(
            "In: {working} · on a break: {on_break} · not yet in: {not_in}, of them late: {late}")
            .format(working=counts["working"], on_break=counts["on_break"], late=late,
                    not_in=not_in), "hint")

    def states(self) -> dict[str, str]:
        """name -> the state column's text (what the board shows)."""
        return {row.name: board_state(row) for row in self.model.rows}

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> WhoIsInBoard:
        view = cls(ctx, actor, services)
        view.refresh()
        return view
