"""The sessions log of the Clockify tab: columns, filters, server-side sorting, paging, live
updates from the bus, ticking running sessions, and who gets the tab."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from clockify_ui_helpers import MANAGER, T0, body, deliver, session, settled, under_review
from PySide6.QtCore import QDate, Qt

from timedesk.auth.permissions import Actor, Permission, Role
from timedesk.events.bus import RESYNC, Event, EventBus
from timedesk.ui.clockify import sessions_view
from timedesk.ui.clockify.error_log_view import ClockifyErrorLogView
from timedesk.ui.clockify.sessions_model import COLUMN, COLUMNS
from timedesk.ui.clockify.sessions_view import MAX_WIDTH
from timedesk.ui.clockify.tab import ClockifyTab
from timedesk.ui.clockify.users_view import ClockifyUsersView
from timedesk.ui.formats import use_office_zone
from timedesk.ui.tabs import tabs_for

H = timedelta(hours=1)


def cell(view, row: int, key: str) -> str:
    return view.model.index(row, COLUMN[key]).data()


async def set_and_wait(view, change) -> list[str]:
    change()
    await asyncio.sleep(0)
    return await settled(view)


# -- the table -------------------------------------------------------------------------------
async def test_the_table_lists_sessions_with_their_columns_and_local_times(ctx, make_view):
    deliver(ctx, "TIMER_STOPPED", body(1, start=T0, minutes=95, description="cloud practitioner"))
    view = make_view()
    assert await settled(view) == ["cloud practitioner"]
    headers = [view.model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))]
    assert headers == ["User", "Description", "Project", "Task", "Start", "End", "Duration",
                       "Status", "Overtime", "Edits"]
    local_start = T0.astimezone()
    assert {key: cell(view, 0, key) for key in COLUMN} == {
        "user": "JP Weijers", "description": "cloud practitioner",
        "project": "Kabisa - Persoonlijke Ontwikkeling (Kabisa)", "task": "Research #8494",
        "start": local_start.strftime("%d/%m/%Y %H:%M"),
        "end": (local_start + timedelta(minutes=95)).strftime("%H:%M"),
        "duration": "1:35", "status": "Approved", "overtime": "", "edits": "0"}
    assert view.summary.text() == "Showing the only matching session"
    # every column but the description is as wide as its widest text (long names are capped
    # and elided, with the whole text in the tooltip)
    for number, column in enumerate(COLUMNS):
        if column.key != "description":
            wanted = view.table.sizeHintForColumn(number)
            assert view.table.columnWidth(number) >= min(wanted, MAX_WIDTH.get(column.key, wanted))
    assert view.model.index(0, COLUMN["project"]).data(Qt.ItemDataRole.ToolTipRole) == (
        "Kabisa - Persoonlijke Ontwikkeling (Kabisa)")


async def test_times_are_the_offices_and_an_end_on_another_day_shows_its_date(ctx, make_view):
    use_office_zone({"office.timezone": "Europe/Madrid"})
    # 21:30-23:05 UTC on 16 June is 23:30 on the 16th to 01:05 on the 17th in Madrid (UTC+2)
    start = datetime(2025, 6, 16, 21, 30, tzinfo=UTC)
    deliver(ctx, "TIMER_STOPPED", body(1, start=start, minutes=95, description="late shift"))
    deliver(ctx, "TIMER_STOPPED", body(2, start=T0, minutes=95, description="day shift"))
    view = make_view()
    assert sorted(await settled(view)) == ["day shift", "late shift"]
    rows = {cell(view, n, "description"): n for n in range(2)}
    assert cell(view, rows["late shift"], "start") == "16/06/2025 23:30"
    assert cell(view, rows["late shift"], "end") == "17/06/2025 01:05"
    assert cell(view, rows["day shift"], "start") == "16/06/2025 10:00"
    assert cell(view, rows["day shift"], "end") == "11:35"  # the start's day: the time alone
    assert view.filters.since.displayFormat() == view.filters.until.displayFormat() == (
        "dd/MM/yyyy")
    # the dates filter office days: 00:30 in Madrid on the 17th (22:30 UTC on the 16th) is
    # after a filter "until 16/06/2025"
    deliver(ctx, "TIMER_STOPPED", body(3, start=start + H, minutes=30, description="past midnight"))
    shown = await set_and_wait(view, lambda: view.filters.until.setDate(QDate(2025, 6, 16)))
    assert sorted(shown) == ["day shift", "late shift"]


async def test_each_filter_narrows_the_list(ctx, make_view):
    deliver(ctx, "TIMER_STOPPED", body(1, who="ana", start=T0, description="ana monday"))
    deliver(ctx, "TIMER_STOPPED", body(2, start=T0 + 24 * H, minutes=360,
                                       description="jp long tuesday", project="Atención"))
    under_review(ctx, 3, start=T0 + 48 * H)  # description "entry 3", wednesday
    deliver(ctx, "TIMER_STOPPED", body(4, start=T0 + 72 * H, description="deleted thursday"))
    deliver(ctx, "TIME_ENTRY_DELETED", body(4, start=T0 + 72 * H, description="deleted thursday"))
    view = make_view()
    everything = ["entry 3", "jp long tuesday", "ana monday"]
    assert await settled(view) == everything
    bar = view.filters
    assert [bar.user.itemText(i) for i in range(bar.user.count())] == [
        "All users", "Ana Pérez", "JP Weijers"]

    assert await set_and_wait(view, lambda: bar.user.setCurrentIndex(1)) == ["ana monday"]
    assert await set_and_wait(view, bar.clear) == everything
    bar.project.setText("atenc")
    await asyncio.sleep(0.5)  # typing waits a moment before it filters
    assert await settled(view) == ["jp long tuesday"]
    assert await set_and_wait(view, bar.clear) == everything
    day = QDate(T0.astimezone().date()).addDays(1)
    assert await set_and_wait(view, lambda: bar.set_dates(day, day)) == ["jp long tuesday"]
    assert await set_and_wait(view, lambda: bar.set_dates(day, None)) == ["entry 3",
                                                                          "jp long tuesday"]
    assert await set_and_wait(view, bar.clear) == everything
    review = bar.status.findData("under_review")
    assert await set_and_wait(view, lambda: bar.status.setCurrentIndex(review)) == ["entry 3"]
    assert await set_and_wait(view, bar.clear) == everything
    assert await set_and_wait(view, lambda: bar.overtime.setChecked(True)) == ["jp long tuesday"]
    assert cell(view, 0, "overtime") == "Yes"
    assert await set_and_wait(view, bar.clear) == everything
    assert await set_and_wait(view, lambda: bar.deleted.setChecked(True)) == [
        "deleted thursday", *everything]
    assert view.model.index(0, COLUMN["user"]).data(Qt.ItemDataRole.FontRole).strikeOut()


async def test_the_search_box_finds_by_email_clockify_entry_id_or_description(
        ctx, make_view):
    """Issue 17: the history searched by a person's e-mail and a Clockify entry id."""
    from clockify_ui_helpers import USERS, entry_id

    from timedesk.clockify.users import list_users, update_user

    deliver(ctx, "TIMER_STOPPED", body(1, who="ana", start=T0, description="ana monday"))
    deliver(ctx, "TIMER_STOPPED", body(2, start=T0 + 24 * H, description="jp tuesday"))
    ana = next(u for u in list_users(ctx.db, MANAGER).items if u.clockify_id == USERS["ana"][0])
    update_user(ctx.db, ctx.bus, MANAGER, ana.id, email="ana@example.com")
    view = make_view()
    assert await settled(view) == ["jp tuesday", "ana monday"]
    for text, found in (("ANA@example.com", ["ana monday"]), (entry_id(2), ["jp tuesday"]),
                        ("tuesday", ["jp tuesday"]), ("nothing like it", [])):
        view.filters.search.setText(text)
        await asyncio.sleep(0.5)  # typing waits a moment before it filters
        assert await settled(view) == found, text


