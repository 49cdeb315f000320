"""The first-run set-up wizard: every page walked through with real services (SQLite and
PostgreSQL, the fake Sesame and Clockify, a real SMTP server), every page skipped, a bad token
refused on its page, Cancel midway keeping what was saved, the Help menu, and shown by itself
only once after the first run."""

from __future__ import annotations

import os

import pytest
from fake_clockify import API_KEY, WORKSPACE
from PySide6.QtWidgets import QApplication, QMessageBox
from sesame_ui_support import COMPANY, TOKEN

from timedesk.auth.permissions import Actor, Role
from timedesk.settings import read_file
from timedesk.turns import setup
from timedesk.ui.widgets import short_path
from timedesk.ui.wizard import state
from timedesk.ui.wizard.wizard import SetupWizard, offer_setup_wizard

PG_URL = os.environ.get("TIMEDESK_TEST_POSTGRES_URL", "")


@pytest.fixture
def wizard(ctx, admin_actor, services, keep, memory_keyring):
    """The set-up wizard of an administrator, shown at a laptop's size."""
    return keep(SetupWizard(ctx, admin_actor, services), size=(900, 640))


def page_key(wizard: SetupWizard) -> str:
    return wizard.currentPage().key


def summary(wizard: SetupWizard) -> str:
    return wizard.done_page.summary.text()


def saved_file(ctx) -> dict:
    return read_file(ctx.settings.user_file) if ctx.settings.user_file.exists() else {}


def message_box(name: str) -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]
    return boxes[-1] if boxes else None


async def test_walking_through_every_page_sets_everything_up(
        ctx, wizard, outside, smtp_server, eventually):
    assert page_key(wizard) == "database"
    database = wizard.steps[0].section
    url = ctx.settings["database.url"]
    if PG_URL:  # a PostgreSQL server answers the test; nothing is switched by testing
        database.url.setText(PG_URL)
        database.test_button.click()
        await eventually(lambda: database.result.property("role") == "success", timeout=20)
        assert database.result.text().startswith("Connection works: PostgreSQL")
        assert ctx.settings["database.url"] == url
    wizard.next()

    assert page_key(wizard) == "sesame"
    sesame = wizard.currentPage().section
    sesame.token.setText(TOKEN)
    sesame.advanced.setChecked(True)
    sesame.base_url.setText(outside.sesame.base_url)
    sesame.test_button.click()
    await eventually(lambda: sesame.result.property("role") == "success")
    assert sesame.result.text().startswith(f"Connected to Sesame: {COMPANY}")
    sesame.save_button.click()
    await eventually(lambda: sesame.result.text().startswith("Saved; the token is in"))
    assert ctx.secrets.get("sesame_token") == TOKEN
    wizard.next()

    assert page_key(wizard) == "clockify"
    page = wizard.currentPage()
    page.form.key.setText(API_KEY)
    page.form.workspace.setText(WORKSPACE)
    page.form.test_button.click()
    await eventually(lambda: page.form.result.property("role") == "success")
    assert page.form.result.text().startswith(
        "Connected to Clockify: the workspace has 2 member(s).")
    page.form.save_button.click()
    await eventually(lambda: page.form.result.text().startswith("Saved; the API key is in"))
    assert ctx.secrets.get("CLOCKIFY_API_KEY") == API_KEY
    assert ctx.settings["clockify.workspace_id"] == WORKSPACE
    page.webhooks_button.setChecked(True)
    hooks = page.webhooks
    assert hooks is not None and hooks.isVisible()
    hooks.token.setText("clockify-webhook-token-1234567890")
    hooks.add_button.click()
    await eventually(lambda: hooks.result.property("role") == "success")
    wizard.next()

    assert page_key(wizard) == "mail"
    mail = wizard.currentPage().section
    mail.enabled.setChecked(True)
    mail.host.setText("127.0.0.1")
    mail.security.setCurrentIndex(mail.security.findData("none"))
    mail.port.setValue(smtp_server.port)
    mail.from_address.setText("timedesk@oficina.example")
    mail.save_button.click()
    await eventually(lambda: mail.saved.property("role") == "success")
    mail.test_to.setText("ana@oficina.example")
    mail.test_button.click()
    await eventually(lambda: mail.test_result.property("role") == "success", timeout=15)
    assert [m["To"] for m in smtp_server.messages] == ["ana@oficina.example"]
    wizard.next()

    assert page_key(wizard) == "turns"
    turns = wizard.currentPage()
    turns.demo.button.click()
    await eventually(lambda: turns.demo.result.property("role") == "success", timeout=15)
    assert [s.code for s in setup.list_services(ctx.db)] == ["A", "B", "C"]
    await eventually(lambda: turns.setup.services_model.rowCount() == 3)
    wizard.next()

    assert wizard.currentPage() is wizard.done_page
    assert not wizard.button(wizard.WizardButton.CustomButton1).isVisible()
    await eventually(lambda: summary(wizard).startswith("✓ Database"))
    lines = summary(wizard).split("\n\n")
    assert [line[:1] for line in lines] == ["✓"] * 5
    assert "API token stored in" in lines[1]
    assert f"workspace {WORKSPACE}, 1 webhook(s)" in lines[2]
    assert f"server 127.0.0.1:{smtp_server.port}" in lines[3]
    assert "3 service(s), 3 desk(s). Change it later in Turns tab › Set-up." in lines[4]
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    assert state.how_ended(ctx.paths.config_dir) == "completed"


