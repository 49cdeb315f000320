"""The Turns tab's Set-up page (issue 17): a service created with opening hours; a desk's
services reassigned from the page, and the next call follows them; deleting a used service is
refused with the service's sentence; the page follows changes made elsewhere."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor, Role
from timedesk.turns import setup
from timedesk.turns.queue import TurnQueue
from timedesk.ui.turns.setup_page import TurnsSetupPage

MANAGER = Actor("user", "mia", Role.MANAGER, 99)  # turns.manage, not users.manage


def cells(table) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def tick(checklist, wanted: set[str]) -> None:
    for i in range(checklist.count()):
        item = checklist.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                           else Qt.CheckState.Unchecked)


async def test_a_service_is_created_with_its_opening_hours(ctx, services, keep, eventually):
    page = keep(TurnsSetupPage.build(ctx, MANAGER, services))
    dialog = page.edit_service(None)
    dialog.code.setText("r")
    dialog.name.setText("Registry")
    dialog.hours.setText("9:00-13:30")
    dialog.priority.setChecked(False)
    save(dialog)
    await eventually(lambda: not Shiboken.isValid(dialog))
    [stored] = setup.list_services(ctx.db)
    assert (stored.code, stored.name, stored.opens_at, stored.closes_at,
            stored.priority_allowed) == ("R", "Registry", time(9), time(13, 30), False)
    await eventually(lambda: page.status.text() == "Saved service R.")
    assert cells(page.services_table) == [["R", "Registry", "#1565c0", "09:00-13:30", "No",
                                           "Yes"]]


async def test_bad_hours_are_refused_in_the_dialog_and_nothing_is_stored(
        ctx, services, keep, eventually):
    page = keep(TurnsSetupPage.build(ctx, MANAGER, services))
    dialog = page.edit_service(None)
    dialog.code.setText("A")
    dialog.name.setText("Registry")
    dialog.hours.setText("9 to 5")
    save(dialog)
    await eventually(lambda: dialog.error.isVisible())
    assert "not HH:MM-HH:MM" in dialog.error.text()
    assert setup.list_services(ctx.db) == []


async def test_reassigning_a_desks_services_makes_call_next_follow_them(
        ctx, admin_actor, services, keep, eventually):
    for code in ("A", "B"):
        setup.add_service(ctx.db, ctx.bus, admin_actor, code=code, name=f"Service {code}")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(admin_actor, "B")
    assert queue.call_next(admin_actor, "1") is None  # desk 1 does not call B yet
    page = keep(TurnsSetupPage.build(ctx, MANAGER, services))
    await eventually(lambda: len(cells(page.desks_table)) == 1)
    assert page.select_desk("1")
    dialog = page.edit_desk(page.data.desks[0])
    tick(dialog.services, {"B"})
    save(dialog)
    await eventually(lambda: not Shiboken.isValid(dialog))
    await eventually(lambda: cells(page.desks_table)[0][1] == "B")
    assert queue.call_next(admin_actor, "1").turn.number == "B001"


async def test_deleting_a_used_service_shows_why_not(ctx, admin_actor, services, keep,
                                                     eventually, qtbot):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    TurnQueue(ctx.db, ctx.bus, ctx.settings).issue_turn(admin_actor, "A")
    page = keep(TurnsSetupPage.build(ctx, MANAGER, services))
    await eventually(lambda: len(cells(page.services_table)) == 1)
    page.select_service("A")
    page.delete_service()
    box = page.findChild(QMessageBox, "confirmDeleteService")
    box.button(QMessageBox.StandardButton.Yes).click()
    await eventually(lambda: "has turns in its history" in page.status.text())
    assert "Deactivate it instead" in page.status.text()
    page.toggle_service()
    await eventually(lambda: page.status.text() == "Service A is no longer offered.")
    assert not setup.list_services(ctx.db)[0].active


async def test_changes_made_elsewhere_show_up_live(ctx, admin_actor, services, keep,
                                                   eventually):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    page = keep(TurnsSetupPage.build(ctx, MANAGER, services))
    await eventually(lambda: len(cells(page.services_table)) == 1)
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="C", name="Certificates")
    await eventually(lambda: [r[0] for r in cells(page.services_table)] == ["A", "C"])