async def test_sorting_by_duration_and_start_compares_values_not_text(ctx, make_view):
    # as text "10:00" < "1:30" < "0:05" and "2025-06-16" dates would sort the same as values
    # only by luck; these cross both traps
    deliver(ctx, "TIMER_STOPPED", body(1, start=T0, minutes=5, description="five minutes"))
    deliver(ctx, "TIMER_STOPPED", body(2, start=T0 - 30 * 24 * H, minutes=600,
                                       description="ten hours"))
    deliver(ctx, "TIMER_STOPPED", body(3, start=T0 + 24 * H, minutes=90,
                                       description="ninety minutes"))
    view = make_view()
    await settled(view)
    header = view.table.horizontalHeader()
    assert await set_and_wait(view, lambda: header.setSortIndicator(
        COLUMN["duration"], Qt.SortOrder.AscendingOrder)) == [
        "five minutes", "ninety minutes", "ten hours"]
    assert [cell(view, r, "duration") for r in range(3)] == ["0:05", "1:30", "10:00"]
    assert await set_and_wait(view, lambda: header.setSortIndicator(
        COLUMN["duration"], Qt.SortOrder.DescendingOrder)) == [
        "ten hours", "ninety minutes", "five minutes"]
    assert await set_and_wait(view, lambda: header.setSortIndicator(
        COLUMN["start"], Qt.SortOrder.AscendingOrder)) == [
        "ten hours", "five minutes", "ninety minutes"]
    # a column the service cannot sort by keeps the current order and indicator
    assert await set_and_wait(view, lambda: header.setSortIndicator(
        COLUMN["description"], Qt.SortOrder.AscendingOrder)) == [
        "ten hours", "five minutes", "ninety minutes"]
    assert header.sortIndicatorSection() == COLUMN["start"]


