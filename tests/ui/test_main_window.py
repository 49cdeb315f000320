"""Main window: tabs by role, menus, the status bar (database, listener, feed, user)."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtWidgets import QLabel

from timedesk import __version__
from timedesk.auth.permissions import Actor, Permission, Role
from timedesk.ui.main_window import MainWindow
from timedesk.ui.runtime import start_background, stop_background
from timedesk.ui.tabs import register_tab, tabs_for, unregister_tab

RECEPTIONIST = Actor("user", "rosa", Role.RECEPTIONIST, 2)
TECHNICIAN = Actor("user", "tomas", Role.TECHNICIAN, 3)


@pytest.fixture
def fake_tabs():
    register_tab("fake_turns", lambda: "Fake turns", Permission.TURNS_ISSUE,
                 lambda ctx, actor, services: QLabel("turns"), order=50)
    register_tab("fake_tickets", lambda: "Fake tickets", Permission.TICKETS_WORK,
                 lambda ctx, actor, services: QLabel("tickets"), order=60)
    yield
    unregister_tab("fake_turns")
    unregister_tab("fake_tickets")


def titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_main_window_shows_only_the_tabs_the_role_allows(qtbot, ctx, services, fake_tabs,
                                                            admin_actor):
    admin = MainWindow(ctx, admin_actor, services)
    desk = MainWindow(ctx, RECEPTIONIST, services)
    tech = MainWindow(ctx, TECHNICIAN, services)
    for window in (admin, desk, tech):
        qtbot.addWidget(window)
    assert titles(admin) == ["Clockify", "Reports", "Turns", "Punches",
                             "Tickets", "Fake turns", "Fake tickets", "Administration"]
    # all may punch and file tickets
    assert titles(desk) == ["Turns", "Punches", "Tickets", "Fake turns"]
    assert titles(tech) == ["Punches", "Tickets", "Fake tickets"]


def test_the_turns_tab_shows_the_pages_of_the_role(qtbot, ctx, services, admin_actor):
    from timedesk.ui.turns.dashboard import TurnsDashboard
    from timedesk.ui.turns.desk_panel import DeskPanel
    from timedesk.ui.turns.reception import ReceptionPanel
    from timedesk.ui.turns.setup_page import TurnsSetupPage

    admin = MainWindow(ctx, admin_actor, services)
    desk = MainWindow(ctx, RECEPTIONIST, services)
    for window in (admin, desk):
        qtbot.addWidget(window)

    def pages(window):
        tab = window.tabs.widget(window.tab_index("turns"))
        assert tab.pages.count() == 0  # nothing is built before the tab is shown (cold start)
        window.show()
        window.tabs.setCurrentIndex(window.tab_index("turns"))
        return [type(tab.pages.widget(i)) for i in range(tab.pages.count())]

    assert pages(admin) == [ReceptionPanel, DeskPanel, TurnsDashboard, TurnsSetupPage]
    assert pages(desk) == [ReceptionPanel]


def test_tabs_are_ordered_by_their_order_number(fake_tabs, admin_actor):
    keys = [spec.key for spec in tabs_for(admin_actor)]
    assert keys.index("clockify") < keys.index("fake_turns") < keys.index("fake_tickets")


def test_a_tab_whose_factory_fails_shows_an_error_instead_of_breaking_the_window(
        qtbot, ctx, services, admin_actor):
    def broken(ctx, actor, services):
        raise RuntimeError("bug in a tab")

    register_tab("broken", lambda: "Broken", None, broken, order=99)
    try:
        window = MainWindow(ctx, admin_actor, services)
        qtbot.addWidget(window)
        widget = window.tabs.widget(window.tab_index("broken"))
        assert "could not be opened" in widget.text()
    finally:
        unregister_tab("broken")


def test_the_status_bar_shows_the_database_backend_and_the_signed_in_user(qtbot, ctx,
                                                                          services):
    window = MainWindow(ctx, RECEPTIONIST, services)
    qtbot.addWidget(window)
    backend = "SQLite" if ctx.db.backend == "sqlite" else "PostgreSQL"
    assert window.status.database.text().startswith(backend)
    assert ctx.db.description in window.status.database.toolTip()
    assert window.status.user.text() == "rosa (Receptionist)"
    assert window.status.listener.text() == "Listener: off"


def test_quit_action_and_closing_the_window_ask_to_quit(qtbot, ctx, services, admin_actor):
    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.quitRequested, timeout=1000):
        window.quit_action.trigger()
    with qtbot.waitSignal(window.quitRequested, timeout=1000):
        window.close()


def test_about_opens_without_blocking_and_names_the_version(qtbot, ctx, services, admin_actor):
    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    box = window.show_about()
    assert box.isVisible() and __version__ in box.text()
    box.close()


@pytest.fixture
def taken_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


async def test_status_bar_shows_the_listener_failure_in_red_when_the_port_is_taken(
        qtbot, ctx, services, admin_actor, taken_port, eventually):
    ctx.settings.override("listener.port", taken_port)
    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    try:
        await start_background(ctx, services)
        label = window.status.listener
        await eventually(lambda: label.property("state") == "failed")
        assert label.text() == "Listener: failed"
        assert "already in use" in label.toolTip()
        # the rest of the app stays usable
        assert window.tabs.count() >= 1 and window.tabs.isEnabled()
    finally:
        await stop_background(services)


async def test_status_bar_shows_the_listener_url_and_the_live_updates_state(
        qtbot, ctx, services, admin_actor, eventually):
    ctx.settings.override("listener.port", 0)
    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    try:
        await start_background(ctx, services)
        await eventually(lambda: services.listener.state == "listening")
        assert window.status.listener.text() == f"Listener: 127.0.0.1:{services.listener.port}"
        await eventually(lambda: window.status.feed.text() == "Live updates: on")
    finally:
        await stop_background(services)
    assert window.status.feed.text() == "Live updates: off"


async def test_help_check_this_pc_shows_the_doctor_checklist_and_copies_it(
        qtbot, ctx, loop_runner, admin_actor, eventually, monkeypatch, env):
    from PySide6.QtGui import QGuiApplication

    from timedesk.ui.services import UiServices

    window = MainWindow(ctx, admin_actor, UiServices(jobs=loop_runner))
    qtbot.addWidget(window)
    dialog = window.show_doctor()
    assert dialog.isVisible() and not dialog.copy_button.isEnabled()  # checking, not blocking
    await eventually(lambda: dialog.checks is not None, timeout=30)
    text = dialog.report.toPlainText()
    for name in ("Version", "Database", "Port for webhooks and the lobby display", "Sound",
                 "Printers", "Disk space"):  # the checks' names in the interface's words
        assert f" {name}: " in text
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    dialog.close()


def test_each_role_starts_where_it_works_then_where_the_person_left_off(
        qtbot, ctx, services, admin_actor):
    desk = MainWindow(ctx, RECEPTIONIST, services)
    tech = MainWindow(ctx, TECHNICIAN, services)
    admin = MainWindow(ctx, admin_actor, services)
    for window in (desk, tech, admin):
        qtbot.addWidget(window)
    assert desk.tab_keys[desk.tabs.currentIndex()] == "turns"
    assert tech.tab_keys[tech.tabs.currentIndex()] == "tickets"
    assert admin.tabs.currentIndex() == 0
    desk.tabs.setCurrentIndex(desk.tab_keys.index("punches"))  # Rosa goes to punch in
    again = MainWindow(ctx, RECEPTIONIST, services)
    qtbot.addWidget(again)
    assert again.tab_keys[again.tabs.currentIndex()] == "punches"
    fresh_admin = MainWindow(ctx, admin_actor, services)  # another person's choice is theirs
    qtbot.addWidget(fresh_admin)
    assert fresh_admin.tabs.currentIndex() == 0


def test_the_window_keeps_its_size_across_a_restart(qtbot, ctx, services, admin_actor):
    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    window.show()
    window.resize(1100, 560)  # the height: the offscreen screen is narrower than the window
    qtbot.waitUntil(lambda: window.height() == 560)
    window.hide()  # closing or quitting hides it first
    again = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(again)
    assert again.height() == 560  # not the default 720


def test_ctrl_and_a_number_switches_to_that_tab(qtbot, ctx, services, admin_actor):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.windowHandle() is not None
                    and window.windowHandle().isExposed())
    window.activateWindow()  # window shortcuts work in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
