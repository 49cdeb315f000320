"""Who is in: every active employee's state since when, who came late and who is not in yet,
live across PCs (a punch anywhere publishes "punches.changed", which reaches this PC's bus
through the event feed) and read again every minute (late and not yet in change with time)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor
from timedesk.punches.service import BoardRow, PunchClock
from timedesk.ui.clockify.admin_table import Column, RowsModel, rows_table
from timedesk.ui.errors import show_error
from timedesk.ui.punches.texts import state_title
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import role_label, show_message

REFRESH_MS = 60_000
STATE_ORDER = {"working": 0, "on_break": 1, "out": 2}


def not_yet_in(row: BoardRow, today: date, zone: tzinfo) -> bool:
    """Out and no punch today (in the office's zone)."""
    return row.state == "out" and (row.since is None or row.since.astimezone(zone).date() < today)


def board_state(row: BoardRow, today: date, zone: tzinfo) -> str:
    """The state column: In, On a break, Out, Not yet in, or Late, not yet in."""
    if row.late:
        return QCoreApplication.translate("Punches", "Late, not yet in")
    if not_yet_in(row, today, zone):
        return QCoreApplication.translate("Punches", "Not yet in")
    return state_title(row.state)


def since_text(row: BoardRow, today: date, zone: tzinfo) -> str:
    """The time of the last punch; its date too when it was not today."""
    if row.since is None:
        return ""
    local = row.since.astimezone(zone)
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


class WhoIsInBoard(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("whoIsIn")
        self._actor, self._jobs = actor, services.jobs
        self.clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
        self._generation = 0
        self.model = RowsModel([
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("State"), lambda r: self.state_text(r),
                   sort=lambda r: f"{STATE_ORDER.get(r.state, 3)}{r.name.lower()}"),
            Column(lambda: self.tr("Since"), lambda r: since_text(r, self.today(),
                                                                  self.clock.zone),
                   sort=lambda r: r.since),
        ])
        self.table = rows_table(self.model, "whoIsInTable", stretch=0)
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
        today, zone = self.today(), self.clock.zone
        not_in = sum(1 for r in rows if not_yet_in(r, today, zone))
        show_message(self.summary, self.tr(
            "In: {working} · on a break: {on_break} · not yet in: {not_in}, of them late: {late}")
            .format(working=counts["working"], on_break=counts["on_break"], late=late,
                    not_in=not_in), "hint")

    def states(self) -> dict[str, str]:
        """name -> the state column's text (what the board shows)."""
        return {row.name: self.state_text(row) for row in self.model.rows}

    def today(self) -> date:
        return datetime.now(self.clock.zone).date()

    def state_text(self, row: BoardRow) -> str:
        return board_state(row, self.today(), self.clock.zone)

    @classmethod
    def create(cls, ctx: Any, actor: Actor, services: Any) -> WhoIsInBoard:
        view = cls(ctx, actor, services)
        view.refresh()
        return view
