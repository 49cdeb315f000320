"""Paints a session's status as a small coloured pill (green approved, amber under review,
red rejected), so that what waits for a decision stands out in a long log."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from timedesk.ui.appearance import themed
from timedesk.ui.clockify.sessions_format import STATUS_COLOURS
from timedesk.ui.clockify.sessions_model import STATUS_ROLE

PAD_X, PAD_Y, MARGIN = 8, 2, 4


class StatusBadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        colours = STATUS_COLOURS.get(index.data(STATUS_ROLE))
        if colours is None:
            super().paint(painter, option, index)
            return
        # the selection/hover background first, without the text
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        text = str(index.data() or "")
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 2 * PAD_X
        height = metrics.height() + 2 * PAD_Y
        rect = option.rect
        pill = QRectF(rect.x() + MARGIN, rect.y() + (rect.height() - height) / 2,
                      min(width, rect.width() - 2 * MARGIN), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(themed(colours[1])))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(themed(colours[0])))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        text = str(index.data() or "")
        width = option.fontMetrics.horizontalAdvance(text) + 2 * (PAD_X + MARGIN)
        return QSize(max(base.width(), width), max(base.height(), option.fontMetrics.height()
                                                   + 2 * PAD_Y + 4))
