"""Sign in with a user name and password; clear messages for mistakes and for a lockout."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from timedesk.auth.lockout import MAX_FAILED_LOGINS
from timedesk.auth.permissions import Actor
from timedesk.errors import AccountLocked, AuthenticationFailed, TimedeskError
from timedesk.ui.async_tools import spawn
from timedesk.ui.auth.form import CredentialsForm
from timedesk.ui.widgets import short_path

Authenticate = Callable[[str, str], Awaitable[Actor]]  # runs authenticate off the GUI thread
log = logging.getLogger(__name__)


def local_unlock_time(until: datetime | None) -> str:
    """The local HH:MM at which a lock (AccountLocked.locked_until, UTC) ends, or ''."""
    return until.astimezone().strftime("%H:%M") if until is not None else ""


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

    def submit(self) -> asyncio.Task | None:
        if not self.username.text().strip() or not self.password.text():
            self.ui.say(self.tr("Enter your user name and password."), "error")
            return None
        return spawn(self._sign_in())

    async def _sign_in(self) -> None:
        self._set_busy(True)
        try:
            actor = await self._authenticate(self.username.text().strip(), self.password.text())
        except AccountLocked as exc:
            self._fail(self.locked_message(exc))
            return
        except AuthenticationFailed:
            self._fail(self.wrong_credentials_message())
            return
        except TimedeskError as exc:
            self._fail(exc.message)
            return
        except Exception:  # e.g. the database went away: say so instead of hanging on "Checking"
            log.exception("sign-in failed")
            self._fail(self.tr("Signing in failed unexpectedly; the log file has the details."))
            return
        self.signedIn.emit(actor)
        self.accept()

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
