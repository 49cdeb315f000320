"""Sesame Time section of the Settings dialog: "Test connection" against the fake Sesame server
(the company name, or the precise cause of a 401, a 403, an unreachable address), the token in
the keyring-backed store and never shown back, the region saved, read-only without permission."""

from __future__ import annotations

import socket
from urllib.parse import quote

import pytest
from sesame_ui_support import COMPANY, TOKEN, refuse_token, unlicensed

from timedesk.settings import read_file
from timedesk.ui.connection.dialog import SettingsDialog
from timedesk.ui.connection.sesame_section import SesameSection

NEW_TOKEN = "sesame-token-new-7f3e9a1c55"


@pytest.fixture
def database_url(timedesk_home):
    """The section keeps nothing in the database: SQLite is enough (the reports tab runs on
    both backends)."""
    return f"sqlite+pysqlite:///{quote(str(timedesk_home / 'data' / 'timedesk.db'))}"


@pytest.fixture
def build(ctx, services, keep):
    def make(actor):
        return keep(SesameSection.build(ctx, actor, services))

    return make


def saved_file(ctx) -> dict:
    return read_file(ctx.settings.user_file) if ctx.settings.user_file.exists() else {}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_test_connection_shows_the_company_name(connected, build, admin_actor,
                                                      eventually):
    section = build(admin_actor)
    section.test_button.click()
    await eventually(lambda: section.result.property("role") == "success")
    assert section.result.text() == f"Connected to Sesame: {COMPANY}"
    assert section.test_button.isEnabled()


async def test_a_token_typed_in_the_form_is_tested_without_being_saved(
        ctx, connected, build, admin_actor, memory_keyring, eventually):
    ctx.secrets.delete("sesame_token")
    section = build(admin_actor)
    section.token.setText(TOKEN)
    section.test_button.click()
    await eventually(lambda: section.result.property("role") == "success")
    assert "unsaved changes" in section.result.text()
    assert ("timedesk", "SESAME_TOKEN") not in memory_keyring.store


async def test_a_revoked_token_shows_that_sesame_refused_it(connected, build, admin_actor,
                                                           eventually):
    refuse_token(connected)
    section = build(admin_actor)
    section.test_button.click()
    await eventually(lambda: section.result.property("role") == "error")
    assert section.result.text().startswith(
        "Sesame refused the token (401): it is invalid or was revoked.")
    assert "Create a new API token" in section.result.text()
    assert TOKEN not in section.result.text() + section.result.toolTip()


async def test_a_company_without_the_api_add_on_shows_that_it_is_not_licensed(
        connected, build, admin_actor, eventually):
    unlicensed(connected)
    section = build(admin_actor)
    section.test_button.click()
    await eventually(lambda: section.result.property("role") == "error")
    assert section.result.text().startswith(
        "Sesame says this company is not licensed for the API (403).")


async def test_an_address_where_nothing_listens_shows_that_sesame_cannot_be_reached(
        ctx, build, admin_actor, eventually):
    ctx.secrets.set("sesame_token", TOKEN)
    section = build(admin_actor)
    section.advanced.setChecked(True)
    section.base_url.setText(f"http://127.0.0.1:{closed_port()}")
    section.test_button.click()
    await eventually(lambda: section.result.property("role") == "error", timeout=20)
    assert section.result.text().startswith("Sesame could not be reached")


async def test_a_connection_that_keeps_dropping_says_so_and_advises_trying_again(
        connected, build, admin_actor, eventually):
    connected.answer("/core/v3/info", drop=True)
    section = build(admin_actor)
    section.test_button.click()
    await eventually(lambda: section.result.property("role") == "error", timeout=20)
    text = section.result.text()
    assert text.startswith("The connection to Sesame dropped before its answer arrived whole.")
    assert "Try again in a few minutes" in text and "region" not in text
    assert "the connection dropped while reading /core/v3/info" in text


async def test_a_region_that_is_not_a_code_is_refused_before_asking_sesame(
        ctx, build, admin_actor, eventually):
    section = build(admin_actor)
    section.region.setCurrentText("eu-1 west")
    section.save_button.click()
    await eventually(lambda: section.result.property("role") == "error")
    assert "sesame.region" not in saved_file(ctx)


