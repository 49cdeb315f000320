"""The Reports tab against the fake Sesame server: Generate runs as a job with progress (pages
fetched of total, then rows written) while the loop stays responsive; Cancel mid-fetch leaves
no file; a finished report is listed in the history, opened and deleted from it; errors say
what went wrong; only people with the report permission get the tab."""

from __future__ import annotations

import asyncio
import re
import time
from datetime import date
from pathlib import Path

import pytest
import qt_support
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sesame_ui_support import EMPLOYEES, MONTH, grow, refuse_token, slow_down

from timedesk.sesame.service import ReportPhase
from timedesk.ui.formats import date_time_text, worked_clock
from timedesk.ui.sesame.report_form import CUSTOM
from timedesk.ui.sesame.report_run import RunPanel
from timedesk.ui.sesame.reports_tab import ReportsTab
from timedesk.ui.tabs import tabs_for

TODAY = date(MONTH.year, MONTH.month, 20)


@pytest.fixture
def build(ctx, services, keep):
    def make(actor):
        tab = keep(ReportsTab(ctx, actor, services, today=lambda: TODAY))
        tab.history.reload()
        return tab

    return make


def report_files(ctx) -> list[Path]:
    folder = Path(ctx.paths.reports_dir)
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def whole_month(tab) -> None:
    last = date(MONTH.year, MONTH.month + 1, 1).toordinal() - 1 if MONTH.month < 12 else \
        date(MONTH.year, 12, 31).toordinal()
    tab.form.set_period(CUSTOM, date(MONTH.year, MONTH.month, 1), date.fromordinal(last))


async def watch_loop(stop: asyncio.Event, gaps: list[float]) -> None:
    """Record how late 10 ms sleeps wake up: the GUI loop's stalls."""
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        before = loop.time()
        await asyncio.sleep(0.01)
        gaps.append(loop.time() - before - 0.01)


async def test_generate_shows_progress_then_the_file_rows_and_total_time(
        ctx, connected, build, admin_actor, opened, eventually):
    ctx.settings.override("sesame.page_size", 2)  # 4 pages of work entries
    slow_down(connected, 0.02)
    tab = build(admin_actor)
    whole_month(tab)
    phases: set[str] = set()
    stop, gaps = asyncio.Event(), []
    watcher = asyncio.ensure_future(watch_loop(stop, gaps))
    tab.generate_button.click()
    assert not tab.generate_button.isEnabled()  # locked at once; the job starts on the loop
    deadline = time.monotonic() + 30
    while not tab.last_run.finished and time.monotonic() < deadline:
        phases.add(tab.run.phase.text().split(":")[0])
        await asyncio.sleep(0.005)
    stop.set()
    await asyncio.wait_for(watcher, 5)
    await eventually(lambda: tab.run.outcome.property("role") == "success")
    assert "Reading from Sesame" in phases
    path = tab.run.report_path
    assert path is not None and path.exists() and path.suffix == ".xlsx"
    assert tab.run.outcome.text() == f"Report ready: {path.name}"  # the name fits a window
    assert tab.run.outcome.toolTip().endswith(str(path.relative_to(path.parent.parent)))
    assert f"Employees: {len(EMPLOYEES)} ·" in tab.run.figures.text()
    assert "Total time: " in tab.run.figures.text()
    assert max(gaps) < 0.5, f"the GUI loop stalled {max(gaps):.3f} s"
    tab.run.open_file_button.click()
    tab.run.open_folder_button.click()
    assert opened == [path, path.parent]
    assert tab.generate_button.isEnabled()


async def test_cancel_during_the_fetch_stops_the_job_and_leaves_no_file(
        ctx, connected, build, admin_actor, eventually):
    grow(connected, 200)
    ctx.settings.override("sesame.page_size", 5)  # 40 pages of work entries
    slow_down(connected, 0.2)
    tab = build(admin_actor)
    tab.form.set_period(CUSTOM, date(2026, 1, 1), date(2026, 1, 31))
    tab.generate_button.click()
    await eventually(lambda: tab.run.phase.text().startswith("Reading from Sesame"))
    started = time.monotonic()
    tab.run.cancel_button.click()
    assert tab.run.phase.text() == "Cancelling…"
    await eventually(lambda: tab.job is None, timeout=15)
    assert time.monotonic() - started < 5
    assert tab.run.outcome.text() == "Report cancelled; no file was written."
    assert report_files(ctx) == []
    await qt_support.settled(tab.history.reload())
    assert tab.history.model.rows == []
    assert tab.generate_button.isEnabled()


