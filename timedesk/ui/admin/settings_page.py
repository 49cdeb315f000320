"""Every setting of `timedesk config list`, grouped by module (the key's prefix), each with its
description, an editor of its type (limits and choices from timedesk.settings), and where its
value comes from. Values set by the machine-wide file or the environment win over what would be
saved here, so they are shown read-only with a note saying where to change them. Save checks
each changed value as the registry does and shows a refusal beside its setting, keeping what was
typed; then it writes them all at once through timedesk.secret_endpoints.save_settings, as
`timedesk config set` does (a new address deletes the secret it would receive). The database's
URL is shown without its password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as qt
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.db.credentials import separate_password
from timedesk.secret_endpoints import save_settings
from timedesk.settings import Setting
from timedesk.ui.errors import show_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import primary_button, role_label, show_message

INT_LIMIT = 2**31 - 1  # QSpinBox holds a C int
FLOAT_LIMIT = 1e9
EDITOR_WIDTH = 240  # of the editors of numbers and choices
SOURCE_WIDTH = 300  # of where a value comes from
DESCRIPTIONS = "SettingDescriptions"


def section_title(section: str) -> str:
    titles = {"clockify": "Clockify", "sesame": "Sesame",
              "database": qt.translate("SettingsPage", "Database"),
              "events": qt.translate("SettingsPage", "Events between computers"),
              "listener": qt.translate("SettingsPage", "Listener"),
              "log": qt.translate("SettingsPage", "Log file"),
              "mail": qt.translate("SettingsPage", "Mail"),
              "smtp": qt.translate("SettingsPage", "Mail server"),
              "office": qt.translate("SettingsPage", "Office"),
              "punches": qt.translate("SettingsPage", "Punch clock"),
              "secrets": qt.translate("SettingsPage", "Secrets"),
              "turns": qt.translate("SettingsPage", "Turns"),
              "ui": qt.translate("SettingsPage", "Interface")}
    return f"{titles.get(section, section)}  ({section}.*)"


def describe(setting: Setting) -> str:
    """The registry's description in the interface's language: the translation file holds
    every description under the context DESCRIPTIONS (tests/ui/test_translations.py checks)."""
    return qt.translate(DESCRIPTIONS, setting.description)


def _editor(setting: Setting) -> QWidget:
    if setting.type is bool:
        return QCheckBox()
    if setting.choices:
        combo = QComboBox()
        for choice in setting.choices:
            combo.addItem(str(choice) if choice != "" else
                          qt.translate("SettingsPage", "(empty)"), choice)
        return combo
    if setting.type is int:
        spin = QSpinBox()
        spin.setRange(int(max(setting.minimum, -INT_LIMIT) if setting.minimum is not None
                          else -INT_LIMIT),
                      int(min(setting.maximum, INT_LIMIT) if setting.maximum is not None
                          else INT_LIMIT))
        spin.setGroupSeparatorShown(True)
        return spin
    if setting.type is float:
        double = QDoubleSpinBox()
        double.setDecimals(2)
        double.setRange(setting.minimum if setting.minimum is not None else -FLOAT_LIMIT,
                        setting.maximum if setting.maximum is not None else FLOAT_LIMIT)
        return double
    return QLineEdit()


class SettingRow:
    """One setting's widgets: name, description, editor, source and the line for a refusal."""

    def __init__(self, setting: Setting) -> None:
        self.setting = setting
        self.name = QLabel(setting.key)
        self.name.setObjectName(f"settingName_{setting.key}")
        self.description = role_label(describe(setting), "hint")
        self.description.setContentsMargins(0, 0, 0, 8)
        self.editor = _editor(setting)
        if not isinstance(self.editor, QLineEdit):  # a number or a choice needs little room
            self.editor.setMaximumWidth(EDITOR_WIDTH)
        self.editor.setObjectName(f"setting_{setting.key}")
        self.source = role_label("", "hint")
        self.source.setFixedWidth(SOURCE_WIDTH)
        self.source.setObjectName(f"settingSource_{setting.key}")
        self.error = role_label("", "error")
        self.error.setObjectName(f"settingError_{setting.key}")
        self.error.hide()

    def value(self) -> Any:
        editor = self.editor
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def set_value(self, value: Any) -> None:
        editor = self.editor
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value)
        else:
            assert isinstance(editor, QLineEdit)
            editor.setText(str(value))

    def problem(self) -> str:
        """Why the value in the editor cannot be saved ('' when it can)."""
        try:
            self.setting.check(self.value())
        except ValueError as exc:
            return str(exc)
        return ""


