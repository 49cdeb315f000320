"""What the Connection sections with a secret share: the secret's field (a password box and a
line saying where the stored one is, never its value) and the save (the settings through
timedesk.secret_endpoints.save_settings, so a new address deletes the stored secret it would
receive, as `timedesk config set` does; then the secret typed, if any, to the secret store).
Both run off the GUI thread: the keyring may take its time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication as qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

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
