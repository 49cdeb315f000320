"""Mail server section: sending on/off, the SMTP server, its security and login (the password
goes to the secret store, never to the settings file), the sender and the coordination list;
Save, and "Send test e-mail" with the values in the form, off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from timedesk.auth.permissions import Actor
from timedesk.mail.recipients import clean_address
from timedesk.mail.sender import send_test_email
from timedesk.mail.smtp import PASSWORD_SECRET
from timedesk.ui.connection.secret_form import SecretField, SecretSection, SecretTexts, form_grid
from timedesk.ui.connection.sections import PAGE_MAIL, can_manage, register_connection_section
from timedesk.ui.errors import show_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import primary_button, role_label, show_message

KEYS = ("mail.enabled", "smtp.host", "smtp.port", "smtp.security", "smtp.user",
        "smtp.from_address", "mail.coordination")
USUAL_PORTS = {"none": 25, "starttls": 587, "tls": 465}


class FormSettings:
    """The saved settings with the form's values on top: what a test e-mail is sent with."""

    def __init__(self, base: Any, values: dict[str, Any]) -> None:
        self._base, self._values = base, values

    def __getitem__(self, key: str) -> Any:
        return self._values[key] if key in self._values else self._base[key]


class FormSecrets:
    """The secret store, with the password typed in the form (if any) in place of the stored."""

    def __init__(self, base: Any, password: str) -> None:
        self._base, self._password = base, password

    def get(self, name: str) -> str | None:
        if self._password and name.strip().upper() == PASSWORD_SECRET:
            return self._password
        return self._base.get(name)


