"""The "new report" form: period (presets or two dates), employee / office / department filters
(from the cached Sesame catalogue), grouping, break policy, format, language and folder.
`request()` turns it into a timedesk.sesame.service.ReportRequest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.errors import ValidationError
from timedesk.office import period
from timedesk.sesame.service import ReportRequest
from timedesk.ui.formats import setup_picker
from timedesk.ui.sesame.choice_list import ChoiceList
from timedesk.ui.widgets import role_label, short_path

PRESETS = ("this_week", "last_week", "this_month", "last_month")
CUSTOM = "custom"
def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportForm(QWidget):
    changed = Signal()

    def __init__(self, reports_dir: Path, language: str = "es", breaks: str = "absorb",
                 today: Callable[[], date] = date.today, week_start: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports_dir, self._today, self._week_start = Path(reports_dir), today, week_start
        self.folder_dialog: QFileDialog | None = None
        self.period = QComboBox()
        self.period.setObjectName("sesamePeriod")
        for key, text in zip((*PRESETS, CUSTOM), (
                self.tr("This week"), self.tr("Last week"), self.tr("This month"),
                self.tr("Last month"), self.tr("Custom period")), strict=False):
            self.period.addItem(text, key)
        self.date_from, self.date_to = self._date_edit("sesameFrom"), self._date_edit("sesameTo")
        self.employees = ChoiceList(self.tr("Employees"), self.tr(
            "No employee list yet: press “Refresh lists” to load it from Sesame."))
        self.employees.setObjectName("sesameEmployees")
        self.offices = ChoiceList(self.tr("Offices"), self.tr("No office list yet."))
        self.offices.setObjectName("sesameOffices")
        self.departments = ChoiceList(self.tr("Departments"), self.tr("No department list yet."))
        self.departments.setObjectName("sesameDepartments")
        self.lists_state = role_label(self.tr("Filters: nothing ticked in a list means all "
                                              "of it."), "hint")
        self.lists_state.setObjectName("sesameListsState")
        self.refresh_button = QPushButton(self.tr("Refresh lists"))
        self.refresh_button.setObjectName("sesameRefreshLists")
        self.refresh_button.setToolTip(self.tr("Read employees, offices, departments and "
                                               "activities from Sesame again"))
        self.group_by = self._combo("sesameGroupBy", (
            ("employee", self.tr("By employee")), ("group", self.tr("By group")),
            ("activity", self.tr("By activity"))))
        self.breaks = self._combo("sesameBreaks", (
            ("absorb", self.tr("Count breaks as work")),
            ("exclude", self.tr("Leave breaks out (Breaks column)"))))
        self.breaks.setCurrentIndex(max(0, self.breaks.findData(breaks)))
        self.fmt = self._combo("sesameFormat", (("xlsx", self.tr("Excel (XLSX)")),
                                                ("csv", self.tr("CSV"))))
        self.lang = self._combo("sesameLanguage", (("es", "Español"), ("en", "English")))
        self.lang.setCurrentIndex(max(0, self.lang.findData(language)))
        self.cross_check = QCheckBox(self.tr("Compare the totals with Sesame's own report"))
        self.cross_check.setObjectName("sesameCrossCheck")
        self.folder = QLineEdit(short_path(str(self._reports_dir)))
        self.folder.setObjectName("sesameFolder")
        self.folder.setReadOnly(True)
        self.folder.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.folder.setToolTip(str(self._reports_dir))
        self._folder_path = self._reports_dir
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.setObjectName("sesameChooseFolder")
        self._build_layout()
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.folder_button.clicked.connect(self.choose_folder)
        self.date_from.dateChanged.connect(lambda *_: self.changed.emit())
        self.date_to.dateChanged.connect(lambda *_: self.changed.emit())
        self._period_chosen()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = setup_picker(QDateEdit())
        edit.setObjectName(name)
        edit.setMinimumWidth(120)
        return edit

    @staticmethod
    def _combo(name: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for key, text in items:
            combo.addItem(text, key)
        return combo

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        period = QHBoxLayout()
        period.setSpacing(8)
        period.addWidget(self.period)
        period.addSpacing(4)
        period.addWidget(QLabel(self.tr("from")))
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        folder = QHBoxLayout()
        folder.setSpacing(8)
        folder.addWidget(self.folder, 1)
        folder.addWidget(self.folder_button)
        cells: list[tuple[int, int, str, Any]] = [
            (0, 0, self.tr("Period:"), period), (0, 2, self.tr("Grouping:"), self.group_by),
            (1, 0, self.tr("Save in:"), folder), (1, 2, self.tr("Breaks:"), self.breaks),
            (2, 2, self.tr("Format:"), self.fmt)]
        for row, column, title, item in cells:
            grid.addWidget(QLabel(title), row, column)
            if isinstance(item, QWidget):
                grid.addWidget(item, row, column + 1)
            else:
                grid.addLayout(item, row, column + 1)
        options = QHBoxLayout()
        options.addWidget(self.cross_check)
        options.addStretch(1)
        options.addSpacing(12)
        options.addWidget(QLabel(self.tr("Language:")))
        options.addSpacing(4)
        options.addWidget(self.lang)
        grid.addLayout(options, 2, 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setColumnMinimumWidth(2, 0)
        lists = QHBoxLayout()
        lists.setSpacing(12)
        for widget in (self.employees, self.offices, self.departments):
            lists.addWidget(widget, 1)
        state = QHBoxLayout()
        state.addWidget(self.lists_state, 1)
        state.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(4)
        layout.addLayout(state)
        layout.addLayout(lists)

    # -- period ------------------------------------------------------------------------------
    def _period_chosen(self, *_: object) -> None:
        key = self.period.currentData()
        custom = key == CUSTOM
        if not custom:
            first, last = period(key, self._today(), self._week_start)
            for edit, day in ((self.date_from, first), (self.date_to, last)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.date_from.setEnabled(custom and self.isEnabled())
        self.date_to.setEnabled(custom and self.isEnabled())
        self.changed.emit()

    def set_period(self, key: str, first: date | None = None, last: date | None = None) -> None:
        self.period.setCurrentIndex(self.period.findData(key))
        if key == CUSTOM and first is not None and last is not None:
            self.date_from.setDate(_qdate(first))
            self.date_to.setDate(_qdate(last))

    def dates(self) -> tuple[date, date]:
        key = self.period.currentData()
        if key != CUSTOM:  # recomputed: a form left open overnight still means "this week"
            return period(key, self._today(), self._week_start)
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    # -- catalogue ---------------------------------------------------------------------------
    def set_lists(self, employees: Sequence[tuple[str, str]],
                  offices: Sequence[tuple[str, str]],
                  departments: Sequence[tuple[str, str]]) -> None:
        self.employees.set_choices(employees)
        self.offices.set_choices(offices)
        self.departments.set_choices(departments)

    # -- folder ------------------------------------------------------------------------------
    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Folder for the reports"), str(self._folder_path))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda chosen: self.set_folder(Path(chosen)))
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.folder_dialog = dialog
        dialog.open()  # never exec() inside the qasync loop
        return dialog

    def set_folder(self, folder: Path) -> None:
        self._folder_path = Path(folder)
        self.folder.setText(short_path(str(self._folder_path)))
        self.folder.setToolTip(str(self._folder_path))

    # -- the request -------------------------------------------------------------------------
    def request(self) -> ReportRequest:
        """The report the form describes; ValidationError when the period is backwards."""
        first, last = self.dates()
        if first > last:
            raise ValidationError(self.tr("The period ends before it starts."),
                                  self.tr("Choose a “to” date on or after the “from” date."))
        fmt = self.fmt.currentData()
        out = None
        if self._folder_path != self._reports_dir:  # named as the service names its own
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            out = self._folder_path / f"sesame_{first}_{last}_{stamp}.{fmt}"
        return ReportRequest(
            date_from=first, date_to=last, group_by=self.group_by.currentData(),
            breaks=self.breaks.currentData(), employee_ids=self.employees.selected_ids(),
            office_ids=self.offices.selected_ids(),
            department_ids=self.departments.selected_ids(), fmt=fmt,
            lang=self.lang.currentData(), out=out, cross_check=self.cross_check.isChecked())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.period, self.employees, self.offices, self.departments,
                       self.refresh_button, self.group_by, self.breaks, self.fmt, self.lang,
                       self.cross_check, self.folder_button):
            widget.setEnabled(not busy)
        custom = self.period.currentData() == CUSTOM
        self.date_from.setEnabled(custom and not busy)
        self.date_to.setEnabled(custom and not busy)
