"""What the Settings sections with a secret share: the secret's field (a password box and a
line saying where the stored one is, never its value), the save (the settings through
timedesk.secret_endpoints.save_settings, so a new address deletes the stored secret it would
receive, as `timedesk config set` does; then the secret typed, if any, to the secret store),
both off the GUI thread (the keyring may take its time), and SecretSection: the form around
them (its rows, the note on environment overrides, Save, the unsaved-changes note)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication as qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QLineEdit, QPushButton, QWidget

from timedesk.secret_endpoints import save_settings
from timedesk.ui.errors import show_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import role_label, show_message


@dataclass(frozen=True)
class SecretTexts:
    """A section's words for its secret (a password, a token), already translated."""

    where: Mapping[str, str]  # where the stored secret is: keyring, file, session, environment
    none: str  # nothing is stored
    none_role: str  # "hint", or "warning" when the section cannot work without it
    cleared: str  # saved, and the new address deleted the stored secret
    not_stored: str  # lead of "the settings were saved, but not the secret: <why>"
    stored: str  # saved, with "{place}": where the secret went
    placeholder: str = ""  # the empty box's placeholder when nothing is stored


class SecretField:
    """The password box of secret `name` and the line under it saying where it is stored."""

    def __init__(self, owner: QWidget, secrets: Any, jobs: Any, name: str, texts: SecretTexts,
                 object_name: str) -> None:
        self._owner, self._secrets, self._jobs, self.name = owner, secrets, jobs, name
        self.texts = texts
        self.edit = QLineEdit()
        self.edit.setObjectName(object_name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.state = role_label("", "hint")
        self.state.setObjectName(object_name + "State")
        self.state.hide()

    def refresh(self) -> None:
        """Say where the stored secret is (read off the GUI thread)."""
        secrets, name = self._secrets, self.name
        run_in_background(self._owner, lambda progress: secrets.source(name), self.show,
                          lambda exc: show_error(self.state, exc), jobs=self._jobs,
                          title=qt.translate("SecretField", "Reading the secret store"))

    def show(self, where: str | None) -> None:
        if where is not None and where in self.texts.where:
            show_message(self.state, self.texts.where[where], "success")
        else:
            show_message(self.state, self.texts.none, self.texts.none_role)
        self.edit.setPlaceholderText("••••••••" if where else self.texts.placeholder)


def save_settings_and_secret(owner: QWidget, button: QPushButton, result: QLabel,
                             field: SecretField, settings: Any, secrets: Any, jobs: Any,
                             values: Mapping[str, Any], title: str) -> None:
    """Save `values`, then the secret typed in `field` (if any), with `button` disabled
    meanwhile; say the outcome in `result`."""
    button.setEnabled(False)

    def settings_failed(exc: BaseException) -> None:
        button.setEnabled(True)
        show_error(result, exc)

    def settings_saved(cleared: tuple[str, ...]) -> None:
        value = field.edit.text().strip()
        if value:
            _store(owner, button, result, field, secrets, jobs, value)
            return
        button.setEnabled(True)
        if cleared:
            field.show(None)
            show_message(result, field.texts.cleared, "warning")
        else:
            show_message(result, qt.translate("SecretField", "Saved."), "success")

    run_in_background(owner, lambda progress: save_settings(settings, secrets, values),
                      settings_saved, settings_failed, jobs=jobs, title=title)


def _store(owner: QWidget, button: QPushButton, result: QLabel, field: SecretField,
           secrets: Any, jobs: Any, value: str) -> None:
    name = field.name

    def stored(where: str) -> None:
        button.setEnabled(True)
        field.edit.clear()
        field.show(where)
        place = {"keyring": qt.translate("SecretField", "system keyring"),
                 "file": qt.translate("SecretField", "unencrypted secrets file")}.get(
            where, qt.translate("SecretField", "memory of this session"))
        show_message(result, field.texts.stored.format(place=place), "success")

    def not_stored(exc: BaseException) -> None:  # no keyring, too short, ...: kept in the box
        button.setEnabled(True)
        show_error(result, exc, field.texts.not_stored)

    run_in_background(owner, lambda progress: secrets.set(name, value), stored, not_stored,
                      jobs=jobs, title=qt.translate("SecretField", "Storing a secret"))


class SecretSection(QWidget):
    """A Settings section saving the settings `KEYS` and one secret (mail, Sesame). A subclass
    builds `secret`, `save_button` and `save_result` and gives form_values(), save_title() and,
    when the form can be refused before saving, problem()."""

    KEYS: tuple[str, ...] = ()
    secret: SecretField
    save_button: QPushButton
    save_result: QLabel

    def __init__(self, settings: Any, secrets: Any, jobs: Any, editable: bool) -> None:
        super().__init__()
        self._settings, self._secrets, self._jobs = settings, secrets, jobs
        self.editable = editable

    def form_values(self) -> dict[str, Any]:
        raise NotImplementedError

    def save_title(self) -> str:
        """The job's title while saving."""
        raise NotImplementedError

    def problem(self, values: dict[str, Any]) -> str:
        """Why `values` cannot be saved, what was wrong and what to do ('' when they can)."""
        return ""

    def checked_values(self) -> dict[str, Any] | None:
        """The form's values; None, after saying what is wrong, when they cannot be used (or
        the form is read-only)."""
        if not self.editable:
            return None
        values = self.form_values()
        problem = self.problem(values)
        if problem:
            show_message(self.save_result, problem, "error")
            return None
        return values

    def save(self) -> None:
        """Check the form, then save its settings and the secret typed (off the GUI thread)."""
        values = self.checked_values()
        if values is None:
            return
        save_settings_and_secret(self, self.save_button, self.save_result, self.secret,
                                 self._settings, self._secrets, self._jobs, values,
                                 self.save_title())

    # -- the Settings dialog's commit model (see timedesk.ui.connection.dialog) ------------
    def load_values(self) -> None:
        """Fill the form from the saved settings."""
        raise NotImplementedError

    def is_dirty(self) -> bool:
        return self.editable and (any(v != self._settings[k] for k, v in
                                      self.form_values().items())
                                  or bool(self.secret.edit.text()))

    def commit(self) -> None:
        self.save()

    def revert(self) -> None:
        self.load_values()
        self.secret.edit.clear()

    @property
    def commit_button(self) -> QPushButton:
        return self.save_button

    def unsaved_note(self, values: Mapping[str, Any]) -> str:
        """Said after a test made with the form's values, when they are not saved yet."""
        if any(values[k] != self._settings[k] for k in self.KEYS) or self.secret.edit.text():
            return qt.translate("SecretSection",
                                "The form has unsaved changes: press Save to keep them.")
        return ""

    def overridden_note(self) -> QLabel | None:
        """A warning when environment variables set some of `KEYS` (None when none does)."""
        overridden = [k for k in self.KEYS if self._settings.source(k).startswith("env")]
        if not overridden:
            return None
        return role_label(qt.translate(
            "SecretSection", "Environment variables set {keys}: what you save here applies only "
            "when they are not set.").format(keys=", ".join(overridden)), "warning")


ROW_SPACING = 8  # between the buttons and fields of a row of a form


def form_grid(rows: Sequence[tuple[str | QWidget | None, QWidget | QLayout]],
              first_row: int = 0, grid: QGridLayout | None = None) -> QGridLayout:
    """Rows of (title, field or layout) in two columns, the fields' column stretching."""
    grid = grid if grid is not None else QGridLayout()
    grid.setHorizontalSpacing(12)
    for number, (title, item) in enumerate(rows, start=first_row):
        if title:
            grid.addWidget(QLabel(title) if isinstance(title, str) else title, number, 0)
        if isinstance(item, QWidget):
            grid.addWidget(item, number, 1)
        else:
            grid.addLayout(item, number, 1)
            if item.spacing() < ROW_SPACING:  # a row of buttons inherits the grid's none
                item.setSpacing(ROW_SPACING)
    grid.setColumnStretch(1, 1)
    return grid
