"""Help > Check this PC: the `timedesk doctor` checklist in a window, to read or copy for IT.

The checks that need no Qt run off the GUI thread (they open the database and try ports and the
mail server); sound and printers are asked on the GUI thread, which owns the QApplication."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk import doctor
from timedesk.ui.doctor_qt import qt_checks
from timedesk.ui.tasks import run_in_background


class DoctorDialog(QDialog):
    def __init__(self, parent: QWidget | None, jobs: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check this PC"))
        self.resize(760, 520)
        self.summary = QLabel(self.tr("Checking…"))
        self.report = QPlainTextEdit()  # plain text: what the checks found is never markup
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy for IT"))
        self.copy_button.setEnabled(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.report.toPlainText()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.checks: list[doctor.Check] | None = None
        self.task = run_in_background(self, lambda _p: doctor.run_checks(doctor.machine_of()),
                                      self._show, self._failed, jobs=jobs,
                                      title=self.tr("Checking this PC"))

    def _show(self, checks: list[doctor.Check]) -> None:
        self.checks = [*checks, *qt_checks()]
        self.report.setPlainText("\n".join(doctor.as_text(self.checks)))
        count = doctor.failed(self.checks)
        self.summary.setText(self.tr("All checks passed.") if not count else
                             self.tr("Checks failed: {count}. The fix is under each "
                                     "one.").format(count=count))
        self.summary.setProperty("role", "ok" if not count else "error")
        self.copy_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("The checks could not run: {error}").format(error=error))
        self.summary.setProperty("role", "error")