async def test_every_page_can_be_skipped_and_the_summary_says_so(ctx, wizard, eventually):
    skip = wizard.button(wizard.WizardButton.CustomButton1)
    assert skip.text() == "Skip this step"
    for key in ("database", "sesame", "clockify", "mail", "turns"):
        assert page_key(wizard) == key
        skip.click()
    assert wizard.currentPage() is wizard.done_page
    await eventually(lambda: summary(wizard).startswith("✓ Database"))
    assert summary(wizard).split("\n\n") == [
        f"✓ Database: {short_path(ctx.db.description)}. Change it later in "
        "Settings › This computer › Database.",
        "– Sesame: skipped. Set it up later in Settings › Integrations › Sesame Time.",
        "– Clockify: skipped. Set it up later in Settings › Integrations › Clockify webhooks, "
        "or this wizard for the API key.",
        "– Mail: skipped. Set it up later in Settings › Mail › Mail server.",
        "– Turns: skipped. Set it up later in Turns tab › Set-up."]
    assert not ctx.settings.user_file.exists() or "sesame" not in \
        ctx.settings.user_file.read_text(encoding="utf-8")
    assert setup.list_services(ctx.db) == []


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_bad_token_is_refused_on_its_page(ctx, wizard, outside, eventually):
    wizard.next()
    sesame = wizard.currentPage().section
    sesame.token.setText("not-the-token-sesame-gave")
    sesame.advanced.setChecked(True)
    sesame.base_url.setText(outside.sesame.base_url)
    sesame.test_button.click()
    await eventually(lambda: sesame.result.property("role") == "error")
    assert sesame.result.text().startswith("Sesame refused the token (401)")
    assert page_key(wizard) == "sesame"
    wizard.next()
    form = wizard.currentPage().form
    form.key.setText("a-revoked-clockify-key")
    form.workspace.setText(WORKSPACE)
    form.test_button.click()
    await eventually(lambda: form.result.property("role") == "error")
    assert form.result.text().startswith("Clockify refused the API key (401).")
    form.workspace.setText("")
    form.test_button.click()
    assert form.result.text().startswith("Type the workspace id first")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_cancel_midway_keeps_what_was_saved_and_says_so(ctx, wizard, eventually):
    wizard.skip()
    sesame_page = wizard.currentPage()
    sesame_page.demo.button.click()
    await eventually(lambda: sesame_page.demo.result.property("role") == "success")
    wizard.next()
    assert page_key(wizard) == "clockify"
    wizard.reject()
    assert not wizard.isVisible()
    await eventually(lambda: message_box("wizardClosedNote") is not None)
    note = message_box("wizardClosedNote")
    assert note is not None
    text = note.text()
    assert text.startswith("What you saved on the wizard's pages is kept.")
    assert "✓ Sesame: the demo company." in text
    assert "– Database" not in text and "– Clockify: not set up." in text
    assert ctx.settings["sesame.demo"] is True
    assert state.how_ended(ctx.paths.config_dir) == "dismissed"
    note.accept()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_switching_the_database_asks_first_and_cancel_changes_nothing(
        ctx, wizard, eventually):
    database = wizard.steps[0].section
    url = PG_URL or "sqlite+pysqlite:///" + str(ctx.paths.data_dir / "b.db")
    database.url.setText(url)
    database.use_button.click()
    await eventually(lambda: message_box("confirmDatabaseSwitch") is not None, timeout=20)
    message_box("confirmDatabaseSwitch").button(QMessageBox.StandardButton.Cancel).click()
    assert "database.url" not in saved_file(ctx)
    database.use_button.click()
    await eventually(lambda: message_box("confirmDatabaseSwitch") is not None, timeout=20)
    message_box("confirmDatabaseSwitch").button(QMessageBox.StandardButton.Yes).click()
    await eventually(lambda: database.result.text().startswith("Saved:"))
    assert saved_file(ctx)["database.url"].split("@")[-1] == url.split("@")[-1]


