"""The export of work sessions (XLSX, CSV or the PDF monthly record) as a job with progress,
cancellable from the jobs indicator: a format, an Export… button that asks where to save, and
a status line. The page that holds it says which days and employee (`scope`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from timedesk.auth.permissions import Actor
from timedesk.jobs import Progress
from timedesk.punches.record_export import EXPORT_FORMATS, ExportResult, export_sessions
from timedesk.ui.errors import show_error
from timedesk.ui.i18n import choose_language
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import ask_save_path, role_label, show_message

Scope = Callable[[], tuple[date, date, int | None]]


class ExportBar(QWidget):
    """`scope()` gives the first and last day and the employee (None: everybody) to export."""

    def __init__(self, ctx: Any, actor: Actor, jobs: Any, scope: Scope, name: str) -> None:
        super().__init__()
        self._ctx, self._actor, self._jobs, self._scope = ctx, actor, jobs, scope
        self.dialog: QFileDialog | None = None
        self.exporting = False
        self.format = QComboBox()
        self.format.setObjectName(f"{name}Format")
        for fmt in EXPORT_FORMATS:
            self.format.addItem(fmt.upper(), fmt)
        self.button = QPushButton(self.tr("Export…"))
        self.button.setObjectName(f"{name}Export")
        self.button.clicked.connect(self.ask_path)
        self.status = role_label("", "hint")
        self.status.setObjectName(f"{name}ExportStatus")
        self.status.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.format)
        layout.addWidget(self.button)

    def ask_path(self) -> None:
        """Ask where to save (a dialog opened, never exec'd), then export there."""
        fmt = self.format.currentData()
        start, end, _ = self._scope()
        folder = Path(getattr(getattr(self._ctx, "paths", None), "reports_dir", Path.home()))
        self.dialog = ask_save_path(self, self.tr("Export the sessions"),
                                    str(folder / f"punches_{start}_{end}.{fmt}"),
                                    lambda path: self.export_to(path, fmt), fmt)

    def export_to(self, path: str | Path, fmt: str) -> None:
        """Export the sessions of the scope to `path` as a job with progress."""
        if self.exporting:
            return
        start, end, employee = self._scope()
        ctx, actor = self._ctx, self._actor
        lang = choose_language(ctx.settings["ui.language"])
        self.exporting = True
        self.button.setEnabled(False)
        show_message(self.status, self.tr("Exporting…"), "hint")

        def work(progress: Progress) -> ExportResult:
            return export_sessions(ctx.db, actor, start, end, Path(path), settings=ctx.settings,
                                   fmt=fmt, employee=employee, lang=lang,
                                   progress=lambda done, total: progress.update(done, total),
                                   cancel=lambda: progress.cancelled)

        def done(result: ExportResult) -> None:
            self._ended()
            show_message(self.status, self.tr("Exported {rows} sessions to {path}").format(
                rows=result.rows, path=result.path), "success")

        def failed(exc: BaseException) -> None:
            self._ended()
            show_error(self.status, exc, self.tr("The export failed:"))

        def moved(progress: Progress) -> None:
            if progress.total:
                show_message(self.status, self.tr("Exporting… {done} of {total}").format(
                    done=progress.done, total=progress.total), "hint")

        run_in_background(self, work, done, failed, moved, jobs=self._jobs,
                          title=self.tr("Exporting punch sessions"))

    def _ended(self) -> None:
        self.exporting = False
        self.button.setEnabled(True)
