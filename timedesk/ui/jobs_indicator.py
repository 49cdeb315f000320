"""The status-bar face of the job runner: the running job's title, a progress bar and Cancel.

It listens to the runner (whose dispatcher brings calls to the GUI thread) and shows the oldest
running job, plus how many others wait.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from timedesk.jobs import FINISHED, Job, JobRunner

TITLE_WIDTH = 170  # pixels; the tooltip has the whole text


class JobsIndicator(QWidget):
    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._jobs: list[Job] = []
        self.title = QLabel()
        self.title.setObjectName("jobTitle")
        self.title.setMinimumWidth(40)
        self.bar = QProgressBar()
        self.bar.setFixedWidth(100)
        self.bar.setTextVisible(False)
        self.more = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("jobCancel")
        self.cancel_button.clicked.connect(self.cancel_shown_job)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.title, self.bar, self.more, self.cancel_button):
            layout.addWidget(widget)
        remove = runner.add_listener(self.on_job_event)
        self.destroyed.connect(lambda *_: remove())
        self._refresh()

    def shown_job(self) -> Job | None:
        return self._jobs[0] if self._jobs else None

    def on_job_event(self, kind: str, job: Job) -> None:
        if kind == FINISHED:
            self._jobs = [j for j in self._jobs if j is not job]
        elif job not in self._jobs:
            self._jobs.append(job)
        self._refresh()

    def cancel_shown_job(self) -> None:
        job = self.shown_job()
        if job is not None:
            self._runner.cancel(job)
            self._refresh()

    def _refresh(self) -> None:
        job = self.shown_job()
        self.setVisible(job is not None)
        if job is None:
            return
        progress = job.progress
        cancelling = progress.cancelled
        self.cancel_button.setEnabled(not cancelling)
        text = job.title if not progress.message else f"{job.title}: {progress.message}"
        if cancelling:
            text = self.tr("Cancelling {title}…").format(title=job.title)
        self.title.setToolTip(text)
        self.title.setText(self.title.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, TITLE_WIDTH))
        if progress.total > 0:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        else:
            self.bar.setRange(0, 0)  # unknown length: a busy bar
        others = len(self._jobs) - 1
        self.more.setText(self.tr("+{count} more").format(count=others) if others else "")
        self.more.setVisible(bool(others))
