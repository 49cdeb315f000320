"""Reception's safe hands: the last ticket can be printed again with the same number, and the
last turn issued here can be cancelled after a confirmation; the queue, the waiting counts and
the lobby display (through the bus) follow; a turn a desk has called stays."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QMessageBox
from reception_support import add_services, eventually, shown

from timedesk.turns import reads
from timedesk.turns.queue import TurnQueue
from timedesk.turns.setup import add_desk
from timedesk.turns.views import TOPIC_CHANGED
from timedesk.ui.turns.reception import ReceptionPanel

pytest_plugins = ["reception_fixtures"]  # ui_services, reception_look


async def issued_here(ctx, actor, ui_services, qtbot, count: int) -> ReceptionPanel:
    add_services(ctx, actor)
    add_desk(ctx.db, ctx.bus, actor, name="1", services=["A"])
    panel = shown(qtbot, ReceptionPanel(ctx, actor, ui_services))
    await eventually(lambda: ("A", False) in panel.grid.buttons)
    button = panel.grid.buttons[("A", False)]
    assert not panel.reprint_button.isEnabled() and not panel.cancel_button.isEnabled()
    for n in range(1, count + 1):
        await eventually(button.isEnabled)
        button.click()
        await eventually(lambda n=n: panel.number_label.text() == f"A{n:03d}")
    await eventually(lambda: panel.cancel_button.isEnabled())
    return panel


def status_of(ctx, number: str) -> str:
    from timedesk.auth.permissions import Actor

    turns = reads.list_turns(ctx.db, ctx.settings, Actor.system("test")).items
    return {t.number: t.status for t in turns}[number]


def the_box(panel) -> QMessageBox:
    boxes = [box for box in panel.findChildren(QMessageBox)
             if box.objectName() == "confirmCancelTurn" and box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


async def test_reprint_prints_the_last_ticket_again_with_the_same_number(
        ctx, admin_actor, ui_services, qtbot):
    panel = await issued_here(ctx, admin_actor, ui_services, qtbot, 1)  # printing is off
    folder = ctx.paths.data_dir / "tickets"
    assert not list(folder.glob("*.pdf"))
    panel.reprint_button.click()
    await eventually(lambda: "Ticket saved as" in panel.ticket_status.text())
    pdfs = list(folder.glob("*.pdf"))
    assert [p.name.split("_")[0] for p in pdfs] == ["A001"]
    assert pdfs[0].read_bytes().startswith(b"%PDF")
    assert "A001" in panel.ticket_status.text()
    pdfs[0].unlink()
    panel.reprint_button.click()  # again: still A001, and no new turn
    await eventually(lambda: list(folder.glob("A001_*.pdf")))
    assert len(reads.list_turns(ctx.db, ctx.settings, admin_actor).items) == 1


async def test_cancel_asks_then_takes_the_last_turn_out_of_the_queue(
        ctx, admin_actor, ui_services, qtbot):
    changes = []
    ctx.bus.subscribe(TOPIC_CHANGED, changes.append)  # what the lobby display listens to
    panel = await issued_here(ctx, admin_actor, ui_services, qtbot, 2)
    label = panel.grid.buttons[("A", False)].waiting_label
    await eventually(lambda: label.text() == "2 waiting")
    panel.cancel_button.click()
    box = the_box(panel)
    assert "Cancel turn A002 (Registro)?" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # No: nothing happens
    await asyncio.sleep(0.3)
    assert status_of(ctx, "A002") == "waiting" and not changes
    panel.cancel_button.click()
    the_box(panel).button(QMessageBox.StandardButton.Yes).click()
    await eventually(lambda: status_of(ctx, "A002") == "cancelled")
    await eventually(lambda: panel.message.text() == "Turn A002 was cancelled.")
    assert status_of(ctx, "A001") == "waiting"  # only the last one
    await eventually(lambda: label.text() == "1 waiting")
    assert [(e.payload["turn_id"], e.payload["status"]) for e in changes] == [
        (reads.list_turns(ctx.db, ctx.settings, admin_actor, status="cancelled").items[0].id,
         "cancelled")]
    assert not panel.cancel_button.isEnabled() and not panel.reprint_button.isEnabled()
    assert panel.service_label.text() == "Cancelled"


async def test_a_turn_a_desk_has_called_is_not_cancelled(ctx, admin_actor, ui_services, qtbot):
    panel = await issued_here(ctx, admin_actor, ui_services, qtbot, 1)
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    await asyncio.to_thread(queue.call_next, admin_actor, "1")
    panel.cancel_button.click()
    the_box(panel).button(QMessageBox.StandardButton.Yes).click()
    await eventually(lambda: panel.message.isVisible())
    assert panel.message.text() == ("Turn A001 was not cancelled: a desk has called it "
                                    "already. The desk finishes it or marks a no-show.")
    assert panel.message.property("role") == "error"
    assert status_of(ctx, "A001") == "called"
    assert panel.cancel_button.isEnabled()  # still the last one; the message says why


async def test_reception_judges_open_and_closed_on_the_office_clock(ctx, admin_actor,
                                                                    ui_services, qtbot):
    """A service's opening hours are the office's: the grid uses office.timezone, not this
    PC's zone (a reception PC set to UTC would show a Madrid office's services closed)."""
    from zoneinfo import ZoneInfo

    ctx.settings.override("office.timezone", "Pacific/Kiritimati")  # UTC+14: never this PC's
    panel = ReceptionPanel(ctx, admin_actor, ui_services)
    qtbot.addWidget(panel)
    assert panel.grid._clock.zone == ZoneInfo("Pacific/Kiritimati")
