"""The dashboard page shows HelpDesk.dashboard's figures: the SLA met, the resolved, the
medians in office hours, bar charts of the open tickets and each technician's row; it follows
the tickets live."""

from __future__ import annotations

from ticket_support import help_desk, user

from timedesk.auth.permissions import Role
from timedesk.ui.tickets.dashboard_page import DashboardPage


async def test_the_figures_and_charts_of_today(ctx, services, keep, eventually):
    admin = user(ctx, "ana", Role.ADMIN)
    tech = user(ctx, "tomas", Role.TECHNICIAN)
    desk = help_desk(ctx)
    desk.add_category(admin, "Printers")
    done, _, _ = (desk.create_ticket(admin, f"T{n}", "d", priority=p, category=c)
                  for n, (p, c) in enumerate([("high", None), ("urgent", "Printers"),
                                              ("urgent", None)]))
    desk.take(tech, done.id)
    desk.add_comment(tech, done.id, "Fixed: the cable was loose.")
    desk.update_ticket(tech, done.id, status="resolved")
    page = keep(DashboardPage.build(ctx, admin, services))
    page.preset.setCurrentIndex(page.preset.findData("today"))
    await eventually(lambda: page.figures is not None and page.figures.resolved == 1)
    assert page.resolved.value.text() == "1"
    assert page.sla.value.text() == "100 %"
    assert page.resolution.value.text().endswith("office h")
    assert ("New", 2) in page.by_status.bars and ("Resolved", 1) not in page.by_status.bars
    assert ("Urgent", 2) in page.by_priority.bars and ("High", 0) in page.by_priority.bars
    assert sorted(page.by_category.bars) == [("No category", 1), ("Printers", 1)]
    assert page.technicians.rowCount() == 1
    assert [page.technicians.item(0, c).text() for c in range(3)] == ["tomas", "0", "1"]
    assert page.by_status.grab().width() > 0  # the chart paints

    desk.take(tech, desk.create_ticket(admin, "T3", "d").id)  # the bus brings it in
    await eventually(lambda: page.figures.open_by_status["assigned"] == 1)
    assert ("tomas", 1) in page.by_technician.bars
