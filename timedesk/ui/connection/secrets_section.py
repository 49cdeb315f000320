"""Secrets storage: the OS keyring when there is one; otherwise say so and offer the explicit,
clearly labelled, unencrypted file store (secrets.file_store).

Finding the keyring loads every keyring backend and may ask D-Bus: in the app that runs on a
worker thread after the window has painted, never on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor
from timedesk.errors import TimedeskError
from timedesk.ui.async_tools import first_paint, running_loop, spawn
from timedesk.ui.connection.sections import can_manage, register_connection_section
from timedesk.ui.widgets import role_label, short_path, show_message


def probe_keyring(secrets: Any) -> tuple[bool, str]:
    """(keyring available, its label). Blocking."""
    available = secrets.keyring_available
    return available, secrets.backend_label() if available else ""


class SecretsSection(QWidget):
    def __init__(self, secrets: Any, settings: Any, editable: bool) -> None:
        super().__init__()
        self._secrets = secrets
        self._settings = settings
        self._editable = editable
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = role_label(self.tr("Looking for the system keyring…"), "hint")
        self.state.setObjectName("secretsState")
        self.file_store = QCheckBox(self.tr("Keep secrets in an UNENCRYPTED file on this computer"))
        self.file_store.setObjectName("fileStore")
        self.file_store.setChecked(secrets.file_store_enabled)
        self.file_store.setEnabled(editable)
        self.file_note = role_label(self.tr(
            "The file {path} is readable only by your user account, but it is not encrypted: "
            "anyone who can read it, or a backup of it, can read the secrets. Use it only on a "
            "computer you trust.").format(path=short_path(str(secrets.file_path))), "hint")
        self.result = role_label("", "hint")
        for widget in (self.state, self.file_store, self.file_note, self.result):
            layout.addWidget(widget)
        for widget in (self.file_store, self.file_note, self.result):
            widget.hide()
        self.file_store.toggled.connect(self.save)
        if running_loop() is None:
            self.show_keyring_state(*probe_keyring(secrets))
        else:
            spawn(self._probe_later())

    async def _probe_later(self) -> None:
        await first_paint()
        loop = running_loop()
        assert loop is not None  # this coroutine runs on it
        available, label = await loop.run_in_executor(None, probe_keyring, self._secrets)
        if Shiboken.isValid(self):
            self.show_keyring_state(available, label)

    def show_keyring_state(self, available: bool, label: str) -> None:
        if available:
            show_message(self.state, self.tr("Passwords and API tokens are kept in the system "
                                             "keyring ({backend}).").format(backend=label),
                         "success")
            return
        show_message(self.state, self.tr(
            "This computer has no system keyring, so passwords and API tokens are kept only "
            "until timedesk closes (or come from TIMEDESK_SECRET_… environment variables)."),
            "warning")
        self.file_store.show()
        self.file_note.show()

    def save(self, enabled: bool) -> None:
        try:
            self._settings.set("secrets.file_store", bool(enabled))
        except TimedeskError as exc:
            show_message(self.result, exc.message, "error")
            return
        text = (self.tr("Secrets you save from now on go to the unencrypted file.") if enabled
                else self.tr("Secrets you save from now on are kept for this session only."))
        show_message(self.result, text, "success")

    @classmethod
    def create(  # type: ignore[override]  # a tab factory, not QWidget.create
            cls, ctx: Any, actor: Actor, services: Any) -> SecretsSection:
        return cls(ctx.secrets, ctx.settings, can_manage(actor))


register_connection_section("secrets",
                            lambda: QCoreApplication.translate("Sections", "Secrets storage"),
                            SecretsSection.create, order=40)
