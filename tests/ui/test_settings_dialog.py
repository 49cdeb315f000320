"""The Settings dialog (was the Connection tab): its categories and commit model, database
test/switch, listener apply, language, secrets, read-only mode."""

from __future__ import annotations

import os
import socket
from urllib.parse import quote

import keyring
import keyring.backends.null
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from timedesk.auth.permissions import Actor, Role
from timedesk.db.credentials import PASSWORD_SECRET, separate_password
from timedesk.settings import read_file
from timedesk.ui.connection.dialog import SettingsDialog
from timedesk.ui.connection.sections import (
    register_connection_section,
    unregister_connection_section,
)
from timedesk.ui.runtime import start_background, stop_background
from timedesk.ui.services import UiServices

RECEPTIONIST = Actor("user", "rosa", Role.RECEPTIONIST, 2)
UNREACHABLE_URL = "postgresql://nobody:secret-pw@127.0.0.1:1/nothing"


def saved(ctx, key: str):
    """The value of `key` in the user's settings file (None when not saved there)."""
    file = ctx.settings.user_file
    return read_file(file).get(key) if file.exists() else None


@pytest.fixture
def build(qtbot, ctx):
    """build(actor, services): a Settings dialog kept alive for the test, then deleted."""
    made = []  # qtbot holds widgets weakly; a section alone would lose its tab to the GC

    def make(actor, services):
        tab = SettingsDialog(None, ctx, actor, services)
        qtbot.addWidget(tab)
        made.append(tab)
        return tab

    return make


@pytest.fixture
def admin_tab(build, admin_actor, services):
    return build(admin_actor, services)


@pytest.fixture
def database(build, admin_actor, loop_runner):
    """The database section, with a job runner that reports on the test's loop."""
    return build(admin_actor, UiServices(jobs=loop_runner)).sections["database"]


async def switch_asked(section, eventually):
    """The "Switch the database" confirmation of `section`, once it opens (after the
    connection test)."""
    from PySide6.QtWidgets import QMessageBox

    def boxes():
        return [box for box in section.findChildren(QMessageBox)
                if box.objectName() == "confirmDatabaseSwitch" and box.isVisible()]

    await eventually(lambda: len(boxes()) == 1, timeout=15)
    return boxes()[0]


async def answer_switch(section, eventually, yes: bool = True) -> None:
    """Press Switch (Yes) or Cancel in the confirmation of a database switch."""
    from PySide6.QtWidgets import QMessageBox

    button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.Cancel
    (await switch_asked(section, eventually)).button(button).click()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- the container --------------------------------------------------------------------------
def test_the_tab_has_database_listener_language_and_secrets_sections(admin_tab):
    assert list(admin_tab.sections) == ["database", "listener", "language", "secrets",
                                        "sesame", "clockify", "mail"]


def test_other_modules_can_add_a_section(build, admin_actor, services):
    register_connection_section("fake_smtp", lambda: "Mail server",
                                lambda c, a, s: QLabel("smtp settings"), order=90)
    try:
        tab = build(admin_actor, services)
        assert tab.sections["fake_smtp"].text() == "smtp settings"
        assert list(tab.sections)[-1] == "fake_smtp"
    finally:
        unregister_connection_section("fake_smtp")


def test_people_without_settings_permission_see_everything_read_only(build, services):
    keyring.set_keyring(keyring.backends.null.Keyring())  # the autouse fixture restores it
    tab = build(RECEPTIONIST, services)
    assert tab.findChild(QLabel, "readOnlyBanner") is not None
    database, listener = tab.sections["database"], tab.sections["listener"].view
    language, secrets = tab.sections["language"], tab.sections["secrets"]
    for widget in (database.url, database.test_button, database.use_button,
                   database.sqlite_button, listener.enabled, listener.host, listener.port,
                   listener.apply_button, language.choice, language.theme, secrets.file_store):
        assert not widget.isEnabled(), widget.objectName() or widget.text()
    assert listener.copy_button.isEnabled()  # reading is allowed


# -- database ---------------------------------------------------------------------------------
def test_the_database_section_shows_the_backend_in_use(ctx, admin_tab):
    shown = admin_tab.sections["database"].in_use.text()
    assert shown.split()[0] == ("SQLite" if ctx.db.backend == "sqlite" else "PostgreSQL")


async def test_testing_an_unreachable_postgresql_url_shows_the_one_line_error(
        ctx, database, eventually):
    database.url.setText(UNREACHABLE_URL)
    database.test_button.click()
    await eventually(lambda: database.result.property("role") == "error", timeout=15)
    text = database.result.text()
    assert text.startswith("Connection failed: The database cannot be reached.")
    assert "Details: cannot open the database (PostgreSQL 127.0.0.1:1/nothing)" in text
    assert "secret-pw" not in text and "Traceback" not in text
    assert database.test_button.isEnabled()
    assert saved(ctx, "database.url") is None


