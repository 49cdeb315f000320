"""What the main window remembers between runs on this PC: its size and place, and for each
person the tab they were on (so each role starts where it works) and the desk they last opened,
whether it already said that closing the window keeps timedesk running in the tray, and each
table's column widths and sort (`remember_table`) and each list page's filters
(`remember_filters`): one call per table or page. An INI file in the user's
config folder (QSettings), never the database: it is this PC's and this person's."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, QSettings, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QTableView,
    QWidget,
)

FILE_NAME = "window.ini"


class WindowState:
    def __init__(self, config_dir: Path) -> None:
        self.settings = QSettings(str(config_dir / FILE_NAME), QSettings.Format.IniFormat)

    def restore_geometry(self, window: QMainWindow) -> bool:
        """Size and place as last time (Qt keeps it on a screen that exists); False if none."""
        value = self.settings.value("main/geometry")
        return isinstance(value, QByteArray) and window.restoreGeometry(value)

    def save_geometry(self, window: QMainWindow) -> None:
        self.settings.setValue("main/geometry", window.saveGeometry())
        self.settings.sync()

    def tray_notice_shown(self) -> bool:
        """Whether this PC was already told that closing the window keeps timedesk running."""
        return self.settings.value("tray/notice_shown") in (True, "true")

    def save_tray_notice_shown(self) -> None:
        self.settings.setValue("tray/notice_shown", True)
        self.settings.sync()

    def last_tab(self, person: str) -> str | None:
        value = self.settings.value(f"last_tab/{_key(person)}")
        return value if isinstance(value, str) and value else None

    def save_last_tab(self, person: str, key: str) -> None:
        self.settings.setValue(f"last_tab/{_key(person)}", key)
        self.settings.sync()

    def last_desk(self, person: str) -> str | None:
        """The desk `person` last opened on this PC's desk panel."""
        value = self.settings.value(f"last_desk/{_key(person)}")
        return value if isinstance(value, str) and value else None

    def save_last_desk(self, person: str, desk: str) -> None:
        self.settings.setValue(f"last_desk/{_key(person)}", desk)
        self.settings.sync()

    def table_state(self, table: str, columns: int) -> QByteArray | None:
        """A table's saved header (widths, sort), if saved with the same number of columns."""
        value = self.settings.value(f"tables/{table}/header")
        if not isinstance(value, QByteArray) or \
                str(self.settings.value(f"tables/{table}/columns")) != str(columns):
            return None
        return value

    def save_table_state(self, table: str, columns: int, header: QByteArray) -> None:
        self.settings.setValue(f"tables/{table}/header", header)
        self.settings.setValue(f"tables/{table}/columns", columns)
        self.settings.sync()

    def filters(self, person: str, page: str) -> dict[str, Any]:
        value = self.settings.value(f"filters/{_key(person)}/{_key(page)}")
        try:
            loaded = json.loads(value) if isinstance(value, str) else {}
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def save_filters(self, person: str, page: str, values: dict[str, Any]) -> None:
        self.settings.setValue(f"filters/{_key(person)}/{_key(page)}",
                               json.dumps(values, default=str))
        self.settings.sync()


def _key(person: str) -> str:
    """A person's name as one INI key (no group separators or spaces)."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in person) or "_"


# -- tables and filters: what each list page remembers ------------------------------------------

SAVE_DELAY_MS = 300  # a column dragged wider is saved once, when the drag pauses
FITTING = "fittingColumns"  # set while code (not a person) sizes a table's columns
SIZED = "columnsRemembered"  # set once the columns have remembered or hand-made widths


def config_dir_of(ctx: Any) -> Path | None:
    paths = getattr(ctx, "paths", None)
    return getattr(paths, "config_dir", None)


def remember_table(table: QTableView, ctx: Any, name: str | None = None) -> None:
    """The one call that makes `table` keep its column widths and sort order on this PC (under
    `name`, else its object name): restored now, saved whenever they change. Columns sized by
    hand are no longer fitted to their content (see `fit_once`); columns the page hides stay
    hidden whatever the saved state says."""
    config_dir = config_dir_of(ctx)
    if config_dir is None:
        return
    state = WindowState(config_dir)
    key = _key(name or table.objectName())
    header = table.horizontalHeader()
    saved = state.table_state(key, header.count())
    if saved is not None:
        hidden = [header.isSectionHidden(column) for column in range(header.count())]
        if header.restoreState(saved):
            table.setProperty(SIZED, True)
            for column, was_hidden in enumerate(hidden):
                header.setSectionHidden(column, was_hidden)
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_DELAY_MS)
    timer.timeout.connect(lambda: state.save_table_state(key, header.count(), header.saveState()))

    def resized(column: int, _old: int, _new: int) -> None:
        if table.property(FITTING) or \
                header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive or \
                (header.stretchLastSection() and column == header.count() - 1):
            return  # the page's fitting or the layout, not a person
        table.setProperty(SIZED, True)
        timer.start()

    header.sectionResized.connect(resized)
    header.sortIndicatorChanged.connect(lambda _column, _order: timer.start())


def fit_once(table: QTableView, fit: Callable[[], object]) -> None:
    """Run `fit()` (code sizing the columns to their content) unless the columns have widths
    remembered or set by hand; the resizes it makes are not taken for a person's."""
    if table.property(SIZED):
        return
    table.setProperty(FITTING, True)
    try:
        fit()
    finally:
        table.setProperty(FITTING, False)


@dataclass(frozen=True)
class Field:
    """One remembered filter: read its value, put a value back, and the signal of a change."""
    get: Callable[[], Any]
    put: Callable[[Any], object]
    changed: SignalInstance


def field(widget: QWidget) -> Field:
    """The Field of a plain filter widget: a combo box (its item's data), a line edit (its
    text), a date edit (the date) or a check box."""
    if isinstance(widget, QComboBox):
        combo = widget
        return Field(combo.currentData, lambda value: combo.setCurrentIndex(
            combo.findData(value)) if combo.findData(value) >= 0 else None,
            combo.currentIndexChanged)
    if isinstance(widget, QLineEdit):
        return Field(widget.text, lambda value: widget.setText(str(value)), widget.textChanged)
    if isinstance(widget, QDateEdit):
        edit = widget
        return Field(lambda: edit.date().toString(Qt.DateFormat.ISODate),
                     lambda value: edit.setDate(QDate.fromString(str(value),
                                                                 Qt.DateFormat.ISODate)),
                     edit.dateChanged)
    if isinstance(widget, QCheckBox):
        return Field(widget.isChecked, lambda value: widget.setChecked(bool(value)),
                     widget.toggled)
    raise TypeError(f"cannot remember a {type(widget).__name__}")


def remember_filters(ctx: Any, person: str, name: str,
                     fields: dict[str, QWidget | Field]) -> None:
    """The one call that makes a list page's filters come back as `person` last left them on
    this PC (page `name`): each field is put back now (which runs the page's reaction to it) and
    saved whenever it changes. A saved value the field no longer offers is left out."""
    config_dir = config_dir_of(ctx)
    if config_dir is None:
        return
    state = WindowState(config_dir)
    chosen = {key: value if isinstance(value, Field) else field(value)
              for key, value in fields.items()}
    saved = state.filters(person, name)
    for key, remembered in chosen.items():
        if key in saved and saved[key] != remembered.get():
            remembered.put(saved[key])

    def save() -> None:
        state.save_filters(person, name, {key: f.get() for key, f in chosen.items()})

    for remembered in chosen.values():
        remembered.changed.connect(lambda *_: save())
