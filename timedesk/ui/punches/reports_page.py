"""Reports: the overview of timedesk.punches.reports (who is in now; this week's hours, days,
late arrivals and open days per employee) and the export of a period's sessions (XLSX, CSV or
the PDF monthly record), live as punches come in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor
from timedesk.office import PRESETS, office_zone, period, week_start
from timedesk.punches.reports import Overview, Totals, overview
from timedesk.ui.clockify.admin_table import Column, RowsModel, rows_table
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_text, worked, worked_clock
from timedesk.ui.punches.export_bar import ExportBar
from timedesk.ui.punches.texts import preset_title, state_title
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import role_label, show_message


@dataclass(frozen=True)
class ReportRow:
    """One employee of the overview: their state now (None: no longer on the board, an
    inactive employee who worked this week), late and not in yet, and this week's totals."""

    employee_id: int
    name: str
    state: str | None
    late_now: bool
    week: Totals


def report_rows(view: Overview) -> list[ReportRow]:
    """Everyone on the board, by name, then whoever else worked this week."""
    weeks = {line.employee_id: line for line in view.employees}
    rows = [ReportRow(row.employee_id, row.name, row.state, row.late,
                      weeks[row.employee_id].totals if row.employee_id in weeks else Totals())
            for row in view.board]
    shown = {row.employee_id for row in view.board}
    return rows + [ReportRow(line.employee_id, line.name, None, False, line.totals)
                   for line in view.employees if line.employee_id not in shown]


class ReportsPage(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("punchReports")
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self._generation = 0
        self.overview: Overview | None = None
        self.title = role_label(self.tr("Overview"), "title")
        self.who_label = QLabel("")
        self.who_label.setObjectName("reportsWhoIsIn")
        self.week_label = QLabel("")
        self.week_label.setObjectName("reportsWeek")
        self.week_label.setWordWrap(True)
        self.model = RowsModel([
            Column(lambda: self.tr("Employee"), lambda r: r.name),
            Column(lambda: self.tr("Now"), self.now_text),
            Column(lambda: self.tr("Hours this week"), lambda r: worked_clock(r.week.worked_s),
                   sort=lambda r: r.week.worked_s, align_right=True),
            Column(lambda: self.tr("Days"), lambda r: str(r.week.days),
                   sort=lambda r: r.week.days, align_right=True),
            Column(lambda: self.tr("Late arrivals"), lambda r: str(r.week.late),
                   sort=lambda r: r.week.late, align_right=True),
            Column(lambda: self.tr("Open days"), lambda r: str(r.week.open),
                   sort=lambda r: r.week.open, align_right=True),
        ])
        self.table = rows_table(self.model, "reportsTable")
        self.status = role_label("", "hint")
        self.status.setObjectName("reportsStatus")
        self.preset = QComboBox()
        self.preset.setObjectName("reportsExportPeriod")
        for name in PRESETS:
            self.preset.addItem(preset_title(name), name)
        self.preset.setCurrentIndex(self.preset.findData("this_month"))
        self.export_bar = ExportBar(ctx, actor, services.jobs,
                                    lambda: (*self.export_range(), None), "reports")
        self._build_layout()
        self.live = BusSignal(self, ctx.bus, ("punches.changed", "office.calendar_changed"),
                              debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())

    def _build_layout(self) -> None:
        export = QHBoxLayout()
        export.addWidget(QLabel(self.tr("Export the sessions of:")))
        export.addWidget(self.preset)
        export.addWidget(self.export_bar)
        export.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        for widget in (self.title, self.who_label, self.week_label):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(export)
        layout.addWidget(self.export_bar.status)

    def export_range(self) -> tuple[date, date]:
        settings = self._ctx.settings
        today = datetime.now(office_zone(settings)).date()
        return period(self.preset.currentData(), today, week_start(settings))

    def now_text(self, row: ReportRow) -> str:
        if row.state is None:
            return self.tr("inactive")
        if row.late_now:
            return self.tr("Late, not in yet")
        return state_title(row.state)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        ctx, actor = self._ctx, self._actor

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.status, exc, self.tr("Cannot compute the overview:"))

        run_in_background(
            self, lambda progress: overview(ctx.db, ctx.bus, actor, settings=ctx.settings),
            lambda view: self.show_overview(view) if generation == self._generation else None,
            failed, jobs=self._jobs, title=self.tr("Computing the overview"))

    def show_overview(self, view: Overview) -> None:
        self.overview = view
        states = [row.state for row in view.board]
        self.who_label.setText(self.tr(
            "In: {working} · On a break: {on_break} · Out: {out} · Late, not in yet: {late}"
        ).format(working=states.count("working"), on_break=states.count("on_break"),
                 out=states.count("out"), late=sum(row.late for row in view.board)))
        first, last = view.week
        self.week_label.setText(self.tr(
            "This week ({start} to {end}): {worked} worked, {late} late arrivals, {open} open "
            "days").format(start=date_text(first), end=date_text(last),
                           worked=worked(view.totals.worked_s), late=view.totals.late,
                           open=view.totals.open))
        self.model.set_rows(report_rows(view))
        show_message(self.status, self.tr("{count} employees").format(
            count=len(self.model.rows)), "hint")

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> ReportsPage:
        page = cls(ctx, actor, services)
        page.refresh()
        return page
