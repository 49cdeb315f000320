"""The Clockify page's form: the REST API key (to the secret store as CLOCKIFY_API_KEY, never
shown back, through the Settings sections' secret form) and the workspace listened to; Save,
and Test, which reads the workspace's members with the values in the form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from timedesk.clockify.rest import SECRET_NAME, ClockifyClient
from timedesk.ui.connection.secret_form import SecretField, SecretSection, SecretTexts, form_grid
from timedesk.ui.errors import show_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import primary_button, role_label, show_message

KEYS = ("clockify.workspace_id",)


def count_members(settings: Any, secrets: Any, api_key: str | None, workspace: str) -> int:
    """How many members the workspace has, asked with `api_key` (else the stored key).
    Blocking: run it as a job."""
    client = ClockifyClient(api_key or secrets.get(SECRET_NAME) or "",
                            settings["clockify.api_base_url"],
                            timeout_s=settings["clockify.api_timeout_s"])
    return len(client.members(workspace))


class ClockifyKeyForm(SecretSection):
    KEYS = KEYS

    def __init__(self, settings: Any, secrets: Any, jobs: Any, editable: bool) -> None:
        super().__init__(settings, secrets, jobs, editable)
        self.secret = SecretField(self, secrets, jobs, SECRET_NAME, self._secret_texts(),
                                  "clockifyApiKey")
        self.key = self.secret.edit
        self.workspace = QLineEdit(settings["clockify.workspace_id"])
        self.workspace.setObjectName("clockifyWorkspace")
        self.workspace.setPlaceholderText(self.tr("24 hex digits, e.g. 625cf4a6a7d9d34012f70de1"))
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.setObjectName("clockifyTest")
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setObjectName("clockifySave")
        self.result = self.save_result = role_label("", "hint")
        self.result.setObjectName("clockifyResult")
        self.result.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        rows: list[tuple[Any, Any]] = [
            (QLabel(self.tr("API key:")), self.key), (None, self.secret.state),
            (QLabel(self.tr("Workspace id:")), self.workspace),
            (None, role_label(self.tr(
                "The API key is under Profile settings › API in Clockify; the workspace id is "
                "in the address of the workspace's settings. timedesk uses them to fill in "
                "sessions missed while the listener was down."), "hint"))]
        overridden = self.overridden_note()
        if overridden is not None:
            rows.append((None, overridden))
        rows += [(None, buttons), (None, self.result)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form_grid(rows))
        self.test_button.clicked.connect(lambda _checked: self.test())
        self.save_button.clicked.connect(lambda _checked: self.save())
        for widget in (self.key, self.workspace, self.test_button, self.save_button):
            widget.setEnabled(editable)

    def form_values(self) -> dict[str, Any]:
        return {"clockify.workspace_id": self.workspace.text().strip()}

    def save_title(self) -> str:
        return self.tr("Saving the Clockify settings")

    def _secret_texts(self) -> SecretTexts:
        return SecretTexts(
            where={"keyring": self.tr("API key saved in the system keyring; type a new one to "
                                      "replace it."),
                   "file": self.tr("API key saved in the unencrypted secrets file; type a new "
                                   "one to replace it."),
                   "session": self.tr("API key kept until timedesk closes (no keyring)."),
                   "environment": self.tr("The API key comes from the environment variable "
                                          "TIMEDESK_SECRET_{name}.").format(name=SECRET_NAME)},
            none=self.tr("No API key saved yet."), none_role="hint",
            cleared=self.tr("Saved. The address changed, so the stored API key was deleted: "
                            "paste the key again and save."),
            not_stored=self.tr("Settings saved, but not the API key:"),
            stored=self.tr("Saved; the API key is in the {place}."),
            placeholder=self.tr("paste the API key Clockify shows you"))

    def test(self) -> None:
        values = self.checked_values()
        if values is None:
            return
        workspace = values["clockify.workspace_id"]
        if not workspace:
            show_message(self.result, self.tr("Type the workspace id first: the test reads its "
                                              "members."), "error")
            return
        settings, secrets, key = self._settings, self._secrets, self.key.text().strip() or None
        self.test_button.setEnabled(False)
        show_message(self.result, self.tr("Asking Clockify…"), "hint")

        def connected(members: int) -> None:
            self.test_button.setEnabled(True)
            text = self.tr("Connected to Clockify: the workspace has {count} member(s).").format(
                count=members)
            unsaved = self.unsaved_note(values)
            show_message(self.result, f"{text}\n{unsaved}" if unsaved else text, "success")

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            show_error(self.result, exc)

        run_in_background(self, lambda progress: count_members(settings, secrets, key,
                                                               workspace),
                          connected, failed, jobs=self._jobs,
                          title=self.tr("Testing the Clockify API key"))
