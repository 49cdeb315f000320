"""Sesame Time section: the API token (to the secret store as sesame_token, never shown back),
the region, an advanced base-URL override, Save, and "Test connection" with the values in the
form, off the GUI thread, showing the company name or the precise cause of the failure.
Read-only without sesame.manage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.errors import TimedeskError
from timedesk.sesame.client import REGIONS, base_url_for
from timedesk.sesame.service import test_connection
from timedesk.ui.connection.secret_form import SecretField, SecretSection, SecretTexts, form_grid
from timedesk.ui.connection.sections import PAGE_INTEGRATIONS, register_connection_section
from timedesk.ui.errors import describe_error, show_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import primary_button, role_label, show_message

TOKEN_SECRET = "sesame_token"
KEYS = ("sesame.region", "sesame.base_url")


class SesameSection(SecretSection):
    KEYS = KEYS

    def __init__(self, settings: Any, secrets: Any, jobs: Any, editable: bool) -> None:
        super().__init__(settings, secrets, jobs, editable)
        self.secret = SecretField(self, secrets, jobs, TOKEN_SECRET, self._secret_texts(),
                                  "sesameToken")
        self.token, self.token_state = self.secret.edit, self.secret.state
        self.region = QComboBox()
        self.region.setObjectName("sesameRegion")
        self.region.setEditable(True)  # no official list: any code Sesame gave can be typed
        self.region.addItems(REGIONS)
        self.region.setMinimumWidth(110)
        self.advanced = QToolButton()
        self.advanced.setObjectName("sesameAdvanced")
        self.advanced.setText(self.tr("Advanced"))
        self.advanced.setCheckable(True)
        self.advanced.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced.setAutoRaise(True)
        self.base_url = QLineEdit()
        self.base_url.setObjectName("sesameBaseUrl")
        self.base_url.setPlaceholderText("https://api-eu1.sesametime.com")
        self.base_url.setClearButtonEnabled(True)
        self.base_url_label = QLabel(self.tr("Base URL:"))
        self.base_url_hint = role_label(self.tr(
            "Replaces the whole address of the region (a proxy, a test server). Leave it empty "
            "to use the region's."), "hint")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("sesameTest")
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setObjectName("sesameSave")
        self.result = self.save_result = role_label("", "hint")
        self.result.setObjectName("sesameResult")
        self.result.hide()
        self._build_layout()
        self.load_values()
        self.advanced.toggled.connect(self._show_advanced)
        self.test_button.clicked.connect(lambda _checked: self.test())
        self.save_button.clicked.connect(lambda _checked: self.save())
        for widget in (self.token, self.region, self.base_url, self.test_button,
                       self.save_button):
            widget.setEnabled(editable)

    def _build_layout(self) -> None:
        region_row = QHBoxLayout()
        region_row.addWidget(self.region)
        region_row.addStretch(1)
        region_row.addWidget(self.advanced)
        rows: list[tuple[Any, Any]] = [
            (QLabel(self.tr("API token:")), self.token), (None, self.token_state),
            (QLabel(self.tr("Region:")), region_row), (None, role_label(self.tr(
                "The code in your Sesame API address: eu1 in api-eu1.sesametime.com."),
                "hint")), (self.base_url_label, self.base_url),
            (None, self.base_url_hint)]
        overridden = self.overridden_note()
        if overridden is not None:
            rows.append((None, overridden))
        if self.editable:
            rows.append((None, role_label(self.tr(
                "A Sesame administrator creates the token under Settings › Integrations › API "
                "(the company needs the API add-on). It goes to the system keyring and is never "
                "shown again."), "hint")))
        else:
            rows.append((None, role_label(self.tr(
                "Changing the Sesame connection needs the Sesame management permission."),
                "hint")))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        rows += [(None, buttons), (None, self.result)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form_grid(rows))
        layout.addStretch(1)

    def load_values(self) -> None:
        region = self._settings["sesame.region"]
        if self.region.findText(region) < 0:
            self.region.addItem(region)
        self.region.setCurrentText(region)
        self.base_url.setText(self._settings["sesame.base_url"])
        self.advanced.setChecked(bool(self.base_url.text()))
        self._show_advanced(self.advanced.isChecked())

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for widget in (self.base_url_label, self.base_url, self.base_url_hint):
            widget.setVisible(shown)

    def form_values(self) -> dict[str, str]:
        return {"sesame.region": self.region.currentText().strip().lower(),
                "sesame.base_url": self.base_url.text().strip()}

    def _secret_texts(self) -> SecretTexts:
        return SecretTexts(
            where={"keyring": self.tr("Token saved in the system keyring; type a new one to "
                                      "replace it."),
                   "file": self.tr("Token saved in the unencrypted secrets file; type a new "
                                   "one to replace it."),
                   "session": self.tr("Token kept until timedesk closes (no keyring)."),
                   "environment": self.tr("The token comes from the environment variable "
                                          "TIMEDESK_SECRET_SESAME_TOKEN.")},
            none=self.tr("No token saved yet."), none_role="warning",
            cleared=self.tr("Saved. The address changed, so the stored token was deleted: "
                            "paste the token again and save."),
            not_stored=self.tr("Settings saved, but not the token:"),
            stored=self.tr("Saved; the token is in the {place}."),
            placeholder=self.tr("paste the token Sesame shows you"))

    def problem(self, values: dict[str, Any]) -> str:
        """Why the region or base URL cannot be used ('' when they can)."""
        try:
            base_url_for(values["sesame.region"], values["sesame.base_url"])
        except TimedeskError as exc:
            return describe_error(exc).text()
        return ""

    def save_title(self) -> str:
        return self.tr("Saving the Sesame settings")

    # -- test --------------------------------------------------------------------------------
    def test(self) -> None:
        values = self.checked_values()
        if values is None:
            return
        settings, secrets = self._settings, self._secrets
        token = self.token.text().strip() or None
        self.test_button.setEnabled(False)
        show_message(self.result, self.tr("Asking Sesame…"), "hint")

        def connected(company: Any) -> None:
            self.test_button.setEnabled(True)
            text = self.tr("Connected to Sesame: {company}").format(company=company.name)
            unsaved = self.unsaved_note(values)
            show_message(self.result, f"{text}\n{unsaved}" if unsaved else text, "success")

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            show_error(self.result, exc)

        run_in_background(self, lambda progress: test_connection(
            settings, secrets, token=token, region=values["sesame.region"],
            base_url=values["sesame.base_url"]), connected, failed, jobs=self._jobs,
            title=self.tr("Testing the Sesame connection"))

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> SesameSection:
        section = cls(ctx.settings, ctx.secrets, services.jobs,
                      actor.can(Permission.SESAME_MANAGE))
        section.secret.refresh()
        return section


register_connection_section("sesame",
                            lambda: QCoreApplication.translate("Sections", "Sesame Time"),
                            SesameSection.build, order=45,
                            permission=Permission.SESAME_VIEW, page=PAGE_INTEGRATIONS)