class SettingsPage(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("adminSettings")
        self._settings, self._secrets, self._jobs = ctx.settings, ctx.secrets, services.jobs
        system = ctx.paths.system_config
        self._system_file = str(system) if system is not None else None
        self.rows: dict[str, SettingRow] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        groups: dict[str, QGridLayout] = {}
        for setting, _value, _source in self._settings.items():
            if setting.section not in groups:
                box = QGroupBox(section_title(setting.section))
                box.setObjectName(f"settingsGroup_{setting.section}")
                grid = groups[setting.section] = QGridLayout(box)
                grid.setColumnStretch(1, 1)
                grid.setColumnMinimumWidth(1, EDITOR_WIDTH)
                grid.setVerticalSpacing(4)
                column.addWidget(box)
            self._add_row(groups[setting.section], SettingRow(setting))
        column.addStretch(1)
        names = max(row.name.sizeHint().width() for row in self.rows.values())
        for grid in groups.values():  # the groups' columns line up
            grid.setColumnMinimumWidth(0, names)
            grid.setColumnMinimumWidth(2, SOURCE_WIDTH)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.status = role_label("", "hint")
        self.status.setObjectName("settingsStatus")
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.setObjectName("discardSettings")
        self.discard_button.clicked.connect(self.show_values)
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 3)
        foot.addStretch(1)
        foot.addWidget(self.discard_button)
        foot.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(role_label(self.tr(
            "These settings are saved in your settings file on this computer ({path}), as "
            "`timedesk config set` does. Secrets (passwords, tokens) are kept apart, in File > "
            "Settings.").format(path=self._settings.user_file), "hint"))
        layout.addWidget(scroll, 1)
        layout.addLayout(foot)
        self.show_values()

    def _add_row(self, grid: QGridLayout, row: SettingRow) -> None:
        top = grid.rowCount()
        grid.addWidget(row.name, top, 0)
        grid.addWidget(row.editor, top, 1, Qt.AlignmentFlag.AlignLeft
                       if not isinstance(row.editor, QLineEdit) else Qt.AlignmentFlag(0))
        grid.addWidget(row.source, top, 2)
        grid.addWidget(row.description, top + 1, 0, 1, 3)
        grid.addWidget(row.error, top + 2, 0, 1, 3)
        self.rows[row.setting.key] = row

    # -- showing ----------------------------------------------------------------------------
    def source_text(self, key: str) -> tuple[str, bool]:
        """Where the value of `key` comes from, and whether it can be changed here."""
        source = self._settings.source(key)
        if source.startswith("env "):
            return self.tr("Environment variable {name}: it wins over the settings files; "
                           "change it where timedesk is started.").format(name=source[4:]), False
        if source == self._system_file:
            return self.tr("Machine-wide file {path}, for every user of this computer: change "
                           "it there.").format(path=source), False
        if key == "database.url":
            return self.tr("Change it in File > Settings > This computer > Database."), False
        if source == "default":
            return self.tr("Default"), True
        if source == str(self._settings.user_file):
            return self.tr("Your settings file"), True
        return self.tr("Set for this run only"), True

    def show_values(self) -> None:
        """The current values in the editors (what was typed is dropped)."""
        for key, row in self.rows.items():
            value = self._settings[key]
            row.set_value(separate_password(value)[0] if key == "database.url" else value)
            text, editable = self.source_text(key)
            row.source.setText(text)
            row.editor.setEnabled(editable)
            row.error.hide()
        self.status.hide()

    def changes(self) -> dict[str, Any]:
        return {key: row.value() for key, row in self.rows.items()
                if row.editor.isEnabled() and row.value() != self._settings[key]}

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        changes = self.changes()
        refused = False
        for key, row in self.rows.items():
            problem = row.problem() if key in changes else ""
            show_message(row.error, self.tr("Not saved: {reason}.").format(reason=problem)
                         if problem else "", "error")
            refused = refused or bool(problem)
        if refused:
            show_message(self.status, self.tr(
                "Nothing was saved: correct the settings marked in red."), "error")
            return
        if not changes:
            show_message(self.status, self.tr("Nothing to save: no setting was changed."),
                         "hint")
            return
        settings, secrets = self._settings, self._secrets
        self.save_button.setEnabled(False)
        run_in_background(self, lambda progress: save_settings(settings, secrets, changes),
                          lambda cleared: self._saved(len(changes), cleared), self._failed,
                          jobs=self._jobs, title=self.tr("Saving the settings"))

    def _saved(self, count: int, cleared: tuple[str, ...]) -> None:
        self.save_button.setEnabled(True)
        self.show_values()
        text = self.tr("Saved {count} setting(s).").format(count=count)
        if cleared:
            text += " " + self.tr("The address {names} is sent to changed, so the stored secret "
                                  "was deleted: enter it again in File > Settings.").format(
                names=", ".join(cleared))
        show_message(self.status, text, "warning" if cleared else "success")

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self.status, exc, self.tr("Nothing was saved:"))

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> SettingsPage:
        return cls(ctx, actor, services)
