"""The punch kiosk: full screen; badge code (or name) and PIN, large In / Out / Break by the
person's state, a confirmation with name and time, then idle again by itself; a wrong PIN says
so and five lock; leaving needs the name and password of a user who manages punches."""

from __future__ import annotations

import asyncio

import pytest
from punch_support import PASSWORD, PIN, person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor, Role
from timedesk.punches.service import PunchClock
from timedesk.ui.locked_window import LEAVE_KEYS
from timedesk.ui.punches import kiosk as kiosk_module
from timedesk.ui.punches.kiosk import CHOICE, CONFIRMED, IDLE, PunchKiosk


@pytest.fixture
def open_kiosk(ctx, services, qtbot):
    def make() -> PunchKiosk:
        kiosk = PunchKiosk(ctx, services.jobs)
        qtbot.addWidget(kiosk, before_close_func=lambda k: Shiboken.isValid(k) and k.leave())
        kiosk.show_kiosk()
        return kiosk
    return make


def enabled(kiosk) -> set[str]:
    return {key for key, button in kiosk.buttons.items() if button.isEnabled()}


async def sign(kiosk, eventually, code: str, pin: str = PIN) -> None:
    kiosk.code.setText(code)
    kiosk.pin.setText(pin)
    kiosk.go_button.click()
    await eventually(lambda: not kiosk.busy)


async def test_the_kiosk_is_full_screen_and_ignores_close_and_escape(ctx, open_kiosk):
    kiosk = open_kiosk()
    assert kiosk.isFullScreen() and kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not kiosk.close()
    QTest.keyClick(kiosk, Qt.Key.Key_Escape)
    await asyncio.sleep(0.1)
    assert kiosk.isVisible()
    # how to leave is for managers (the opening button's tooltip), not on the public screen
    assert not [label.text() for label in kiosk.findChildren(QLabel) if LEAVE_KEYS in label.text()]


async def test_badge_and_pin_then_in_shows_name_and_time_and_goes_back_to_idle(
        ctx, open_kiosk, eventually, monkeypatch):
    monkeypatch.setattr(kiosk_module, "CONFIRMATION_MS", 300)
    ana = person(ctx, "Ana García", code="A1")
    kiosk = open_kiosk()
    await sign(kiosk, eventually, "A1")
    assert kiosk.page() == CHOICE and kiosk.greeting.text() == "Hello, Ana García"
    assert kiosk.person_state.text() == "Out" and enabled(kiosk) == {"in"}
    kiosk.buttons["in"].click()
    await eventually(lambda: kiosk.page() == CONFIRMED)
    [stored] = PunchClock(ctx.db, ctx.bus, ctx.settings).list_punches(
        Actor.system("test"), employee=ana.employee_id)
    assert (stored.action, stored.source) == ("in", "kiosk")
    assert kiosk.confirmed_name.text() == "Ana García"
    assert kiosk.confirmed_action.text() == "In at " + stored.at.astimezone().strftime("%H:%M")
    await eventually(lambda: kiosk.page() == IDLE)  # by itself
    assert kiosk.code.text() == kiosk.pin.text() == "" and kiosk.person is None


async def test_by_name_the_buttons_follow_the_state_and_break_ends_a_break(
        ctx, open_kiosk, eventually):
    luis = person(ctx, "Luis Martín", code="L2")
    clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
    clock.punch(Actor.system("test"), luis.employee_id, "in")
    clock.punch(Actor.system("test"), luis.employee_id, "break_start")
    kiosk = open_kiosk()
    await sign(kiosk, eventually, "luis martín")
    assert kiosk.person_state.text().startswith("On a break since ")
    assert enabled(kiosk) == {"out", "break"} and kiosk.buttons["break"].text() == "End break"
    kiosk.buttons["break"].click()
    await eventually(lambda: kiosk.page() == CONFIRMED)
    assert kiosk.confirmed_action.text().startswith("End break at ")
    assert clock.status(Actor.system("test"), luis.employee_id).state == "working"


async def test_a_person_who_walks_away_from_the_buttons_is_signed_out(
        ctx, open_kiosk, eventually, monkeypatch):
    monkeypatch.setattr(kiosk_module, "CHOICE_IDLE_MS", 200)
    person(ctx, "Ana García", code="A1")
    kiosk = open_kiosk()
    await sign(kiosk, eventually, "A1")
    assert kiosk.page() == CHOICE
    await eventually(lambda: kiosk.page() == IDLE and kiosk.person is None)


async def test_a_wrong_pin_says_so_and_five_lock_the_employee(ctx, open_kiosk, eventually):
    person(ctx, "Ana García", code="A1")
    kiosk = open_kiosk()
    await sign(kiosk, eventually, "A1", "0000")
    assert kiosk.page() == IDLE and kiosk.idle_error.isVisible()
    assert kiosk.idle_error.text().startswith("Wrong PIN.") and kiosk.pin.text() == ""
    for _ in range(4):
        await sign(kiosk, eventually, "A1", "0000")
    assert kiosk.idle_error.text().startswith("Too many wrong PINs")
    await sign(kiosk, eventually, "A1", PIN)  # the right one, while locked
    assert kiosk.page() == IDLE and kiosk.idle_error.text().startswith("Too many wrong PINs")


async def test_an_unknown_badge_and_empty_fields_are_refused(ctx, open_kiosk, eventually):
    person(ctx, "Ana García", code="A1")
    kiosk = open_kiosk()
    kiosk.go_button.click()
    assert kiosk.idle_error.text() == "Type your badge code or name and your PIN."
    await sign(kiosk, eventually, "ZZ9")
    assert kiosk.idle_error.text().startswith("No employee has the badge code or name 'ZZ9'.")


async def test_leaving_needs_the_password_of_a_user_who_manages_punches(
        ctx, open_kiosk, eventually, qtbot):
    person(ctx, "Pepe Ruiz", code="P1", role=Role.STAFF, username="pepe")
    person(ctx, "Marta Gil", code="M1", role=Role.MANAGER, username="marta")
    kiosk = open_kiosk()
    await eventually(lambda: kiosk.windowHandle() is not None
                     and kiosk.windowHandle().isExposed())
    kiosk.activateWindow()  # window shortcuts work in the active window only
    await eventually(lambda: QApplication.activeWindow() is kiosk)
    QTest.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert kiosk.unlock.isVisible()
    kiosk.manager_name.setText("pepe")  # right password, but not a manager
    kiosk.manager_password.setText(PASSWORD)
    kiosk.leave_button.click()
    await eventually(lambda: "may not leave the kiosk" in kiosk.unlock_error.text())
    kiosk.manager_name.setText("marta")
    kiosk.manager_password.setText("not-her-password")
    kiosk.leave_button.click()
    await eventually(lambda: "wrong user name or password" in kiosk.unlock_error.text().lower())
    assert Shiboken.isValid(kiosk) and kiosk.isVisible()
    with qtbot.waitSignal(kiosk.left, timeout=10_000):
        kiosk.manager_password.setText(PASSWORD)
        kiosk.leave_button.click()
        await eventually(lambda: not Shiboken.isValid(kiosk) or not kiosk.isVisible())
