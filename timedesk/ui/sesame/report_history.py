"""The reports generated before (newest first, as many as sesame.keep_reports): open a file,
its folder, or delete one (the file too) after a confirmation opened with `open()`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor
from timedesk.jobs import JobCancelled, JobRunner
from timedesk.sesame.service import delete_generated_report, list_generated_reports
from timedesk.ui.clockify.admin_table import Column, RowsModel, rows_table, selected_row
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_time_text, period_text, worked_clock
from timedesk.ui.sesame import desktop
from timedesk.ui.sesame.report_run import number
from timedesk.ui.tasks import BackgroundTask, run_in_background
from timedesk.ui.widgets import confirm, role_label, show_message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HistoryRow:
    report: Any  # timedesk.sesame.service.GeneratedReport
    exists: bool


def load_history(ctx: Any, actor: Actor) -> list[HistoryRow]:
    """The generated reports and whether each file is still there. Blocking."""
    return [HistoryRow(r, Path(r.path).exists()) for r in list_generated_reports(ctx, actor)]


class ReportHistory(QWidget):
    def __init__(self, ctx: Any, actor: Actor, jobs: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._jobs = ctx, actor, jobs
        self.confirm: QMessageBox | None = None
        self.last_load: BackgroundTask | None = None
        self.last_delete: BackgroundTask | None = None
        self.model = RowsModel([
            Column(lambda: self.tr("Generated"), lambda h: date_time_text(h.report.created_at),
                   sort=lambda h: h.report.created_at),
            Column(lambda: self.tr("Period"), self._period_text,
                   sort=lambda h: h.report.date_from),
            Column(lambda: self.tr("File"), self._file_text, tooltip=lambda h: str(h.report.path)),
            Column(lambda: self.tr("Format"), lambda h: h.report.fmt.upper()),
            Column(lambda: self.tr("Rows"), lambda h: number(h.report.rows),
                   sort=lambda h: h.report.rows, align_right=True),
            Column(lambda: self.tr("Employees"), lambda h: number(h.report.employees),
                   sort=lambda h: h.report.employees, align_right=True),
            Column(lambda: self.tr("Total time"), lambda h: worked_clock(h.report.total_seconds),
                   sort=lambda h: h.report.total_seconds, align_right=True),
        ])
        self.table = rows_table(self.model, "sesameHistory", stretch=2)
        self.table.setMinimumHeight(72)
        self.status = role_label("", "hint")
        self.status.setObjectName("sesameHistoryStatus")
        self.open_file_button = QPushButton(self.tr("Open file"))
        self.open_file_button.setObjectName("sesameHistoryOpenFile")
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setObjectName("sesameHistoryOpenFolder")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("sesameHistoryDelete")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.open_file_button, self.open_folder_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.open_file_button.clicked.connect(self.open_selected_file)
        self.open_folder_button.clicked.connect(self.open_selected_folder)
        self.delete_button.clicked.connect(self.ask_delete)
        self.table.activated.connect(lambda *_: self.open_selected_file())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    @staticmethod
    def _period_text(row: HistoryRow) -> str:
        first, last = row.report.date_from, row.report.date_to
        if first is None or last is None:
            return ""
        return period_text(first, last)

    def _file_text(self, row: HistoryRow) -> str:
        name = Path(row.report.path).name
        return name if row.exists else self.tr("{name} (file no longer there)").format(name=name)

    def selected(self) -> HistoryRow | None:
        return selected_row(self.table, self.model)

    def _update_buttons(self, *_: Any) -> None:
        row = self.selected()
        self.open_file_button.setEnabled(row is not None and row.exists)
        self.open_folder_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    # -- loading -----------------------------------------------------------------------------
    def reload(self, note: str = "") -> BackgroundTask:
        """List the reports again off the GUI thread; `note` (a success message) replaces the
        count line."""
        ctx, actor = self._ctx, self._actor

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, JobCancelled):
                show_error(self.status, exc, self.tr("Cannot list the reports:"))

        self.last_load = run_in_background(
            self, lambda progress: load_history(ctx, actor),
            lambda rows: self.show_rows(rows, note), failed, jobs=self._jobs,
            title=self.tr("Loading the generated reports"))
        return self.last_load

    def show_rows(self, rows: list[HistoryRow], note: str = "") -> None:
        self.model.set_rows(rows)
        text = (self.tr("No report generated yet.") if not rows else
                self.tr("1 report.") if len(rows) == 1 else
                self.tr("{count} reports, newest first.").format(count=len(rows)))
        show_message(self.status, note or text, "success" if note else "hint")
        self._update_buttons()

    # -- opening -----------------------------------------------------------------------------
    def open_selected_file(self) -> None:
        row = self.selected()
        if row is not None and row.exists:
            desktop.open_file(Path(row.report.path))

    def open_selected_folder(self) -> None:
        row = self.selected()
        if row is not None:
            desktop.open_folder(Path(row.report.path))

    # -- deleting ----------------------------------------------------------------------------
    def ask_delete(self) -> QMessageBox | None:
        row = self.selected()
        if row is None:
            return None
        self.confirm = confirm(self, self.tr("Delete report"), self.tr(
            "Delete the report {name}? The file is deleted too.").format(
                name=Path(row.report.path).name), lambda: self.delete(row), "confirmDeleteReport")
        return self.confirm

    def delete(self, row: HistoryRow) -> BackgroundTask:
        """Delete `row`'s report and its file off the GUI thread, then list the reports again."""
        ctx, actor, report_id = self._ctx, self._actor, row.report.id
        deleted = self.tr("Report {name} deleted.").format(name=Path(row.report.path).name)
        self.last_delete = run_in_background(
            self, lambda progress: delete_generated_report(ctx, actor, report_id),
            lambda _result: self.reload(deleted), lambda exc: show_error(self.status, exc),
            jobs=self._jobs, title=self.tr("Deleting a report"))
        return self.last_delete
