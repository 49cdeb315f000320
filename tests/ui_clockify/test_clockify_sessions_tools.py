"""The sessions page beyond one page of rows: totals of the whole filter, the export of what it
shows (Ctrl+E), approving several sessions at once with a confirmation, the context menu, the
empty page that says what to do, and dates and tooltips that read unambiguously."""

from __future__ import annotations

import asyncio
import csv
from datetime import datetime, timedelta

import qt_support
from clockify_ui_helpers import T0, body, deliver, settled, under_review
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from timedesk.clockify.webhooks import add_webhook
from timedesk.ui import formats
from timedesk.ui.clockify import sessions_view
from timedesk.ui.clockify.sessions_model import COLUMN
from timedesk.ui.clockify.sessions_view import NO_SESSION, NO_WEBHOOK

H = timedelta(hours=1)


def three(ctx) -> None:
    deliver(ctx, "TIMER_STOPPED", body(1, who="ana", start=T0, minutes=90, description="ana 1"))
    deliver(ctx, "TIMER_STOPPED", body(2, start=T0 + 24 * H, minutes=120, description="jp 2"))
    deliver(ctx, "TIMER_STOPPED", body(3, start=T0 + 48 * H, minutes=30, description="jp 3"))


async def test_the_totals_strip_adds_up_the_whole_filter_not_only_the_page(
        ctx, make_view, monkeypatch):
    monkeypatch.setattr(sessions_view, "PAGE_SIZE", 2)
    three(ctx)
    view = make_view()
    assert await settled(view) == ["jp 3", "jp 2"]  # one page of two
    assert view.totals.isVisible()
    assert view.totals.text() == ("Total: 3 sessions · 4:00   |   JP Weijers: 2 · 2:30   ·   "
                                  "Ana Pérez: 1 · 1:30")
    view.filters.user.setCurrentIndex(1)  # Ana Pérez
    await asyncio.sleep(0)
    assert await settled(view) == ["ana 1"]
    assert view.totals.text() == "Total: 1 session · 1:30   |   Ana Pérez: 1 · 1:30"


