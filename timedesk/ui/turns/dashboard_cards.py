"""The dashboard's summary cards and how it writes its figures: counts with the language's
separators, durations as '12 min 05 s', shares as '67%'. Strings translate in the
TurnsDashboard context, like the dashboard's own."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from timedesk.turns.stats import Figures

VALUE_POINTS = 26  # a card's figure, readable from across the office
TITLE_POINTS = 11


class SummaryCard(QFrame):
    """One big figure with its name under it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#dashboardCard { background: #ffffff; border: 1px solid #d5d9e0;"
                           " border-radius: 6px; }")
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("color: #1d2430;")
        self.value.setMinimumHeight(46)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("color: #5b6472;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.title)
        # equal widths whatever the figure: the layout shares the row out by stretch
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value.setText(text)
        self.setToolTip(tooltip)
        self._fit_value()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_value()

    def _fit_value(self) -> None:
        _fit(self.value, VALUE_POINTS, bold=True)
        _fit(self.title, TITLE_POINTS)


def _fit(label: QLabel, largest: int, *, bold: bool = False) -> None:
    """The largest size (`largest` down to 8 pt) at which the label's text fits its width:
    figures and Spanish titles stay whole in narrow cards."""
    room = max(label.width() - 8, 40)
    font = QFont(label.font())
    font.setBold(bold)
    for points in range(largest, 7, -1):
        font.setPointSize(points)
        if QFontMetrics(font).horizontalAdvance(label.text()) <= room:
            break
    label.setFont(font)


def count_text(value: int) -> str:
    return QLocale().toString(int(value))


def share_text(figures: Figures) -> str:
    """The share of estimates that held, as a whole percentage ('–' without estimates)."""
    if figures.estimate_accuracy is None:
        return "–"
    return f"{figures.estimate_accuracy:.0%}"


def swatch(colour: str) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return pixmap
