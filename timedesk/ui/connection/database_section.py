"""Database section: which database is in use, test a PostgreSQL URL, switch to it or back to
the embedded SQLite file. Switching is saved to the settings and applies after a restart.

A switch is confirmed first (once the URL connected), in a box naming the database and what
follows: after the restart everyone signs in on that database and sees only its data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.db.credentials import save_database_url, with_stored_password
from timedesk.db.engine import check_connection, describe, make_engine, resolve_url
from timedesk.errors import TimedeskError
from timedesk.jobs import JobRunner
from timedesk.ui.connection.sections import PAGE_COMPUTER, can_manage, register_connection_section
from timedesk.ui.errors import show_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import confirm, role_label, short_path, show_message

URL_PLACEHOLDER = "postgresql://user:password@server:5432/timedesk"


def try_database_url(text: str, sqlite_file: Any, secrets: Any = None) -> str:
    """Connect once to the database `text` names; return where it is (DatabaseUnavailable
    with a one-line reason otherwise). A URL without a password uses the stored one.
    Blocking: run it as a job."""
    url = with_stored_password(resolve_url(text, sqlite_file), secrets)
    engine = make_engine(url)
    try:
        check_connection(engine)
    finally:
        engine.dispose()
    return describe(url)


class DatabaseSection(QWidget):
    def __init__(self, settings: Any, sqlite_file: Any, in_use: str, jobs: JobRunner,
                 editable: bool, secrets: Any = None) -> None:
        super().__init__()
        self._settings = settings
        self._secrets = secrets
        self._sqlite_file = sqlite_file
        self._jobs = jobs
        self.in_use = QLabel(short_path(in_use))
        self.in_use.setObjectName("databaseInUse")
        self.url = QLineEdit()
        self.url.setObjectName("databaseUrl")
        self.url.setPlaceholderText(URL_PLACEHOLDER)
        self.url.setClearButtonEnabled(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.use_button = QPushButton(self.tr("Use this database"))
        self.sqlite_button = QPushButton(self.tr("Use the embedded SQLite database"))
        self.result = role_label("", "hint")
        self.result.setObjectName("databaseResult")
        self.result.hide()
        self._build_layout(editable)
        self.test_button.clicked.connect(lambda _checked: self.try_url(save=False))
        self.use_button.clicked.connect(lambda _checked: self.try_url(save=True))
        self.sqlite_button.clicked.connect(self.use_sqlite)
        self.url.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def _build_layout(self, editable: bool) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(QLabel(self.tr("In use:")), 0, 0)
        grid.addWidget(self.in_use, 0, 1)
        grid.addWidget(QLabel(self.tr("PostgreSQL URL:")), 1, 0)
        grid.addWidget(self.url, 1, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.use_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sqlite_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(role_label(self.tr(
            "One computer: the embedded SQLite file needs no set-up. Several computers: point "
            "all of them at one PostgreSQL database. A password written in the URL goes to the "
            "keyring, never to the settings file."), "hint"))
        source = self._settings.source("database.url")
        if source.startswith("env"):
            layout.addWidget(role_label(self.tr(
                "The environment variable TIMEDESK_DATABASE_URL chooses the database; a URL saved "
                "here applies only when it is not set."), "warning"))
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        for widget in (self.url, self.test_button, self.use_button, self.sqlite_button):
            widget.setEnabled(editable)
        self._editable = editable

    def _update_buttons(self) -> None:
        has_url = bool(self.url.text().strip()) and self._editable
        self.test_button.setEnabled(has_url)
        self.use_button.setEnabled(has_url)
        self.sqlite_button.setEnabled(self._editable and bool(self._settings["database.url"]))

    # -- behaviour ---------------------------------------------------------------------------
    def try_url(self, *, save: bool) -> None:
        """Connect to the URL typed, off the GUI thread; with `save`, keep it once it works."""
        text = self.url.text().strip()
        sqlite_file, secrets = self._sqlite_file, self._secrets
        self._set_busy(True)
        show_message(self.result, self.tr("Connecting…"), "hint")

        def connected(where: str) -> None:
            self._set_busy(False)
            if not save:
                show_message(self.result, self.tr("Connection works: {where}").format(
                    where=where), "success")
                return
            self.confirm_switch(where, lambda: self._save(text, self.tr(
                "Saved: {where}. Restart timedesk to use this database.").format(where=where)))

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            show_error(self.result, exc, self.tr("Connection failed:"))

        run_in_background(self, lambda progress: try_database_url(text, sqlite_file, secrets),
                          connected, failed, jobs=self._jobs,
                          title=self.tr("Testing the database connection"))

    def use_sqlite(self) -> QMessageBox:
        path = short_path(str(self._sqlite_file))
        return self.confirm_switch(
            self.tr("the embedded SQLite database ({path})").format(path=path),
            lambda: self._save("", self.tr("Saved: the embedded SQLite database ({path}). "
                                           "Restart timedesk to use it.").format(path=path)))

    def confirm_switch(self, where: str, switch: Callable[[], None]) -> QMessageBox:
        """Ask before `switch()` saves another database: Cancel leaves everything as it was."""
        show_message(self.result, "", "hint")
        box = confirm(self, self.tr("Switch the database"), self.tr(
            "Use {where} from now on?\n\nThe database in use ({current}) stays as it is, but "
            "this computer stops using it: once timedesk restarts, it works on the new "
            "database, and everyone signs in again with the accounts stored there and sees "
            "only its data.").format(where=where, current=self.in_use.text()),
            switch, "confirmDatabaseSwitch")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a URL shows as typed
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Switch database"))
        return box

    def _save(self, url: str, message: str) -> None:
        try:
            if self._secrets is None:
                self._settings.set("database.url", url)
            else:
                save_database_url(self._settings, self._secrets, url)
        except TimedeskError as exc:
            show_error(self.result, exc)
            return
        show_message(self.result, message, "success")
        self._update_buttons()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.url, self.test_button, self.use_button, self.sqlite_button):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()
            self.url.setEnabled(self._editable)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> DatabaseSection:
        return cls(ctx.settings, ctx.paths.sqlite_file, ctx.db.description, services.jobs,
                   can_manage(actor), ctx.secrets)


register_connection_section("database",
                            lambda: QCoreApplication.translate("Sections", "Database"),
                            DatabaseSection.build, order=10, page=PAGE_COMPUTER)
