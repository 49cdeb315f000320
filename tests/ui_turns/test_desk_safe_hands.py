"""The desk panel's safe hands and honest state on a real database: No-show looks like a
warning and can be undone for a few seconds (button or Ctrl+Z), the offer expires, and a
closed desk shows who waits for it instead of "Nobody waiting"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from turns_ui_support import open_panel, seed_office

from timedesk.turns import reads
from timedesk.ui.turns.desk_panel import DeskPanel


def status(ctx, turn_id: int) -> str:
    return reads.get_turn(ctx.db, turn_id).status


def call_and_mark_no_show(panel, number: str, qtbot) -> None:
    """Call next (it must be `number`), press No-show and wait for the undo bar."""
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.current_number.text() == number and not panel._busy,
                    timeout=10_000)
    panel.no_show_button.click()
    qtbot.waitUntil(lambda: panel.undo_bar.isVisibleTo(panel), timeout=10_000)


def called_then_no_show(ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    issued = queue.issue_turn(admin_actor, "A")
    queue.issue_turn(admin_actor, "A")
    panel = open_panel(qtbot, ctx, admin_actor)
    call_and_mark_no_show(panel, "A001", qtbot)
    return panel, issued


def test_no_show_does_not_look_like_finish(ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    panel = open_panel(qtbot, ctx, admin_actor)
    panel.resize(1100, 700)
    panel.show()
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.no_show_button.isEnabled() and panel.finish_button.isEnabled(),
                    timeout=10_000)

    def background(button):
        image = button.grab().toImage()
        return image.pixelColor(10, image.height() // 2).name()

    assert background(panel.no_show_button) == "#fff3e0"  # amber, a warning
    assert background(panel.finish_button) != background(panel.no_show_button)


def test_undo_puts_the_no_show_back_at_the_desk_as_it_was(ctx, admin_actor, qtbot):
    panel, issued = called_then_no_show(ctx, admin_actor, qtbot)
    assert panel.undo_text.text() == "Ticket A001 marked as no-show."
    assert status(ctx, issued.id) == "no_show"
    panel.undo_button.click()
    qtbot.waitUntil(lambda: panel.state.current is not None and not panel._busy, timeout=10_000)
    assert (panel.current_number.text(), panel.state.current.status) == ("A001", "called")
    assert status(ctx, issued.id) == "called"
    assert not panel.undo_bar.isVisibleTo(panel)
    assert panel.message.text() == "A001 is back at the desk."
    assert panel.start_button.isEnabled()  # the clerk serves the customer now


def test_ctrl_z_undoes_the_no_show(ctx, admin_actor, qtbot):
    panel, issued = called_then_no_show(ctx, admin_actor, qtbot)
    panel.show()
    qtbot.waitUntil(lambda: panel.windowHandle() is not None
                    and panel.windowHandle().isExposed())
    panel.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.call_button.setFocus()
    qtbot.keyClick(panel.call_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: status(ctx, issued.id) == "called", timeout=10_000)
    qtbot.waitUntil(lambda: panel.current_number.text() == "A001", timeout=10_000)


def test_the_undo_offer_expires_and_another_action_ends_it(ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    issued = [queue.issue_turn(admin_actor, "A") for _ in range(3)]
    panel = open_panel(qtbot, ctx, admin_actor)
    panel.undo_ms = 300
    call_and_mark_no_show(panel, "A001", qtbot)
    qtbot.waitUntil(lambda: not panel.undo_bar.isVisibleTo(panel), timeout=5_000)
    panel.undo_no_show()  # what Ctrl+Z does: nothing is offered any more
    qtbot.wait(300)
    assert status(ctx, issued[0].id) == "no_show"
    panel.undo_ms = 10_000
    call_and_mark_no_show(panel, "A002", qtbot)
    panel.call_button.click()  # the next customer: the No-show of A002 stands
    qtbot.waitUntil(lambda: panel.current_number.text() == "A003" and not panel._busy,
                    timeout=10_000)
    assert not panel.undo_bar.isVisibleTo(panel)
    assert status(ctx, issued[1].id) == "no_show"


def test_a_closed_desk_shows_who_waits_for_it(ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    for code in ("A", "A", "B"):
        queue.issue_turn(admin_actor, code)
    panel = DeskPanel(ctx, admin_actor)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: "3 waiting" in panel.waiting_title.text(), timeout=10_000)
    assert panel.desk is None
    assert panel.waiting_title.text() == ("Desk 1 is closed · 3 waiting · open the desk to "
                                          "call them")
    assert panel.waiting_table.rowCount() == 3
    queue.issue_turn(admin_actor, "B")  # the list follows the office while closed
    qtbot.waitUntil(lambda: "4 waiting" in panel.waiting_title.text(), timeout=10_000)
    panel.desk_choice.setCurrentIndex(panel.desk_choice.findData("2"))  # serves B only
    qtbot.waitUntil(lambda: panel.waiting_title.text().startswith("Desk 2 is closed · 2 "
                                                                  "waiting"), timeout=10_000)
    panel.open_button.click()
    qtbot.waitUntil(lambda: panel.desk == "2" and not panel._busy, timeout=10_000)
    assert panel.waiting_title.text().startswith("2 waiting · longest")
    panel.close_button.click()
    qtbot.waitUntil(lambda: panel.waiting_title.text().startswith("Desk 2 is closed · 2 "
                                                                  "waiting"), timeout=10_000)


def test_a_desk_taken_over_drops_the_undo_offer_and_shows_its_queue_as_closed(
        ctx, admin_actor, qtbot):
    first, issued = called_then_no_show(ctx, admin_actor, qtbot)  # A002 still waits
    second = DeskPanel(ctx, admin_actor)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.desk_choice.findData("1") >= 0, timeout=10_000)
    second.open_desk(take_over=True)
    qtbot.waitUntil(lambda: second.desk == "1", timeout=10_000)
    first._beat()  # its next heartbeat finds the desk gone
    qtbot.waitUntil(lambda: first.desk is None, timeout=10_000)
    assert not first.undo_bar.isVisibleTo(first)
    first.undo_no_show()  # Ctrl+Z: nothing to take back on a desk it no longer has
    qtbot.waitUntil(lambda: first.waiting_title.text().startswith("Desk 1 is closed · 1 "
                                                                  "waiting"), timeout=10_000)
    assert status(ctx, issued.id) == "no_show"
