"""The main window: the tabs the actor may see, the menu, the chat dock and the status bar.

Closing the window or File > Quit emits `quitRequested`; the application's lifecycle (not the
window) decides what happens next: one quit event, and the cleanup inside amain while the loop
still runs.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from timedesk import __version__
from timedesk.auth.permissions import Actor, Role
from timedesk.ui.chat.dock import ChatDock
from timedesk.ui.pages import PagedTab
from timedesk.ui.services import UiServices
from timedesk.ui.status_bar import StatusBar
from timedesk.ui.tabs import tabs_for
from timedesk.ui.widgets import role_label
from timedesk.ui.window_state import WindowState

log = logging.getLogger(__name__)
DEFAULT_SIZE = (1100, 720)
# The tab a role works in, for a person's first start on a PC (later: the tab they last used).
ROLE_START = {Role.RECEPTIONIST: "turns", Role.STAFF: "turns", Role.TECHNICIAN: "tickets",
              Role.REQUESTER: "tickets"}


class MainWindow(QMainWindow):
    quitRequested = Signal()

    def __init__(self, ctx: Any, actor: Actor, services: UiServices) -> None:
        super().__init__()
        self.actor = actor
        self.services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("timedesk"))
        self.resize(*DEFAULT_SIZE)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(False)
        self.setCentralWidget(self.tabs)
        self.tab_keys: list[str] = []
        for spec in tabs_for(actor):
            self.tabs.addTab(self._build_tab(spec, ctx, actor, services), spec.title())
            self.tab_keys.append(spec.key)
        self.status = StatusBar(services.jobs, self)
        self.setStatusBar(self.status)
        self.status.show_database(ctx.db.description)
        self.status.show_user(actor)
        self.status.follow(services)
        self.chat = (ChatDock(self, ctx, actor, services)
                     if actor.kind == "user" and actor.id is not None else None)
        self._build_menus()
        self._tab_shortcuts()
        self.state = WindowState(ctx.paths.config_dir)
        self.state.restore_geometry(self)
        # each person starts on the tab they last worked in, else where their role works
        start = self.state.last_tab(actor.name) or ROLE_START.get(actor.role)
        if start in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(start))
        self.tabs.currentChanged.connect(self._remember_tab)

    def _tab_shortcuts(self) -> None:
        """Ctrl+1 … Ctrl+9: the first nine tabs."""
        for number in range(1, min(len(self.tab_keys), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self.tabs.setCurrentIndex(index))

    def _remember_tab(self, index: int) -> None:
        if 0 <= index < len(self.tab_keys):
            self.state.save_last_tab(self.actor.name, self.tab_keys[index])

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing or quitting hides the window first: its size and place are kept then."""
        if not self.isMinimized():
            self.state.save_geometry(self)
        super().hideEvent(event)

    def _build_tab(self, spec, ctx: Any, actor: Actor, services: UiServices) -> QWidget:
        try:
            widget = spec.factory(ctx, actor, services)
        except Exception:  # one broken tab must not keep the office out of the others
            log.exception("tab %s could not be built", spec.key)
            widget = role_label(self.tr("This tab could not be opened; see the log file for "
                                        "details."), "error")
        widget.setObjectName(f"tab_{spec.key}")
        return widget

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quitRequested.emit)
        file_menu.addAction(self.quit_action)
        if self.chat is not None:
            self.menuBar().addAction(self.chat.action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.doctor_action = QAction(self.tr("&Check this PC…"), self)
        self.doctor_action.triggered.connect(self.show_doctor)
        help_menu.addAction(self.doctor_action)
        self.about_action = QAction(self.tr("&About timedesk"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About timedesk"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(self.tr("<b>timedesk {version}</b>").format(version=__version__))
        box.setInformativeText(self.tr("The office time and attendance desk: Sesame reports, "
                                       "Clockify log, punch clock, turns and help desk."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # never exec(): we run inside the asyncio loop
        return box

    def show_doctor(self) -> QWidget:
        """The `timedesk doctor` checklist in a window (Help > Check this PC)."""
        from timedesk.ui.doctor_dialog import DoctorDialog

        dialog = DoctorDialog(self, self.services.jobs)
        dialog.open()
        return dialog

    def tab_index(self, key: str) -> int:
        return self.tab_keys.index(key) if key in self.tab_keys else -1

    def show_tab(self, key: str, page: str | None = None) -> bool:
        """Bring tab `key` (and its page `page`, in a tab made of pages) to the front; False
        when the actor does not have it."""
        index = self.tab_index(key)
        if index < 0:
            return False
        self.tabs.setCurrentIndex(index)
        widget = self.tabs.widget(index)
        return page is None or (isinstance(widget, PagedTab) and widget.show_page(page))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.quitRequested.emit()
        event.accept()