async def test_save_puts_the_token_in_the_keyring_only_and_never_shows_it_back(
        ctx, build, admin_actor, memory_keyring, eventually):
    section = build(admin_actor)
    await eventually(lambda: section.token_state.text() == "No token saved yet.")
    section.token.setText(NEW_TOKEN)
    section.region.setCurrentText("eu3")
    section.save_button.click()
    await eventually(lambda: section.result.property("role") == "success")
    assert section.result.text() == "Saved; the token is in the system keyring."
    assert memory_keyring.store[("timedesk", "SESAME_TOKEN")] == NEW_TOKEN
    assert saved_file(ctx)["sesame.region"] == "eu3"
    assert NEW_TOKEN not in ctx.settings.user_file.read_text(encoding="utf-8")
    assert section.token.text() == ""
    assert section.token_state.text().startswith("Token saved in the system keyring")
    again = build(admin_actor)  # a later visit: the state, never the value
    await eventually(lambda: again.token_state.text().startswith("Token saved"))
    assert again.token.text() == "" and again.token.echoMode() == again.token.EchoMode.Password


async def test_a_custom_region_can_be_typed_and_the_base_url_override_is_saved(
        ctx, build, admin_actor, eventually):
    section = build(admin_actor)
    assert section.region.currentText() == "eu1"  # the setting's default
    assert section.base_url.isHidden()  # under "Advanced" while empty
    section.region.setCurrentText("eu9")
    section.advanced.setChecked(True)
    section.base_url.setText("http://proxy.example:8080")
    section.save_button.click()
    await eventually(lambda: section.result.property("role") == "success")
    assert saved_file(ctx)["sesame.region"] == "eu9"
    assert saved_file(ctx)["sesame.base_url"] == "http://proxy.example:8080"


async def test_a_new_address_deletes_the_stored_token_and_asks_for_it_again(
        ctx, build, admin_actor, memory_keyring, eventually):
    ctx.secrets.set("sesame_token", TOKEN)
    section = build(admin_actor)
    await eventually(lambda: section.token_state.text().startswith("Token saved"))
    section.advanced.setChecked(True)
    section.base_url.setText("https://sesame.example.org")
    section.save_button.click()
    await eventually(lambda: section.result.property("role") == "warning")
    assert section.result.text() == (
        "Saved. The address changed, so the stored token was deleted: paste the token again "
        "and save.")
    assert ("timedesk", "SESAME_TOKEN") not in memory_keyring.store
    assert section.token_state.text() == "No token saved yet."


async def test_a_new_address_saved_with_a_new_token_keeps_the_new_token(
        ctx, build, admin_actor, memory_keyring, eventually):
    ctx.secrets.set("sesame_token", TOKEN)
    section = build(admin_actor)
    section.region.setCurrentText("eu3")
    section.token.setText(NEW_TOKEN)
    section.save_button.click()
    await eventually(lambda: section.result.property("role") == "success")
    assert memory_keyring.store[("timedesk", "SESAME_TOKEN")] == NEW_TOKEN


async def test_a_receptionist_does_not_see_the_section_and_it_is_read_only_without_permission(
        ctx, services, keep, receptionist):
    tab = keep(SettingsDialog(None, ctx, receptionist, services))
    assert "sesame" not in tab.sections
    section = keep(SesameSection.build(ctx, receptionist, services))
    assert "needs the Sesame management permission" in " ".join(
        label.text() for label in section.findChildren(type(section.result)))
    for widget in (section.token, section.region, section.base_url, section.test_button,
                   section.save_button):
        assert not widget.isEnabled(), widget.objectName()


def test_a_region_set_by_an_environment_variable_is_named_in_a_warning(ctx, build, admin_actor,
                                                                       monkeypatch):
    from PySide6.QtWidgets import QLabel

    real = ctx.settings.source
    monkeypatch.setattr(ctx.settings, "source", lambda key: "env:TIMEDESK_SESAME_REGION"
                        if key == "sesame.region" else real(key))
    section = build(admin_actor)
    warnings = [label.text() for label in section.findChildren(QLabel)
                if label.text().startswith("Environment variables set")]
    assert warnings == ["Environment variables set sesame.region: what you save here applies "
                        "only when they are not set."]
