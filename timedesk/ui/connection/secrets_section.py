"""Secrets storage: the OS keyring when there is one; otherwise say so and offer the explicit,
clearly labelled, unencrypted file store (secrets.file_store).

Finding the keyring loads every keyring backend and may ask D-Bus: that runs off the GUI thread
(timedesk.ui.tasks.run_in_background) once the section is first shown, never at start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor
from timedesk.errors import TimedeskError
from timedesk.jobs import JobRunner
from timedesk.ui.connection.sections import PAGE_COMPUTER, can_manage, register_connection_section
from timedesk.ui.errors import show_error
from timedesk.ui.tasks import BackgroundTask, run_in_background
from timedesk.ui.widgets import role_label, short_path, show_message


def probe_keyring(secrets: Any) -> tuple[bool, str]:
    """(keyring available, its label). Blocking."""
    available = secrets.keyring_available
    return available, secrets.backend_label() if available else ""


class SecretsSection(QWidget):
    def __init__(self, secrets: Any, settings: Any, editable: bool,
                 jobs: JobRunner | None = None) -> None:
        super().__init__()
        self._secrets = secrets
        self._settings = settings
        self._editable = editable
        self._jobs = jobs
        self.probing: BackgroundTask | None = None
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if self.probing is None:
            secrets = self._secrets
            self.probing = run_in_background(
                self, lambda progress: probe_keyring(secrets),
                lambda found: self.show_keyring_state(*found),
                lambda exc: show_error(self.state, exc), jobs=self._jobs,
                title=self.tr("Looking for the system keyring"))

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
            show_error(self.result, exc)
            return
        text = (self.tr("Secrets you save from now on go to the unencrypted file.") if enabled
                else self.tr("Secrets you save from now on are kept for this session only."))
        show_message(self.result, text, "success")

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> SecretsSection:
        return cls(ctx.secrets, ctx.settings, can_manage(actor), services.jobs)


register_connection_section("secrets",
                            lambda: QCoreApplication.translate("Sections", "Secrets storage"),
                            SecretsSection.build, order=40, page=PAGE_COMPUTER)
