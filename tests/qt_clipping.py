"""Which texts of a screen a person cannot read whole (importable by name from any test folder;
used by the fit tests and by `python -m tests.screenshots`).

`clipped_texts(root)`: labels, buttons, tabs and table headers narrower than their text, each
measured with its own font: a label that does not wrap needs its size hint's width, one that
wraps its longest word (words end at spaces and at zero-width spaces, where Qt may break
too); a button its size hint (Qt never elides a button); a tab its tabSizeHint
(Qt elides tab titles); a header section its title plus margins and the sort arrow (Qt elides
header titles). Hidden widgets, rich-text labels and labels whose text has a "…" (elided on
purpose, the whole text in a tooltip) are skipped.

`clipped_cells(table)`: the cells of a table that Qt elides (their size hint, icon and padding
included, wider than their column), for a table whose every cell must read whole.

`clipped_labels(within, labels)`: stricter, for a screen whose every label must show whole (the
service buttons, the lobby display): every line as Qt draws or wraps it fits the label's contents
rect in width and height, and the label lies inside `within`. `app_look(app, theme)` gives
the application's own font, stylesheet and palette while a test measures. `each_page(window)`
brings every tab and page of the main window to the front in turn, for both to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics, Qt  # QtGui.Qt also has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QTabBar,
    QTableView,
    QWidget,
)

from timedesk.ui.appearance import FONT_POINT_SIZE, palette, register_fonts, stylesheet

SLACK = 1  # pixels: rounding of fractional font metrics
BREAKS = re.compile(r"[\s\u200b]+")  # where Qt may break a word-wrapped line


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _label(label: QLabel) -> str | None:
    text = label.text()
    if (not text or label.textFormat() == Qt.TextFormat.RichText
            or (label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
            or "…" in text):
        return None
    if label.wordWrap():  # lines break between words: the longest word must fit
        room = label.contentsRect().width() - 2 * label.margin()
        word = max(BREAKS.split(text), key=label.fontMetrics().horizontalAdvance)
        needed = label.fontMetrics().horizontalAdvance(word)
        if room + SLACK < needed:
            return f"label {_name(label)} word {word!r} of {text!r}: {room} px of {needed}"
        return None
    needed = label.sizeHint().width()
    if label.width() + SLACK < needed:
        return f"label {_name(label)} {text!r}: {label.width()} px of {needed}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = button.text()
    needed = button.sizeHint().width()
    if text and button.width() + SLACK < needed:
        return f"button {_name(button)} {text!r}: {button.width()} px of {needed}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    return [f"tab {bar.tabText(i)!r}: {bar.tabRect(i).width()} px of {bar.tabSizeHint(i).width()}"
            for i in range(bar.count())
            if bar.isTabVisible(i) and bar.tabRect(i).width() + SLACK < bar.tabSizeHint(i).width()
            and bar.elideMode() != Qt.TextElideMode.ElideNone]


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    orientation = header.orientation()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = (style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
             if header.isSortIndicatorShown() else 0)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or orientation != Qt.Orientation.Horizontal:
            continue
        title = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if not title:
            continue
        needed = max(header.fontMetrics().horizontalAdvance(line)
                     for line in str(title).splitlines()) + 2 * margin
        if section == header.sortIndicatorSection():
            needed += arrow
        if header.sectionSize(section) + SLACK < needed:
            found.append(f"header {str(title)!r}: {header.sectionSize(section)} px of {needed}")
    return found


def clipped_texts(root: QWidget) -> list[str]:
    """What `root` and its visible children show cut, one line each (empty: nothing is)."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            problems.append(_label(widget) or "")
        elif isinstance(widget, QAbstractButton) and widget.parent() is not None \
                and not isinstance(widget.parent(), QTabBar):
            problems.append(_button(widget) or "")
        elif isinstance(widget, QTabBar):
            problems.extend(_tabs(widget))
        elif isinstance(widget, QHeaderView):
            problems.extend(_header(widget))
    return [p for p in problems if p]


def clipped_cells(table: QTableView) -> list[str]:
    """The cells of `table` shown cut, one line each (empty: none is)."""
    model = table.model()
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if table.isColumnHidden(column) or table.isRowHidden(row):
                continue
            index = model.index(row, column)
            needed = table.sizeHintForIndex(index).width()
            if table.columnWidth(column) + SLACK < needed:
                found.append(f"cell {index.data()!r} of {_name(table)}: "
                             f"{table.columnWidth(column)} px of {needed}")
    return found


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
def app_look(app: QApplication, theme: str = "light") -> Iterator[None]:
    """The application's own font, stylesheet and palette of `theme` while a test measures (as
    the app and the screenshots have them: other metrics would let a clipped text through),
    then back."""
    font, sheet, colours = app.font(), app.styleSheet(), app.palette()
    family = register_fonts()
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme))
    try:
        yield
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(colours)
        app.setFont(font)


def each_page(window: Any) -> Iterator[str]:
    """Bring each tab of a MainWindow to the front, and each page of a tab made of pages, in
    turn; yields the name of what is in front ("turns_desk": tab and page key, or the page's
    index when it has no key)."""
    for index, key in enumerate(window.tab_keys):
        window.tabs.setCurrentIndex(index)  # shown: a PagedTab builds its pages now
        tab = window.tabs.widget(index)
        pages = getattr(tab, "pages", None)
        if pages is None or not hasattr(pages, "count"):
            yield key
            continue
        keys = {id(widget): name for name, widget in getattr(tab, "page_widgets", {}).items()}
        for page in range(pages.count()):
            pages.setCurrentIndex(page)
            yield f"{key}_{keys.get(id(pages.widget(page)), page)}"