async def test_pages_say_which_sessions_of_how_many_are_shown(ctx, make_view, monkeypatch):
    monkeypatch.setattr(sessions_view, "PAGE_SIZE", 2)
    for number in range(3):
        deliver(ctx, "TIMER_STOPPED", body(number, start=T0 + number * H))
    view = make_view()
    assert await settled(view) == ["entry 2", "entry 1"]
    assert view.summary.text() == "Showing 1–2 of 3 sessions"
    assert not view.previous_button.isEnabled() and view.next_button.isEnabled()
    assert await set_and_wait(view, view.next_button.click) == ["entry 0"]
    assert view.summary.text() == "Showing 3–3 of 3 sessions"
    assert view.previous_button.isEnabled() and not view.next_button.isEnabled()


# -- live updates ----------------------------------------------------------------------------
async def test_a_webhook_processed_while_the_tab_is_open_appears_without_a_refresh(
        ctx, make_view, eventually):
    deliver(ctx, "TIMER_STOPPED", body(1, start=T0, description="first"))
    view = make_view()
    await settled(view)
    view.select(session(ctx, 1).id)
    loop = asyncio.get_running_loop()
    # the listener processes deliveries off the GUI thread, as here
    await loop.run_in_executor(None, deliver, ctx, "TIMER_STOPPED",
                               body(2, start=T0 + H, description="second"))
    await eventually(lambda: [r.description for r in view.model.rows] == ["second", "first"])
    assert view.summary.text() == "Showing all 2 sessions"
    assert view.selected_id() == session(ctx, 1).id  # the selection followed its session
    # an edit of a shown session repaints its row in place
    await loop.run_in_executor(None, deliver, ctx, "TIME_ENTRY_UPDATED",
                               body(1, start=T0, minutes=120, description="first"))
    await eventually(lambda: cell(view, 1, "status") == "Under review")
    assert cell(view, 1, "duration") == "2:00" and cell(view, 1, "edits") == "1"
    assert view.selected_id() == session(ctx, 1).id


async def test_a_resync_after_lost_events_reloads_the_whole_list(ctx, make_view, eventually):
    view = make_view()
    assert await settled(view) == []
    other_process = EventBus(ctx.db)  # its events never reach this process's subscribers
    ctx.bus, saved = other_process, ctx.bus
    try:
        deliver(ctx, "TIMER_STOPPED", body(1, description="while the feed was down"))
    finally:
        ctx.bus = saved
    await asyncio.sleep(0.3)
    assert view.model.rows == []
    # what the event feed delivers after reconnecting
    ctx.bus.deliver(Event(10**9, RESYNC, {}, "feed", datetime.now().astimezone()))
    await eventually(lambda: [r.description for r in view.model.rows]
                     == ["while the feed was down"])
    await eventually(lambda: [view.filters.user.itemText(i) for i in range(
        view.filters.user.count())] == ["All users", "JP Weijers"])  # and the users too


