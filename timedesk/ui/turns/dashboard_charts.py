"""The dashboard's two charts (QtCharts): turns issued and called per local hour, and the
average and 90th-percentile wait per service. Each is rebuilt from a TurnStats in one call."""

from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                              QHorizontalBarSeries, QValueAxis)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from timedesk.turns.stats import TurnStats

ISSUED, CALLED = "#1565c0", "#43a047"
AVERAGE, P90 = "#90caf9", "#1565c0"
DEFAULT_HOURS = range(8, 16)  # shown when nothing happened yet: an office morning


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def nice_axis(value: float) -> tuple[int, int]:
    """A round axis maximum at or a bit above `value` and its tick count, so that the ticks
    fall on round numbers (0, 5, 10...); at least 0..4 so that a quiet day has ticks."""
    value = max(value * 1.05, 4)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        intervals = -(-value // step)
        if intervals <= 8:
            return int(intervals * step), int(intervals) + 1
    return int(value) + 1, 2


def _short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class DashboardChart(QChartView):
    """A chart view with the dashboard's look: large fonts, no animation, legend on top."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.setTitleFont(_font(13, bold=True))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setFont(_font(11))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    @staticmethod
    def _bar_set(label: str, colour: str, values: list[float]) -> QBarSet:
        bars = QBarSet(label)
        bars.setColor(QColor(colour))
        bars.setBorderColor(QColor(colour))
        bars.append(values)
        return bars

    def _attach(self, chart: QChart, series, categories: list[str], top: float,
                horizontal: bool, value_title: str) -> None:
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(categories)
        names.setLabelsFont(_font(11))
        values = QValueAxis()
        maximum, ticks = nice_axis(top)
        values.setRange(0, maximum)
        values.setTickCount(ticks)
        values.setLabelFormat("%d")
        values.setLabelsFont(_font(10))
        values.setTitleText(value_title)
        values.setTitleFont(_font(10))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else
                      Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else
                      Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        series.attachAxis(values)


class HourlyFlowChart(DashboardChart):
    """Bars of turns issued and called per local hour, over the hours that saw any."""

    def show_stats(self, stats: TurnStats) -> None:
        chart = self._reset()
        busy = [h.hour for h in stats.hourly if h.issued or h.called]
        hours = range(min(busy), max(busy) + 1) if busy else DEFAULT_HOURS
        issued = [stats.hourly[h].issued for h in hours]
        called = [stats.hourly[h].called for h in hours]
        series = QBarSeries()
        series.append(self._bar_set(self.tr("Issued"), ISSUED, issued))
        series.append(self._bar_set(self.tr("Called"), CALLED, called))
        self.categories = [f"{h:02d}" for h in hours]
        self._attach(chart, series, self.categories, max(issued + called, default=0),
                     horizontal=False, value_title=self.tr("Turns"))
        self.values = (issued, called)


class ServiceWaitChart(DashboardChart):
    """Horizontal bars of the average and p90 wait (minutes) of each service."""

    def show_stats(self, stats: TurnStats) -> None:
        chart = self._reset()
        services = list(reversed(stats.services))  # the first service at the top
        average = [round((s.figures.avg_wait_s or 0) / 60, 1) for s in services]
        p90 = [round((s.figures.p90_wait_s or 0) / 60, 1) for s in services]
        series = QHorizontalBarSeries()
        series.append(self._bar_set(self.tr("Average wait"), AVERAGE, average))
        series.append(self._bar_set(self.tr("90% waited at most"), P90, p90))
        self.categories = [_short(f"{s.code} {s.name}") for s in services]
        self._attach(chart, series, self.categories, max(average + p90, default=0),
                     horizontal=True, value_title=self.tr("Minutes"))
        self.values = (average, p90)
