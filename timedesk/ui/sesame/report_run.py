"""The strip under the form: the running report (what it is doing, a progress bar, Cancel) and
then its outcome (the file, rows, total time, Open file / Open folder, or what went wrong)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.sesame.service import ReportPhase
from timedesk.ui.errors import show_error
from timedesk.ui.formats import worked_clock
from timedesk.ui.widgets import role_label, short_path, show_message


def number(value: int) -> str:
    """An integer with the interface language's thousands separator (1,184 / 1.184)."""
    return QLocale().toString(int(value))


class RunPanel(QFrame):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sesameRun")
        self.report_path: Path | None = None
        self.phase = QLabel()
        self.phase.setObjectName("sesamePhase")
        self.bar = QProgressBar()
        self.bar.setObjectName("sesameProgress")
        self.bar.setTextVisible(False)
        self.bar.setMinimumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("sesameCancel")
        self.outcome = role_label("", "hint")
        self.outcome.setObjectName("sesameOutcome")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures = role_label("", "hint")
        self.figures.setObjectName("sesameFigures")
        self.open_file_button = QPushButton(self.tr("Open file"))
        self.open_file_button.setObjectName("sesameOpenFile")
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setObjectName("sesameOpenFolder")
        self.running_row = QWidget()
        running = QHBoxLayout(self.running_row)
        running.setContentsMargins(0, 0, 0, 0)
        running.addWidget(self.phase, 1)
        running.addWidget(self.bar, 1)
        running.addWidget(self.cancel_button)
        self.outcome_row = QWidget()
        outcome = QHBoxLayout(self.outcome_row)
        outcome.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.outcome)
        texts.addWidget(self.figures)
        outcome.addLayout(texts, 1)
        outcome.addWidget(self.open_file_button, 0, Qt.AlignmentFlag.AlignTop)
        outcome.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.running_row)
        layout.addWidget(self.outcome_row)
        self.cancel_button.clicked.connect(self._cancel)
        self.show_idle()

    # -- states ------------------------------------------------------------------------------
    def show_idle(self) -> None:
        self.running_row.hide()
        self._outcome(self.tr("Choose the period and the filters, then press Generate."),
                      "hint")

    def show_running(self) -> None:
        self.report_path = None
        self.outcome_row.hide()
        self.running_row.show()
        self.cancel_button.setEnabled(True)
        self.show_progress(0, 0, "")

    def show_progress(self, done: int, total: int, phase: str) -> None:
        """The service's Progress: `phase` a ReportPhase ("" : preparing)."""
        if phase == ReportPhase.PAGES and total > 0:
            text = self.tr("Reading from Sesame: page {done} of {total}").format(
                done=done, total=total)
        elif phase == ReportPhase.PAGES:
            text = self.tr("Reading from Sesame…")
        elif phase == ReportPhase.CATALOGUES:
            text = self.tr("Reading employees and activities from Sesame…")
        elif phase == ReportPhase.TOTALS:
            text = self.tr("Reading Sesame's own totals to compare…")
        elif phase == ReportPhase.ROWS and total > 0:
            text = self.tr("Writing the report: row {done} of {total}").format(
                done=number(done), total=number(total))
        elif phase == ReportPhase.ROWS:
            text = self.tr("Writing the report…")
        else:
            text = self.tr("Preparing the report…")
        if self.cancel_button.isEnabled():
            self.phase.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)  # unknown length: a busy bar

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.phase.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def show_done(self, report: Any) -> None:
        self.running_row.hide()
        self.report_path = Path(report.path)
        # the file's name only (a whole path does not fit a window); the tooltip has the path,
        # Open folder shows where
        self._outcome(self.tr("Report ready: {path}").format(path=self.report_path.name),
                      "success", files=True)
        self.outcome.setToolTip(short_path(str(report.path)))
        figures = self.tr("Rows: {rows} · Employees: {employees} · Total time: {total}").format(
            rows=number(report.rows), employees=number(report.employees),
            total=worked_clock(report.total_seconds))
        differences = report.differences
        if differences:
            figures += " · " + self.tr("Sesame's own totals differ on {count} day(s)").format(
                count=len(differences))
        elif differences is not None:
            figures += " · " + self.tr("Sesame's own totals agree")
        show_message(self.figures, figures, "hint")

    def show_failed(self, exc: BaseException) -> None:
        """What went wrong and what to do, after "No report was written."."""
        self.running_row.hide()
        self._outcome("", "hint")
        show_error(self.outcome, exc, self.tr("No report was written."))

    def show_cancelled(self) -> None:
        self.running_row.hide()
        self._outcome(self.tr("Report cancelled; no file was written."), "hint")

    def _outcome(self, text: str, role: str, *, files: bool = False) -> None:
        self.outcome.setToolTip("")
        show_message(self.outcome, text, role)
        show_message(self.figures, "", "hint")
        self.open_file_button.setVisible(files)
        self.open_folder_button.setVisible(files)
        self.outcome_row.show()