async def test_a_finished_report_is_listed_in_the_history_and_delete_removes_it_and_the_file(
        ctx, connected, build, admin_actor, opened, eventually):
    tab = build(admin_actor)
    whole_month(tab)
    tab.form.fmt.setCurrentIndex(tab.form.fmt.findData("csv"))
    await qt_support.settled(tab.start_generate(), 30)
    path = tab.run.report_path
    assert path is not None and path.suffix == ".csv"
    await eventually(lambda: len(tab.history.model.rows) == 1)
    row = tab.history.model.rows[0]
    assert Path(row.report.path) == path and row.exists
    # the house forms, never ISO: dd/MM/yyyy HH:mm in the office's zone, H:MM worked time
    cells = [tab.history.model.index(0, n).data() for n in range(tab.history.model.columnCount())]
    generated, period, total = cells[0], cells[1], cells[-1]
    assert generated == date_time_text(row.report.created_at)
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", generated) and "-" not in generated
    first, last = row.report.date_from, row.report.date_to
    assert period == f"{first:%d/%m/%Y} – {last:%d/%m/%Y}"
    assert total == worked_clock(row.report.total_seconds)
    assert re.fullmatch(r"\d+:\d\d", total)
    assert f"Total time: {total}" in tab.run.figures.text()
    tab.history.table.selectRow(0)
    tab.history.open_file_button.click()
    assert opened == [path]
    box = tab.history.ask_delete()
    assert path.name in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    await eventually(lambda: tab.history.model.rows == [] and not path.exists())
    assert f"Report {path.name} deleted." == tab.history.status.text()


async def test_cancelling_the_delete_confirmation_keeps_the_report(
        ctx, connected, build, admin_actor, eventually):
    tab = build(admin_actor)
    whole_month(tab)
    await qt_support.settled(tab.start_generate(), 30)
    await eventually(lambda: len(tab.history.model.rows) == 1)
    tab.history.table.selectRow(0)
    tab.history.ask_delete().button(QMessageBox.StandardButton.Cancel).click()
    await asyncio.sleep(0.2)
    assert len(tab.history.model.rows) == 1 and tab.run.report_path.exists()


async def test_a_token_refused_during_a_report_says_what_went_wrong_and_what_to_do(
        ctx, connected, build, admin_actor, eventually):
    refuse_token(connected)
    tab = build(admin_actor)
    await qt_support.settled(tab.start_generate(), 30)
    assert tab.run.outcome.property("role") == "error"
    assert tab.run.outcome.text().startswith("No report was written. Sesame refused the token "
                                             "(401)")
    assert "Create a new API token" in tab.run.outcome.text()
    assert report_files(ctx) == []


async def test_presets_fill_the_dates_and_a_backwards_custom_period_is_refused(
        ctx, build, admin_actor):
    tab = build(admin_actor)
    form = tab.form
    form.set_period("last_month")
    first, last = form.dates()
    assert first.day == 1 and last.month == first.month and last < date(TODAY.year,
                                                                        TODAY.month, 1)
    assert not form.date_from.isEnabled()
    form.set_period(CUSTOM, date(2026, 3, 10), date(2026, 3, 2))
    assert form.date_from.isEnabled()
    await qt_support.settled(tab.start_generate(), 30)
    assert tab.run.outcome.text().startswith("No report was written. The period ends before "
                                             "it starts.")
    assert tab.job is None and report_files(ctx) == []


