"""Right-click menus (timedesk.ui.widgets.context_menu): the tickets list and the reception's
last turns offer their actions on the row under the mouse, enabled as their buttons are."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton, QTableWidget, QTableWidgetItem

from timedesk.ui.widgets import context_menu


def test_the_menu_offers_the_buttons_as_they_are_and_selects_the_row_clicked(qtbot):
    table = QTableWidget(3, 1)
    qtbot.addWidget(table)
    for row in range(3):
        table.setItem(row, 0, QTableWidgetItem(f"row {row}"))
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    reprint, cancel, hidden = (QPushButton(text, table) for text in ("&Reprint", "Cancel", "No"))
    cancel.setEnabled(False)
    clicked: list[str] = []
    reprint.clicked.connect(lambda: clicked.append("reprint"))
    table.show()
    hidden.hide()  # hidden on purpose: not offered
    context_menu(table, lambda: [reprint, cancel, hidden, ("Open", lambda: clicked.append("open"))])
    at = table.visualRect(table.model().index(2, 0)).center()
    table.customContextMenuRequested.emit(at)
    menu = table.context_menu
    assert [(a.text(), a.isEnabled()) for a in menu.actions()] == [
        ("Reprint", True), ("Cancel", False), ("Open", True)]
    assert table.currentRow() == 2  # the row under the mouse
    menu.actions()[0].trigger()
    menu.actions()[2].trigger()
    assert clicked == ["reprint", "open"]
    menu.close()
    table.customContextMenuRequested.emit(QPoint(-5, -5))  # outside any row: still a menu
    assert table.currentRow() == 2


def test_the_tickets_list_and_the_reception_list_have_one(ctx, admin_actor, services, qtbot):
    from PySide6.QtCore import Qt

    from timedesk.ui.tickets.list_page import TicketListPage

    page = TicketListPage(ctx, admin_actor, services)
    qtbot.addWidget(page)
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    page.table.customContextMenuRequested.emit(QPoint(1, 1))
    texts = [action.text() for action in page.table.context_menu.actions()]
    assert texts[0] == "Open" and "Export as CSV…" in texts and "Export as XLSX…" in texts
    page.table.context_menu.close()
