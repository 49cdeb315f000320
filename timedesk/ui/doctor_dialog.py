"""Help > Check this PC: the `timedesk doctor` checklist in a window, to read or copy for IT.

The checks that need no Qt run off the GUI thread (they open the database and try ports and the
mail server); sound and printers are asked on the GUI thread, which owns the QApplication.
The report shows each check, what it found and its fix in the interface's language
(`report_lines`): the doctor's templates are translated in the context DoctorChecks, a relayed
service error as every service error (ServiceErrors), then filled with the values the check
found (paths, ports, versions); the English text stays when a translation is missing or does
not fit the values."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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

from timedesk import __version__, doctor
from timedesk.ui.doctor_qt import qt_checks
from timedesk.ui.errors import translated
from timedesk.ui.tasks import run_in_background

log = logging.getLogger(__name__)


def check_name(name: str) -> str:
    """The name of a check of timedesk.doctor (or doctor_qt) in the interface's language."""
    q = QCoreApplication
    return {
        "Version": q.translate("DoctorChecks", "Version"),
        "Program files": q.translate("DoctorChecks", "Program files"),
        "Qt libraries": q.translate("DoctorChecks", "Qt libraries"),
        "Settings": q.translate("DoctorChecks", "Settings"),
        "Database": q.translate("DoctorChecks", "Database"),
        "PostgreSQL LISTEN": q.translate("DoctorChecks", "PostgreSQL live updates"),
        "Listener port": q.translate("DoctorChecks", "Port for webhooks and the lobby display"),
        "Secret store": q.translate("DoctorChecks", "Password store"),
        "Mail server": q.translate("DoctorChecks", "Mail server"),
        "Credentials": q.translate("DoctorChecks", "Passwords and tokens"),
        "Disk space": q.translate("DoctorChecks", "Disk space"),
        "Sound": q.translate("DoctorChecks", "Sound"),
        "Printers": q.translate("DoctorChecks", "Printers"),
        "Sound and printers": q.translate("DoctorChecks", "Sound and printers"),
    }.get(name, name)


def found_and_fix(check: doctor.Check) -> tuple[str, str]:
    """What `check` found and its fix in the interface's language."""
    if check.error is not None:
        return translated(check.error)
    return (_in_language(check.template, check.params, check.detail),
            _in_language(check.fix_template, check.params, check.fix))


def _in_language(template: str, params: Mapping[str, object], english: str) -> str:
    # not a literal: tests/test_doctor_templates.py checks that every template of the doctor is
    # in the context DoctorChecks (tests/ui/test_translations.py checks the literal ones)
    translate = QCoreApplication.translate
    translation = translate("DoctorChecks", template) if template else ""
    try:
        return translation.format(**params) if translation else english
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        if translation != template:  # an untranslated text (doctor_qt's) may hold braces
            log.warning("the translation of %r does not fit its values %s", template,
                        sorted(params))
        return english


def report_lines(checks: Sequence[doctor.Check]) -> list[str]:
    """The checklist as the dialog shows (and copies) it: a mark, the check's name, what it
    found, and the fix of each warning or failure; then how many failed."""
    q = QCoreApplication
    lines = [q.translate("DoctorChecks", "timedesk {version}: check of this PC").format(
        version=__version__)]
    for check in checks:
        found, fix = found_and_fix(check)
        lines.append(f"{doctor.MARKS[check.status]} {check_name(check.name)}: {found}")
        if fix and check.status in (doctor.WARN, doctor.FAIL):
            lines.append("    " + q.translate("DoctorChecks", "What to do: {fix}").format(
                fix=fix))
    count = doctor.failed(checks)
    lines.append(q.translate("DoctorChecks", "All checks passed.") if not count else
                 q.translate("DoctorChecks", "Checks failed: {count}.").format(count=count))
    return lines


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
        self.report.setPlainText("\n".join(report_lines(self.checks)))
        count = doctor.failed(self.checks)
        self.summary.setText(self.tr("All checks passed.") if not count else
                             self.tr("Checks failed: {count}. The fix is under each "
                                     "one.").format(count=count))
        self.summary.setProperty("role", "ok" if not count else "error")
        self.copy_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("The checks could not run: {error}").format(error=error))
        self.summary.setProperty("role", "error")
