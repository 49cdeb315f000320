"""The Today page: my punch card (buttons per state, ticking worked time, no employee) and the
"who is in" board, live from this PC and from another one (the event feed)."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from types import SimpleNamespace

import pytest
import qt_support
from punch_support import PIN, person

from timedesk.app import build_context
from timedesk.auth.permissions import Actor, Role
from timedesk.events.feed import start_remote_feed
from timedesk.office.service import add_schedule, current_calendar, set_office_hours
from timedesk.people.service import update_employee
from timedesk.punches.service import PunchClock
from timedesk.ui.locked_window import LEAVE_KEYS
from timedesk.ui.punches import card as card_module
from timedesk.ui.punches.board import WhoIsInBoard, since_text
from timedesk.ui.punches.card import PunchCard
from timedesk.ui.punches.tab import PunchesTab, TodayPage
from timedesk.ui.tabs import tabs_for
from timedesk.ui.tasks import BURST_MS, BackgroundTask


async def settled(widget) -> None:
    """No read of `widget` on its way, nor an event about to start one."""
    await asyncio.sleep(BURST_MS / 1000 + 0.1)
    await qt_support.eventually(lambda: not widget.findChildren(BackgroundTask))


def enabled(card) -> set[str]:
    return {key for key, button in card.buttons.items() if button.isEnabled()}


async def test_the_buttons_follow_the_state_of_my_card(ctx, services, keep, eventually):
    ana = person(ctx, "Ana García", code="A1", role=Role.STAFF, username="ana")
    card = keep(PunchCard.build(ctx, ana.actor, services))
    await eventually(lambda: card.card is not None)
    assert card.name_label.text() == "Ana García"
    assert (card.state_label.text(), enabled(card)) == ("Out", {"in"})
    card.buttons["in"].click()
    await eventually(lambda: card.card.status.state == "working" and not card.busy)
    assert enabled(card) == {"out", "break"}
    assert card.state_label.text().startswith("In since ")
    assert card.status.text().startswith("In at ")
    assert card.buttons["break"].text() == "Break"
    card.buttons["break"].click()
    await eventually(lambda: card.card.status.state == "on_break" and not card.busy)
    assert enabled(card) == {"out", "break"} and card.buttons["break"].text() == "End break"
    card.buttons["break"].click()
    await eventually(lambda: card.card.status.state == "working" and not card.busy)
    card.buttons["out"].click()
    await eventually(lambda: card.card.status.state == "out" and not card.busy)
    assert enabled(card) == {"in"}
    actions = [p.action for p in PunchClock(ctx.db, ctx.bus, ctx.settings).list_punches(
        Actor.system("test"), employee=ana.employee_id)]
    assert actions == ["in", "break_start", "break_end", "out"]


async def test_the_worked_time_ticks_while_working_and_stops_when_out(
        ctx, services, keep, eventually, monkeypatch):
    later = {"s": 0.0}  # how far this PC's clock is moved on
    monkeypatch.setattr(card_module, "time", SimpleNamespace(
        monotonic=lambda: time.monotonic() + later["s"]))
    ana = person(ctx, "Ana García", code="A1", role=Role.STAFF, username="ana")
    card = keep(PunchCard.build(ctx, ana.actor, services))
    await eventually(lambda: card.card is not None)
    assert not card.ticker.isActive() and card.worked_label.text() == "Worked today: 0 min"
    card.buttons["in"].click()
    await eventually(lambda: card.card.status.state == "working" and card.ticker.isActive())
    await settled(card)  # the punch's own event has been read too
    later["s"] = 65 * 60  # an hour and five minutes later
    await eventually(lambda: card.worked_label.text() == "Worked today: 1 h 05 min")
    card.buttons["out"].click()
    await eventually(lambda: card.card.status.state == "out")
    assert not card.ticker.isActive()


async def test_a_user_linked_to_no_employee_is_told_so_and_cannot_punch(
        ctx, services, keep, eventually):
    card = keep(PunchCard.build(ctx, Actor("user", "nadie", Role.STAFF, 4242), services))
    await eventually(lambda: "linked to no employee" in card.state_label.text())
    assert enabled(card) == set()


def no_working_days(ctx) -> None:
    """Nobody is expected, whatever the time the test runs at."""
    set_office_hours(ctx.db, ctx.bus, ctx.settings, Actor.system("test"),
                     week={day: () for day in range(7)})


async def test_a_punch_from_the_card_updates_the_board(ctx, services, keep, eventually):
    no_working_days(ctx)
    boss = person(ctx, "Marta Gil", code="M1", role=Role.MANAGER, username="marta")
    person(ctx, "Luis Martín", code="L2")
    page = keep(TodayPage.build(ctx, boss.actor, services))
    await eventually(lambda: page.board.states() == {"Marta Gil": "Out", "Luis Martín": "Out"})
    await eventually(lambda: page.card.buttons["in"].isEnabled())  # the card is read too
    page.card.buttons["in"].click()
    await eventually(lambda: page.board.states()["Marta Gil"] == "In")
    assert "In: 1" in page.board.summary.text()
    page.card.buttons["break"].click()
    await eventually(lambda: page.board.states()["Marta Gil"] == "On a break")


async def test_a_punch_on_another_pc_reaches_the_board_through_the_event_feed(
        ctx, env, services, keep, eventually):
    boss = person(ctx, "Marta Gil", code="M1", role=Role.MANAGER, username="marta")
    luis = person(ctx, "Luis Martín", code="L2")
    no_working_days(ctx)
    board = keep(WhoIsInBoard.build(ctx, boss.actor, services))
    await eventually(lambda: board.states().get("Luis Martín") == "Out")
    board.timer.stop()  # only the event may bring the news
    feed = await start_remote_feed(ctx.bus, ctx.db, ctx.settings)
    other_pc = build_context(env)
    try:
        PunchClock(other_pc.db, other_pc.bus, other_pc.settings).punch(
            Actor.system("other-pc"), luis.employee_id, "in", source="kiosk", pin=PIN)
        await eventually(lambda: board.states()["Luis Martín"] == "In")
    finally:
        other_pc.close()
        await feed.stop()


async def test_the_tab_shows_the_pages_each_role_may_use(ctx, services, keep):
    staff = Actor("user", "pepe", Role.STAFF, 9)
    assert "punches" in [spec.key for spec in tabs_for(staff)]
    mine = keep(PunchesTab.build(ctx, staff, services))
    assert list(mine.page_widgets) == ["today"]
    assert mine.page_widgets["today"].board is None  # staff see their own card only
    boss = keep(PunchesTab.build(ctx, Actor("user", "marta", Role.MANAGER, 8), services))
    assert list(boss.page_widgets) == ["today", "sessions", "reports", "history", "employees",
                                      "calendar"]
    # the kiosk does not show how to leave it: the manager reads it before opening it
    assert LEAVE_KEYS in boss.kiosk_button.toolTip()


async def test_the_board_says_who_is_expected_and_who_is_late(ctx, services, keep, eventually):
    system = Actor.system("test")
    calendar = current_calendar(ctx.db, ctx.settings)
    now = datetime.now(calendar.zone)
    minutes = now.hour * 60 + now.minute
    if minutes < 10 or minutes > 1380:
        pytest.skip("needs a time of day with room before and after it")
    add_schedule(ctx.db, ctx.bus, system, "later", week={now.weekday(): ((minutes + 30, 1440),)})
    set_office_hours(ctx.db, ctx.bus, ctx.settings, system, week={now.weekday(): ((0, 1440),)})
    boss = person(ctx, "Marta Gil", code="M1", role=Role.MANAGER, username="marta")
    luis = person(ctx, "Luis Martín", code="L2")
    update_employee(ctx.db, ctx.bus, system, luis.employee_id, schedule="later")
    board = keep(WhoIsInBoard.build(ctx, boss.actor, services))
    await eventually(lambda: board.states() == {"Marta Gil": "Late, not yet in",
                                                "Luis Martín": "Not yet in"})
    [luis_row] = [r for r in board.model.rows if r.name == "Luis Martín"]
    assert since_text(luis_row).startswith("expected at ")
    assert "not yet in: 2, of them late: 1" in board.summary.text()
