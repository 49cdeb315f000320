"""The Tickets tab's "My e-mail" button: which help-desk mails the signed-in person receives
(a new ticket in the queue, an assignment, a public comment, a resolution). Each person's
choice, stored by HelpDesk.set_mail_optout; read when the menu opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton, QWidget

from timedesk.auth.permissions import Actor
from timedesk.tickets.service import MAIL_KINDS, HelpDesk
from timedesk.ui.errors import describe_error
from timedesk.ui.tasks import run_in_background


class MailPreferencesButton(QPushButton):
    def __init__(self, desk: HelpDesk, actor: Actor, jobs: Any, parent: QWidget | None = None
                 ) -> None:
        super().__init__(self.tr("My e-mail"), parent)
        self.setObjectName("ticketMailButton")
        self.setToolTip(self.tr("Choose which help-desk e-mails you receive"))
        self.desk, self.actor, self.jobs = desk, actor, jobs
        self.error = ""
        labels = {"new": self.tr("A new ticket in the queue"),
                  "assigned": self.tr("A ticket assigned to me"),
                  "comment": self.tr("A reply on my tickets"),
                  "resolved": self.tr("My ticket resolved")}
        self.menu_ = QMenu(self)
        self.actions_: dict[str, QAction] = {}
        for kind in MAIL_KINDS:
            action = self.menu_.addAction(labels.get(kind, kind))
            action.setCheckable(True)
            action.setEnabled(False)  # until the stored choice is read
            action.toggled.connect(lambda on, kind=kind: self._store(kind, on))
            self.actions_[kind] = action
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self.refresh)

    def refresh(self) -> None:
        run_in_background(self, lambda _p: self.desk.mail_optouts(self.actor), self._show,
                          self._failed, jobs=self.jobs,
                          title=self.tr("Reading your e-mail choices"))

    def _show(self, opted_out: set[str]) -> None:
        for kind, action in self.actions_.items():
            action.blockSignals(True)
            action.setChecked(kind not in opted_out)
            action.blockSignals(False)
            action.setEnabled(True)

    def _store(self, kind: str, wanted: bool) -> None:
        run_in_background(self, lambda _p: self.desk.set_mail_optout(self.actor, kind,
                                                                     not wanted),
                          None, self._failed, jobs=self.jobs,
                          title=self.tr("Saving your e-mail choice"))

    def _failed(self, exc: BaseException) -> None:
        """Said in the window's status bar (and kept in the tooltip); the menu shows the
        stored choice again when it next opens."""
        self.error = describe_error(exc).text()
        self.setToolTip(self.error)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.error, 15_000)
