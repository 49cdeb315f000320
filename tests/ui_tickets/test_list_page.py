"""The list of tickets asks the service for one page at a time: filters, search, sorting by a
header and paging are done by the database; the side bar counts each status and filters by it;
a double-click or Enter opens the ticket."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from ticket_support import help_desk, user

from timedesk.auth.permissions import Role
from timedesk.ui.tickets.list_page import TicketListPage
from timedesk.ui.tickets.tab import TicketsTab


def subjects(page: TicketListPage) -> list[str]:
    return [ticket.subject for ticket in page.model.rows]


async def test_paging_filters_search_sort_and_the_counts_per_status(ctx, services, keep,
                                                                    eventually):
    admin = user(ctx, "ana", Role.ADMIN)
    tech = user(ctx, "tomas", Role.TECHNICIAN)
    desk = help_desk(ctx)
    desk.add_category(admin, "Printers")
    made = [desk.create_ticket(admin, f"Ticket {n:02d}", f"description {n}",
                               priority="urgent" if n % 3 == 0 else "normal",
                               category="Printers" if n < 4 else None) for n in range(1, 8)]
    desk.take(tech, made[0].id)
    page = keep(TicketListPage.build(ctx, admin, services))
    page.filt = replace(page.filt, per_page=3)
    page.refresh()
    await eventually(lambda: len(page.model.rows) == 3 and page.total == 7)
    assert subjects(page) == ["Ticket 01", "Ticket 07", "Ticket 06"]  # the latest change first
    assert page.page_label.text() == "Page 1 of 3 · 7 tickets"
    assert not page.previous_button.isEnabled() and page.next_button.isEnabled()
    counts = [page.side.item(n).text() for n in range(page.side.count())]
    assert "New  (6)" in counts and "Assigned  (1)" in counts and "All  (7)" in counts

    page.next_button.click()
    await eventually(lambda: page.filt.page == 2 and subjects(page)[0] == "Ticket 05")
    page.next_button.click()
    await eventually(lambda: subjects(page) == ["Ticket 02"])
    assert not page.next_button.isEnabled()

    page.sort_by_column(1)  # the subject header: ascending, back to the first page
    await eventually(lambda: subjects(page) == ["Ticket 01", "Ticket 02", "Ticket 03"])
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1, Qt.SortOrder.AscendingOrder)
    page.sort_by_column(1)  # again: descending
    await eventually(lambda: subjects(page) == ["Ticket 07", "Ticket 06", "Ticket 05"])

    page.priority.setCurrentIndex(page.priority.findData("urgent"))
    await eventually(lambda: sorted(subjects(page)) == ["Ticket 03", "Ticket 06"])
    assert page.filt.priority == ("urgent",) and page.total == 2
    page.priority.setCurrentIndex(0)
    await eventually(lambda: page.category.findData("Printers") > 0)
    page.category.setCurrentIndex(page.category.findData("Printers"))
    await eventually(lambda: page.total == 3)
    page.category.setCurrentIndex(0)

    page.search.setText("ticket 05")  # debounced: one query once typing stops
    await eventually(lambda: subjects(page) == ["Ticket 05"])
    page.search.clear()
    await eventually(lambda: page.total == 7)

    assigned_row = next(n for n in range(page.side.count())
                        if page.side.item(n).text().startswith("Assigned"))
    page.side.itemClicked.emit(page.side.item(assigned_row))  # the side bar filters
    await eventually(lambda: subjects(page) == ["Ticket 01"])
    assert page.status.currentData() == "assigned"


async def test_a_technician_sees_the_queue_and_theirs_and_a_new_ticket_appears_live(
        ctx, services, keep, eventually):
    admin = user(ctx, "ana", Role.ADMIN)
    tech = user(ctx, "tomas", Role.TECHNICIAN)
    other = user(ctx, "olga", Role.TECHNICIAN)
    desk = help_desk(ctx)
    mine, theirs, _queue = (desk.create_ticket(admin, f"T{n}", "d") for n in range(3))
    desk.take(tech, mine.id)
    desk.take(other, theirs.id)
    page = keep(TicketListPage.build(ctx, tech, services))
    await eventually(lambda: sorted(subjects(page)) == ["T0", "T2"])
    assert not page.table.isColumnHidden(5)
    page.assignee.setCurrentIndex(page.assignee.findData("me"))
    await eventually(lambda: subjects(page) == ["T0"])
    page.assignee.setCurrentIndex(page.assignee.findData("-"))
    await eventually(lambda: subjects(page) == ["T2"])
    desk.create_ticket(admin, "T3 arrives", "d")  # the bus tells the list
    await eventually(lambda: "T3 arrives" in subjects(page))


async def test_a_double_click_or_enter_opens_the_ticket_in_the_tab(ctx, services, keep,
                                                                    eventually, qtbot):
    requester = user(ctx, "rita", Role.REQUESTER)
    ticket = help_desk(ctx).create_ticket(requester, "The printer <b>jams</b>", "paper")
    tab = keep(TicketsTab.build(ctx, requester, services))
    assert list(tab.page_widgets) == ["list", "ticket"]  # no dashboard for a requester
    listing, shown = tab.page_widgets["list"], tab.page_widgets["ticket"]
    await eventually(lambda: len(listing.model.rows) == 1)
    assert listing.table.isColumnHidden(5)  # a requester's list: no requester column
    assert not listing.assignee.isVisibleTo(listing)
    listing.table.selectRow(0)
    listing.table.setFocus()
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    await eventually(lambda: shown.loaded is not None)
    assert tab.pages.currentWidget() is shown
    assert shown.subject.text() == "The printer <b>jams</b>"
    assert shown.subject.textFormat() == Qt.TextFormat.PlainText
    assert tab.pages.tabText(tab.pages.currentIndex()) == f"Ticket #{ticket.id}"


async def test_the_export_writes_every_page_of_the_filters_in_force(ctx, services, keep,
                                                                    eventually, tmp_path):
    admin = user(ctx, "ana", Role.ADMIN)
    desk = help_desk(ctx)
    for n in range(5):
        made = desk.create_ticket(admin, f"Ticket {n}", "d",
                                  priority="urgent" if n % 2 else "low")
        desk.add_comment(admin, made.id, "SECRET internal remark", internal=True)
    page = keep(TicketListPage.build(ctx, admin, services))
    page.filt = replace(page.filt, per_page=1)  # the export is not cut at the page
    page.priority.setCurrentIndex(page.priority.findData("urgent"))
    await eventually(lambda: page.total == 2)
    assert list(page.export_buttons) == ["csv", "xlsx", "pdf"]
    target = tmp_path / "urgent.csv"
    page.ask_export("csv")  # where, then the export
    assert page.file_dialog.defaultSuffix() == "csv"
    page.file_dialog.fileSelected.emit(str(target))
    page.file_dialog.reject()
    await eventually(lambda: "Exported 2 tickets" in page.message.text())
    text = target.read_text(encoding="utf-8-sig")
    assert "Ticket 1" in text and "Ticket 3" in text and "Ticket 0" not in text
    assert "SECRET" not in text
    assert all(button.isEnabled() for button in page.export_buttons.values())
