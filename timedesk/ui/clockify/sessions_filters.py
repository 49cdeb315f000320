"""The filter bar of the sessions log: user, project, dates, status, overtime, deleted.

`changed` is emitted when a filter changes (typing in the project box waits TYPING_MS);
`session_filter()` turns the widgets into the service's SessionFilter. Dates are days in this
computer's time zone; "to" includes its whole day.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.clockify.queries import SessionFilter
from timedesk.clockify.views import UserInfo
from timedesk.ui.clockify.sessions_format import statuses
from timedesk.ui.formats import day_start as office_day_start
from timedesk.ui.formats import setup_picker

TYPING_MS = 350
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any"


def day_start(day: QDate) -> datetime:
    """Midnight of `day` in the office's time zone, as an aware datetime."""
    value = day.toPython()
    assert isinstance(value, date)  # QDate.toPython() is typed as object
    return office_day_start(value)


class SessionFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = QComboBox()
        self.user.setObjectName("filterUser")
        self.user.setMinimumContentsLength(14)
        self.user.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.user.addItem(self.tr("All users"), None)
        self.project = QLineEdit()
        self.project.setObjectName("filterProject")
        self.project.setPlaceholderText(self.tr("name or id"))
        self.project.setClearButtonEnabled(True)
        self.project.setMinimumWidth(130)
        self.project.setMaximumWidth(200)
        self.search = QLineEdit()
        self.search.setObjectName("filterSearch")
        self.search.setPlaceholderText(self.tr("E-mail, Clockify entry id or description"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.since = self._date_edit("filterSince")
        self.until = self._date_edit("filterUntil")
        self.status = QComboBox()
        self.status.setObjectName("filterStatus")
        self.status.addItem(self.tr("Any status"), None)
        for status, title in statuses():
            self.status.addItem(title, status)
        self.overtime = QCheckBox(self.tr("Overtime only"))
        self.overtime.setObjectName("filterOvertime")
        self.deleted = QCheckBox(self.tr("Show deleted"))
        self.deleted.setObjectName("filterDeleted")
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("filterClear")
        self.clear_button.setToolTip(self.tr("Show all sessions again"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_MS)
        self._typing.timeout.connect(self.changed.emit)
        self._quiet = False
        self._layout()
        self._connect()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = setup_picker(QDateEdit())
        edit.setObjectName(name)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        return edit

    def _layout(self) -> None:
        first = QHBoxLayout()
        first.setSpacing(6)
        for label, widget in ((self.tr("User"), self.user), (self.tr("Project"), self.project),
                              (self.tr("Status"), self.status), (self.tr("From"), self.since),
                              (self.tr("to"), self.until)):
            first.addWidget(QLabel(label))
            first.addWidget(widget)
            first.addSpacing(6)
        first.addStretch(1)
        second = QHBoxLayout()
        second.setSpacing(16)
        search = QHBoxLayout()
        search.setSpacing(6)
        search.addWidget(QLabel(self.tr("Search")))
        search.addWidget(self.search)
        second.addLayout(search)
        second.addWidget(self.overtime)
        second.addWidget(self.deleted)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(first)
        layout.addLayout(second)

    def _connect(self) -> None:
        for combo in (self.user, self.status):
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._emit)
        for box in (self.overtime, self.deleted):
            box.toggled.connect(self._emit)
        for line in (self.project, self.search):
            line.textChanged.connect(lambda _text: self._typing.start())
            line.returnPressed.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self._typing.stop()
            self.changed.emit()

    # -- values ------------------------------------------------------------------------------
    def session_filter(self) -> SessionFilter:
        since = self.since.date()
        until = self.until.date()
        return SessionFilter(
            user_id=self.user.currentData(),
            project=self.project.text().strip() or None,
            search=self.search.text().strip() or None,
            since=day_start(since) if since != NO_DATE else None,
            until=day_start(until.addDays(1)) if until != NO_DATE else None,
            status=self.status.currentData(),
            overtime=True if self.overtime.isChecked() else None,
            deleted=None if self.deleted.isChecked() else False)

    def set_users(self, users: list[UserInfo]) -> None:
        """Offer `users` (keeping the one chosen, if it is still there)."""
        chosen = self.user.currentData()
        self._quiet = True
        try:
            self.user.clear()
            self.user.addItem(self.tr("All users"), None)
            for user in users:
                self.user.addItem(user.name or user.clockify_id, user.id)
            found = self.user.findData(chosen) if chosen is not None else 0
            self.user.setCurrentIndex(max(0, found))
        finally:
            self._quiet = False
        if chosen is not None and self.user.currentData() != chosen:
            self.changed.emit()

    def set_dates(self, since: QDate | None, until: QDate | None) -> None:
        self.since.setDate(since or NO_DATE)
        self.until.setDate(until or NO_DATE)

    def clear(self) -> None:
        self._quiet = True
        try:
            self.user.setCurrentIndex(0)
            self.project.clear()
            self.search.clear()
            self.set_dates(None, None)
            self.status.setCurrentIndex(0)
            self.overtime.setChecked(False)
            self.deleted.setChecked(False)
        finally:
            self._quiet = False
        self._typing.stop()
        self.changed.emit()

