"""The sessions page: one row per employee and day of the chosen period with its times and
flags, narrowed to one employee, and exported (CSV, XLSX, PDF) as a job."""

from __future__ import annotations

from datetime import datetime, timedelta

from punch_support import person
from PySide6.QtCore import Qt

from timedesk.auth.permissions import Actor, Role
from timedesk.office.service import current_calendar
from timedesk.punches.service import PunchClock
from timedesk.ui.punches.sessions_page import SessionsPage

SYSTEM = Actor.system("test")
ADMIN = Actor("user", "ana", Role.ADMIN, 1)


def worked_yesterday(ctx, employee_id: int, start_h: int, end_h: int) -> None:
    """An in and an out yesterday (office time), added as corrections."""
    calendar = current_calendar(ctx.db, ctx.settings)
    day = datetime.now(calendar.zone).date() - timedelta(days=1)
    clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
    for action, hour in (("in", start_h), ("out", end_h)):
        at = datetime(day.year, day.month, day.day, hour, 0, tzinfo=calendar.zone)
        clock.punch(SYSTEM, employee_id, action, at=at, reason="test day")


async def test_the_sessions_of_the_period_with_times_and_flags_by_employee(
        ctx, services, keep, eventually):
    ana = person(ctx, "Ana García", code="A1")
    luis = person(ctx, "Luis Martín", code="L2")
    worked_yesterday(ctx, ana.employee_id, 8, 20)  # 12 h: over 9 ordinary hours
    worked_yesterday(ctx, luis.employee_id, 9, 13)
    page = keep(SessionsPage.build(ctx, ADMIN, services))
    yesterday = datetime.now(current_calendar(ctx.db, ctx.settings).zone).date() \
        - timedelta(days=1)
    if page.current_range()[0] > yesterday:  # this week started today
        page.preset.setCurrentIndex(page.preset.findData("last_week"))
    await eventually(lambda: len(page.model.rows) == 2 and page.names)
    cells = {page.model.data(page.model.index(row, 0)): [
        page.model.data(page.model.index(row, column)) for column in range(10)]
        for row in range(2)}
    # worked time as H:MM, the day as dd/MM/yyyy (the house forms of tables)
    assert cells["Ana García"][4] == "12:00" and cells["Luis Martín"][4] == "4:00"
    assert cells["Luis Martín"][1] == f"{yesterday:%d/%m/%Y}"
    assert "rule max_9h" in cells["Ana García"][9] and "overtime" in cells["Ana García"][9]
    [ana_row] = [n for n in range(2) if page.model.data(page.model.index(n, 0)) == "Ana García"]
    tooltip = page.model.data(page.model.index(ana_row, 9), Qt.ItemDataRole.ToolTipRole)
    assert "9" in tooltip and len(tooltip) > 20  # the rule's text, not its code
    page.employee.setCurrentIndex(page.employee.findData(luis.employee_id))
    await eventually(lambda: [r.employee_id for r in page.model.rows] == [luis.employee_id])


async def test_the_export_writes_the_file_as_a_job(ctx, services, keep, eventually, tmp_path):
    ana = person(ctx, "Ana García", code="A1")
    worked_yesterday(ctx, ana.employee_id, 9, 14)
    page = keep(SessionsPage.build(ctx, ADMIN, services))
    page.preset.setCurrentIndex(page.preset.findData("this_month"))
    yesterday = datetime.now(current_calendar(ctx.db, ctx.settings).zone).date() \
        - timedelta(days=1)
    if page.current_range()[0] > yesterday:  # the month started today
        page.preset.setCurrentIndex(page.preset.findData("last_month"))
    page.export_to(tmp_path / "punches.csv", "csv")
    assert not page.export_button.isEnabled()
    await eventually(lambda: page.export_status.text().startswith("Exported "))
    assert page.export_status.text().startswith("Exported 1 sessions to ")
    assert "Ana García" in (tmp_path / "punches.csv").read_text(encoding="utf-8-sig")
    assert page.export_button.isEnabled()