async def test_testing_a_url_of_an_unsupported_database_says_so(database, eventually):
    database.url.setText("mysql://u@host/db")
    database.test_button.click()
    await eventually(lambda: database.result.property("role") == "error")
    assert "not supported" in database.result.text()


@pytest.mark.postgres
async def test_testing_a_working_postgresql_url_shows_success(ctx, database, eventually):
    database.url.setText(os.environ["TIMEDESK_TEST_POSTGRES_URL"])
    database.test_button.click()
    await eventually(lambda: database.result.property("role") == "success", timeout=15)
    assert database.result.text().startswith("Connection works: PostgreSQL ")
    assert saved(ctx, "database.url") is None  # testing never saves


@pytest.mark.postgres
async def test_use_this_database_saves_a_working_postgresql_url(ctx, database, eventually):
    url = os.environ["TIMEDESK_TEST_POSTGRES_URL"]
    database.url.setText(url)
    database.use_button.click()
    await answer_switch(database, eventually)
    await eventually(lambda: database.result.property("role") == "success", timeout=15)
    assert "Restart timedesk" in database.result.text()
    without_password, password = separate_password(url)
    assert saved(ctx, "database.url") == without_password  # the password is not in the file
    if password:
        assert ctx.secrets.get(PASSWORD_SECRET) == password
        assert f":{password}@" not in ctx.settings.user_file.read_text()


async def test_use_this_database_persists_the_url_and_the_way_back_to_sqlite_clears_it(
        ctx, database, eventually, tmp_path):
    other = f"sqlite:///{quote(str(tmp_path / 'other.db'))}"
    database.url.setText(other)
    database.use_button.click()
    await answer_switch(database, eventually)
    await eventually(lambda: database.result.property("role") == "success")
    assert saved(ctx, "database.url") == other
    assert database.sqlite_button.isEnabled()
    database.sqlite_button.click()
    await answer_switch(database, eventually)
    assert saved(ctx, "database.url") == ""
    assert "embedded SQLite" in database.result.text()


async def test_switching_the_database_asks_first_and_cancel_changes_nothing(
        ctx, database, eventually, tmp_path):
    other = f"sqlite:///{quote(str(tmp_path / 'other.db'))}"
    database.url.setText(other)
    database.use_button.click()
    box = await switch_asked(database, eventually)
    assert box.windowTitle() == "Switch the database"
    assert "other.db" in box.text()  # it names the database it switches to
    assert database.in_use.text() in box.text()  # and the one it leaves
    assert "signs in again" in box.text()
    await answer_switch(database, eventually, yes=False)
    assert saved(ctx, "database.url") is None
    assert database.result.property("role") != "success"
    database.sqlite_button.setEnabled(True)  # as after a URL was saved
    database.sqlite_button.click()
    await answer_switch(database, eventually, yes=False)
    assert saved(ctx, "database.url") is None


async def test_use_this_database_does_not_save_a_url_that_does_not_connect(
        ctx, database, eventually):
    database.url.setText(UNREACHABLE_URL)
    database.use_button.click()
    await eventually(lambda: database.result.property("role") == "error", timeout=15)
    assert saved(ctx, "database.url") is None


# -- listener ---------------------------------------------------------------------------------
async def test_listener_apply_restarts_it_on_the_new_port_and_saves_the_settings(
        ctx, services, admin_tab, eventually):
    ctx.settings.override("listener.port", 0)
    section = admin_tab.sections["listener"]
    try:
        await start_background(ctx, services)
        await eventually(lambda: services.listener.state == "listening")
        first_port, new_port = services.listener.port, free_port()
        section.view.port.setValue(new_port)
        section.view.apply_button.click()
        await eventually(lambda: services.listener.port == new_port)
        assert services.listener.state == "listening" and first_port != new_port
        await eventually(lambda: section.view.state.text() ==
                         f"Listening on http://127.0.0.1:{new_port}")
        assert section.view.url.text() == f"http://127.0.0.1:{new_port}"
        assert saved(ctx, "listener.port") == new_port
        assert saved(ctx, "listener.enabled") is True
        with socket.create_connection(("127.0.0.1", new_port), timeout=2):
            pass
    finally:
        await stop_background(services)


async def test_listener_apply_with_the_box_unticked_stops_it(ctx, services, admin_tab,
                                                            eventually):
    ctx.settings.override("listener.port", 0)
    section = admin_tab.sections["listener"]
    try:
        await start_background(ctx, services)
        await eventually(lambda: services.listener.state == "listening")
        section.view.enabled.setChecked(False)
        section.view.apply_button.click()
        await eventually(lambda: services.listener.state == "stopped")
        await eventually(lambda: section.view.state.text() == "Off")
        assert saved(ctx, "listener.enabled") is False
    finally:
        await stop_background(services)


