"""The Reports tab: the form of a new Sesame attendance report, Generate (a job off the GUI
thread, with progress and Cancel), its outcome, and the reports generated before."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor, Permission
from timedesk.errors import ValidationError
from timedesk.jobs import Job, JobCancelled, Progress
from timedesk.office import week_start
from timedesk.sesame.service import generate_report, sesame_connected
from timedesk.ui.empty_state import EmptyState
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_time_text
from timedesk.ui.i18n import choose_language
from timedesk.ui.navigation import open_settings_section
from timedesk.ui.sesame import desktop
from timedesk.ui.sesame.report_form import ReportForm
from timedesk.ui.sesame.report_history import ReportHistory
from timedesk.ui.sesame.report_lists import load_lists
from timedesk.ui.sesame.report_run import RunPanel
from timedesk.ui.tabs import register_tab
from timedesk.ui.tasks import BackgroundTask, run_in_background
from timedesk.ui.widgets import primary_button, show_message

log = logging.getLogger(__name__)


class ReportsTab(QScrollArea):
    def __init__(self, ctx: Any, actor: Actor, services: Any,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.job: Job | None = None  # the report being generated
        self.last_run: BackgroundTask | None = None
        self.last_lists: BackgroundTask | None = None
        self.form = ReportForm(ctx.paths.reports_dir,
                               language=choose_language(ctx.settings["ui.language"]),
                               breaks=ctx.settings["sesame.breaks"], today=today,
                               week_start=week_start(ctx.settings))
        self.generate_button = primary_button(self.tr("Generate report"))
        self.generate_button.setObjectName("sesameGenerate")
        self.run = RunPanel()
        self.history = ReportHistory(ctx, actor, services.jobs)
        self.not_connected = EmptyState(
            self.tr("Sesame is not connected: reports read the work entries of your company's "
                    "Sesame account. Store its API token first (or turn on the demo company, "
                    "setting sesame.demo)."),
            self.tr("Connect Sesame…"), self.connect_sesame)
        self.not_connected.setObjectName("sesameNotConnected")
        self.not_connected.hide()
        self.last_check: BackgroundTask | None = None
        self._build_layout()
        self.generate_button.clicked.connect(self.start_generate)
        self.run.cancel_requested.connect(self.cancel)
        self.run.open_file_button.clicked.connect(
            lambda: self.run.report_path and desktop.open_file(self.run.report_path))
        self.run.open_folder_button.clicked.connect(
            lambda: self.run.report_path and desktop.open_folder(self.run.report_path))
        self.form.refresh_button.clicked.connect(lambda: self.reload_lists(refresh=True))

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
        layout.addWidget(self.not_connected)
        layout.addWidget(new)
        layout.addWidget(old, 1)
        self.setWidget(page)

    # -- is there a Sesame to read? ----------------------------------------------------------
    def check_connection(self) -> BackgroundTask:
        """Show "Connect Sesame first" while neither a token nor the demo company is there
        (read off the GUI thread: the OS keyring may take a while)."""
        ctx = self._ctx
        self.last_check = run_in_background(
            self, lambda progress: sesame_connected(ctx.settings, ctx.secrets),
            lambda connected: self.not_connected.setVisible(not connected),
            lambda exc: log.warning("could not tell whether Sesame is connected: %s", exc),
            jobs=self._jobs, title=self.tr("Checking the Sesame connection"))
        return self.last_check

    def connect_sesame(self) -> bool:
        """Where Sesame is connected (Settings › Integrations › Sesame Time)."""
        return open_settings_section(self, "sesame")

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.check_connection()  # a token stored meanwhile makes the notice go

    # -- lists -------------------------------------------------------------------------------
    def reload_lists(self, refresh: bool = False) -> BackgroundTask:
        """Show the employees, offices and departments to filter by: the cached catalogue, or
        (`refresh`) read again from Sesame, off the GUI thread."""
        ctx, actor, form = self._ctx, self._actor, self.form
        form.refresh_button.setEnabled(False)
        if refresh:
            show_message(form.lists_state, self.tr("Reading the lists from Sesame…"), "hint")

        def failed(exc: BaseException) -> None:
            form.refresh_button.setEnabled(self.job is None)
            if not isinstance(exc, JobCancelled):
                show_error(form.lists_state, exc, self.tr("The lists could not be read:"))

        self.last_lists = run_in_background(
            self, lambda progress: load_lists(ctx, actor, refresh=refresh), self._show_lists,
            failed, jobs=self._jobs, title=self.tr("Refreshing the Sesame lists") if refresh
            else self.tr("Loading the Sesame lists"))
        return self.last_lists

    def _show_lists(self, lists: Any) -> None:
        form = self.form
        form.refresh_button.setEnabled(self.job is None)
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
                    when=date_time_text(lists.fetched_at)), "hint")

    # -- generating --------------------------------------------------------------------------
    def start_generate(self) -> BackgroundTask | None:
        """Generate from a click: the form locks at once, the report is written off the GUI
        thread with its progress shown. None when the form is refused (the outcome says why)."""
        if self.last_run is not None and not self.last_run.finished:
            return self.last_run
        try:
            request = self.form.request()
        except ValidationError as exc:
            self.run.show_failed(exc)
            return None
        ctx, actor = self._ctx, self._actor
        self._set_running(True)
        self.run.show_running()
        self.last_run = run_in_background(
            self, lambda progress: generate_report(ctx, actor, request, progress),
            self._generated, self._not_generated, self._progress, jobs=self._jobs,
            title=self.tr("Sesame report"))
        self.job = self.last_run.job
        return self.last_run

    def _generated(self, report: Any) -> None:
        self._finished()
        self.run.show_done(report)
        self.history.reload()

    def _not_generated(self, exc: BaseException) -> None:
        self._finished()
        if isinstance(exc, JobCancelled):
            self.run.show_cancelled()
        else:
            self.run.show_failed(exc)

    def _finished(self) -> None:
        self.job = None
        self._set_running(False)

    def cancel(self) -> None:
        if self.job is not None:
            self._jobs.cancel(self.job)

    def _progress(self, progress: Progress) -> None:
        self.run.show_progress(progress.done, progress.total, progress.phase)

    def _set_running(self, running: bool) -> None:
        self.form.set_busy(running)
        self.generate_button.setEnabled(not running)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> ReportsTab:
        tab = cls(ctx, actor, services)
        tab.reload_lists()
        tab.history.reload()
        return tab


register_tab("sesame_reports", lambda: QCoreApplication.translate("Tabs", "Reports"),
             Permission.SESAME_REPORT, ReportsTab.build, order=30)
