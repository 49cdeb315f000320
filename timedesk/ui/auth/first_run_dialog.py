"""First start on an empty database: create the administrator account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from timedesk.auth.passwords import MIN_LENGTH
from timedesk.auth.permissions import Actor
from timedesk.auth.service import normalize_username
from timedesk.errors import ValidationError
from timedesk.ui.auth.form import CredentialsForm
from timedesk.ui.errors import describe_error
from timedesk.ui.tasks import BackgroundTask

CreateAdmin = Callable[[str, str], Actor]  # auth.create_first_admin with its database


class FirstRunDialog(QDialog):
    adminCreated = Signal(object)  # the administrator's Actor

    def __init__(self, create_admin: CreateAdmin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create_admin = create_admin
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to timedesk"))
        self.ui = CredentialsForm(
            self, self.tr("Create the administrator"),
            self.tr("This database has no accounts yet. Create the administrator account: you "
                    "will use it to sign in, set up the connection and add the other people."),
            self.tr("Create administrator"), self.tr("Quit"))
        self.username = self.ui.add_field(self.tr("User name"), "username")
        self.password = self.ui.add_field(self.tr("Password"), "password", secret=True)
        self.repeat = self.ui.add_field(self.tr("Repeat password"), "repeat", secret=True)
        self.ui.add_note(self.tr("At least {count} characters.").format(count=MIN_LENGTH))
        self.username.setText("admin")
        self.ui.accept_button.clicked.connect(self.submit)
        self.ui.reject_button.clicked.connect(self.reject)
        self.adjustSize()

    def problem(self) -> str:
        """What is wrong with the form, in the user's language, or '' when it can be sent."""
        username = self.username.text().strip()
        if not username:
            return self.tr("Enter a user name.")
        try:
            normalize_username(username)
        except ValidationError:
            return self.tr("The user name may use letters, digits, dots, dashes, @ and "
                           "underscores (up to 80).")
        if len(self.password.text()) < MIN_LENGTH:
            return self.tr("The password must have at least {count} characters.").format(
                count=MIN_LENGTH)
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords are different.")
        return ""

    def submit(self) -> BackgroundTask | None:
        problem = self.problem()
        if problem:
            self.ui.say(problem, "error")
            return None
        username, password = self.username.text().strip(), self.password.text()
        self._set_busy(True)
        return self.ui.check(lambda: self._create_admin(username, password), self._created,
                             self._failed, self.tr("Creating the administrator"))

    def _created(self, actor: Actor) -> None:
        self.adminCreated.emit(actor)
        self.accept()

    def _failed(self, exc: BaseException) -> None:  # e.g. the database went away: say so
        self.ui.say(describe_error(exc).text(), "error")
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.repeat, self.ui.accept_button):
            widget.setEnabled(not busy)
        if busy:
            self.ui.say(self.tr("Creating the account…"), "hint")