async def test_a_running_sessions_duration_ticks_without_a_query(ctx, make_view, eventually,
                                                                 monkeypatch):
    started = datetime.now().astimezone().replace(microsecond=0) - timedelta(minutes=10)
    deliver(ctx, "NEW_TIMER_STARTED", body(1, start=started, minutes=None))
    deliver(ctx, "TIMER_STOPPED", body(2, start=T0, minutes=30))
    view = make_view()
    await settled(view)
    assert cell(view, 0, "end") == "● Running"
    assert cell(view, 0, "duration") == "0:10"
    assert view.ticker.isActive()
    repainted = []
    view.model.dataChanged.connect(lambda first, last, roles: repainted.append(
        (first.row(), first.column(), last.row(), last.column())))
    rows_before = view.model.rows
    view.model.now = lambda: started + timedelta(minutes=12, seconds=30)
    view.ticker.setInterval(30)
    await eventually(lambda: repainted)
    assert cell(view, 0, "duration") == "0:12"
    assert cell(view, 1, "duration") == "0:30"
    duration = COLUMN["duration"]
    assert set(repainted) == {(0, duration, 0, duration)}  # only the running cell
    assert view.model.rows is rows_before  # no reload: the same rows, no query


async def test_the_ticker_stops_when_no_session_runs(ctx, make_view):
    deliver(ctx, "TIMER_STOPPED", body(1))
    view = make_view()
    await settled(view)
    assert not view.ticker.isActive()


# -- the tab ---------------------------------------------------------------------------------
def test_the_tab_is_offered_to_the_roles_that_may_view_clockify():
    viewers = [role for role in Role if Actor("user", "x", role).can(Permission.CLOCKIFY_VIEW)]
    assert set(viewers) == {Role.ADMIN, Role.MANAGER}
    for role in Role:
        keys = [spec.key for spec in tabs_for(Actor("user", "x", role))]
        assert ("clockify" in keys) == (role in viewers), role
    keys = [spec.key for spec in tabs_for(MANAGER)]
    assert keys.index("clockify") == 0  # the first tab (settings are in File > Settings)


async def test_the_tab_has_sessions_users_reports_and_error_log_pages(ctx, gui_bus, services,
                                                                     keep):
    from timedesk.ui.clockify.reports_page import ClockifyReportsPage

    deliver(ctx, "TIMER_STOPPED", body(1, description="shown in the tab"))
    tab = keep(ClockifyTab.build(ctx, MANAGER, services))
    pages = tab.pages
    assert [pages.tabText(i) for i in range(pages.count())] == ["Sessions", "Users", "Reports",
                                                                  "Error log"]
    assert await settled(tab.sessions) == ["shown in the tab"]
    assert [type(tab.page_widgets[key]) for key in ("users", "reports", "errors")] == [
        ClockifyUsersView, ClockifyReportsPage, ClockifyErrorLogView]
    for key in ("users", "reports", "errors"):
        assert tab.page_widgets[key].objectName() == f"clockify_{key}"


# -- live updates in place (issue 3: the GUI thread stays responsive under webhook load) -------
def _signals(model) -> list[str]:
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(f"inserted {first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(f"removed {first}-{last}"))
    model.dataChanged.connect(lambda first, last, *_: seen.append(f"changed {first.row()}"))
    return seen


async def test_a_new_session_on_page_one_is_inserted_without_a_model_reset(
        ctx, make_view, eventually):
    deliver(ctx, "TIMER_STOPPED", body(1, start=T0, description="first"))
    deliver(ctx, "TIMER_STOPPED", body(2, start=T0 + H, description="second"))
    view = make_view()
    assert await settled(view) == ["second", "first"]
    view.select(session(ctx, 1).id)
    seen = _signals(view.model)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, deliver, ctx, "TIMER_STOPPED",
                               body(3, start=T0 + 2 * H, description="a much longer description "
                                    "of the third", who="ana", task="Atención #12 al público"))
    await eventually(lambda: [r.description for r in view.model.rows][0].startswith("a much"))
    assert seen == ["inserted 0-0"]  # no reset, the other rows not even repainted
    assert view.selected_id() == session(ctx, 1).id
    assert view.summary.text() == "Showing all 3 sessions"
    # the new row's text fits: its columns widened as on a full load
    wanted = view.table.sizeHintForIndex(view.model.index(0, COLUMN["task"])).width()
    assert wanted < MAX_WIDTH["task"]
    assert view.table.columnWidth(COLUMN["task"]) >= wanted
    for key in COLUMN:
        if key != "description":
            wanted = view.table.sizeHintForColumn(COLUMN[key])
            assert view.table.columnWidth(COLUMN[key]) >= min(wanted, MAX_WIDTH.get(key, wanted))


