"""Mail server section: sending on/off, the SMTP server, its security and login (the password
goes to the secret store, never to the settings file), the sender and the coordination list;
Save, and "Send test e-mail" with the values in the form, off the GUI thread."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor
from timedesk.errors import TimedeskError
from timedesk.jobs import Job
from timedesk.mail.recipients import clean_address
from timedesk.mail.sender import send_test_email
from timedesk.mail.smtp import PASSWORD_SECRET
from timedesk.ui.async_tools import running_loop, spawn
from timedesk.ui.connection.save_flow import save_form
from timedesk.ui.connection.sections import can_manage, register_connection_section
from timedesk.ui.widgets import primary_button, role_label, show_message

log = logging.getLogger(__name__)
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


def _error_line(exc: Exception) -> str:
    return str(exc) if isinstance(exc, TimedeskError) else \
        (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class MailSection(QWidget):
    def __init__(self, settings: Any, secrets: Any, jobs: Any, editable: bool) -> None:
        super().__init__()
        self._settings, self._secrets, self._jobs = settings, secrets, jobs
        self.editable = editable
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
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_state = role_label("", "hint")
        self.password_state.setObjectName("smtpPasswordState")
        self.password_state.hide()
        self.from_address = QLineEdit()
        self.from_address.setObjectName("smtpFrom")
        self.from_address.setPlaceholderText("timedesk@example.com")
        self.coordination = QLineEdit()
        self.coordination.setObjectName("mailCoordination")
        self.coordination.setPlaceholderText("ana@example.com, luis@example.com")
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setObjectName("mailSave")
        self.saved = role_label("", "hint")
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
        self.save_button.clicked.connect(self.start_save)
        self.test_button.clicked.connect(self.start_test)
        for widget in (self.enabled, self.host, self.port, self.security, self.user,
                       self.password, self.from_address, self.coordination, self.save_button,
                       self.test_to, self.test_button):
            widget.setEnabled(editable)

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.enabled, 0, 0, 1, 2)
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
            (self.tr("Coordination:"), self.coordination),
            ("", role_label(self.tr("Addresses, separated by commas, that receive alerts and "
                                    "everyone's reports."), "hint"))]
        overridden = [k for k in KEYS if self._settings.source(k).startswith("env")]
        if overridden:
            rows.append(("", role_label(self.tr(
                "Environment variables set {keys}: what you save here applies only when they "
                "are not set.").format(keys=", ".join(overridden)), "warning")))
        save_row = QHBoxLayout()
        save_row.addWidget(self.saved, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_button)
        test_row = QHBoxLayout()
        test_row.setSpacing(8)
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        rows += [("", save_row), (self.tr("Test e-mail to:"), test_row), ("", self.test_result)]
        for number, (title, item) in enumerate(rows, start=1):
            if title:
                grid.addWidget(QLabel(title), number, 0)
            if isinstance(item, QWidget):
                grid.addWidget(item, number, 1)
            else:
                grid.addLayout(item, number, 1)
        grid.setColumnStretch(1, 1)
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

    def address_problem(self, values: dict[str, Any]) -> str:
        """Why the form's addresses cannot be saved ('' when they can)."""
        bad = [a for a in [values["smtp.from_address"]] if a and not clean_address(a)]
        parts = values["mail.coordination"].replace(";", ",").split(",")
        bad += [p.strip() for p in parts if p.strip() and not clean_address(p)]
        if not bad:
            return ""
        return self.tr("'{address}' is not a valid e-mail address; type it as "
                       "name@example.com.").format(address=bad[0][:80])

    # -- password state ----------------------------------------------------------------------
    def refresh_password_state(self):
        return spawn(self._show_password_state()) if running_loop() is not None else None

    async def _show_password_state(self) -> None:
        secrets = self._secrets
        try:
            where = await self._jobs.run(Job(self.tr("Reading the secret store"),
                                             lambda progress: secrets.source(PASSWORD_SECRET)))
        except TimedeskError as exc:
            where, problem = None, exc.message
        else:
            problem = ""
        if Shiboken.isValid(self):
            self.show_password_state(where, problem)

    def show_password_state(self, where: str | None, problem: str = "") -> None:
        texts = {"keyring": self.tr("A password is stored in the system keyring; type a new "
                                    "one to replace it."),
                 "file": self.tr("A password is stored in the unencrypted secrets file; type a "
                                 "new one to replace it."),
                 "session": self.tr("A password is kept until timedesk closes (no keyring)."),
                 "environment": self.tr("The password comes from the environment variable "
                                        "TIMEDESK_SECRET_{name}.").format(name=PASSWORD_SECRET)}
        if problem:
            show_message(self.password_state, problem, "error")
        elif where in texts:
            show_message(self.password_state, texts[where], "success")
        else:
            show_message(self.password_state, self.tr("No password stored. It goes to the "
                                                      "system keyring, never to the settings "
                                                      "file."), "hint")
        self.password.setPlaceholderText("••••••••" if where else "")

    # -- save --------------------------------------------------------------------------------
    def start_save(self):
        return spawn(self.save())

    async def save(self) -> None:
        if not self.editable:
            return
        values = self.form_values()
        problem = self.address_problem(values)
        if problem:
            show_message(self.saved, problem, "error")
            return
        secrets = self._secrets
        cleared = await save_form(
            self, self.save_button, self._jobs, self.tr("Saving the mail settings"),
            self._settings, secrets, values,
            lambda exc: show_message(self.saved, str(exc), "error"))
        if cleared is None:
            return
        password = self.password.text()
        if not password:
            if cleared:
                self.show_password_state(None)
                show_message(self.saved, self.tr(
                    "Saved. The server changed, so the stored password was deleted: type the "
                    "password again and save."), "warning")
            else:
                show_message(self.saved, self.tr("Saved."), "success")
            return
        self.save_button.setEnabled(False)
        try:
            where = await self._jobs.run(Job(self.tr("Storing the SMTP password"),
                                             lambda progress: secrets.set(PASSWORD_SECRET,
                                                                          password)))
        except Exception as exc:  # SecretStoreUnavailable (no keyring), too short, ...
            if not isinstance(exc, TimedeskError):
                log.error("storing the SMTP password failed (%s)", type(exc).__name__)
            # never str() of a foreign error here: a backend might echo the value
            where, failure = None, str(exc) if isinstance(exc, TimedeskError) else \
                type(exc).__name__
        if not Shiboken.isValid(self):
            return
        self.save_button.setEnabled(True)
        if where is None:
            show_message(self.saved, self.tr("Settings saved, but not the password: {reason}")
                         .format(reason=failure), "error")
            return
        self.password.clear()
        self.show_password_state(where)
        show_message(self.saved, self.tr("Saved; the password is in the {place}.").format(
            place={"keyring": self.tr("system keyring"),
                   "file": self.tr("unencrypted secrets file")}.get(
                where, self.tr("memory of this session"))), "success")

    # -- test e-mail -------------------------------------------------------------------------
    def start_test(self):
        return spawn(self.send_test())

    async def send_test(self) -> None:
        if not self.editable:
            return
        to, values = self.test_to.text().strip(), self.form_values()
        settings = FormSettings(self._settings, values)
        secrets = FormSecrets(self._secrets, self.password.text())
        self.test_button.setEnabled(False)
        show_message(self.test_result, self.tr("Sending a test e-mail to {to}…").format(to=to),
                     "hint")
        job = Job(self.tr("Sending a test e-mail"),
                  lambda progress: send_test_email(settings, secrets, to))
        try:
            await self._jobs.run(job)
        except Exception as exc:
            if not isinstance(exc, TimedeskError):
                log.exception("test e-mail failed")
            failure = _error_line(exc)
        else:
            failure = ""
        if not Shiboken.isValid(self):
            return
        self.test_button.setEnabled(True)
        if failure:
            show_message(self.test_result, self.tr("Test e-mail not sent: {reason}").format(
                reason=failure), "error")
            return
        unsaved = any(values[k] != self._settings[k] for k in KEYS) or self.password.text()
        text = self.tr("Test e-mail sent to {to} through {host}:{port}.").format(
            to=to, host=values["smtp.host"], port=values["smtp.port"])
        if unsaved:
            text += " " + self.tr("The form has unsaved changes: press Save to keep them.")
        show_message(self.test_result, text, "success")

    @classmethod
    def create(cls, ctx: Any, actor: Actor, services: Any) -> "MailSection":
        section = cls(ctx.settings, ctx.secrets, services.jobs, can_manage(actor))
        section.refresh_password_state()
        return section


register_connection_section("mail",
                            lambda: QCoreApplication.translate("Sections", "Mail server"),
                            MailSection.create, order=60)
