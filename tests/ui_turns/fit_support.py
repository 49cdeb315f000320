"""Is any text cut? For each visible label under a widget: every line of its text (as wrapped,
one per "\n") is at most as wide as the label's contents rect, the lines are as tall as they
need, and the label lies inside `within` (a button, the window). QFontMetrics of the label's own
font measures the text, as Qt draws it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget


def clipped_labels(within: QWidget, labels: list[QLabel] | None = None) -> list[str]:
    """What is clipped, one line of explanation each (empty: nothing is)."""
    problems = []
    box = QRect(within.mapToGlobal(within.rect().topLeft()), within.size())
    for label in labels if labels is not None else within.findChildren(QLabel):
        if not label.isVisibleTo(within) or not label.text():
            continue
        metrics = QFontMetrics(label.font())
        lines = label.text().split("\n")
        room = label.contentsRect()
        for line in lines:
            if metrics.horizontalAdvance(line) > room.width():
                problems.append(f"{label.objectName() or label.text()!r}: {line!r} needs "
                                f"{metrics.horizontalAdvance(line)} px, has {room.width()}")
        if metrics.height() * len(lines) > room.height() + 1:
            problems.append(f"{label.text()!r}: {len(lines)} lines need "
                            f"{metrics.height() * len(lines)} px, have {room.height()}")
        placed = QRect(label.mapToGlobal(label.rect().topLeft()), label.size())
        if not box.contains(placed):
            problems.append(f"{label.text()!r} at {placed.getRect()} is outside {box.getRect()}")
    return problems
