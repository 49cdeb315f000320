"""The dashboard's summary cards and how it writes its figures: counts with the language's
separators, durations as '12 min 05 s', shares as '67%'. Strings translate in the
TurnsDashboard context, like the dashboard's own."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from timedesk.turns.stats import Figures
from timedesk.ui.appearance import styled

VALUE_POINTS = 26  # a card's figure, readable from across the office
TITLE_POINTS = 11


class SummaryCard(QFrame):
    """One big figure with its name under it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        styled(self, "#dashboardCard { background: #ffffff; border: 1px solid #d5d9e0;"
                     " border-radius: 6px; }")
        self.row: list[SummaryCard] = [self]  # the cards drawn at its sizes (share_sizes)
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        styled(self.value, "color: #1d2430;")
        self.value.setMinimumHeight(46)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        styled(self.title, "color: #5b6472;")
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
        """The figures, and the titles, of all the cards of the row at one size: the largest
        at which every card's text fits its width."""
        value = min(_fitting(card.value, VALUE_POINTS, bold=True) for card in self.row)
        title = min(_fitting(card.title, TITLE_POINTS) for card in self.row)
        for card in self.row:
            _set_points(card.value, value, bold=True)
            _set_points(card.title, title)


def share_sizes(cards: list[SummaryCard]) -> None:
    """Draw `cards` (a row) at one font size for their figures and one for their titles."""
    for card in cards:
        card.row = cards


def _fitting(label: QLabel, largest: int, *, bold: bool = False) -> int:
    """The largest size (`largest` down to 8 pt) at which the label's text fits its width:
    figures and Spanish titles stay whole in narrow cards."""
    room = max(label.width() - 8, 40)
    font = QFont(label.font())
    font.setBold(bold)
    for points in range(largest, 7, -1):
        font.setPointSize(points)
        if QFontMetrics(font).horizontalAdvance(label.text()) <= room:
            return points
    return 8


def _set_points(label: QLabel, points: int, *, bold: bool = False) -> None:
    font = QFont(label.font())
    font.setBold(bold)
    font.setPointSize(points)
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
