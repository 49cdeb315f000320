"""Reception's list of today's last turns: the newest first with their state, found by number,
and the one chosen printed again or cancelled (after a confirmation); a called turn cannot be
cancelled from it."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QMessageBox
from reception_support import add_services, eventually, shown

from timedesk.turns import reads
from timedesk.turns.queue import TurnQueue
from timedesk.turns.setup import add_desk
from timedesk.ui.turns.reception import ReceptionPanel

pytest_plugins = ["reception_fixtures"]  # ui_services, reception_look


def rows(panel) -> list[tuple[str, ...]]:
    table = panel.recent.table
    return [tuple(table.item(row, column).text() for column in (0, 1, 3))
            for row in range(table.rowCount())]


async def with_turns(ctx, actor, ui_services, qtbot, count: int) -> ReceptionPanel:
    add_services(ctx, actor)
    add_desk(ctx.db, ctx.bus, actor, name="1", services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    for _ in range(count):
        await asyncio.to_thread(queue.issue_turn, actor, "A")
    panel = shown(qtbot, ReceptionPanel(ctx, actor, ui_services))
    await eventually(lambda: panel.recent.table.rowCount() == count
                     and ("A", False) in panel.grid.buttons)
    return panel


async def test_the_last_turns_are_listed_and_one_is_found_by_its_number(
        ctx, admin_actor, ui_services, qtbot):
    panel = await with_turns(ctx, admin_actor, ui_services, qtbot, 3)
    assert rows(panel) == [("A003", "Registro", "Waiting"), ("A002", "Registro", "Waiting"),
                           ("A001", "Registro", "Waiting")]
    assert not panel.recent.reprint_button.isEnabled()  # nothing chosen yet
    panel.grid.buttons[("A", False)].click()  # a turn issued here joins the list on top
    await eventually(lambda: panel.recent.table.rowCount() == 4 and rows(panel)[0][0] == "A004")
    panel.recent.search.setText("a-2")
    await eventually(lambda: rows(panel) == [("A002", "Registro", "Waiting")])
    panel.recent.search.setText("B7")
    await eventually(lambda: panel.recent.table.rowCount() == 0)
    assert panel.recent.empty.text() == "No turn of that number today."


async def test_the_chosen_turn_is_printed_again_or_cancelled_after_a_confirmation(
        ctx, admin_actor, ui_services, qtbot):
    panel = await with_turns(ctx, admin_actor, ui_services, qtbot, 3)
    assert panel.recent.select_number("A002")
    panel.recent.reprint_button.click()
    folder = ctx.paths.data_dir / "tickets"
    await eventually(lambda: list(folder.glob("A002_*.pdf")))
    panel.recent.cancel_button.click()
    box = next(b for b in panel.findChildren(QMessageBox)
               if b.objectName() == "confirmCancelTurn" and b.isVisible())
    assert "Cancel turn A002 (Registro)?" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    await eventually(lambda: ("A002", "Registro", "Cancelled") in rows(panel))
    assert panel.message.text() == "Turn A002 was cancelled."
    statuses = {t.number: t.status for t in reads.list_turns(ctx.db, ctx.settings,
                                                             admin_actor).items}
    assert statuses == {"A001": "waiting", "A002": "cancelled", "A003": "waiting"}
    assert panel.recent.select_number("A002")  # a cancelled turn: neither reprint nor cancel
    assert not panel.recent.cancel_button.isEnabled()
    assert not panel.recent.reprint_button.isEnabled()


async def test_a_called_turn_cannot_be_cancelled_from_the_list(ctx, admin_actor, ui_services,
                                                               qtbot):
    panel = await with_turns(ctx, admin_actor, ui_services, qtbot, 2)
    await asyncio.to_thread(TurnQueue(ctx.db, ctx.bus, ctx.settings).call_next, admin_actor, "1")
    await eventually(lambda: ("A001", "Registro", "Called") in rows(panel))
    assert panel.recent.select_number("A001")
    assert panel.recent.reprint_button.isEnabled() and not panel.recent.cancel_button.isEnabled()
    panel.ask_cancel_turn(panel.recent.selected())  # should it be asked anyway: refused
    next(b for b in panel.findChildren(QMessageBox) if b.objectName() == "confirmCancelTurn"
         and b.isVisible()).button(QMessageBox.StandardButton.Yes).click()
    await eventually(lambda: panel.message.isVisible() and "A001" in panel.message.text())
    assert "a desk has called it already" in panel.message.text()
