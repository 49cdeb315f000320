"""Sign in with a user name and password; clear messages for mistakes and for a lockout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from timedesk.auth.lockout import MAX_FAILED_LOGINS
from timedesk.auth.permissions import Actor
from timedesk.errors import AccountLocked, AuthenticationFailed
from timedesk.ui.auth.form import CredentialsForm
from timedesk.ui.errors import describe_error
from timedesk.ui.formats import time_text
from timedesk.ui.tasks import BackgroundTask
from timedesk.ui.widgets import short_path

Authenticate = Callable[[str, str], Actor]  # auth.authenticate with its database; run off-thread


def local_unlock_time(until: datetime | None) -> str:
    """The office's HH:MM at which a lock (AccountLocked.locked_until, UTC) ends, or ''."""
    return time_text(until)


class LoginDialog(QDialog):
    signedIn = Signal(object)  # the Actor

    def __init__(self, authenticate: Authenticate, where: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to timedesk"))
        self.ui = CredentialsForm(self, self.tr("Sign in"),
                                  self.tr("Sign in with your timedesk account."),
                                  self.tr("Sign in"), self.tr("Quit"))
        if where:
            self.ui.where.setText(self.tr("Database: {where}").format(where=short_path(where)))
            self.ui.where.show()
        self.username = self.ui.add_field(self.tr("User name"), "username")
        self.password = self.ui.add_field(self.tr("Password"), "password", secret=True)
        self.ui.accept_button.clicked.connect(self.submit)
        self.ui.reject_button.clicked.connect(self.reject)
        self.adjustSize()

    def submit(self) -> BackgroundTask | None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.ui.say(self.tr("Enter your user name and password."), "error")
            return None
        self._set_busy(True)
        return self.ui.check(lambda: self._authenticate(username, password), self._signed_in,
                             self._refused, self.tr("Signing in"))

    def _signed_in(self, actor: Actor) -> None:
        self.signedIn.emit(actor)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, AccountLocked):
            self._fail(self.locked_message(exc))
        elif isinstance(exc, AuthenticationFailed):
            self._fail(self.wrong_credentials_message())
        else:  # e.g. the database went away: say so instead of hanging on "Checking"
            self._fail(describe_error(exc).text())

    def wrong_credentials_message(self) -> str:
        return self.tr("Wrong user name or password. Check both and try again; the account is "
                       "locked for a few minutes after {count} failed attempts."
                       ).format(count=MAX_FAILED_LOGINS)

    def locked_message(self, exc: AccountLocked) -> str:
        until = local_unlock_time(exc.locked_until)
        if until:
            return self.tr("This account is locked after too many failed attempts. Try again "
                           "after {time}, or ask an administrator to reset the password."
                           ).format(time=until)
        return self.tr("This account is locked after too many failed attempts. Try again "
                       "later, or ask an administrator to reset the password.")

    def _fail(self, text: str) -> None:
        self.ui.say(text, "error")
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.ui.accept_button):
            widget.setEnabled(not busy)
        if busy:
            self.ui.say(self.tr("Checking…"), "hint")
