"""The dashboard's two charts (QtCharts): turns issued and called per local hour, and the
average and 90th-percentile wait per service. Each is rebuilt from a TurnStats in one call, and
takes the theme's colours (again when the theme changes): each bar colour contrasts 3:1 with the
chart's background in the light and in the dark theme (WCAG, non-text)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from timedesk.turns.stats import TurnStats
from timedesk.ui.appearance import current_theme, themed

# (light theme, dark theme) of each bar set
ISSUED, CALLED = ("#1565c0", "#90caf9"), ("#43a047", "#81c784")
AVERAGE, P90 = ("#4a8fe0", "#4c8bf0"), ("#1565c0", "#90caf9")
BACKGROUND, TEXT, GRID = "#ffffff", "#1d2430", "#d5d9e0"  # of the light design (themed())
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
    """A two-set bar chart with the dashboard's look (large fonts, no animation, legend on
    top). The series and axes are made once; a refresh replaces their values, so the legend
    and the layout stay put while figures change live."""

    horizontal = False

    def __init__(self, title: str, names: tuple[str, str],
                 colours: tuple[tuple[str, str], tuple[str, str]], value_title: str,
                 parent: QWidget | None = None) -> None:
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
        self.series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        self.colours = colours
        self.sets = []
        for name in names:
            bars = QBarSet(name)
            self.series.append(bars)
            self.sets.append(bars)
        chart.addSeries(self.series)
        self.names_axis = QBarCategoryAxis()
        self.names_axis.setLabelsFont(_font(11))
        self.values_axis = QValueAxis()
        self.values_axis.setLabelFormat("%d")
        self.values_axis.setLabelsFont(_font(10))
        self.values_axis.setTitleText(value_title)
        self.values_axis.setTitleFont(_font(10))
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        chart.addAxis(self.names_axis, left if self.horizontal else bottom)
        chart.addAxis(self.values_axis, bottom if self.horizontal else left)
        self.series.attachAxis(self.names_axis)
        self.series.attachAxis(self.values_axis)
        self.categories: list[str] = []
        self.values: tuple[list[float], ...] = ([], [])
        self.apply_theme()

    def bar_colours(self) -> list[str]:
        """The bars' colours in the current theme."""
        return [pair[current_theme() == "dark"] for pair in self.colours]

    def apply_theme(self) -> None:
        chart = self.chart()
        chart.setBackgroundBrush(QBrush(QColor(themed(BACKGROUND))))
        ink = QColor(themed(TEXT))
        chart.setTitleBrush(QBrush(ink))
        chart.legend().setLabelColor(ink)
        for axis in (self.names_axis, self.values_axis):
            axis.setLabelsColor(ink)
            axis.setTitleBrush(QBrush(ink))
            axis.setGridLineColor(QColor(themed(GRID)))
            axis.setLinePen(QPen(QColor(themed(GRID))))
        for bars, colour in zip(self.sets, self.bar_colours(), strict=True):
            bars.setColor(QColor(colour))
            bars.setBorderColor(QColor(colour))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.apply_theme()  # the theme changed
        super().changeEvent(event)

    def _show(self, categories: list[str], values: tuple[list[float], list[float]]) -> None:
        for bars, numbers in zip(self.sets, values, strict=False):
            bars.remove(0, bars.count())
            bars.append(numbers)
        if categories != self.categories:
            self.names_axis.clear()
            self.names_axis.append(categories)
        maximum, ticks = nice_axis(max((*values[0], *values[1]), default=0))
        self.values_axis.setRange(0, maximum)
        self.values_axis.setTickCount(ticks)
        self.categories, self.values = categories, values


class HourlyFlowChart(DashboardChart):
    """Bars of turns issued and called per local hour, over the hours that saw any."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, (self.tr("Issued"), self.tr("Called")), (ISSUED, CALLED),
                         self.tr("Turns"), parent)

    def show_stats(self, stats: TurnStats) -> None:
        busy = [h.hour for h in stats.hourly if h.issued or h.called]
        hours = range(min(busy), max(busy) + 1) if busy else DEFAULT_HOURS
        self._show([f"{h:02d}" for h in hours], ([stats.hourly[h].issued for h in hours],
                                                  [stats.hourly[h].called for h in hours]))


class ServiceWaitChart(DashboardChart):
    """Horizontal bars of the average and p90 wait (minutes) of each service."""

    horizontal = True

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, (self.tr("Average wait"), self.tr("90% waited at most")),
                         (AVERAGE, P90), self.tr("Minutes"), parent)

    def show_stats(self, stats: TurnStats) -> None:
        services = list(reversed(stats.services))  # the first service at the top
        self._show([_short(f"{s.code} {s.name}") for s in services],
                   ([round((s.figures.avg_wait_s or 0) / 60, 1) for s in services],
                    [round((s.figures.p90_wait_s or 0) / 60, 1) for s in services]))
