"""What the window remembers across a restart on this PC (window_state.py): each table's column
widths and sort, each list page's filters, the dashboard's period — set in one window, found
again in a new window built from the same config folder."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from timedesk.people.service import create_employee
from timedesk.ui.clockify.admin_table import fit_columns
from timedesk.ui.main_window import MainWindow
from timedesk.ui.punches.employees_editor import EmployeesEditor
from timedesk.ui.services import UiServices
from timedesk.ui.tickets.list_page import TicketListPage
from timedesk.ui.turns.dashboard import TurnsDashboard
from timedesk.ui.window_state import SAVE_DELAY_MS, WindowState


def started(qtbot, ctx, actor, jobs) -> MainWindow:
    window = MainWindow(ctx, actor, UiServices(jobs=jobs))
    qtbot.addWidget(window)
    window.show()
    return window


async def saved() -> None:
    await asyncio.sleep(SAVE_DELAY_MS / 1000 + 0.2)


async def test_the_tickets_widths_sort_and_filters_come_back_after_a_restart(
        qtbot, ctx, loop_runner, admin_actor, eventually):
    window = started(qtbot, ctx, admin_actor, loop_runner)
    assert window.show_tab("tickets", "list")
    page = window.findChild(TicketListPage)
    header = page.table.horizontalHeader()
    page.status.setCurrentIndex(page.status.findData("open"))
    page.search.setText("printer")
    header.resizeSection(2, 261)  # a person drags the Status column wider
    header.sectionClicked.emit(0)  # and sorts by number
    assert page.filt.sort == "id"
    await saved()
    window.close()

    again = started(qtbot, ctx, admin_actor, loop_runner)
    assert again.show_tab("tickets", "list")
    page = again.findChild(TicketListPage)
    header = page.table.horizontalHeader()
    assert page.status.currentData() == "open" and page.search.text() == "printer"
    assert page.filt.sort == "id"
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.AscendingOrder)
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.refresh()
    await eventually(lambda: resets)
    assert header.sectionSize(2) == 261  # fitting the new rows leaves a person's widths alone
    assert page.filt.q == "printer" and page.filt.status  # and the list asks with the filters


async def test_a_sorted_table_and_the_dashboard_period_come_back_after_a_restart(
        qtbot, ctx, loop_runner, admin_actor, eventually):
    for name in ("Ana", "Carla", "Bea"):
        create_employee(ctx.db, ctx.bus, admin_actor, name)
    window = started(qtbot, ctx, admin_actor, loop_runner)
    assert window.show_tab("punches", "employees")
    editor = window.findChild(EmployeesEditor)
    await eventually(lambda: editor.model.rows)
    table = editor.table
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table.horizontalHeader().resizeSection(1, 143)
    assert window.show_tab("turns", "dashboard")
    dashboard = window.findChild(TurnsDashboard)
    dashboard.range_buttons["this_month"].click()
    await saved()
    window.close()

    again = started(qtbot, ctx, admin_actor, loop_runner)
    assert again.show_tab("punches", "employees")
    editor = again.findChild(EmployeesEditor)
    await eventually(lambda: editor.model.rows)
    names = [editor.table.model().index(row, 0).data() for row in range(3)]
    assert names == ["Carla", "Bea", "Ana"]
    assert editor.table.horizontalHeader().sectionSize(1) == 143
    assert again.show_tab("turns", "dashboard")
    dashboard = again.findChild(TurnsDashboard)
    assert dashboard.range_kind == "this_month"
    assert dashboard.range_buttons["this_month"].isChecked()


async def test_columns_fitted_by_the_page_are_not_taken_for_a_persons_widths(
        qtbot, ctx, loop_runner, admin_actor, eventually):
    window = started(qtbot, ctx, admin_actor, loop_runner)
    assert window.show_tab("punches", "employees")
    editor = window.findChild(EmployeesEditor)
    fit_columns(editor.table)
    await saved()
    assert WindowState(ctx.paths.config_dir).table_state(
        "employeesTable", editor.table.horizontalHeader().count()) is None
    assert not editor.table.property("columnsRemembered")


async def test_the_clockify_sessions_filters_sort_and_widths_come_back_after_a_restart(
        qtbot, ctx, loop_runner, admin_actor, eventually):
    from timedesk.ui.clockify.sessions_view import ClockifySessionsView

    window = started(qtbot, ctx, admin_actor, loop_runner)
    assert window.show_tab("clockify")
    view = window.findChild(ClockifySessionsView)
    bar = view.filters
    bar.project.setText("Mostrador")
    bar.overtime.setChecked(True)
    header = view.table.horizontalHeader()
    header.resizeSection(2, 187)  # a person drags a column wider
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    await saved()
    window.close()

    again = started(qtbot, ctx, admin_actor, loop_runner)
    assert again.show_tab("clockify")
    view = again.findChild(ClockifySessionsView)
    assert view.filters.project.text() == "Mostrador" and view.filters.overtime.isChecked()
    assert view.filters.session_filter().overtime
    header = view.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2, Qt.SortOrder.AscendingOrder)
    assert (view.sort, view.descending) == ("project", False)
    assert header.sectionSize(2) == 187