async def test_export_writes_exactly_the_filtered_sessions_of_every_page(
        ctx, make_view, monkeypatch, tmp_path):
    monkeypatch.setattr(sessions_view, "PAGE_SIZE", 1)
    three(ctx)
    view = make_view()
    await settled(view)
    view.filters.user.setCurrentIndex(2)  # JP Weijers
    await asyncio.sleep(0)
    assert await settled(view) == ["jp 3"]
    task = view.export_to(tmp_path / "jp.csv")
    assert not view.export_button.isEnabled()  # one export at a time
    await qt_support.eventually(lambda: task.finished)
    with open(tmp_path / "jp.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=","))
    assert [(r[0], r[1]) for r in rows[1:]] == [("JP Weijers", "jp 3"), ("JP Weijers", "jp 2")]
    assert view.message.text() == f"Exported 2 sessions to {tmp_path / 'jp.csv'}"
    assert view.export_button.isEnabled()


async def test_ctrl_e_asks_where_to_export(ctx, make_view, qtbot):
    view = make_view()
    await settled(view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert view.file_dialog is not None and view.file_dialog.isVisible()
    assert view.file_dialog.defaultSuffix() == "xlsx"
    view.file_dialog.reject()


async def test_several_selected_sessions_are_approved_in_one_go_after_a_confirmation(
        ctx, make_view):
    for number in (1, 2):
        under_review(ctx, number, start=T0 + number * H * 24)
    view = make_view()
    await settled(view)
    assert {row.status for row in view.model.rows} == {"under_review"}
    assert not view.approve_button.isEnabled()
    view.table.selectAll()
    assert view.approve_button.isEnabled() and len(view.selected_ids()) == 2
    box = view.ask_approve()
    assert "2 selected sessions" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    await qt_support.eventually(lambda: {row.status for row in view.model.rows} == {"approved"})
    assert view.message.text() == "2 sessions approved."


async def test_a_bulk_approval_with_a_running_session_approves_nothing(ctx, make_view):
    under_review(ctx, 1)
    deliver(ctx, "NEW_TIMER_STARTED", body(2, start=T0 + H, minutes=None))
    view = make_view()
    await settled(view)
    view.table.selectAll()
    task = view.approve(view.selected_ids())
    await qt_support.eventually(lambda: task.finished)
    assert "Nothing was approved" in view.message.text()
    assert "cannot be approved" in view.message.text()
    assert [row.status for row in view.model.rows if not row.running] == ["under_review"]
    assert view.approve_button.isEnabled()


async def test_the_context_menu_offers_open_approve_selected_and_export(ctx, make_view):
    three(ctx)
    view = make_view()
    await settled(view)
    view.table.selectAll()
    menu = view.show_menu(QPoint(5, 5))
    assert [a.text() for a in menu.actions()] == ["Open", "Approve selected (3)…", "Export…"]
    assert all(a.isEnabled() for a in menu.actions())
    menu.close()


async def test_with_no_webhook_the_empty_page_says_so_and_leads_to_the_webhooks(
        ctx, gui_bus, services, admin_actor, qtbot):
    from timedesk.ui.main_window import MainWindow

    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    window.resize(1280, 680)
    window.show()
    window.show_tab("clockify")
    view = window.tabs.currentWidget().sessions
    await settled(view)
    assert view.empty_reason == NO_WEBHOOK and view.stack.currentWidget() is view.empty
    assert view.empty.message.text() == ("No webhook yet — Clockify sends nothing until one is "
                                         "set up.")
    assert view.empty.button.isVisible()
    assert view.summary.text() == ""  # not also "no sessions match these filters"
    view.empty.button.click()  # File › Settings, on Integrations, at the Clockify webhooks
    from timedesk.ui.connection.dialog import SettingsDialog

    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.current_page().key == "integrations"
    section = dialog.findChild(object, "section_clockify")
    await qt_support.eventually(lambda: not section.visibleRegion().isEmpty())


async def test_with_webhooks_but_no_session_the_page_says_sessions_will_come(
        ctx, make_view, admin_actor):
    add_webhook(ctx.db, admin_actor, "NEW_TIMER_STARTED", "a-token-of-clockify-0123456789")
    view = make_view()
    await settled(view)
    assert view.empty_reason == NO_SESSION and view.stack.currentWidget() is view.empty
    assert view.empty.message.text() == ("No session yet: they appear here as Clockify sends "
                                         "them.")
    assert not view.empty.button.isVisibleTo(view)
    deliver(ctx, "TIMER_STOPPED", body(1))  # the first delivery brings the table back
    await qt_support.eventually(lambda: view.model.rows and view.stack.currentWidget()
                                is view.table)


async def test_filters_hiding_every_session_keep_the_table_and_say_so(ctx, make_view):
    three(ctx)
    view = make_view()
    await settled(view)
    view.filters.search.setText("nothing like it")
    await asyncio.sleep(0.5)
    assert await settled(view) == []
    assert view.stack.currentWidget() is view.table
    assert view.summary.text() == "No sessions match these filters."
    assert not view.totals.isVisible()


async def test_an_end_on_another_day_shows_its_date_and_descriptions_have_tooltips(
        ctx, make_view):
    late = datetime.combine(T0.date(), datetime.min.time()).astimezone() + timedelta(hours=23)
    long = "Reunión olvidada (entrada a mano)\nsegunda línea de la descripción " * 3
    deliver(ctx, "TIMER_STOPPED", body(1, start=late, minutes=120, description=long))
    view = make_view()
    await settled(view)
    end = view.model.index(0, COLUMN["end"]).data()
    assert end == formats.date_time_text(late + 2 * H)  # the day changed: the house date-time
    assert "/" in end
    tip = view.model.index(0, COLUMN["description"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == long.strip()
