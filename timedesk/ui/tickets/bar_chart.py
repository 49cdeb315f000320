"""A small horizontal bar chart painted with QPainter (QtCharts is not installed): one bar per
label, its value written after it, colours taken from the palette and the theme (themed()) so
that it reads in the light and the dark look alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from timedesk.ui.appearance import themed

BAR_HEIGHT = 18
ROW_GAP = 8


class BarChart(QWidget):
    """`set_bars([(label, value), ...])`; `value_text(value)` writes a value (default: the
    number as it is)."""

    def __init__(self, colour: str = "#2f6fdd",
                 value_text: Callable[[float], str] = str) -> None:
        super().__init__()
        self.bars: list[tuple[str, float]] = []
        self.colour = colour  # of the light design
        self.value_text = value_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[tuple[str, float]]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = max(1, len(self.bars))
        return QSize(360, rows * (BAR_HEIGHT + ROW_GAP) + ROW_GAP)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "–")
            return
        top = max((value for _, value in self.bars), default=0) or 1
        metrics = painter.fontMetrics()
        label_width = min(max(metrics.horizontalAdvance(label) for label, _ in self.bars) + 12,
                          int(self.width() * 0.45))
        value_width = max(metrics.horizontalAdvance(self.value_text(value))
                          for _, value in self.bars) + 8
        room = max(10, self.width() - label_width - value_width - 12)
        for row, (label, value) in enumerate(self.bars):
            y = ROW_GAP + row * (BAR_HEIGHT + ROW_GAP)
            painter.setPen(text_colour)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 8, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            width = room * (value / top) if value > 0 else 0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(themed(self.colour)))
            painter.drawRoundedRect(QRectF(label_width, y + 2, max(width, 2 if value else 0),
                                           BAR_HEIGHT - 4), 3, 3)
            painter.setPen(text_colour)
            painter.drawText(QRectF(label_width + width + 6, y, value_width, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.value_text(value))
        painter.end()
