"""File > Settings and File > My language of the main window (issue 18): the settings are a
dialog, not a tab; anyone, a read-only receptionist too, chooses their own language and gets
their window back in it without signing in again."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from timedesk.auth import service as auth
from timedesk.auth.permissions import Actor, Role
from timedesk.ui.application import GuiOptions, amain
from timedesk.ui.i18n import current_language, remove_translators
from timedesk.ui.main_window import MainWindow

PASSWORD = "rosa-password-2026"


@pytest.fixture
def rosa(db):
    info = auth.create_user(db, Actor.system("test"), "rosa", PASSWORD, Role.RECEPTIONIST)
    return Actor("user", "rosa", Role.RECEPTIONIST, info.id)


@pytest.fixture
def english_afterwards():
    yield
    remove_translators(QApplication.instance(), [])


def test_settings_open_from_the_file_menu_and_are_no_tab(qtbot, ctx, services, admin_actor):
    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    assert "connection" not in window.tab_keys
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    window.settings_action.trigger()
    from timedesk.ui.connection.dialog import SettingsDialog

    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and "database" in dialog.sections
    assert window.show_settings("mail") is dialog  # one dialog, on the page asked for
    assert dialog.stack.currentWidget() is dialog.page("mail")
    dialog.close()


async def test_a_receptionist_chooses_spanish_and_gets_the_window_back_in_spanish(
        ctx, rosa, eventually, english_afterwards):
    ctx.settings.override("listener.enabled", False)
    windows, seen = [], []

    def on_shown(window, quit_event):
        windows.append(window)
        chosen = window.findChild(type(window.quit_action), "language_es").isChecked()
        seen.append((window.actor, window.tabs.tabText(0), current_language(), chosen))
        if len(windows) == 1:
            window.findChild(type(window.quit_action), "language_es").trigger()
        else:
            window.quit_action.trigger()

    assert await asyncio.wait_for(amain(ctx, GuiOptions(actor=rosa, on_shown=on_shown)),
                                  20) == 0
    # the same person, still signed in, in the language they chose
    assert seen == [(rosa, "Turns", "en", False), (rosa, "Turnos", "es", True)]
    assert auth.user_language(ctx.db, rosa.id) == "es"
    await eventually(lambda: not Shiboken.isValid(windows[0]))
