"""The Clockify settings a manager changes from the Settings dialog's Clockify section: the
session log's rules (overtime threshold, edit tolerance, manual entries under review, the
workspace listened to) and the e-mailed reports and notices (weekly, monthly, recipients,
notices, their language). Saved with Settings.set_many (all or nothing, checked by the
settings registry); a value fixed by the environment or the machine-wide file is shown
read-only, with where it comes from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.ui.errors import show_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import role_label, show_message

NUMBERS = {"clockify.overtime_hours": (0.0, 168.0, " h"),
           "clockify.edit_tolerance_minutes": (0.0, 1440.0, " min")}
SWITCHES = ("clockify.manual_entries_need_review", "clockify.report_weekly_enabled",
            "clockify.report_monthly_enabled", "clockify.notices_enabled")
TEXTS = ("clockify.workspace_id", "clockify.report_recipients")


def fixed_source(settings: Any, key: str) -> str | None:
    """Where a value that this form may not change comes from (None: the user's own)."""
    source = settings.source(key)
    return None if source in ("default", "override", str(settings.user_file)) else source


class ClockifySettingsForm(QGroupBox):
    def __init__(self, settings: Any, jobs: Any, editable: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Session rules and e-mailed reports"))
        self.setObjectName("clockifySettings")
        self._settings, self._jobs, self.editable = settings, jobs, editable
        self.fields: dict[str, QWidget] = {}
        for key, (low, high, suffix) in NUMBERS.items():
            spin = QDoubleSpinBox()
            spin.setRange(low, high)
            spin.setDecimals(1)
            spin.setSuffix(suffix)
            spin.setMaximumWidth(140)
            self.fields[key] = spin
        labels = {"clockify.manual_entries_need_review": self.tr(
                      "Entries created by hand in Clockify start under review"),
                  "clockify.report_weekly_enabled": self.tr("E-mail the weekly reports"),
                  "clockify.report_monthly_enabled": self.tr("E-mail the monthly reports"),
                  "clockify.notices_enabled": self.tr(
                      "E-mail notices of sessions and decisions (each user can opt out)")}
        for key in SWITCHES:
            self.fields[key] = QCheckBox(labels[key])
        for key in TEXTS:
            self.fields[key] = QLineEdit()
        self.fields["clockify.workspace_id"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("empty: any workspace"))
        self.fields["clockify.report_recipients"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("empty: the coordination address"))
        language = QComboBox()
        language.setMaximumWidth(200)
        language.addItem(self.tr("Spanish"), "es")
        language.addItem(self.tr("English"), "en")
        self.fields["clockify.notice_language"] = language
        for key, widget in self.fields.items():
            widget.setObjectName(key)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("clockifySettingsSave")
        self.save_button.clicked.connect(self.save)
        self.status = role_label("", "hint")
        self.status.setObjectName("clockifySettingsStatus")
        self.status.hide()
        self._build_layout()
        self.load()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Overtime after:"), self.fields["clockify.overtime_hours"])
        form.addRow(self.tr("Edit tolerance:"), self.fields["clockify.edit_tolerance_minutes"])
        form.addRow(self.tr("Workspace id:"), self.fields["clockify.workspace_id"])
        form.addRow(self.tr("Report recipients:"), self.fields["clockify.report_recipients"])
        form.addRow(self.tr("Language of mails:"), self.fields["clockify.notice_language"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for key in SWITCHES:
            layout.addWidget(self.fields[key])
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addStretch(0)
        foot.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(foot)
        if not self.editable:
            layout.addWidget(role_label(self.tr(
                "Changing these settings needs the settings management permission."), "hint"))

    def load(self) -> None:
        """Show the values in force; those fixed elsewhere are read-only, saying where from."""
        settings = self._settings
        for key, widget in self.fields.items():
            value = settings[key]
            if isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            fixed = fixed_source(settings, key)
            widget.setEnabled(self.editable and fixed is None)
            widget.setToolTip(self.tr("Set in {source}: change it there.").format(source=fixed)
                              if fixed else key)
        self.save_button.setVisible(self.editable)

    def values(self) -> dict[str, Any]:
        """The values of the fields this form may change that differ from those in force."""
        chosen: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if not widget.isEnabled():
                continue
            if isinstance(widget, QDoubleSpinBox):
                chosen[key] = widget.value()
            elif isinstance(widget, QCheckBox):
                chosen[key] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                chosen[key] = widget.text().strip()
            elif isinstance(widget, QComboBox):
                chosen[key] = widget.currentData()
        return {key: value for key, value in chosen.items() if value != self._settings[key]}

    def save(self) -> None:
        values = self.values()
        if not values:
            show_message(self.status, self.tr("Nothing changed."), "hint")
            return
        settings = self._settings
        self.save_button.setEnabled(False)

        def saved(_typed: Any) -> None:
            self.save_button.setEnabled(True)
            self.load()
            show_message(self.status, self.tr("Saved; in force from now on."), "success")

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            show_error(self.status, exc, self.tr("Not saved:"))

        run_in_background(self, lambda progress: settings.set_many(values), saved, failed,
                          jobs=self._jobs, title=self.tr("Saving the Clockify settings"))
