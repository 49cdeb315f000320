"""The main window: the tabs the actor may see, the menu, the chat dock, the status bar and the
tray icon.

File > Quit (also in the tray's menu) emits `quitRequested`; the application's lifecycle (not
the window) decides what happens next: one quit event, and the cleanup inside amain while the
loop still runs. Closing the window does the same, unless the listener runs and the desktop has
a system tray: the window then hides in the tray (saying so the first time) and webhooks keep
arriving until Quit.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission, Role
from timedesk.ui.about import AboutBox
from timedesk.ui.chat.dock import ChatDock
from timedesk.ui.errors import describe_error
from timedesk.ui.formats import use_office_zone
from timedesk.ui.idle_lock import SETTING as IDLE_LOCK_SETTING
from timedesk.ui.idle_lock import IdleWatch, LockScreen
from timedesk.ui.pages import PagedTab
from timedesk.ui.services import UiServices
from timedesk.ui.shortcuts import (
    ShortcutsDialog,
    page_in_front,
    refresh_of,
    search_field,
    window_shortcuts,
)
from timedesk.ui.status_bar import LISTENING, StatusBar
from timedesk.ui.tabs import tabs_for
from timedesk.ui.tasks import run_in_background
from timedesk.ui.tray import DesktopNotices, Tray
from timedesk.ui.widgets import role_label
from timedesk.ui.window_state import WindowState

log = logging.getLogger(__name__)
DEFAULT_SIZE = (1100, 720)
HINT_MS = 5_000
# The tab a role works in, for a person's first start on a PC (later: the tab they last used).
ROLE_START = {Role.RECEPTIONIST: "turns", Role.STAFF: "turns", Role.TECHNICIAN: "tickets",
              Role.REQUESTER: "tickets"}


class MainWindow(QMainWindow):
    quitRequested = Signal()
    signOutRequested = Signal()  # the next person signs in (the app goes on)
    languageChosen = Signal(str)  # the person saved their language: rebuild the window in it

    def __init__(self, ctx: Any, actor: Actor, services: UiServices,
                 own_language: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.actor = actor
        self.services = services
        use_office_zone(ctx.settings)  # every screen shows times in the office's zone
        self.own_language = own_language  # users.language of the person (None: the PC's)
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
        self.quit_action = self._action(self.tr("&Quit"), self.quitRequested.emit, "Ctrl+Q")
        self.tray = Tray(self, self.open_window, self.quit_action)
        self.status.follow(services)
        self.notices = DesktopNotices(self, ctx, actor)
        person = actor.kind == "user" and actor.id is not None  # has a password to unlock with
        self.chat = ChatDock(self, ctx, actor, services, self.tray) if person else None
        self.locked = False
        self.setup_wizard: QWidget | None = None
        self._hidden_for_lock: list[QWidget] = []
        self.lock_screen: LockScreen | None = None
        self.idle: IdleWatch | None = None
        if person:
            self.lock_screen = LockScreen(self, ctx.db, actor, services.jobs)
            self.lock_screen.unlocked.connect(self.unlock)
            self.lock_screen.switchUser.connect(self.signOutRequested.emit)
            self.lock_screen.closeRequested.connect(self.close)
            self.lock_screen.hide()
            self.idle = IdleWatch(self, ctx.settings[IDLE_LOCK_SETTING])
            self.idle.idle.connect(self.lock)
        self._build_menus(person)
        self.state = WindowState(ctx.paths.config_dir)
        self.state.restore_geometry(self)
        # each person starts on the tab they last worked in, else where their role works
        start = self.state.last_tab(actor.name) or ROLE_START.get(actor.role)
        if start in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(start))
        self.tabs.currentChanged.connect(self._remember_tab)

    def _action(self, text: str, slot: Callable[[], object],
                keys: str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda *_: slot())
        self.addAction(action)  # its keys work wherever the focus is in the window
        return action

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

    def _build_menus(self, person: bool) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if person:
            self.sign_out_action = self._action(self.tr("&Sign out / switch user"),
                                                self.signOutRequested.emit, "Ctrl+Shift+L",
                                                "signOutAction")
            self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L", "lockAction")
            file_menu.addActions([self.sign_out_action, self.lock_action])
            file_menu.addMenu(self._language_menu())
            file_menu.addSeparator()
        self.settings_action = self._action(self.tr("S&ettings…"), self.show_settings,
                                            "Ctrl+,", "settingsAction")
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh_page, "F5",
                                           "refreshAction")
        self.search_action = self._action(self.tr("&Search"), self.focus_search, "Ctrl+F",
                                          "searchAction")
        view_menu.addActions([self.refresh_action, self.search_action])
        view_menu.addSeparator()
        self.tab_actions = [  # Ctrl+1 … Ctrl+9: the first nine tabs
            self._action(self.tr("Go to {tab}").format(tab=self.tabs.tabText(index)),
                         functools.partial(self.tabs.setCurrentIndex, index), f"Ctrl+{index + 1}")
            for index in range(min(len(self.tab_keys), 9))]
        view_menu.addActions(self.tab_actions)
        if self.chat is not None:
            self.menuBar().addAction(self.chat.action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"),
                                             self.show_shortcuts)
        self.doctor_action = self._action(self.tr("&Check this PC…"), self.show_doctor)
        self.about_action = self._action(self.tr("&About timedesk"), self.show_about)
        help_menu.addActions([self.shortcuts_action, self.doctor_action])
        if self.actor.can(Permission.SETTINGS_MANAGE):
            self.wizard_action = self._action(self.tr("Set-up &wizard…"),
                                              self.show_setup_wizard, name="setupWizardAction")
            help_menu.addAction(self.wizard_action)
        help_menu.addAction(self.about_action)

    def _language_menu(self) -> QMenu:
        """File > My language: the signed-in person's own interface language (any role)."""
        menu = QMenu(self.tr("My &language"), self)
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        # Language names are written in their own language, so anyone can find theirs.
        for label, code in ((self.tr("This computer's language"), ""), ("Español", "es"),
                            ("English", "en")):
            action = menu.addAction(label)
            action.setObjectName(f"language_{code or 'default'}")
            action.setCheckable(True)
            action.setChecked(code == (self.own_language or ""))
            action.setActionGroup(group)
            action.triggered.connect(functools.partial(self.choose_language, code))
        return menu

    def choose_language(self, code: str, *_: object) -> None:
        """Save `code` as the person's language ('' : this PC's), then ask for the window to
        be built again in it (the session stays signed in)."""
        from timedesk.auth.service import set_language

        db, actor = self.ctx.db, self.actor

        def saved(info: Any) -> None:
            self.own_language = info.language
            self.languageChosen.emit(info.language or "")

        def failed(exc: BaseException) -> None:
            self.status.showMessage(describe_error(exc).text(), 3 * HINT_MS)

        run_in_background(self, lambda progress: set_language(db, actor, actor.name,
                                                              code or None),
                          saved, failed, jobs=self.services.jobs,
                          title=self.tr("Saving your language"))

    def show_settings(self, page: str | None = None) -> QWidget:
        """File > Settings (Ctrl+,): this PC's settings, the integrations and mail."""
        from timedesk.ui.connection.dialog import SettingsDialog

        dialog = self.findChild(SettingsDialog)
        if dialog is None:
            dialog = SettingsDialog(self, self.ctx, self.actor, self.services)
        if page is not None:
            dialog.show_page(page)
        dialog.open()  # never exec(): we run inside the asyncio loop
        dialog.raise_()
        return dialog

    def show_about(self) -> QMessageBox:
        box = AboutBox(self, self.ctx.paths.data_dir)
        box.open()  # never exec(): we run inside the asyncio loop
        return box

    def show_setup_wizard(self) -> QWidget:
        """Help > Set-up wizard (people who may change the settings)."""
        from timedesk.ui.wizard.wizard import open_setup_wizard

        return open_setup_wizard(self)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard shortcuts: every shortcut of the window's menus and actions."""
        menus = [menu.menuAction() for menu in self.menuBar().findChildren(QMenu)]
        dialog = ShortcutsDialog(self, window_shortcuts([*menus, *self.actions()]))
        dialog.open()
        return dialog

    def refresh_page(self) -> bool:
        """F5: the page in front reads its data again; False when it has nothing to read."""
        refresh = refresh_of(page_in_front(self.tabs.currentWidget()))
        if refresh is None:
            self.status.showMessage(self.tr("This page has nothing to refresh."), HINT_MS)
            return False
        refresh()
        return True

    def focus_search(self) -> bool:
        """Ctrl+F: the cursor in the search field of the page in front, if it has one."""
        field = search_field(page_in_front(self.tabs.currentWidget()))
        if field is None:
            self.status.showMessage(self.tr("This page has no search field."), HINT_MS)
            return False
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
        return True

    # -- the idle lock -----------------------------------------------------------------------
    def lock(self) -> None:
        """The lock screen takes the window's place (and its dialogs' and the chat's); the
        public screens (lobby display, kiosks: windows without a parent) stay. A window hidden in the tray stays hidden
        until it is opened: then the lock screen shows."""
        if self.lock_screen is None or self.locked:
            return
        self.locked = True
        self._hidden_for_lock = [widget for widget in QApplication.topLevelWidgets()
                                 if widget.isVisible() and self._owns(widget)]
        for widget in self._hidden_for_lock:
            widget.hide()
        on_screen = self.isVisible() and not self.isMinimized()
        maximized = self.isMaximized()
        self.lock_screen.setGeometry(self.geometry())
        self.hide()
        log.info("idle lock: the window of %s is locked", self.actor.name)
        if on_screen:
            self._show_lock_screen(maximized)

    def _owns(self, widget: QWidget) -> bool:
        if widget is self.lock_screen:
            return False
        parent = widget.parentWidget()
        while parent is not None and parent is not self:
            parent = parent.parentWidget()
        return parent is self

    def _show_lock_screen(self, maximized: bool = False) -> None:
        assert self.lock_screen is not None
        self.lock_screen.start()
        if maximized:
            self.lock_screen.showMaximized()
        else:
            self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.activateWindow()
        self.lock_screen.password.setFocus()

    def unlock(self) -> None:
        """The right password: the window and what the lock hid come back."""
        if not self.locked or self.lock_screen is None:
            return
        self.locked = False
        self.setGeometry(self.lock_screen.geometry())
        self.lock_screen.hide()
        self.show()
        for widget in self._hidden_for_lock:
            widget.show()
        self._hidden_for_lock = []
        self.activateWindow()
        if self.idle is not None and self.idle.enabled:
            self.idle.timer.start()

    def show_doctor(self) -> QWidget:
        """The `timedesk doctor` checklist in a window (Help > Check this PC)."""
        from timedesk.ui.doctor_dialog import DoctorDialog

        dialog = DoctorDialog(self, self.services.jobs)
        dialog.open()
        return dialog

    def current_tab_key(self) -> str | None:
        index = self.tabs.currentIndex()
        return self.tab_keys[index] if 0 <= index < len(self.tab_keys) else None

    def open_window(self) -> None:
        """Back from the tray (or from behind other windows); the lock screen while locked."""
        if self.locked:
            self._show_lock_screen()
            return
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def keeps_running_in_tray(self) -> bool:
        """Closing hides the window instead of quitting: the listener runs and there is a tray
        to come back from."""
        listener = self.services.listener
        return (self.tray.available and listener is not None
                and getattr(listener, "state", "") == LISTENING)

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.notices.quitting or not self.keeps_running_in_tray():
            self.quitRequested.emit()
            event.accept()
            return
        event.ignore()
        self.hide()
        if self.lock_screen is not None:
            self.lock_screen.hide()  # still locked when opened again
        if not self.state.tray_notice_shown():
            self.tray.notify(self.tr("timedesk is still running"), self.tr(
                "The listener keeps receiving Clockify webhooks while the window is closed. "
                "Click this icon to open timedesk again; choose Quit in its menu to stop it."))
            self.state.save_tray_notice_shown()

    def prepare_quit(self) -> None:
        """The app is closing: the listener stopping is no news, and the icon goes away."""
        self.notices.quitting = True
        self.tray.hide()
        if self.lock_screen is not None:
            self.lock_screen.hide()
