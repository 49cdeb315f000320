"""The help desk's dashboard: the open tickets by status, priority and category, the SLA met in
the period, the median first response and resolution in office hours, and each technician's
figures, with bar charts; the figures come from HelpDesk.dashboard (the database's)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.office import PRESETS, office_zone, period, week_start
from timedesk.tickets.dashboard import NO_CATEGORY, DashboardFigures
from timedesk.tickets.service import HelpDesk
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_text
from timedesk.ui.punches.sessions_page import preset_title
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.tickets.bar_chart import BarChart
from timedesk.ui.tickets.texts import office_hours, priority_title, status_title
from timedesk.ui.widgets import role_label


def _count(value: float) -> str:
    return str(int(value))


class Figure(QFrame):
    """A big number and what it is."""

    def __init__(self, name: str, title: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        font = QFont(self.value.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(role_label(title, "hint"))


class DashboardPage(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("ticketDashboard")
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
        self.figures: DashboardFigures | None = None
        self._generation = 0
        self.preset = QComboBox()
        self.preset.setObjectName("dashboardPeriod")
        for name in PRESETS:
            self.preset.addItem(preset_title(name), name)
        self.preset.setCurrentIndex(self.preset.findData("this_month"))
        self.preset.currentIndexChanged.connect(lambda _i: self.refresh())
        self.sla = Figure("dashboardSla", self.tr("SLA met (resolved in the period)"))
        self.resolved = Figure("dashboardResolved", self.tr("Resolved in the period"))
        self.first_response = Figure("dashboardFirstResponse",
                                     self.tr("Median first response"))
        self.resolution = Figure("dashboardResolution", self.tr("Median resolution"))
        self.by_status = BarChart("#2f6fdd", _count)
        self.by_priority = BarChart("#c0392b", _count)
        self.by_category = BarChart("#1b7530", _count)
        self.by_technician = BarChart("#8e44ad", _count)
        self.technicians = QTableWidget(0, 4)
        self.technicians.setObjectName("dashboardTechnicians")
        self.technicians.setHorizontalHeaderLabels([
            self.tr("Technician"), self.tr("Open"), self.tr("Resolved"),
            self.tr("Median resolution")])
        self.technicians.verticalHeader().hide()
        self.technicians.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.technicians.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.technicians.horizontalHeader().setStretchLastSection(True)
        self.status = role_label("", "hint", wrap=False)
        self.status.setObjectName("dashboardStatus")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.preset)
        top.addStretch(1)
        top.addWidget(self.status)
        numbers = QHBoxLayout()
        for figure in (self.sla, self.resolved, self.first_response, self.resolution):
            numbers.addWidget(figure, 1)
        charts = QGridLayout()
        for number, (title, chart) in enumerate((
                (self.tr("Open by status"), self.by_status),
                (self.tr("Open by priority"), self.by_priority),
                (self.tr("Open by category"), self.by_category),
                (self.tr("Open per technician"), self.by_technician))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(chart)
            inner.addStretch(1)
            charts.addWidget(box, number // 2, number % 2)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(numbers)
        body_layout.addLayout(charts)
        per_technician = QLabel(self.tr("Per technician"))
        font = QFont(per_technician.font())
        font.setBold(True)
        per_technician.setFont(font)
        body_layout.addWidget(per_technician)
        body_layout.addWidget(self.technicians)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.live = BusSignal(self, ctx.bus, ("tickets.changed",), debounce_ms=BURST_MS * 4)
        self.live.received.connect(lambda _events: self.refresh())

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        settings = self._ctx.settings
        today = datetime.now(office_zone(settings)).date()
        first, last = period(self.preset.currentData(), today, week_start(settings))
        desk, actor = self.desk, self._actor

        def loaded(figures: DashboardFigures) -> None:
            if generation == self._generation:
                self.show_figures(figures)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.status, exc, self.tr("Cannot compute the dashboard:"))

        run_in_background(self, lambda progress: desk.dashboard(actor, (first, last)),
                          loaded, failed, jobs=self._jobs,
                          title=self.tr("Computing the help desk dashboard"))

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        percent = figures.sla_met_percent
        self.sla.value.setText("–" if percent is None else
                               self.tr("{percent} %").format(
                                   percent=QLocale().toString(percent, "f", 0)))
        self.resolved.value.setText(str(figures.resolved))
        self.first_response.value.setText(office_hours(figures.median_first_response_seconds))
        self.resolution.value.setText(office_hours(figures.median_resolution_seconds))
        self.by_status.set_bars([(status_title(s), n) for s, n in figures.open_by_status.items()])
        self.by_priority.set_bars([(priority_title(p), n)
                                   for p, n in figures.open_by_priority.items()])
        self.by_category.set_bars([(name if name != NO_CATEGORY else self.tr("No category"), n)
                                   for name, n in figures.open_by_category.items()])
        self.by_technician.set_bars([(t.username, t.open) for t in figures.technicians])
        self.technicians.setRowCount(len(figures.technicians))
        for row, tech in enumerate(figures.technicians):
            for column, text in enumerate((tech.username, str(tech.open), str(tech.resolved),
                                           office_hours(tech.median_resolution_seconds))):
                self.technicians.setItem(row, column, QTableWidgetItem(text))
        self.technicians.setFixedHeight(
            self.technicians.horizontalHeader().height() + 8
            + sum(self.technicians.rowHeight(r) for r in range(len(figures.technicians))))
        self.status.setText(self.tr("From {first} to {last}").format(
            first=date_text(figures.first_day), last=date_text(figures.last_day)))

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> DashboardPage:
        page = cls(ctx, actor, services)
        page.refresh()
        return page