async def test_the_filter_lists_come_from_sesame_and_a_ticked_employee_limits_the_report(
        ctx, connected, build, admin_actor, eventually):
    tab = build(admin_actor)
    await qt_support.settled(tab.reload_lists())
    assert tab.form.employees.items.count() == 0  # nothing cached yet
    assert "not been read from Sesame yet" in tab.form.lists_state.text()
    tab.form.refresh_button.click()
    await eventually(lambda: tab.form.employees.items.count() == len(EMPLOYEES))
    labels = [tab.form.employees.items.item(n).text() for n in range(len(EMPLOYEES))]
    assert labels == ["Ana Álvarez", "Bruno Benítez", "Carla Castro", "Darío Díaz (inactive)"]
    assert tab.form.offices.items.count() == 2 and tab.form.departments.items.count() == 2
    assert tab.form.lists_state.text().startswith("Lists read from Sesame on ")
    carla = tab.form.employees.items.item(2).data(Qt.ItemDataRole.UserRole)
    tab.form.employees.select([carla])
    assert "1 selected" in tab.form.employees.heading.text()
    whole_month(tab)
    await qt_support.settled(tab.start_generate(), 30)
    assert "Employees: 1 ·" in tab.run.figures.text(), tab.run.outcome.text()


async def test_only_people_who_may_make_reports_get_the_tab(admin_actor, receptionist):
    assert "sesame_reports" in [spec.key for spec in tabs_for(admin_actor)]
    assert "sesame_reports" not in [spec.key for spec in tabs_for(receptionist)]


async def test_a_report_finishing_after_its_tab_was_closed_is_dropped_without_error(
        ctx, connected, services, admin_actor, qtbot, eventually, caplog):
    slow_down(connected, 0.05)
    tab = ReportsTab(ctx, admin_actor, services, today=lambda: TODAY)
    whole_month(tab)
    job = tab.start_generate().job
    await eventually(lambda: job.state == "running")
    tab.deleteLater()  # the person closed the window while the report was being written
    await eventually(lambda: job.finished, timeout=30)
    await asyncio.sleep(0.1)  # the finished signal would have been delivered by now
    assert job.state == "done" and Path(job.result.path).exists()
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


@pytest.mark.parametrize(("done", "total", "phase", "text"), [
    (0, 0, "", "Preparing the report…"),
    (0, 0, ReportPhase.CATALOGUES, "Reading employees and activities from Sesame…"),
    (0, 0, ReportPhase.PAGES, "Reading from Sesame…"),
    (3, 12, ReportPhase.PAGES, "Reading from Sesame: page 3 of 12"),
    (0, 0, ReportPhase.TOTALS, "Reading Sesame's own totals to compare…"),
    (0, 0, ReportPhase.ROWS, "Writing the report…"),
    (12, 40, ReportPhase.ROWS, "Writing the report: row 12 of 40"),
])
def test_the_run_panel_words_the_reports_typed_phase(keep, done, total, phase, text):
    panel = keep(RunPanel())
    panel.show_running()
    panel.show_progress(done, total, phase)
    assert panel.phase.text() == text
    assert panel.bar.maximum() == total  # 0: a busy bar


async def test_without_a_token_the_tab_says_connect_sesame_first_with_a_button(
        build, ctx, admin_actor):
    tab = build(admin_actor)
    await qt_support.settled(tab.check_connection())
    assert not tab.not_connected.isHidden()
    assert "not connected" in tab.not_connected.message.text()
    assert tab.not_connected.button.text() == "Connect Sesame…"
    assert tab.connect_sesame() is False  # outside a main window there is nowhere to go
    ctx.settings.override("sesame.demo", True)  # the demo company is a Sesame to read
    await qt_support.settled(tab.check_connection())
    assert tab.not_connected.isHidden()
    ctx.settings.override("sesame.demo", False)
    ctx.secrets.set("sesame_token", "a-token", session_only=True)
    await qt_support.settled(tab.check_connection())
    assert tab.not_connected.isHidden()


async def test_with_a_token_there_is_no_notice(build, admin_actor, connected):
    tab = build(admin_actor)
    await qt_support.settled(tab.check_connection())
    assert tab.not_connected.isHidden()


async def test_connect_sesame_opens_settings_at_the_sesame_section(ctx, services, admin_actor,
                                                                   qtbot):
    from timedesk.ui.connection.dialog import SettingsDialog
    from timedesk.ui.main_window import MainWindow

    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    window.show()
    assert window.show_tab("sesame_reports")
    tab = window.tabs.currentWidget()
    await qt_support.settled(tab.check_connection())
    assert tab.not_connected.isVisible()
    tab.not_connected.button.click()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.current_page().key == "integrations"
    assert "sesame" in dialog.current_page().sections
