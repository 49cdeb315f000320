"""The table model of the sessions log: one row per SessionInfo of the page shown.

Sorting is done by the service (`list_sessions(sort=...)`, over all pages), so each column
names its server sort key; columns without one cannot be sorted. SORT_ROLE still gives the raw
value (seconds, datetimes) for anyone who sorts a copy locally.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QFont

from timedesk.clockify.views import SessionInfo
from timedesk.durations import hours_minutes
from timedesk.ui.appearance import themed
from timedesk.ui.clockify.sessions_format import (
    MUTED_COLOUR,
    NO_VALUE,
    OVERTIME_COLOUR,
    RUNNING_COLOUR,
    elapsed_seconds,
    end_text,
    local_time,
    project_text,
    status_title,
    user_name,
    utc_now,
)

SORT_ROLE = Qt.ItemDataRole.UserRole
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    sort: str | None  # the key of timedesk.clockify.queries.SORTS, None: not sortable


COLUMNS = [
    Column("user", lambda: Q.translate("ClockifySessions", "User"), "user"),
    Column("description", lambda: Q.translate("ClockifySessions", "Description"), None),
    Column("project", lambda: Q.translate("ClockifySessions", "Project"), "project"),
    Column("task", lambda: Q.translate("ClockifySessions", "Task"), None),
    Column("start", lambda: Q.translate("ClockifySessions", "Start"), "start"),
    Column("end", lambda: Q.translate("ClockifySessions", "End"), "end"),
    Column("duration", lambda: Q.translate("ClockifySessions", "Duration"), "duration"),
    Column("status", lambda: Q.translate("ClockifySessions", "Status"), "status"),
    Column("overtime", lambda: Q.translate("ClockifySessions", "Overtime"), None),
    Column("edits", lambda: Q.translate("ClockifySessions", "Edits"), "edits"),
]
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}
RIGHT = {"duration", "edits"}
CENTRE = {"overtime"}


class SessionsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SessionInfo] = []
        self.last_inserted: list[int] = []  # the rows the last set_rows inserted in place
        self.now: Callable[[], datetime] = utc_now  # tests move the clock

    # -- content -----------------------------------------------------------------------------
    def set_rows(self, rows: list[SessionInfo]) -> bool:
        """Show `rows`; returns whether the model was reset.

        A live refresh of page 1 (new sessions on top, the oldest falling off the end, some
        rows edited) is applied in place: the rows gone are removed, the new ones inserted and
        only the rows that changed repainted, so the view keeps its selection and scroll and
        repaints a few rows instead of the whole page. Only when the sessions kept are in
        another order (a new sort, a start time edited) is the model reset."""
        self.last_inserted = []
        new_ids = [r.id for r in rows]
        kept = set(new_ids).intersection(r.id for r in self.rows)
        if not rows and not self.rows:
            return False
        if not kept or ([i for i in new_ids if i in kept]
                        != [r.id for r in self.rows if r.id in kept]):
            self.beginResetModel()
            self.rows = list(rows)
            self.endResetModel()
            return True
        number = len(self.rows)
        while number > 0:  # remove blocks of the rows gone, last block first
            number -= 1
            if self.rows[number].id in kept:
                continue
            last = number
            while number > 0 and self.rows[number - 1].id not in kept:
                number -= 1
            self.beginRemoveRows(QModelIndex(), number, last)
            del self.rows[number:last + 1]
            self.endRemoveRows()
        number = 0  # now self.rows[:number] == rows[:number]
        while number < len(rows):
            if rows[number].id in kept:
                if self.rows[number] != rows[number]:
                    self.rows[number] = rows[number]
                    self._row_changed(number)
                number += 1
                continue
            end = number
            while end < len(rows) and rows[end].id not in kept:
                end += 1
            self.beginInsertRows(QModelIndex(), number, end - 1)
            self.rows[number:number] = rows[number:end]
            self.endInsertRows()
            self.last_inserted.extend(range(number, end))
            number = end
        return False

    def replace(self, info: SessionInfo) -> bool:
        """Put a fresher copy of a session shown (after a decision); False if it is not shown."""
        for number, row in enumerate(self.rows):
            if row.id == info.id:
                self.rows[number] = info
                self._row_changed(number)
                return True
        return False

    def row_of(self, session_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == session_id), None)

    def tick(self) -> int:
        """Repaint the duration of running sessions (no query); returns how many."""
        column = COLUMN["duration"]
        running = [n for n, r in enumerate(self.rows) if r.running]
        for number in running:
            cell = self.index(number, column)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])
        return len(running)

    def has_running(self) -> bool:
        return any(r.running for r in self.rows)

    def _row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(info, key)
        if role == SORT_ROLE:
            return self.value(info, key)
        if role == SESSION_ROLE:
            return info
        if role == STATUS_ROLE:
            return info.status
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(info, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if key in RIGHT else
                          Qt.AlignmentFlag.AlignHCenter if key in CENTRE else
                          Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = (MUTED_COLOUR if info.deleted else RUNNING_COLOUR
                      if key in ("end", "duration") and info.running else OVERTIME_COLOUR
                      if key == "overtime" else None)
            return QColor(themed(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and info.deleted and key != "status":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def text(self, info: SessionInfo, key: str) -> str:
        if key == "user":
            return user_name(info)
        if key == "description":
            return info.description.replace("\n", " ")
        if key == "project":
            return project_text(info)
        if key == "task":
            return info.task_name or ""
        if key == "start":
            return local_time(info.start)
        if key == "end":
            return end_text(info)
        if key == "duration":
            return hours_minutes(elapsed_seconds(info, self.now()), missing=NO_VALUE)
        if key == "status":
            return status_title(info.status)
        if key == "overtime":
            return self.tr("Yes") if info.overtime else ""
        if key == "edits":
            return str(info.edits)
        return ""

    def value(self, info: SessionInfo, key: str) -> Any:
        """The value behind a cell, as it compares (numbers and datetimes, not text)."""
        values = {"start": info.start, "end": info.end, "edits": info.edits,
                  "duration": elapsed_seconds(info, self.now()), "overtime": info.overtime,
                  "status": info.status}
        return values[key] if key in values else self.text(info, key).lower()

    def _tooltip(self, info: SessionInfo, key: str) -> str | None:
        if info.deleted:
            return self.tr("Deleted in Clockify on {when}").format(
                when=local_time(info.deleted_at))
        if key == "description":  # the whole text, its lines kept
            return info.description.strip() or None
        if key in ("user", "project", "task"):
            return self.text(info, key) or None
        if key == "end" and info.end is not None:
            return local_time(info.end)
        if key in ("start", "end", "duration") and (info.start, info.end) != (
                info.valid_start, info.valid_end):
            return self.tr("Valid times: {start} – {end} ({duration})").format(
                start=local_time(info.valid_start), end=local_time(info.valid_end),
                duration=hours_minutes(info.valid_duration_seconds, missing=NO_VALUE))
        if key == "status" and info.observation:
            return info.observation
        return None
