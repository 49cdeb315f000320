"""Desktop habits of the main window: the tray keeps the listener alive, desktop notifications,
F5 / Ctrl+F / the shortcut list, sign out and switch user, the idle lock, the About box."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import aiohttp
import pytest
from clockify_http.clockify_http_helpers import STOPPED_ID, raw_sample, send
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QSystemTrayIcon, QVBoxLayout, QWidget

from timedesk.auth import service as auth
from timedesk.auth.permissions import Actor, Permission, Role
from timedesk.clockify import queries, webhooks
from timedesk.jobs import Job
from timedesk.ui.application import GuiOptions, amain
from timedesk.ui.main_window import MainWindow
from timedesk.ui.services import UiServices
from timedesk.ui.tabs import register_tab, unregister_tab

PASSWORD = "rosa-password-2026"
TOKEN = "tok-timer-stopped-0123456789abcdef"


@pytest.fixture
def shown(monkeypatch):
    """A desktop with a system tray whose notifications are recorded: [(title, text)]."""
    found: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, text, *rest: found.append((title, text)))
    return found


@pytest.fixture
def ana(db):
    """An administrator with a real account."""
    info = auth.create_user(db, Actor.system("test"), "ana", "ana-password-2026", Role.ADMIN)
    return Actor("user", "ana", Role.ADMIN, info.id)


@pytest.fixture
def rosa(db):
    """A receptionist with a real account (a password to unlock with)."""
    info = auth.create_user(db, Actor.system("test"), "rosa", PASSWORD, Role.RECEPTIONIST)
    return Actor("user", "rosa", Role.RECEPTIONIST, info.id)


def window_of(qtbot, ctx, actor, services) -> MainWindow:
    window = MainWindow(ctx, actor, services)
    qtbot.addWidget(window)
    return window


async def active(qtbot, window) -> None:
    """Shown and active: window shortcuts work in the active window only."""
    window.show()
    qtbot.waitUntil(lambda: window.windowHandle() is not None
                    and window.windowHandle().isExposed())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


# -- the tray and the listener ------------------------------------------------------------------
async def test_closing_the_window_keeps_the_listener_receiving_webhooks_until_quit(
        ctx, admin_actor, eventually, shown):
    ctx.settings.override("listener.port", 0)
    webhooks.add_webhook(ctx.db, admin_actor, "TIMER_STOPPED", TOKEN, bus=ctx.bus)
    seen = {}

    async def close_then_quit(window, quit_event):
        services = window.services
        await eventually(lambda: services.listener is not None
                         and services.listener.state == "listening", timeout=20)
        window.close()
        assert not window.isVisible() and not quit_event.is_set()
        assert [title for title, _ in shown] == ["timedesk is still running"]
        async with aiohttp.ClientSession() as http:
            status, _ = await send(http, services.listener.url, TOKEN, "TIMER_STOPPED",
                                   raw_sample("TIMER_STOPPED.2022"))
        assert status == 200
        await eventually(lambda: _stored(ctx, STOPPED_ID), timeout=15)
        window.close()  # again: the notice was said once
        assert len(shown) == 1
        seen["listener"] = services.listener
        quit_item = [a for a in window.tray.menu.actions() if a.text() == "&Quit"]
        quit_item[0].trigger()  # Quit from the tray's menu

    code = await asyncio.wait_for(amain(ctx, GuiOptions(actor=admin_actor,
                                                        on_shown=close_then_quit)), 40)
    assert code == 0 and seen["listener"].state == "stopped"
    assert [title for title, _ in shown] == ["timedesk is still running"]  # quitting: no news


def _stored(ctx, clockify_id: str) -> bool:
    try:
        return queries.get_session_by_clockify_id(ctx.db, Actor.system("test"),
                                                  clockify_id) is not None
    except Exception:
        return False


@pytest.mark.parametrize("tray, listening", [(True, False), (False, True)])
def test_closing_quits_without_a_listener_or_without_a_tray(qtbot, ctx, services, admin_actor,
                                                            monkeypatch, tray, listening):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: tray))
    services.listener = SimpleNamespace(state="listening" if listening else "stopped",
                                        url=None, error=None, public_url=None)
    window = window_of(qtbot, ctx, admin_actor, services)
    window.show()
    with qtbot.waitSignal(window.quitRequested, timeout=1000):
        window.close()


def test_the_tray_menu_opens_the_window_and_shows_the_listener_state(
        qtbot, ctx, services, admin_actor, shown):
    window = window_of(qtbot, ctx, admin_actor, services)
    assert window.tray.available and window.tray.isVisible()
    texts = [action.text() for action in window.tray.menu.actions() if action.text()]
    assert texts == ["&Open timedesk", "Listener: off", "&Quit"]
    window.tray.open_action.trigger()
    assert window.isVisible()


# -- notifications ----------------------------------------------------------------------------
async def test_a_report_finishing_while_another_tab_is_shown_is_one_notification(
        qtbot, ctx, loop_runner, admin_actor, eventually, shown):
    window = window_of(qtbot, ctx, admin_actor, UiServices(jobs=loop_runner))
    window.show()
    title = QCoreApplication.translate("ReportsTab", "Sesame report")
    await loop_runner.run(Job(title, lambda progress: "done"))
    await eventually(lambda: shown)
    assert shown == [("Report ready", "Sesame report: ready. Click to open it.")]
    window.tray.messageClicked.emit()  # clicking it shows the report's tab
    assert window.current_tab_key() == "sesame_reports"
    await loop_runner.run(Job(title, lambda progress: "done"))  # the tab is in front now
    await loop_runner.run(Job("Another job", lambda progress: "done"))  # not a report
    await asyncio.sleep(0.1)
    assert len(shown) == 1
    clockify = QCoreApplication.translate("ClockifyReportsPage", "Clockify report")
    await loop_runner.run(Job(clockify, lambda progress: "done"))
    await eventually(lambda: len(shown) == 2)
    assert shown[1] == ("Report ready", "Clockify report: ready. Click to open it.")
    window.tray.messageClicked.emit()
    assert window.current_tab_key() == "clockify"


def test_the_report_titles_are_those_the_report_pages_give_their_jobs():
    import inspect

    from timedesk.ui.clockify.reports_page import ClockifyReportsPage
    from timedesk.ui.sesame.reports_tab import ReportsTab

    # the class names are the translation contexts of timedesk.ui.tray.report_jobs()
    assert 'title=self.tr("Sesame report")' in inspect.getsource(ReportsTab.start_generate)
    assert 'title=self.tr("Clockify report")' in inspect.getsource(ClockifyReportsPage.write_to)


async def test_a_session_put_under_review_is_one_notification_for_approvers(
        qtbot, ctx, services, admin_actor, rosa, eventually, shown):
    from clockify.clockify_helpers import deliver, sample

    from timedesk.ui.tray import REVIEW_BURST_MS

    approver = window_of(qtbot, ctx, admin_actor, services)
    receptionist = window_of(qtbot, ctx, rosa, services)
    assert admin_actor.can(Permission.CLOCKIFY_APPROVE)
    assert not rosa.can(Permission.CLOCKIFY_APPROVE)
    deliver(ctx.db, ctx.bus, "NEW_TIME_ENTRY", sample("NEW_TIME_ENTRY.2025"))
    await eventually(lambda: shown)
    await asyncio.sleep(REVIEW_BURST_MS / 1000 + 0.2)
    assert shown == [("Session under review", "A Clockify session needs your review.")]
    assert approver.tray is not receptionist.tray


async def test_the_listener_going_down_is_one_notification_but_not_at_quit(
        qtbot, ctx, services, admin_actor, shown):
    listener = SimpleNamespace(state="listening", url="http://127.0.0.1:8765", error=None,
                               public_url=None)
    services.listener = listener
    window = window_of(qtbot, ctx, admin_actor, services)
    assert window.tray.listener_action.text() == "Listener: 127.0.0.1:8765"
    listener.state, listener.url, listener.error = "failed", None, "port 8765 is in use."
    services.signals.listenerStateChanged.emit("failed")
    assert shown == [("The listener stopped",
                      "Clockify webhooks and the lobby display in the browser no longer reach "
                      "this computer. port 8765 is in use.")]
    assert window.tray.listener_action.text() == "Listener: failed"
    listener.state = "listening"
    services.signals.listenerStateChanged.emit("listening")
    window.prepare_quit()
    listener.state = "stopped"
    services.signals.listenerStateChanged.emit("stopped")
    assert len(shown) == 1


# -- shortcuts --------------------------------------------------------------------------------
class FakePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.refreshed = 0
        self.search = QLineEdit()
        self.search.setObjectName("fakeSearch")
        QVBoxLayout(self).addWidget(self.search)

    def refresh(self) -> None:
        self.refreshed += 1


@pytest.fixture
def fake_page():
    pages = []

    def build(ctx, actor, services):
        pages.append(FakePage())
        return pages[-1]

    register_tab("fake_page", lambda: "Fake page", None, build, order=1)
    register_tab("fake_plain", lambda: "Fake plain", None, lambda *_: QLabel("plain"), order=2)
    yield pages
    unregister_tab("fake_page")
    unregister_tab("fake_plain")


async def test_f5_refreshes_and_ctrl_f_searches_the_page_in_front(
        qtbot, ctx, services, admin_actor, fake_page):
    window = window_of(qtbot, ctx, admin_actor, services)
    window.tabs.setCurrentIndex(window.tab_index("fake_page"))
    await active(qtbot, window)
    page = fake_page[0]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.refreshed == 1
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    window.tabs.setCurrentIndex(window.tab_index("fake_plain"))
    assert not window.refresh_page() and not window.focus_search()
    assert window.status.currentMessage() == "This page has no search field."


def test_f5_reaches_the_current_page_inside_a_tab_of_pages(qtbot, ctx, services, admin_actor):
    from timedesk.ui.shortcuts import page_in_front, refresh_of

    window = window_of(qtbot, ctx, admin_actor, services)
    tab = window.tabs.widget(window.tab_index("clockify"))
    tab.pages.setCurrentIndex(1)  # Users
    page = page_in_front(tab)
    assert page is tab.page_widgets["users"] and refresh_of(page) == page.refresh


def test_the_shortcut_list_names_every_shortcut_of_the_window(qtbot, ctx, services, admin_actor):
    window = window_of(qtbot, ctx, admin_actor, services)
    dialog = window.show_shortcuts()
    table = dialog.table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert {("F5", "Refresh"), ("Ctrl+F", "Search"), ("Ctrl+Q", "Quit"),
            ("Ctrl+1", "Go to Clockify"), ("Ctrl+,", "Settings")} <= rows
    with_keys = [a for a in window.actions() if not a.shortcut().isEmpty()]
    assert table.rowCount() == len(with_keys)  # built from the actions, each once
    dialog.close()


# -- sign out / switch user -------------------------------------------------------------------
async def test_signing_out_shows_the_sign_in_and_the_next_person_gets_their_tabs(
        ctx, ana, rosa, monkeypatch, eventually):
    from shiboken6 import Shiboken

    import timedesk.ui.application as application

    ctx.settings.override("listener.enabled", False)
    asked = []

    async def next_person(db, quit_event):
        asked.append(True)
        return rosa

    monkeypatch.setattr(application, "sign_in_or_quit", next_person)
    windows, started = [], []

    def on_shown(window, quit_event):
        windows.append(window)
        started.append((window.actor, window.current_tab_key()))
        (window.sign_out_action if len(windows) == 1 else window.quit_action).trigger()

    assert await asyncio.wait_for(amain(ctx, GuiOptions(actor=ana, on_shown=on_shown)),
                                  20) == 0
    assert asked == [True] and len(windows) == 2
    await eventually(lambda: not Shiboken.isValid(windows[0]))  # Ana's window is gone
    assert started == [(ana, "clockify"), (rosa, "turns")]  # the receptionist's start


# -- the idle lock ----------------------------------------------------------------------------
async def test_the_idle_lock_asks_the_password_and_leaves_the_public_screens(
        qtbot, ctx, loop_runner, rosa, eventually):
    from timedesk.ui.locked_window import LockedWindow
    from timedesk.ui.turns.display_window import DisplayWindow

    ctx.settings.override("ui.idle_lock_minutes", 0.005)  # 0.3 s
    window = window_of(qtbot, ctx, rosa, UiServices(jobs=loop_runner))
    window.show()
    display, kiosk = DisplayWindow(ctx), LockedWindow("testKiosk")
    for public in (display, kiosk):
        qtbot.addWidget(public)
        public.show()
    about = window.show_about()  # a dialog of the window: hidden with it
    await eventually(lambda: window.locked, timeout=5)
    lock = window.lock_screen
    assert lock.isVisible() and not window.isVisible() and not about.isVisible()
    assert display.isVisible() and kiosk.isVisible()
    lock.password.setText("not the password")
    lock.submit()
    await eventually(lambda: lock.message.isVisible(), timeout=15)
    assert lock.message.text().startswith("Wrong password")
    assert window.locked and not window.isVisible()
    lock.password.setText(PASSWORD)
    lock.submit()
    await eventually(lambda: not window.locked, timeout=15)
    assert window.isVisible() and about.isVisible() and not lock.isVisible()
    ctx.settings.override("ui.idle_lock_minutes", 0)


async def test_switching_user_from_the_lock_screen_signs_out(qtbot, ctx, services, rosa):
    window = window_of(qtbot, ctx, rosa, services)
    window.show()
    window.lock_action.trigger()
    assert window.locked and window.lock_screen.isVisible()
    with qtbot.waitSignal(window.signOutRequested, timeout=1000):
        window.lock_screen.switch_button.click()


def test_input_anywhere_restarts_the_idle_time_and_zero_turns_it_off(qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from timedesk.ui.idle_lock import IdleWatch

    owner = QWidget()
    qtbot.addWidget(owner)
    watch = IdleWatch(owner, 1.0)
    assert watch.timer.isActive() and watch.timer.interval() == 60_000
    qtbot.wait(300)
    before = watch.timer.remainingTime()
    other = QLabel("another window")
    qtbot.addWidget(other)
    QApplication.sendEvent(other, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                            Qt.KeyboardModifier.NoModifier, "a"))
    assert watch.timer.remainingTime() > before + 200
    assert not IdleWatch(owner, 0).timer.isActive()


def test_the_idle_lock_setting_refuses_a_negative_time(ctx):
    from timedesk.errors import ConfigError

    with pytest.raises(ConfigError, match="at least 0"):
        ctx.settings.set("ui.idle_lock_minutes", "-1")


# -- About -------------------------------------------------------------------------------------
def test_about_names_the_version_modules_qt_and_the_data_folder_and_copies_them(
        qtbot, ctx, services, admin_actor):
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from timedesk import __version__

    window = window_of(qtbot, ctx, admin_actor, services)
    box = window.show_about()
    facts = dict(box.facts)
    assert facts["Version"] == __version__ and facts["Qt"] == qVersion()
    assert facts["PySide6"] == pyside_version
    assert facts["Data folder"] == str(ctx.paths.data_dir)
    assert facts["Licence"] == "Proprietary"  # the installed package's
    assert facts["Modules"].split(", ") == ["Clockify", "Reports", "Turns", "Punches", "Tickets"]
    assert "help desk" not in box.text()  # only what exists, by its tab's name
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == box.version_info()
    assert f"Version: {__version__}" in box.version_info()


def test_a_window_locked_while_in_the_tray_opens_on_the_lock_screen(qtbot, ctx, services, rosa,
                                                                    shown):
    services.listener = SimpleNamespace(state="listening", url="http://127.0.0.1:8765",
                                        error=None, public_url=None)
    window = window_of(qtbot, ctx, rosa, services)
    window.show()
    window.close()  # to the tray: the listener runs
    window.lock()
    assert window.locked and not window.lock_screen.isVisible()  # nothing pops up
    window.tray.open_action.trigger()
    assert window.lock_screen.isVisible() and not window.isVisible()
