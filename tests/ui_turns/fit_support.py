"""Is any text cut? For each visible label under a widget: every line of its text (one per "\n",
or as Qt wraps it) is at most as wide as the label's contents rect, the lines are as tall as they
need, and the label lies inside `within` (a button, the window). QFontMetrics of the label's own
font measures the text, as Qt draws it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from timedesk.ui.appearance import FONT_POINT_SIZE, register_fonts, stylesheet


def clipped_labels(within: QWidget, labels: list[QLabel] | None = None) -> list[str]:
    """What is clipped, one line of explanation each (empty: nothing is)."""
    problems = []
    box = QRect(within.mapToGlobal(within.rect().topLeft()), within.size())
    for label in labels if labels is not None else within.findChildren(QLabel):
        if not label.isVisibleTo(within) or not label.text():
            continue
        metrics = QFontMetrics(label.font())
        room = label.contentsRect()
        if label.wordWrap():  # Qt breaks it at spaces: a word wider than the label sticks out
            needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), label.text())
            if needed.width() > room.width() or needed.height() > room.height() + 1:
                problems.append(f"{label.text()!r} wrapped needs {needed.size().toTuple()}, "
                                f"has {room.size().toTuple()}")
            lines = []
        else:
            lines = label.text().split("\n")
        for line in lines:
            if metrics.horizontalAdvance(line) > room.width():
                problems.append(f"{label.objectName() or label.text()!r}: {line!r} needs "
                                f"{metrics.horizontalAdvance(line)} px, has {room.width()}")
        if lines and metrics.height() * len(lines) > room.height() + 1:
            problems.append(f"{label.text()!r}: {len(lines)} lines need "
                            f"{metrics.height() * len(lines)} px, have {room.height()}")
        placed = QRect(label.mapToGlobal(label.rect().topLeft()), label.size())
        if not box.contains(placed):
            problems.append(f"{label.text()!r} at {placed.getRect()} is outside {box.getRect()}")
    return problems


@contextmanager
def app_look(app: QApplication) -> Iterator[None]:
    """The application's own font and stylesheet while a test measures (as the app and the
    screenshots have them: other metrics would let a clipped text through), then back."""
    font, sheet = app.font(), app.styleSheet()
    family = register_fonts()
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    app.setStyleSheet(stylesheet())
    try:
        yield
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
