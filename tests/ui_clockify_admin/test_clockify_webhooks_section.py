"""Clockify webhooks section of the Settings dialog: the URL to paste and whether Clockify can
reach it; add (token hashed, then accepted), last event time, remove with confirmation;
read-only for viewers, hidden from roles without clockify.view."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from clockify_admin_helpers import cells, member, work
from clockify_helpers import T0
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QScrollArea
from sqlalchemy import select

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify.models import ClockifyWebhook
from timedesk.clockify.webhooks import add_webhook, list_webhooks, verify_webhook_token
from timedesk.errors import AuthenticationFailed
from timedesk.ui.connection.clockify_section import ClockifySection
from timedesk.ui.connection.sections import sections_for
from timedesk.ui.formats import date_time_text

TOKEN = "Zx9-clockify-webhook-token-4711"
EVENT, LABEL, ADDED, LAST = range(4)


def listening(host: str, port: int = 8765, public: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(state="listening", host=host, port=port,
                           public_url=public or f"http://{host}:{port}")


@pytest.fixture
def build(ctx, services, keep):
    def make(actor, listener=None):
        services.listener = listener
        return keep(ClockifySection.build(ctx, actor, services))

    return make


async def test_the_url_to_paste_warns_while_the_listener_serves_this_computer_only(
        build, admin_actor, eventually):
    section = build(admin_actor, listening("127.0.0.1"))
    await eventually(lambda: section.url.text() != "")
    assert section.url.text() == "http://127.0.0.1:8765/webhooks/clockify"
    assert section.reach.property("role") == "warning"
    assert "from this computer only" in section.reach.text()
    assert "reverse proxy" in section.reach.text()
    section.copy_button.click()
    assert QGuiApplication.clipboard().text() == "http://127.0.0.1:8765/webhooks/clockify"


async def test_a_public_url_setting_is_what_clockify_is_given(ctx, build, admin_actor,
                                                               eventually):
    ctx.settings.override("listener.public_url", "https://horas.example.org/")
    section = build(admin_actor, listening("0.0.0.0", public="https://horas.example.org"))
    await eventually(lambda: section.url.text() != "")
    assert section.url.text() == "https://horas.example.org/webhooks/clockify"
    assert section.reach.property("role") == "success"


async def test_a_lan_address_or_a_stopped_listener_is_explained(build, admin_actor,
                                                                eventually):
    lan = build(admin_actor, listening("0.0.0.0", public="http://192.168.1.20:8765"))
    await eventually(lambda: lan.url.text() != "")
    assert lan.url.text() == "http://192.168.1.20:8765/webhooks/clockify"
    assert "local network" in lan.reach.text()
    stopped = build(admin_actor, SimpleNamespace(state="stopped", host=None, port=None,
                                                 public_url=None))
    await eventually(lambda: stopped.reach.text() != "")
    assert stopped.reach.property("role") == "warning"
    assert stopped.reach.text().startswith("The listener is not running")


async def test_adding_a_webhook_stores_only_a_hash_and_the_token_then_authenticates(
        ctx, build, admin_actor, eventually):
    section = build(admin_actor)
    await eventually(lambda: section.status.text().startswith("No webhook registered yet"))
    # the list names each event in words, with its code: the code is what is registered
    section.event_choice.setCurrentIndex(section.event_choice.findData("TIMER_STOPPED"))
    assert section.event_choice.currentText() == "Timer stopped (TIMER_STOPPED)"
    section.label.setText("Oficina")
    section.token.setText(TOKEN + "\n")
    assert section.token.echoMode() == section.token.EchoMode.Password
    section.add_button.click()
    await eventually(lambda: len(cells(section.table)) == 1)
    (row,) = cells(section.table)
    assert (row[EVENT], row[LABEL], row[LAST]) == ("Timer stopped (TIMER_STOPPED)",
                                                 "Oficina", "never")
    assert section.token.text() == "" and section.result.property("role") == "success"
    with ctx.db.session_factory() as session:
        (stored,) = session.scalars(select(ClockifyWebhook)).all()
        assert TOKEN not in (stored.token_hash, stored.label, stored.event)
    assert verify_webhook_token(ctx.db, TOKEN, "TIMER_STOPPED") == stored.id
    assert TOKEN not in section.result.text()


async def test_a_bad_event_or_a_reused_token_shows_the_services_message(
        ctx, build, admin_actor, eventually):
    add_webhook(ctx.db, admin_actor, "NEW_TIMER_STARTED", TOKEN)
    section = build(admin_actor)
    await eventually(lambda: len(cells(section.table)) == 1)
    section.event_choice.setCurrentText("timer stopped")
    section.token.setText("another-token-123")
    section.add_button.click()
    await eventually(lambda: section.result.property("role") == "error")
    assert section.result.text().startswith("'timer stopped' is not a Clockify event type.")
    section.event_choice.setCurrentText("TIMER_STOPPED")
    section.token.setText("short-token")
    section.add_button.click()
    await eventually(lambda: "too short" in section.result.text())
    assert section.result.text().startswith("The webhook token is too short (11 characters; "
                                            "at least 16).")
    section.token.setText(TOKEN)
    section.add_button.click()
    await eventually(lambda: "already registered" in section.result.text())
    assert len(list_webhooks(ctx.db, admin_actor)) == 1


async def test_the_time_of_the_last_event_appears_after_a_delivery(ctx, build, admin_actor,
                                                                  eventually):
    hook = add_webhook(ctx.db, admin_actor, "TIMER_STOPPED", TOKEN, label="Oficina")
    section = build(admin_actor)
    await eventually(lambda: len(cells(section.table)) == 1)
    assert cells(section.table)[0][LAST] == "never"
    work(ctx.db, ctx.bus, "cccccccccccccccccccc0001",
         member("625cf4a6a7d9d34012f70de1", "JP Weijers"), T0, 30, webhook_id=hook.id)
    (after,) = list_webhooks(ctx.db, admin_actor)
    assert after.last_event_at is not None
    # the session event the delivery published refreshes the section by itself
    await eventually(lambda: cells(section.table)[0][LAST] == date_time_text(after.last_event_at))


async def test_removing_a_webhook_asks_first_and_its_token_stops_working(
        ctx, build, admin_actor, eventually):
    hook = add_webhook(ctx.db, admin_actor, "TIMER_STOPPED", TOKEN)
    section = build(admin_actor)
    await eventually(lambda: len(cells(section.table)) == 1)
    section.table.selectRow(0)
    box = section.ask_remove()
    assert "Timer stopped (TIMER_STOPPED)" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert list_webhooks(ctx.db, admin_actor) != []
    section.table.selectRow(0)
    section.ask_remove().button(QMessageBox.StandardButton.Yes).click()
    await eventually(lambda: cells(section.table) == [])
    assert section.result.text() == f"Webhook #{hook.id} removed: Timer stopped (TIMER_STOPPED)."
    assert list_webhooks(ctx.db, admin_actor) == []
    with pytest.raises(AuthenticationFailed):
        verify_webhook_token(ctx.db, TOKEN, "TIMER_STOPPED")


async def test_a_viewer_sees_the_webhooks_without_add_or_remove(ctx, build, viewer,
                                                               admin_actor, eventually):
    add_webhook(ctx.db, admin_actor, "TIMER_STOPPED", TOKEN)
    section = build(viewer)
    await eventually(lambda: len(cells(section.table)) == 1)
    section.table.selectRow(0)
    assert section.remove_button.isHidden() and not section.remove_button.isEnabled()
    assert section.token.isHidden() and section.add_button.isHidden()
    assert section.ask_remove() is None
    section.token.setText("viewer-token-123")
    section.add()
    assert len(list_webhooks(ctx.db, admin_actor)) == 1


def test_the_connection_tab_lists_clockify_and_mail_sections_by_permission(admin_actor):
    assert [s.key for s in sections_for(admin_actor)][-2:] == ["clockify", "mail"]
    receptionist = [s.key for s in sections_for(Actor("user", "rosa", Role.RECEPTIONIST, 2))]
    assert "clockify" not in receptionist and "mail" in receptionist


async def test_no_webhook_yet_says_how_to_add_one_and_its_button_brings_the_add_form(
        ctx, build, services, admin_actor, viewer, eventually, keep):
    services.listener = None
    section = ClockifySection.build(ctx, admin_actor, services)
    area = QScrollArea()  # as the Connection tab holds its sections
    area.setWidgetResizable(True)
    area.setWidget(section)
    keep(area, size=(900, 300))
    await eventually(lambda: section.empty.isVisible())
    assert section.empty.message.text().startswith("No webhook yet. Create one in Clockify")
    assert not section.table.isVisible() and section.empty.button.text() == "Add a webhook"
    area.activateWindow()
    section.empty.button.click()
    assert area.verticalScrollBar().value() > 0  # the token field scrolled into view
    await eventually(lambda: section.token.hasFocus())
    add_webhook(ctx.db, admin_actor, "TIMER_STOPPED", TOKEN)
    section.refresh()
    await eventually(lambda: section.table.isVisible())
    assert not section.empty.isVisible() and len(cells(section.table)) == 1
    read_only = build(viewer)
    assert read_only.empty.message.text().startswith("No webhook yet. Someone with the Clockify "
                                                     "management permission")
    assert read_only.empty.button.isHidden()