async def test_a_live_refresh_removes_inserts_and_repaints_only_what_changed(
        ctx, make_view, eventually, monkeypatch):
    monkeypatch.setattr(sessions_view, "PAGE_SIZE", 3)
    for number in range(3):
        deliver(ctx, "TIMER_STOPPED", body(number, start=T0 + number * H))
    view = make_view()
    assert await settled(view) == ["entry 2", "entry 1", "entry 0"]
    seen = _signals(view.model)
    loop = asyncio.get_running_loop()

    def burst():  # one debounce period: a new session on top and an edit of a shown one
        deliver(ctx, "TIMER_STOPPED", body(3, start=T0 + 3 * H))
        deliver(ctx, "TIME_ENTRY_UPDATED", body(1, start=T0 + H, minutes=120))

    await loop.run_in_executor(None, burst)
    await eventually(lambda: [r.description for r in view.model.rows]
                     == ["entry 3", "entry 2", "entry 1"])
    assert "reset" not in seen
    assert sorted(seen) == ["changed 2", "inserted 0-0", "removed 2-2"]  # entry 0 fell off
    assert cell(view, 2, "status") == "Under review"
    assert view.summary.text() == "Showing 1–3 of 4 sessions"


async def test_rows_inserted_above_a_scrolled_table_do_not_move_the_rows_being_read(
        ctx, make_view, eventually):
    for number in range(60):
        deliver(ctx, "TIMER_STOPPED", body(number, start=T0 + number * H))
    view = make_view()
    await settled(view)
    view.select(session(ctx, 20).id)  # "entry 20" at row 39
    view.table.verticalScrollBar().setValue(view.table.verticalScrollBar().maximum() // 2)
    top = view.model.rows[view.table.rowAt(0)].description
    seen = _signals(view.model)
    loop = asyncio.get_running_loop()

    def two_new():
        for number in (60, 61):
            deliver(ctx, "TIMER_STOPPED", body(number, start=T0 + number * H))

    await loop.run_in_executor(None, two_new)
    await eventually(lambda: len(view.model.rows) == 62)
    assert "reset" not in seen
    assert view.model.rows[view.table.rowAt(0)].description == top
    assert view.selected_id() == session(ctx, 20).id
    # at the top of the table the new sessions simply show
    view.table.scrollToTop()
    await loop.run_in_executor(None, deliver, ctx, "TIMER_STOPPED",
                               body(62, start=T0 + 62 * H))
    await eventually(lambda: len(view.model.rows) == 63)
    assert view.table.verticalScrollBar().value() == 0
    assert view.model.rows[view.table.rowAt(0)].description == "entry 62"


async def test_a_new_sort_order_still_resets_the_model(ctx, make_view):
    deliver(ctx, "TIMER_STOPPED", body(1, start=T0, minutes=5, description="short"))
    deliver(ctx, "TIMER_STOPPED", body(2, start=T0 + H, minutes=90, description="long"))
    view = make_view()
    await settled(view)
    view.select(session(ctx, 1).id)
    seen = _signals(view.model)
    assert await set_and_wait(view, lambda: view.table.horizontalHeader().setSortIndicator(
        COLUMN["duration"], Qt.SortOrder.AscendingOrder)) == ["short", "long"]
    assert seen == ["reset"]
    assert view.selected_id() == session(ctx, 1).id
