"""The office calendar editor: the week, tolerance and zone saved through the calendar service
(bad intervals refused with its message, nothing stored), holidays added and removed, and
read-only for those the service does not let write."""

from __future__ import annotations

from datetime import date

from timedesk.auth.permissions import Actor, Role
from timedesk.office.service import add_holiday, current_calendar
from timedesk.ui.punches.calendar_editor import CalendarEditor

ADMIN = Actor("user", "ana", Role.ADMIN, 1)


async def loaded(ctx, services, keep, eventually, actor=ADMIN) -> CalendarEditor:
    editor = keep(CalendarEditor.build(ctx, actor, services))
    await eventually(lambda: editor.calendar is not None)
    return editor


async def test_the_editor_shows_the_default_week_and_saves_a_changed_one(
        ctx, services, keep, eventually):
    editor = await loaded(ctx, services, keep, eventually)
    assert editor.days[0].text() == "09:00-14:00,15:00-18:00" and editor.days[6].text() == ""
    assert editor.tolerance.value() == 5
    editor.days[4].setText("08:00-15:00")
    editor.days[5].setText("10:00-13:00")
    editor.tolerance.setValue(10)
    editor.timezone.setText("Atlantic/Canary")
    editor.save_button.click()
    await eventually(lambda: editor.status.text() == "The office week was saved.")
    stored = current_calendar(ctx.db, ctx.settings)
    assert stored.office.week[4] == ((480, 900),) and stored.office.week[5] == ((600, 780),)
    assert stored.office.tolerance_minutes == 10 and str(stored.zone) == "Atlantic/Canary"


async def test_an_interval_ending_before_it_starts_is_refused_and_nothing_is_stored(
        ctx, services, keep, eventually):
    editor = await loaded(ctx, services, keep, eventually)
    editor.days[0].setText("14:00-09:00")
    editor.tolerance.setValue(30)
    editor.save_button.click()
    await eventually(lambda: editor.status.text().startswith("Nothing was saved:"))
    assert editor.status.property("role") == "error" and "14:00" in editor.status.text()
    assert current_calendar(ctx.db, ctx.settings).office.tolerance_minutes == 5


async def test_holidays_are_added_and_removed(ctx, services, keep, eventually):
    editor = await loaded(ctx, services, keep, eventually)
    editor.holiday_date.setDate(date(2026, 12, 25))
    editor.holiday_name.setText("Navidad")
    editor.add_holiday_button.click()
    await eventually(lambda: [r[1] for r in editor.holidays.rows] == ["Navidad"])
    assert current_calendar(ctx.db, ctx.settings).holidays == {date(2026, 12, 25): "Navidad"}
    assert editor.holiday_name.text() == ""  # ready for the next one
    editor.holiday_name.setText("Navidad otra vez")
    editor.add_holiday_button.click()  # the same day again: the service's refusal is shown
    await eventually(lambda: "already a holiday" in editor.status.text())
    assert editor.select_holiday(date(2026, 12, 25))
    editor.remove_holiday_button.click()
    await eventually(lambda: editor.holidays.rows == [])
    assert current_calendar(ctx.db, ctx.settings).holidays == {}


async def test_a_change_made_elsewhere_shows_up(ctx, services, keep, eventually):
    editor = await loaded(ctx, services, keep, eventually)
    add_holiday(ctx.db, ctx.bus, Actor.system("other"), date(2027, 1, 6), "Reyes")
    await eventually(lambda: [r[1] for r in editor.holidays.rows] == ["Reyes"])


async def test_without_the_permission_the_calendar_is_read_only(ctx, services, keep,
                                                                eventually):
    editor = await loaded(ctx, services, keep, eventually, Actor("user", "pepe", Role.STAFF, 2))
    assert editor.days[0].isReadOnly() and not editor.tolerance.isEnabled()
    assert not editor.save_button.isVisibleTo(editor)
    assert not editor.add_holiday_button.isVisibleTo(editor)
