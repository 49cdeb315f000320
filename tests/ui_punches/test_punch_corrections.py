"""Corrections: a manager adds a missing punch or amends one in a dialog that needs a reason;
the original stays (marked amended) and both are listed; the service's refusals show in the
dialog; people without punches.manage see the history only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from punch_support import person
from PySide6.QtWidgets import QDialogButtonBox
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor, Role
from timedesk.punches.service import PunchClock
from timedesk.ui.punches.corrections import CorrectionsPage

SYSTEM = Actor.system("test")


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


async def page_for(ctx, actor, services, keep, eventually, rows: int):
    page = keep(CorrectionsPage.build(ctx, actor, services))
    await eventually(lambda: page.employee.count() >= 1 and len(page.model.rows) == rows)
    return page


def clock(ctx) -> PunchClock:
    return PunchClock(ctx.db, ctx.bus, ctx.settings)


async def test_a_missing_punch_needs_a_reason_and_is_added_as_a_correction(
        ctx, services, keep, eventually):
    boss = person(ctx, "Marta Gil", code="M1", role=Role.MANAGER, username="marta")
    page = await page_for(ctx, boss.actor, services, keep, eventually, 0)
    dialog = page.open_dialog(None)
    dialog.action.setCurrentIndex(dialog.action.findData("in"))
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-3600))
    save(dialog)  # no reason
    assert dialog.error.isVisible() and "reason" in dialog.error.text()
    assert clock(ctx).list_punches(SYSTEM, employee=boss.employee_id) == []
    dialog.reason.setPlainText("Forgot to punch at the door")
    save(dialog)
    await eventually(lambda: not Shiboken.isValid(dialog))
    [added] = clock(ctx).list_punches(SYSTEM, employee=boss.employee_id)
    assert (added.action, added.correction, added.reason) == (
        "in", True, "Forgot to punch at the door")
    assert abs((added.at - an_hour_ago).total_seconds()) < 120
    await eventually(lambda: len(page.model.rows) == 1)
    assert page.status.text().startswith("Saved: In at ")
    assert page.model.data(page.model.index(0, 3)) == "Correction"  # the source, in words


async def test_amending_keeps_the_original_marked_amended_beside_the_correction(
        ctx, services, keep, eventually):
    boss = person(ctx, "Marta Gil", code="M1", role=Role.MANAGER, username="marta")
    original = clock(ctx).punch(SYSTEM, boss.employee_id, "in")
    page = await page_for(ctx, boss.actor, services, keep, eventually, 1)
    assert page.select_punch(original.id) and page.amend_button.isEnabled()
    dialog = page.amend_selected()
    assert dialog.action.currentData() == "in"
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-20 * 60))
    dialog.reason.setPlainText("Arrived earlier; the badge reader failed")
    save(dialog)
    await eventually(lambda: not Shiboken.isValid(dialog))
    await eventually(lambda: len(page.model.rows) == 2)
    by_id = {p.id: p for p in page.model.rows}
    assert by_id[original.id].voided
    [amendment] = [p for p in page.model.rows if p.id != original.id]
    assert amendment.replaces_id == original.id and amendment.correction
    assert page.select_punch(original.id) and not page.amend_button.isEnabled()


async def test_a_refused_correction_shows_the_reason_in_the_dialog(ctx, services, keep,
                                                                   eventually):
    boss = person(ctx, "Marta Gil", code="M1", role=Role.MANAGER, username="marta")
    page = await page_for(ctx, boss.actor, services, keep, eventually, 0)
    dialog = page.open_dialog(None)
    dialog.action.setCurrentIndex(dialog.action.findData("out"))  # out while out: refused
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-600))
    dialog.reason.setPlainText("Left without punching")
    save(dialog)
    await eventually(lambda: dialog.error.isVisible())
    assert dialog.buttons.isEnabled() and Shiboken.isValid(dialog)
    assert clock(ctx).list_punches(SYSTEM, employee=boss.employee_id) == []
    dialog.reject()


async def test_without_punches_manage_the_history_is_read_only(ctx, services, keep, eventually,
                                                               monkeypatch):
    from timedesk.auth.permissions import MATRIX, Permission

    monkeypatch.setitem(MATRIX, Role.STAFF, MATRIX[Role.STAFF] | {
        Permission.PUNCHES_VIEW_ALL, Permission.EMPLOYEES_VIEW})
    person(ctx, "Luis Martín", code="L2")
    page = await page_for(ctx, Actor("user", "vera", Role.STAFF, 7), services, keep,
                          eventually, 0)
    assert not page.add_button.isVisibleTo(page) and page.open_dialog(None) is None
