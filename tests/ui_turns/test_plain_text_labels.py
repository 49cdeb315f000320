"""Security review LOW-3: what people typed (service and desk names, the display's message, a
customer's name and note) is shown as typed on the lobby display, the desk panel and the
reception, never rendered as rich text (no huge fonts, links or images on the lobby TV)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from reception_support import eventually, shown
from turns_ui_support import open_panel

from timedesk.turns import setup
from timedesk.turns.queue import TurnQueue
from timedesk.ui.turns.display_window import DisplayWindow

pytest_plugins = ["reception_fixtures"]  # ui_services

MARKUP = '<b>Bold</b><span style="font-size:200pt">BIG</span>'


def _assert_plain(label, needle: str = "<b>Bold</b>") -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert needle in label.text()


def _office(ctx, actor) -> TurnQueue:
    setup.add_service(ctx.db, ctx.bus, actor, code="X", name=MARKUP)
    setup.add_desk(ctx.db, ctx.bus, actor, name="1", services=["X"])
    return TurnQueue(ctx.db, ctx.bus, ctx.settings)


def test_the_lobby_display_shows_markup_in_names_and_message_as_typed(ctx, admin_actor, qtbot):
    ctx.settings.override("turns.display_message", "<h1>Closed</h1> <img src='file:///x'>")
    queue = _office(ctx, admin_actor)
    for _ in range(3):
        queue.issue_turn(admin_actor, "X")
    queue.call_next(admin_actor, "1")
    queue.call_next(admin_actor, "1")
    display = DisplayWindow(ctx, refresh_ms=300)
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    qtbot.waitUntil(lambda: "X" in display.waiting_labels, timeout=10_000)
    _assert_plain(display.waiting_labels["X"])
    _assert_plain(display.message, "<h1>Closed</h1>")
    number, desk = display.recent_rows[0]
    assert number.textFormat() == desk.textFormat() == Qt.TextFormat.PlainText
    assert display.stale_banner.textFormat() == Qt.TextFormat.PlainText


def test_the_desk_panel_shows_markup_in_the_service_and_the_customer_as_typed(
        ctx, admin_actor, qtbot):
    queue = _office(ctx, admin_actor)
    queue.issue_turn(admin_actor, "X", customer_name="<i>Ana</i>", note="<a href='x'>y</a>")
    panel = open_panel(qtbot, ctx, admin_actor)
    panel.call_button.click()
    qtbot.waitUntil(lambda: "<i>Ana</i>" in panel.current_details.text(), timeout=10_000)
    _assert_plain(panel.current_details)
    assert "<a href='x'>y</a>" in panel.current_details.text()
    for label in (panel.current_number, panel.ack_label, panel.message, panel.waiting_title):
        assert label.textFormat() == Qt.TextFormat.PlainText


async def test_the_reception_shows_markup_in_a_service_name_as_typed(ctx, admin_actor,
                                                                     ui_services, qtbot):
    from timedesk.ui.turns.reception import ReceptionPanel

    _office(ctx, admin_actor)
    panel = shown(qtbot, ReceptionPanel(ctx, admin_actor, ui_services))
    await eventually(lambda: ("X", False) in panel.grid.buttons)
    panel.grid.buttons[("X", False)].click()
    await eventually(lambda: panel.number_label.text() == "X001")
    _assert_plain(panel.service_label)
    for label in (panel.number_label, panel.ahead_label, panel.wait_label, panel.message,
                  panel.ticket_status):
        assert label.textFormat() == Qt.TextFormat.PlainText
