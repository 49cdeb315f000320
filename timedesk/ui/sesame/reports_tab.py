"""The Reports tab: the form of a new Sesame attendance report, Generate (a job off the GUI
thread, with progress and Cancel), its outcome, and the reports generated before."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor, Permission
from timedesk.errors import ValidationError
from timedesk.jobs import FINISHED, Job, JobCancelled
from timedesk.office import week_start
from timedesk.sesame.service import generate_report
from timedesk.ui.async_tools import running_loop, spawn
from timedesk.ui.errors import describe_error
from timedesk.ui.i18n import choose_language
from timedesk.ui.sesame import desktop
from timedesk.ui.sesame.report_form import ReportForm
from timedesk.ui.sesame.report_history import ReportHistory
from timedesk.ui.sesame.report_lists import load_lists
from timedesk.ui.sesame.report_run import RunPanel
from timedesk.ui.tabs import register_tab
from timedesk.ui.widgets import primary_button, show_message

log = logging.getLogger(__name__)


class ReportsTab(QScrollArea):
    def __init__(self, ctx: Any, actor: Actor, services: Any,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.job: Job | None = None
        self.last_run: asyncio.Task | None = None
        self.last_lists: asyncio.Task | None = None
        self.form = ReportForm(ctx.paths.reports_dir,
                               language=choose_language(ctx.settings["ui.language"]),
                               breaks=ctx.settings["sesame.breaks"], today=today,
                               week_start=week_start(ctx.settings))
        self.generate_button = primary_button(self.tr("Generate report"))
        self.generate_button.setObjectName("sesameGenerate")
        self.run = RunPanel()
        self.history = ReportHistory(ctx, actor, services.jobs)
        self._build_layout()
        self.generate_button.clicked.connect(self.start_generate)
        self.run.cancel_requested.connect(self.cancel)
        self.run.open_file_button.clicked.connect(
            lambda: self.run.report_path and desktop.open_file(self.run.report_path))
        self.run.open_folder_button.clicked.connect(
            lambda: self.run.report_path and desktop.open_folder(self.run.report_path))
        self.form.refresh_button.clicked.connect(lambda: self.reload_lists(refresh=True))
        remove = self._jobs.add_listener(self._on_job_event)
        self.destroyed.connect(lambda *_: remove())

    def _build_layout(self) -> None:
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        new = QGroupBox(self.tr("New report"))
        new.setObjectName("sesameNewReport")
        box = QVBoxLayout(new)
        box.addWidget(self.form)
        actions = QHBoxLayout()
        actions.addWidget(self.run, 1)
        actions.addSpacing(12)
        actions.addWidget(self.generate_button)
        box.addLayout(actions)
        old = QGroupBox(self.tr("Generated reports"))
        old.setObjectName("sesameGeneratedReports")
        QVBoxLayout(old).addWidget(self.history)
        page = QWidget()
        page.setObjectName("sesameReportsPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(new)
        layout.addWidget(old, 1)
        self.setWidget(page)

    # -- lists -------------------------------------------------------------------------------
    def reload_lists(self, refresh: bool = False):
        if running_loop() is None:
            return None
        self.last_lists = spawn(self._load_lists(refresh))
        return self.last_lists

    async def _load_lists(self, refresh: bool) -> None:
        ctx, actor, form = self._ctx, self._actor, self.form
        form.refresh_button.setEnabled(False)
        if refresh:
            show_message(form.lists_state, self.tr("Reading the lists from Sesame…"), "hint")
        try:
            lists = await self._jobs.run(Job(
                self.tr("Refreshing the Sesame lists") if refresh else
                self.tr("Loading the Sesame lists"),
                lambda progress: load_lists(ctx, actor, refresh=refresh)))
        except JobCancelled:
            lists, failure = None, None
        except Exception as exc:
            lists, failure = None, describe_error(exc)
        if not Shiboken.isValid(self):
            return
        form.refresh_button.setEnabled(self.job is None)
        if lists is None:
            if failure is not None:
                show_message(form.lists_state, self.tr("The lists could not be read: {what}")
                             .format(what=failure.text()), "error")
            return
        inactive = " (inactive)"  # the catalogue marks them in English
        employees = [(i, label[:-len(inactive)] + " " + self.tr("(inactive)")
                      if label.endswith(inactive) else label) for i, label in lists.employees]
        form.set_lists(employees, lists.offices, lists.departments)
        form.lists_state.setToolTip("")
        if lists.fetched_at is None:
            show_message(form.lists_state, self.tr(
                "The lists have not been read from Sesame yet; with nothing ticked the report "
                "takes everyone."), "hint")
        else:
            show_message(form.lists_state, self.tr(
                "Lists read from Sesame on {when}; nothing ticked means all.").format(
                    when=lists.fetched_at.astimezone().strftime("%d/%m/%Y %H:%M")), "hint")

    # -- generating --------------------------------------------------------------------------
    def start_generate(self):
        """Generate from a click: the form locks at once, the job starts on the loop."""
        if self.last_run is not None and not self.last_run.done():
            return self.last_run
        self._set_running(True)
        self.last_run = spawn(self.generate())
        return self.last_run

    async def generate(self) -> None:
        self._set_running(True)
        try:
            request = self.form.request()
        except ValidationError as exc:
            self._set_running(False)
            self.run.show_failed(describe_error(exc))
            return
        ctx, actor = self._ctx, self._actor
        job = Job(self.tr("Sesame report"),
                  lambda progress: generate_report(ctx, actor, request, progress))
        self.job = job
        self.run.show_running()
        try:
            report = await self._jobs.run(job)
        except JobCancelled:
            report, failure = None, None
        except Exception as exc:
            report, failure = None, describe_error(exc)
        if not Shiboken.isValid(self):
            return
        self.job = None
        self._set_running(False)
        if report is not None:
            self.run.show_done(report)
            self.history.reload()
        elif failure is not None:
            self.run.show_failed(failure)
        else:
            self.run.show_cancelled()

    def cancel(self) -> None:
        if self.job is not None:
            self._jobs.cancel(self.job)

    def _on_job_event(self, kind: str, job: Job) -> None:
        if job is not self.job or kind == FINISHED or not Shiboken.isValid(self):
            return
        progress = job.progress
        self.run.show_progress(progress.done, progress.total, progress.message)

    def _set_running(self, running: bool) -> None:
        self.form.set_busy(running)
        self.generate_button.setEnabled(not running)

    @classmethod
    def create(  # type: ignore[override]  # a tab factory, not QWidget.create
            cls, ctx: Any, actor: Actor, services: Any) -> ReportsTab:
        tab = cls(ctx, actor, services)
        tab.reload_lists()
        tab.history.reload()
        return tab


register_tab("sesame_reports", lambda: QCoreApplication.translate("Tabs", "Reports"),
             Permission.SESAME_REPORT, ReportsTab.create, order=30)