async def test_a_listener_that_fails_unexpectedly_says_what_to_do_without_echoing_its_text(
        ctx, eventually):
    from types import SimpleNamespace

    from timedesk.ui.connection.listener_section import ListenerSection

    async def restart(host, port):
        raise RuntimeError("cannot bind 0.0.0.0:8765 with token s3cr3t-t0ken")

    listener = SimpleNamespace(state="stopped", url="", error=None, public_url="",
                               restart=restart)
    ctx.settings.override("listener.port", free_port())
    section = ListenerSection(ctx.settings, UiServices(jobs=None, listener=listener),
                              editable=True)
    section.view.enabled.setChecked(True)
    section.view.apply_button.click()
    await eventually(lambda: section.view.result.property("role") == "error")
    text = section.view.result.text()
    assert text.startswith("Something unexpected went wrong. The log file has the details")
    assert "s3cr3t" not in text and text.endswith("Details: RuntimeError")
    await eventually(lambda: section.view.apply_button.isEnabled())


async def test_a_listener_restart_finishing_after_the_section_was_destroyed_is_dropped(
        ctx, caplog):
    import asyncio
    from types import SimpleNamespace

    from shiboken6 import Shiboken

    from timedesk.ui.connection.listener_section import ListenerSection

    bound = asyncio.Event()
    restarted = []

    async def restart(host, port):
        await bound.wait()
        restarted.append(port)

    listener = SimpleNamespace(state="stopped", url="", error=None, public_url="",
                               restart=restart)
    port = free_port()
    ctx.settings.override("listener.port", port)
    section = ListenerSection(ctx.settings, UiServices(jobs=None, listener=listener),
                              editable=True)
    section.view.enabled.setChecked(True)
    task = section.apply()
    await asyncio.sleep(0)  # the restart is now waiting for its port
    Shiboken.delete(section)  # the Settings dialog closed meanwhile
    bound.set()
    await asyncio.wait_for(task, 5)
    assert restarted == [port] and task.exception() is None
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


def test_choosing_the_lan_address_shows_a_warning(admin_tab):
    section = admin_tab.sections["listener"]
    assert section.view.lan_warning.isHidden()
    section.view.host.setCurrentIndex(1)
    assert not section.view.lan_warning.isHidden()
    assert section.chosen()[1] == "0.0.0.0"


def test_copy_puts_the_url_others_use_on_the_clipboard(admin_tab):
    view = admin_tab.sections["listener"].view
    view.url.setText("http://192.0.2.10:8765")
    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == "http://192.0.2.10:8765"


# -- language and secrets -------------------------------------------------------------------
def test_choosing_a_language_is_saved_by_the_page_and_says_when_it_applies(ctx, admin_tab):
    section, page = admin_tab.sections["language"], admin_tab.page("computer")
    section.choice.setCurrentIndex(section.choice.findData("es"))
    assert saved(ctx, "ui.language") is None and page.is_dirty()  # saved by Save, not at once
    page.save_button.click()
    assert saved(ctx, "ui.language") == "es" and not page.is_dirty()
    assert "next sign-in" in section.result.text()
    section.choice.setCurrentIndex(section.choice.findData(""))
    page.save_button.click()
    assert saved(ctx, "ui.language") == ""


def test_a_language_that_cannot_be_saved_says_what_to_do(ctx, admin_tab, monkeypatch):
    from timedesk.errors import ConfigError

    def refuse(key, value):
        raise ConfigError("cannot write the settings file", "Check that the disk is not full.")

    monkeypatch.setattr(ctx.settings, "set", refuse)
    section = admin_tab.sections["language"]
    section.choice.setCurrentIndex(section.choice.findData("es"))
    admin_tab.page("computer").save_button.click()
    assert section.result.text() == ("Cannot write the settings file Check that the disk is "
                                     "not full.")
    assert section.result.property("role") == "error"


def looked_for_the_keyring(qtbot, tab):
    """The secrets section, shown, once it has looked for the keyring (off the GUI thread)."""
    section = tab.sections["secrets"]
    assert section.probing is None  # nothing at start-up: only once it is first shown
    tab.show()
    qtbot.waitUntil(lambda: section.probing is not None and section.probing.finished,
                    timeout=10_000)
    return section


def test_with_a_keyring_the_secrets_section_says_where_secrets_go(admin_tab, qtbot):
    section = looked_for_the_keyring(qtbot, admin_tab)
    assert "system keyring" in section.state.text()
    assert section.file_store.isHidden()


