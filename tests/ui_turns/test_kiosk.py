"""Kiosk mode: full screen with the service buttons only; closing, Esc and Alt+F4 do nothing;
Ctrl+Shift+Q and the receptionist's password leave it."""

from __future__ import annotations

import asyncio

import qt_support
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from reception_support import SPANISH_SERVICES, activated, add_services, eventually, save_shot
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import authenticate, create_user
from timedesk.turns import reads
from timedesk.ui.locked_window import LEAVE_KEYS
from timedesk.ui.turns.reception import ReceptionPanel

PASSWORD = "mostrador-2025-largo"

pytest_plugins = ["reception_fixtures"]  # ui_services, reception_look


async def kiosk_of(ctx, actor, ui_services, qtbot, rows=SPANISH_SERVICES[:2], *, add=True):
    if add:
        add_services(ctx, actor, rows)
    panel = ReceptionPanel(ctx, actor, ui_services)
    # a kiosk deletes itself once left; one a test did not leave is left before the panel goes
    qtbot.addWidget(panel, before_close_func=lambda p: p.kiosk and leave_if_open(p.kiosk))
    panel.resize(1400, 900)
    panel.show()
    await eventually(lambda: len(panel.services) == len(rows))
    kiosk = panel.open_kiosk()
    await activated(kiosk)
    return panel, kiosk


async def receptionist(ctx, admin_actor):
    create_user(ctx.db, admin_actor, "recepcion", PASSWORD, Role.RECEPTIONIST)
    return await asyncio.to_thread(authenticate, ctx.db, "recepcion", PASSWORD)


def leave_if_open(kiosk) -> None:
    if Shiboken.isValid(kiosk):
        kiosk.leave()


def leave_keys(widget):
    QTest.keyClick(widget, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)


async def test_the_kiosk_is_full_screen_and_ignores_close_and_escape(
        ctx, admin_actor, ui_services, qtbot):
    _, kiosk = await kiosk_of(ctx, admin_actor, ui_services, qtbot)
    assert kiosk.isFullScreen()
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not kiosk.close()  # what Alt+F4 and the window manager ask for
    QTest.keyClick(kiosk, Qt.Key.Key_Escape)
    await asyncio.sleep(0.1)
    assert kiosk.isVisible()
    # customers never read how to leave (the review: the staff combination was printed at the
    # foot); staff read it in the tooltip of the button that opens the kiosk
    assert not [label.text() for label in kiosk.findChildren(QLabel) if LEAVE_KEYS in label.text()]
    assert LEAVE_KEYS in kiosk.panel.kiosk_button.toolTip()


async def test_customers_press_a_service_and_see_their_number_without_name_or_priority(
        ctx, admin_actor, ui_services, qtbot):
    panel, kiosk = await kiosk_of(ctx, admin_actor, ui_services, qtbot)
    assert set(kiosk.grid.buttons) == {("A", False), ("B", False)}  # no priority buttons
    assert not kiosk.grid.buttons[("A", False)].key_label.isVisibleTo(kiosk)  # no key hints
    assert not kiosk.findChildren(type(panel.name_field), "customerName")
    panel.name_field.setText("not for kiosk turns")
    kiosk.grid.buttons[("B", False)].click()
    await eventually(lambda: kiosk.number_label.text() == "B001")
    assert kiosk.confirmation.isVisible() and "Pagos" in kiosk.details.text()
    assert "Nobody ahead of you" in kiosk.details.text()
    [turn] = reads.list_turns(ctx.db, ctx.settings, Actor.system("test")).items
    assert (turn.number, turn.priority, turn.customer_name) == ("B001", False, None)
    await eventually(lambda: "1 waiting" in kiosk.grid.buttons[("B", False)].waiting_label.text())


async def test_the_combination_leaves_at_once_without_an_account(ctx, admin_actor, ui_services,
                                                                qtbot):
    panel, kiosk = await kiosk_of(ctx, admin_actor, ui_services, qtbot)
    left = []
    kiosk.left.connect(lambda: left.append(True))
    leave_keys(kiosk)
    await eventually(lambda: left == [True])
    assert panel.kiosk is None


async def test_a_receptionist_leaves_only_with_the_combination_and_her_password(
        ctx, admin_actor, ui_services, qtbot):
    add_services(ctx, admin_actor, SPANISH_SERVICES[:1])
    actor = await receptionist(ctx, admin_actor)
    panel, kiosk = await kiosk_of(ctx, actor, ui_services, qtbot, SPANISH_SERVICES[:1], add=False)
    left = []
    kiosk.left.connect(lambda: left.append(True))
    assert not kiosk.unlock.isVisible()
    leave_keys(kiosk)
    await eventually(lambda: kiosk.unlock.isVisible())
    assert "recepcion" in kiosk.unlock_prompt.text()
    kiosk.password.setText("not-her-password")
    await qt_support.settled(kiosk.submit_password())
    assert "Wrong password" in kiosk.unlock_error.text() and kiosk.isVisible() and not left
    assert kiosk.password.text() == ""
    assert not kiosk.close()
    kiosk.password.setText(PASSWORD)
    await qt_support.settled(kiosk.submit_password())
    await eventually(lambda: left == [True])


async def test_kiosk_screenshot(ctx, admin_actor, ui_services, qtbot, tmp_path):
    panel, kiosk = await kiosk_of(ctx, admin_actor, ui_services, qtbot, rows=SPANISH_SERVICES[:3])
    kiosk.resize(1920, 1080)  # offscreen "full screen" is the virtual screen's size
    kiosk.grid.buttons[("C", False)].click()
    await eventually(lambda: kiosk.number_label.text() == "C001")
    await asyncio.sleep(0.3)
    save_shot(kiosk, tmp_path, "kiosk.png")
    kiosk.leave()


async def test_wrong_passwords_at_the_kiosk_do_not_lock_the_receptionist_out_of_her_pc(
        ctx, admin_actor, ui_services, qtbot):
    from timedesk.auth.lockout import MAX_FAILED_LOGINS

    add_services(ctx, admin_actor, SPANISH_SERVICES[:1])
    actor = await receptionist(ctx, admin_actor)
    _, kiosk = await kiosk_of(ctx, actor, ui_services, qtbot, SPANISH_SERVICES[:1], add=False)
    leave_keys(kiosk)
    await eventually(lambda: kiosk.unlock.isVisible())
    for _ in range(MAX_FAILED_LOGINS + 1):  # a customer trying passwords
        kiosk.password.setText("a-customer-guess")
        await qt_support.settled(kiosk.submit_password())
    assert "locked" in kiosk.unlock_error.text()
    signed_in = await asyncio.to_thread(authenticate, ctx.db, "recepcion", PASSWORD)
    assert signed_in.name == "recepcion"  # her PC's sign-in window is not locked