class MailSection(SecretSection):
    KEYS = KEYS

    def __init__(self, settings: Any, secrets: Any, jobs: Any, editable: bool) -> None:
        super().__init__(settings, secrets, jobs, editable)
        self.enabled = QCheckBox(self.tr("Send e-mail (notices and reports)"))
        self.enabled.setObjectName("mailEnabled")
        self.host = QLineEdit()
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setObjectName("smtpPort")
        self.port.setRange(1, 65535)
        self.port.setMinimumWidth(90)
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("TLS from the start (usually port 465)"), "tls")
        self.security.addItem(self.tr("None (a server on this network only)"), "none")
        self.user = QLineEdit()
        self.user.setObjectName("smtpUser")
        self.user.setPlaceholderText(self.tr("empty: no login"))
        self.secret = SecretField(self, secrets, jobs, PASSWORD_SECRET, self._secret_texts(),
                                  "smtpPassword")
        self.password, self.password_state = self.secret.edit, self.secret.state
        self.from_address = QLineEdit()
        self.from_address.setObjectName("smtpFrom")
        self.from_address.setPlaceholderText("timedesk@example.com")
        self.coordination = QLineEdit()
        self.coordination.setObjectName("mailCoordination")
        self.coordination.setPlaceholderText("ana@example.com, luis@example.com")
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setObjectName("mailSave")
        self.saved = self.save_result = role_label("", "hint")
        self.saved.setObjectName("mailSaved")
        self.saved.hide()
        self.test_to = QLineEdit()
        self.test_to.setObjectName("mailTestTo")
        self.test_to.setPlaceholderText(self.tr("address to send the test to"))
        self.test_button = QPushButton(self.tr("Send test e-mail"))
        self.test_button.setObjectName("mailTest")
        self.test_result = role_label("", "hint")
        self.test_result.setObjectName("mailTestResult")
        self.test_result.hide()
        self._build_layout()
        self.load_values()
        self.security.currentIndexChanged.connect(self._suggest_port)
        self.save_button.clicked.connect(lambda _checked: self.save())
        self.test_button.clicked.connect(lambda _checked: self.send_test())
        for widget in (self.enabled, self.host, self.port, self.security, self.user,
                       self.password, self.from_address, self.coordination, self.save_button,
                       self.test_to, self.test_button):
            widget.setEnabled(editable)

    def _build_layout(self) -> None:
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addSpacing(12)
        server.addWidget(QLabel(self.tr("Port:")))
        server.addSpacing(4)
        server.addWidget(self.port)
        rows: list[tuple[str, Any]] = [
            (self.tr("Server:"), server), (self.tr("Security:"), self.security),
            (self.tr("User:"), self.user), (self.tr("Password:"), self.password),
            ("", self.password_state), (self.tr("From address:"), self.from_address),
            (self.tr("Alerts and reports to:"), self.coordination),
            ("", role_label(self.tr("Addresses, separated by commas, that receive alerts and "
                                    "everyone's reports."), "hint"))]
        overridden = self.overridden_note()
        if overridden is not None:
            rows.append(("", overridden))
        save_row = QHBoxLayout()
        save_row.addWidget(self.saved, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_button)
        test_row = QHBoxLayout()
        test_row.setSpacing(8)
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        rows += [("", save_row), (self.tr("Test e-mail to:"), test_row), ("", self.test_result)]
        grid = form_grid(rows, first_row=1)
        grid.addWidget(self.enabled, 0, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)

    def load_values(self) -> None:
        s = self._settings
        self.enabled.setChecked(s["mail.enabled"])
        self.host.setText(s["smtp.host"])
        self.port.setValue(s["smtp.port"])
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(s["smtp.security"])))
        self.security.blockSignals(False)
        self.user.setText(s["smtp.user"])
        self.from_address.setText(s["smtp.from_address"])
        self.coordination.setText(s["mail.coordination"])
        self.test_to.setText(s["smtp.from_address"])

    def form_values(self) -> dict[str, Any]:
        return {"mail.enabled": self.enabled.isChecked(), "smtp.host": self.host.text().strip(),
                "smtp.port": self.port.value(), "smtp.security": self.security.currentData(),
                "smtp.user": self.user.text().strip(),
                "smtp.from_address": self.from_address.text().strip(),
                "mail.coordination": self.coordination.text().strip()}

    def _suggest_port(self) -> None:
        if self.port.value() in USUAL_PORTS.values():
            self.port.setValue(USUAL_PORTS[self.security.currentData()])

    def problem(self, values: dict[str, Any]) -> str:
        """Why the form's addresses cannot be saved ('' when they can)."""
        bad = [a for a in [values["smtp.from_address"]] if a and not clean_address(a)]
        parts = values["mail.coordination"].replace(";", ",").split(",")
        bad += [p.strip() for p in parts if p.strip() and not clean_address(p)]
        if not bad:
            return ""
        return self.tr("'{address}' is not a valid e-mail address; type it as "
                       "name@example.com.").format(address=bad[0][:80])

    def _secret_texts(self) -> SecretTexts:
        return SecretTexts(
            where={"keyring": self.tr("A password is stored in the system keyring; type a new "
                                      "one to replace it."),
                   "file": self.tr("A password is stored in the unencrypted secrets file; "
                                   "type a new one to replace it."),
                   "session": self.tr("A password is kept until timedesk closes (no keyring)."),
                   "environment": self.tr("The password comes from the environment variable "
                                          "TIMEDESK_SECRET_{name}.").format(
                       name=PASSWORD_SECRET)},
            none=self.tr("No password stored. It goes to the system keyring, never to the "
                         "settings file."), none_role="hint",
            cleared=self.tr("Saved. The server changed, so the stored password was deleted: "
                            "type the password again and save."),
            not_stored=self.tr("Settings saved, but not the password:"),
            stored=self.tr("Saved; the password is in the {place}."))

    def save_title(self) -> str:
        return self.tr("Saving the mail settings")

    # -- test e-mail -------------------------------------------------------------------------
    def send_test(self) -> None:
        if not self.editable:
            return
        to, values = self.test_to.text().strip(), self.form_values()
        settings = FormSettings(self._settings, values)
        secrets = FormSecrets(self._secrets, self.password.text())
        self.test_button.setEnabled(False)
        show_message(self.test_result, self.tr("Sending a test e-mail to {to}…").format(to=to),
                     "hint")

        def sent(_result: Any) -> None:
            self.test_button.setEnabled(True)
            text = self.tr("Test e-mail sent to {to} through {host}:{port}.").format(
                to=to, host=values["smtp.host"], port=values["smtp.port"])
            show_message(self.test_result, f"{text} {self.unsaved_note(values)}".strip(),
                         "success")

        def not_sent(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            show_error(self.test_result, exc, self.tr("Test e-mail not sent:"))

        run_in_background(self, lambda progress: send_test_email(settings, secrets, to), sent,
                          not_sent, jobs=self._jobs, title=self.tr("Sending a test e-mail"))

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> MailSection:
        section = cls(ctx.settings, ctx.secrets, services.jobs, can_manage(actor))
        section.secret.refresh()
        return section


register_connection_section("mail",
                            lambda: QCoreApplication.translate("Sections", "Mail server"),
                            MailSection.build, order=60, page=PAGE_MAIL)