@pytest.fixture
def light_tabs(monkeypatch):
    """The main window without its real tabs (not what these tests are about)."""
    from timedesk.ui import main_window

    monkeypatch.setattr(main_window, "tabs_for", lambda actor: [])


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_the_help_menu_opens_the_wizard_for_those_who_may_change_settings(
        ctx, services, admin_actor, light_tabs, qtbot, memory_keyring):
    from timedesk.ui.main_window import MainWindow

    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    help_actions = window.menuBar().actions()[-1].menu().actions()
    assert window.wizard_action in help_actions
    assert window.wizard_action.text() == "Set-up &wizard…"
    window.wizard_action.trigger()
    wizard = window.setup_wizard
    assert isinstance(wizard, SetupWizard) and wizard.isVisible()
    window.wizard_action.trigger()  # again: the same one comes to the front
    assert window.setup_wizard is wizard
    receptionist = MainWindow(ctx, Actor("user", "rosa", Role.RECEPTIONIST, 2), services)
    qtbot.addWidget(receptionist)
    assert not hasattr(receptionist, "wizard_action")
    wizard.done(0)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_after_the_first_run_the_wizard_opens_by_itself_once(
        ctx, services, light_tabs, qtbot, memory_keyring, eventually):
    from timedesk.ui.application import _wizard_owed
    from timedesk.ui.auth.flow import build_sign_in_dialog
    from timedesk.ui.main_window import MainWindow

    dialog, signal = build_sign_in_dialog(ctx.db, False, _wizard_owed(ctx))
    qtbot.addWidget(dialog)
    created = []
    signal.connect(created.append)
    dialog.password.setText("office-manager-2026")
    dialog.repeat.setText("office-manager-2026")
    dialog.submit()
    await eventually(lambda: bool(created), timeout=20)
    assert state.is_pending(ctx.paths.config_dir)
    window = MainWindow(ctx, created[0], services)
    qtbot.addWidget(window)
    wizard = offer_setup_wizard(window)
    assert wizard is not None and wizard.isVisible()
    wizard.skip()
    wizard.reject()  # dismissed: not offered again
    assert offer_setup_wizard(window) is None
    again = MainWindow(ctx, created[0], services)
    qtbot.addWidget(again)
    assert offer_setup_wizard(again) is None and again.setup_wizard is None


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_login_on_a_database_with_accounts_owes_no_wizard(ctx, qtbot):
    from timedesk.ui.application import _wizard_owed
    from timedesk.ui.auth.flow import build_sign_in_dialog

    dialog, _signal = build_sign_in_dialog(ctx.db, True, _wizard_owed(ctx))
    qtbot.addWidget(dialog)
    assert not state.is_pending(ctx.paths.config_dir)


@pytest.fixture
def spanish(qapp):
    from timedesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "es")
    yield
    remove_translators(qapp, translators)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_the_wizard_speaks_spanish(ctx, spanish, wizard, eventually):
    assert wizard.windowTitle() == "Asistente de configuración"
    assert wizard.button(wizard.WizardButton.CustomButton1).text() == "Saltar este paso"
    for _page in range(5):
        wizard.skip()
    await eventually(lambda: summary(wizard).startswith("✓ Base de datos:"))
    assert summary(wizard).split("\n\n")[1] == (
        "– Sesame: paso saltado. Configúrelo más adelante en Configuración › Integraciones › "
        "Sesame Time.")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_the_app_opens_the_owed_wizard_over_the_main_window(
        ctx, services, admin_actor, light_tabs, memory_keyring):
    import asyncio

    from timedesk.ui.application import open_main_window

    state.mark_pending(ctx.paths.config_dir)
    window = open_main_window(ctx, admin_actor, services, asyncio.Event())
    try:
        wizard = window.setup_wizard
        assert isinstance(wizard, SetupWizard) and wizard.isVisible()
        assert wizard.parentWidget() is window
        wizard.button(wizard.WizardButton.CancelButton).click()
        assert not state.is_pending(ctx.paths.config_dir)
    finally:
        window.prepare_quit()
        window.hide()
        window.deleteLater()
