"""The Settings page: every setting grouped by module with its source; an int changed and saved
as `timedesk config set` saves it; a bad value refused beside its setting, what was typed kept
and nothing saved; machine-wide and environment values read-only, saying where they come from."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from admin_support import ADMIN
from sqlalchemy.engine import make_url

from timedesk.settings import REGISTRY, Settings, read_file
from timedesk.ui.admin.settings_page import SettingsPage


@pytest.fixture
def machine(ctx, tmp_path):
    """This test's context with a machine-wide settings file that sets log.level."""
    system = tmp_path / "etc" / "timedesk.toml"
    system.parent.mkdir()
    system.write_text('[log]\nlevel = "DEBUG"\n', encoding="utf-8")
    paths = dataclasses.replace(ctx.paths, system_config=system)
    return SimpleNamespace(paths=paths, settings=Settings.load(paths), secrets=ctx.secrets,
                           system=system)


def test_every_setting_is_listed_once_in_its_module_group(machine, services, keep):
    page = keep(SettingsPage.build(machine, ADMIN, services))
    assert sorted(page.rows) == sorted(REGISTRY)
    for key, row in page.rows.items():
        group = row.editor.parentWidget()
        assert group.objectName() == f"settingsGroup_{key.split('.')[0]}"
    assert page.rows["listener.port"].editor.maximum() == 65535  # the registry's limits
    assert page.rows["log.level"].editor.count() == len(REGISTRY["log.level"].choices)


async def test_an_int_setting_changed_here_is_saved_to_the_user_file(machine, services, keep,
                                                                     eventually):
    page = keep(SettingsPage.build(machine, ADMIN, services))
    row = page.rows["log.backups"]
    assert row.editor.isEnabled() and row.source.text() == "Default"
    row.editor.setValue(9)
    page.save_button.click()
    await eventually(lambda: page.status.text() == "Saved 1 setting(s).")
    assert read_file(machine.settings.user_file) == {"log.backups": 9}
    assert machine.settings["log.backups"] == 9
    assert row.source.text() == "Your settings file" and row.editor.value() == 9


async def test_a_bad_value_is_refused_beside_it_and_what_was_typed_stays(machine, services, keep,
                                                                        eventually):
    page = keep(SettingsPage.build(machine, ADMIN, services))
    page.rows["log.backups"].editor.setValue(3)
    url = page.rows["listener.public_url"]
    url.editor.setText("not a url")
    page.save_button.click()
    assert url.error.isVisible() and url.error.text().startswith("Not saved:")
    assert "Nothing was saved" in page.status.text()
    assert url.editor.text() == "not a url" and page.rows["log.backups"].editor.value() == 3
    assert not machine.settings.user_file.exists()
    url.editor.setText("https://timedesk.example.com")
    page.save_button.click()
    await eventually(lambda: page.status.text() == "Saved 2 setting(s).")
    assert not url.error.isVisible()
    assert read_file(machine.settings.user_file) == {
        "log.backups": 3, "listener.public_url": "https://timedesk.example.com"}


def test_machine_wide_and_environment_values_are_read_only_and_say_where_they_come_from(
        machine, services, keep):
    page = keep(SettingsPage.build(machine, ADMIN, services))
    level = page.rows["log.level"]
    assert not level.editor.isEnabled() and level.editor.currentData() == "DEBUG"
    assert "Machine-wide file" in level.source.text()
    assert str(machine.system) in level.source.text()
    database = page.rows["database.url"]  # the test's environment sets TIMEDESK_DATABASE_URL
    assert not database.editor.isEnabled()
    assert "Environment variable TIMEDESK_DATABASE_URL" in database.source.text()
    url = make_url(machine.settings["database.url"])
    assert url.database and url.database in database.editor.text()
    if url.password:  # PostgreSQL: the password is never shown
        assert url.password not in database.editor.text()
    level.editor.setCurrentIndex(0)  # even if the editor were changed, it is not saved
    assert page.changes() == {}
