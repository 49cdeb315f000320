"""My punch card asks about a day left open (no out past its deadline): "You did not punch out
on <day>: when did you leave?", a time and Confirm, stored as the person's confirmation; a
refusal (the day closed meanwhile) is shown on the card."""

from __future__ import annotations

from datetime import UTC, datetime

from punch_support import person
from PySide6.QtCore import QDate, QDateTime, QTime

from timedesk.auth.permissions import Actor, Role
from timedesk.punches.service import PunchClock
from timedesk.ui.punches.card import PunchCard

IN_AT = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # a Monday, 09:00 in Madrid (09-14, 15-18)


def forgot_out(ctx):
    ctx.settings.override("office.timezone", "Europe/Madrid")
    ana = person(ctx, "Ana García", code="A1", role=Role.STAFF, username="ana")
    clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
    clock.punch(Actor.system("test"), ana.employee_id, "in", at=IN_AT, reason="kiosk off")
    return ana, clock


async def test_the_card_asks_when_i_left_and_stores_my_word(ctx, services, keep, eventually):
    ana, clock = forgot_out(ctx)
    card = keep(PunchCard.build(ctx, ana.actor, services))
    await eventually(lambda: card.card is not None)
    assert card.open_box.isVisible()
    assert card.open_prompt.text() == ("You did not punch out on 02/11/2026: when did you "
                                       "leave?")
    # from just after the last punch to the deadline (18:00 + 2 h), the schedule's end first
    assert (card.open_time.minimumDateTime().toString("yyyy-MM-dd HH:mm"),
            card.open_time.maximumDateTime().toString("yyyy-MM-dd HH:mm"),
            card.open_time.dateTime().toString("HH:mm")) == (
        "2026-11-02 09:01", "2026-11-02 20:00", "18:00")
    card.open_time.setDateTime(QDateTime(QDate(2026, 11, 2), QTime(17, 30)))
    card.open_confirm.click()
    await eventually(lambda: not card.busy and not card.open_box.isVisible())
    assert card.card.status.state == "out"
    assert card.status.text().startswith("Out confirmed at ")
    last = clock.list_punches(Actor.system("test"), employee=ana.employee_id)[-1]
    assert (last.action, last.at, last.source) == (
        "out", datetime(2026, 11, 2, 16, 30, tzinfo=UTC), "confirmation")


async def test_a_refusal_is_shown_on_the_card(ctx, services, keep, eventually):
    ana, clock = forgot_out(ctx)
    card = keep(PunchCard.build(ctx, ana.actor, services))
    await eventually(lambda: card.card is not None and card.open_box.isVisible())
    card.live.blockSignals(True)  # the manager's correction below is not seen before the click
    clock.punch(Actor.system("test"), ana.employee_id, "out",
                at=datetime(2026, 11, 2, 17, 0, tzinfo=UTC), reason="she told me")
    card.open_confirm.click()
    await eventually(lambda: "no open day to confirm" in card.status.text())
    await eventually(lambda: not card.busy and not card.open_box.isVisible())
