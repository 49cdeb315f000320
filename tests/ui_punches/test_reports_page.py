"""The Reports page: the overview of timedesk.punches.reports (who is in, this week's hours,
days, late arrivals and open days per employee), live as punches come in, and the export of a
period's sessions from there."""

from __future__ import annotations

from punch_support import person
from PySide6.QtCore import Qt

from timedesk.auth.permissions import Actor, Role
from timedesk.punches.service import PunchClock
from timedesk.ui.punches.reports_page import ReportsPage

SYSTEM = Actor.system("test")
ADMIN = Actor("user", "ana", Role.ADMIN, 1)


def cells(page) -> dict[str, list[str]]:
    model = page.model
    return {model.data(model.index(row, 0)): [model.data(model.index(row, column))
                                              for column in range(model.columnCount())]
            for row in range(model.rowCount())}


async def test_the_overview_shows_who_is_in_and_the_week_per_employee(ctx, services, keep,
                                                                     eventually, tmp_path):
    ana = person(ctx, "Ana García", code="A1")
    luis = person(ctx, "Luis Martín", code="L2")
    clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
    clock.punch(SYSTEM, ana.employee_id, "in")
    page = keep(ReportsPage.build(ctx, ADMIN, services))
    await eventually(lambda: page.model.rowCount() == 2)
    assert page.who_label.text().startswith("In: 1 · On a break: 0 · Out: 1 · Late, not in yet: ")
    assert page.week_label.text().startswith("This week (")
    found = cells(page)
    assert found["Ana García"][1:4:2] == ["In", "1"]  # now in, one day this week
    assert found["Luis Martín"][2:] == ["0:00", "0", "0", "0"]  # H:MM in tables
    assert found["Luis Martín"][1] in ("Out", "Late, not in yet")
    assert [page.model.headerData(n, Qt.Orientation.Horizontal) for n in range(6)] == [
        "Employee", "Now", "Hours this week", "Days", "Late arrivals", "Open days"]
    clock.punch(SYSTEM, luis.employee_id, "in")  # live: the page follows the punches
    await eventually(lambda: page.who_label.text().startswith("In: 2 · "))
    assert cells(page)["Luis Martín"][1:4:2] == ["In", "1"]
    page.preset.setCurrentIndex(page.preset.findData("this_month"))
    page.export_bar.export_to(tmp_path / "month.csv", "csv")
    await eventually(lambda: page.export_bar.status.text().startswith("Exported "))
    assert page.export_bar.status.text().startswith("Exported 2 sessions to ")
    assert (tmp_path / "month.csv").stat().st_size > 0


async def test_a_failure_is_said_on_the_page(ctx, services, keep, eventually):
    page = keep(ReportsPage.build(ctx, Actor("user", "rosa", Role.STAFF, 5), services))
    await eventually(lambda: "Cannot compute the overview:" in page.status.text())
    assert "punches.view_all" in page.status.text()
