"""The Clockify tab's Reports page: the report of a period (everyone or one user, XLSX or CSV,
Spanish or English) written by timedesk.clockify.reports as a job with progress, cancellable
from the jobs indicator; and, for people with clockify.manage, "send now" of the weekly or
monthly e-mailed reports of a finished week or month (timedesk.clockify.schedule)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.clockify.report_periods import MONTHLY, WEEKLY
from timedesk.clockify.reports import report_file_name, write_report
from timedesk.clockify.schedule import ScheduledReports, send_reports_now
from timedesk.clockify.users import list_users
from timedesk.clockify.views import UserInfo
from timedesk.jobs import Progress
from timedesk.office import PRESETS, office_zone, period, week_start
from timedesk.outputs import FORMATS
from timedesk.ui.errors import show_error
from timedesk.ui.formats import setup_picker
from timedesk.ui.punches.texts import preset_title
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import primary_button, role_label, show_message

CUSTOM = "custom"


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = setup_picker(QDateEdit(QDate(day.year, day.month, day.day)))
    edit.setObjectName(name)
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class ClockifyReportsPage(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.dialog: QFileDialog | None = None
        self.writing = False
        today = self.today()
        self.preset = QComboBox()
        self.preset.setObjectName("clockifyReportPeriod")
        for name in PRESETS:
            self.preset.addItem(preset_title(name), name)
        self.preset.addItem(self.tr("Other dates"), CUSTOM)
        self.start = _date_edit("clockifyReportFrom", today)
        self.end = _date_edit("clockifyReportTo", today)
        self.user = QComboBox()
        self.user.setObjectName("clockifyReportUser")
        self.user.addItem(self.tr("Everyone"), None)
        self.format = QComboBox()
        self.format.setObjectName("clockifyReportFormat")
        for fmt in FORMATS:
            self.format.addItem(fmt.upper(), fmt)
        self.language = QComboBox()
        self.language.setObjectName("clockifyReportLanguage")
        for lang, title in (("es", self.tr("Spanish")), ("en", self.tr("English"))):
            self.language.addItem(title, lang)
        self.language.setCurrentIndex(0)  # Spanish, as the command line and the API default
        self.write_button = primary_button(self.tr("Write report…"))
        self.write_button.setObjectName("clockifyReportWrite")
        self.status = role_label("", "hint")
        self.status.setObjectName("clockifyReportStatus")
        self.status.hide()
        self.send_kind = QComboBox()
        self.send_kind.setObjectName("clockifySendKind")
        self.send_kind.addItem(self.tr("The week of"), WEEKLY)
        self.send_kind.addItem(self.tr("The month of"), MONTHLY)
        self.send_day = _date_edit("clockifySendDay", today - timedelta(days=7))  # last week
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setObjectName("clockifySendNow")
        self.send_status = role_label("", "hint")
        self.send_status.setObjectName("clockifySendStatus")
        self.send_status.hide()
        self._build_layout()
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.preset.setCurrentIndex(self.preset.findData("last_month"))
        self.write_button.clicked.connect(self.ask_path)
        self.send_button.clicked.connect(self.send_now)

    def _build_layout(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.preset)
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), dates)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Language:"), self.language)
        report = QGroupBox(self.tr("Report of a period"))
        inner = QVBoxLayout(report)
        inner.addLayout(form)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.write_button)
        inner.addLayout(foot)
        send = QGroupBox(self.tr("E-mailed reports"))
        send_layout = QVBoxLayout(send)
        send_layout.addWidget(role_label(self.tr(
            "Each week and month the report goes by e-mail to every person with notices on and "
            "everyone's to the report recipients. Send those of a finished week or month again "
            "now:"), "hint"))
        row = QHBoxLayout()
        row.addWidget(self.send_kind)
        row.addWidget(self.send_day)
        row.addWidget(self.send_button)
        row.addStretch(1)
        send_layout.addLayout(row)
        send_layout.addWidget(self.send_status)
        send.setVisible(self._actor.can(Permission.CLOCKIFY_MANAGE))
        self.send_box = send
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)  # as every Clockify page
        layout.addWidget(report)
        layout.addWidget(send)
        layout.addStretch(1)

    def today(self) -> date:
        return datetime.now(office_zone(self._ctx.settings)).date()

    def _preset_changed(self, *_: Any) -> None:
        name = self.preset.currentData()
        custom = name == CUSTOM
        if not custom:
            first, last = period(name, self.today(), week_start(self._ctx.settings))
            self.start.setDate(QDate(first.year, first.month, first.day))
            self.end.setDate(QDate(last.year, last.month, last.day))
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)

    # -- loading -----------------------------------------------------------------------------
    def load_users(self) -> None:
        db, actor = self._ctx.db, self._actor
        run_in_background(self, lambda progress: list_users(db, actor, limit=1000).items,
                          self.show_users,
                          lambda exc: show_error(self.status, exc,
                                                 self.tr("Cannot load the users:")),
                          jobs=self._jobs, title=self.tr("Loading Clockify users"))

    def show_users(self, users: list[UserInfo]) -> None:
        chosen = self.user.currentData()
        while self.user.count() > 1:
            self.user.removeItem(1)
        for user in users:
            label = user.name or user.clockify_id
            self.user.addItem(f"{label} <{user.email}>" if user.email else label,
                              user.clockify_id)
        self.user.setCurrentIndex(max(0, self.user.findData(chosen)))

    # -- writing -----------------------------------------------------------------------------
    def ask_path(self) -> None:
        """Ask where to save (a dialog opened, never exec'd), then write the report there."""
        fmt = self.format.currentData()
        folder = Path(getattr(getattr(self._ctx, "paths", None), "reports_dir", Path.home()))
        name = report_file_name("report", _day(self.start), _day(self.end),
                                self.user.currentText() if self.user.currentData() else "all",
                                fmt)
        dialog = QFileDialog(self, self.tr("Write the Clockify report"), str(folder / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.fileSelected.connect(self.write_to)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def write_to(self, path: str | Path) -> None:
        """Write the report chosen on the page to `path` as a job with progress."""
        if self.writing:
            return
        ctx, actor = self._ctx, self._actor
        start, end, user = _day(self.start), _day(self.end), self.user.currentData()
        fmt, lang = self.format.currentData(), self.language.currentData()
        self.writing = True
        self.write_button.setEnabled(False)
        show_message(self.status, self.tr("Writing the report…"), "hint")

        def work(progress: Progress) -> Path:
            return write_report(ctx.db, actor, start=start, end=end, user=user, fmt=fmt,
                                lang=lang, out=Path(path), settings=ctx.settings,
                                progress=lambda done, total: progress.update(done, total),
                                cancel=lambda: progress.cancelled)

        def done(written: Path) -> None:
            self._written()
            show_message(self.status, self.tr("Report written to {path}").format(path=written),
                         "success")

        def failed(exc: BaseException) -> None:
            self._written()
            show_error(self.status, exc, self.tr("The report failed:"))

        def moved(progress: Progress) -> None:
            if progress.total:
                show_message(self.status, self.tr("Writing the report… {done} of {total}").format(
                    done=progress.done, total=progress.total), "hint")

        run_in_background(self, work, done, failed, moved, jobs=self._jobs,
                          title=self.tr("Clockify report"))

    def _written(self) -> None:
        self.writing = False
        self.write_button.setEnabled(True)

    # -- sending -----------------------------------------------------------------------------
    def send_now(self) -> None:
        ctx, actor = self._ctx, self._actor
        kind, day = self.send_kind.currentData(), _day(self.send_day)
        self.send_button.setEnabled(False)
        show_message(self.send_status, self.tr("Preparing the reports…"), "hint")

        def done(result: ScheduledReports) -> None:
            self.send_button.setEnabled(True)
            if result.failed:
                show_message(self.send_status, self.tr(
                    "{queued} e-mails queued; {failed} reports failed (see the log file).").format(
                    queued=len(result.queued), failed=len(result.failed)), "error")
            elif result.queued:
                show_message(self.send_status, self.tr(
                    "{queued} e-mails queued; the outbox sends them.").format(
                    queued=len(result.queued)), "success")
            else:
                show_message(self.send_status, self.tr(
                    "Nothing to send: nobody worked then, or nobody receives reports."), "hint")

        def failed(exc: BaseException) -> None:
            self.send_button.setEnabled(True)
            show_error(self.send_status, exc, self.tr("Cannot send the reports:"))

        run_in_background(self, lambda progress: send_reports_now(
            ctx.db, ctx.bus, ctx.settings, actor, kind, day), done, failed, jobs=self._jobs,
            title=self.tr("Sending Clockify reports"))

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> ClockifyReportsPage:
        page = cls(ctx, actor, services)
        page.load_users()
        return page