def test_without_a_keyring_the_user_can_opt_in_to_the_unencrypted_file(ctx, build, services,
                                                                       admin_actor, qtbot):
    keyring.set_keyring(keyring.backends.null.Keyring())  # the autouse fixture restores it
    section = looked_for_the_keyring(qtbot, build(admin_actor, services))
    assert "no system keyring" in section.state.text()
    assert "UNENCRYPTED" in section.file_store.text() and not section.file_store.isChecked()
    section.file_store.setChecked(True)
    assert saved(ctx, "secrets.file_store") is True
    assert ctx.secrets.set("SOME_TOKEN", "value-1234") == "file"


# -- categories, one commit model per page, the unsaved-changes question ---------------------
def test_the_dialog_puts_the_sections_on_three_categories(admin_tab, build, services):
    categories = admin_tab.categories
    assert [categories.item(r).text() for r in range(categories.count())] == [
        "This computer", "Integrations", "Mail"]
    assert {p.key: list(p.sections) for p in admin_tab.pages} == {
        "computer": ["database", "listener", "language", "secrets"],
        "integrations": ["sesame", "clockify"], "mail": ["mail"]}
    reception = build(RECEPTIONIST, services)  # no Sesame nor Clockify for them
    assert [p.key for p in reception.pages] == ["computer", "mail"]
    assert reception.page("computer").save_button.isHidden()  # read-only: nothing to save
    assert not admin_tab.page("computer").save_button.isHidden()


def test_a_page_marks_unsaved_changes_and_reverts_them(ctx, admin_tab):
    page, listener = admin_tab.page("computer"), admin_tab.sections["listener"]
    admin_tab.show()
    assert not page.dirty_label.isVisible() and not page.save_button.isEnabled()
    assert not listener.view.apply_button.isVisible()  # one Save per page, no Apply of its own
    listener.view.port.setValue(ctx.settings["listener.port"] + 1)
    assert page.dirty_label.isVisible() and page.save_button.isEnabled()
    page.revert_button.click()
    assert listener.view.port.value() == ctx.settings["listener.port"]
    assert not page.is_dirty() and not page.dirty_label.isVisible()


def test_leaving_a_page_with_unsaved_changes_asks_first(ctx, admin_tab):
    from PySide6.QtWidgets import QMessageBox

    language = admin_tab.sections["language"]
    language.choice.setCurrentIndex(language.choice.findData("es"))
    admin_tab.categories.setCurrentRow(2)  # Mail
    box = admin_tab.asking
    assert box is not None and box.isVisible() and "This computer" in box.text()
    assert admin_tab.stack.currentIndex() == 0 and admin_tab.categories.currentRow() == 0
    box.button(QMessageBox.StandardButton.Cancel).click()  # stays, changes kept
    assert admin_tab.stack.currentIndex() == 0 and admin_tab.page("computer").is_dirty()
    admin_tab.categories.setCurrentRow(2)
    admin_tab.asking.button(QMessageBox.StandardButton.Discard).click()
    assert admin_tab.stack.currentIndex() == 2 and admin_tab.categories.currentRow() == 2
    assert language.choice.currentData() == "" and saved(ctx, "ui.language") is None


def test_closing_with_unsaved_changes_offers_to_save_them(ctx, admin_tab):
    from PySide6.QtWidgets import QMessageBox

    language = admin_tab.sections["language"]
    admin_tab.show()
    language.choice.setCurrentIndex(language.choice.findData("en"))
    admin_tab.reject()
    assert admin_tab.isVisible()  # not closed before the answer
    admin_tab.asking.button(QMessageBox.StandardButton.Save).click()
    assert saved(ctx, "ui.language") == "en" and not admin_tab.isVisible()


async def test_the_unsaved_mark_goes_once_a_background_save_is_done(ctx, services, build,
                                                                   admin_actor, eventually):
    dialog = build(admin_actor, services)
    page, listener = dialog.page("computer"), dialog.sections["listener"]
    dialog.show()
    listener.view.enabled.setChecked(not ctx.settings["listener.enabled"])
    assert page.dirty_label.isVisible()
    page.save_button.click()  # the listener applies on the loop, later
    await eventually(lambda: not page.dirty_label.isVisible(), timeout=10)
    assert saved(ctx, "listener.enabled") == listener.view.enabled.isChecked()


def test_the_look_of_this_computer_is_saved_with_the_page_and_applies_at_once(
        ctx, admin_tab, qapp):
    from timedesk.ui.appearance import apply_appearance

    section, page = admin_tab.sections["language"], admin_tab.page("computer")
    light = qapp.palette().window().color().lightness()
    assert [section.theme.itemData(i) for i in range(section.theme.count())] == [
        "system", "light", "dark"]  # the default follows the system
    section.theme.setCurrentIndex(section.theme.findData("dark"))
    assert page.is_dirty() and saved(ctx, "ui.theme") is None
    try:
        page.save_button.click()
        assert saved(ctx, "ui.theme") == "dark" and not page.is_dirty()
        assert qapp.palette().window().color().lightness() < light
    finally:
        apply_appearance(qapp)
