"""A ticket's page: only the legal moves of its status are offered, the SLA deadlines are
coloured (breached red, paused while waiting), internal notes are set apart for technicians and
never reach a requester's screen, a pasted screenshot becomes a PNG attachment, attachments
come back byte for byte, and "chat about this ticket" calls the chat's hook when there is one."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from ticket_support import help_desk, user

from timedesk.auth.permissions import Role
from timedesk.db.base import utcnow
from timedesk.tickets.lifecycle import MOVES, STATUSES
from timedesk.ui.tickets.texts import (
    BREACHED,
    MET,
    NEAR,
    NONE,
    OK,
    PAUSED,
    deadline_level,
)
from timedesk.ui.tickets.ticket_page import CommentCard, TicketPage


def offered(page: TicketPage) -> list[str]:
    return [page.status.itemData(n) for n in range(1, page.status.count())]


async def shown(page: TicketPage, ticket_id: int, eventually, condition=lambda page: True):
    page.show_ticket(ticket_id)
    await eventually(lambda: page.loaded is not None and page.loaded.detail.ticket.id ==
                     ticket_id and condition(page))


async def test_only_the_legal_moves_are_offered_and_a_move_pauses_the_sla(
        ctx, services, keep, eventually):
    admin = user(ctx, "ana", Role.ADMIN)
    tech = user(ctx, "tomas", Role.TECHNICIAN)
    ticket = help_desk(ctx).create_ticket(admin, "VPN down", "since 9:00", priority="high")
    page = keep(TicketPage.build(ctx, tech, services))
    await shown(page, ticket.id, eventually)
    assert offered(page) == [s for s in STATUSES if s in MOVES["new"]]
    assert page.take_button.isEnabled()
    page.take_button.click()
    await eventually(lambda: page.loaded.detail.ticket.status == "assigned")
    assert page.loaded.detail.ticket.assignee == "tomas"
    assert offered(page) == ["in_progress", "waiting_requester", "waiting_third_party",
                             "resolved"]
    assert not page.take_button.isEnabled()
    page.status.setCurrentIndex(page.status.findData("waiting_requester"))
    page.status.activated.emit(page.status.currentIndex())
    await eventually(lambda: page.loaded.detail.ticket.status == "waiting_requester")
    assert offered(page) == ["in_progress", "resolved"]
    assert page.resolution.property("level") == PAUSED
    assert "paused" in page.resolution.text()
    history = [page.history.item(r, 1).text() for r in range(page.history.rowCount())]
    assert "tomas: Status Assigned → Waiting for requester" in history


async def test_a_breached_deadline_is_red(ctx, services, keep, eventually):
    admin = user(ctx, "ana", Role.ADMIN)
    old = help_desk(ctx).create_ticket(admin, "Old", "from the old system", priority="urgent",
                                       created_at=utcnow() - timedelta(days=30))
    page = keep(TicketPage.build(ctx, admin, services))
    await shown(page, old.id, eventually)
    for label in (page.first_response, page.resolution):
        assert label.property("level") == BREACHED and label.property("role") == "error"


def test_the_level_of_a_deadline():
    now = utcnow()
    due = now + timedelta(hours=5)
    assert deadline_level(None, None, breached=False, paused=False, office_seconds_left=None) \
        == NONE
    assert deadline_level(due, None, breached=False, paused=False,
                          office_seconds_left=4 * 3600) == OK
    assert deadline_level(due, None, breached=False, paused=False,
                          office_seconds_left=3000) == NEAR  # within one office hour
    assert deadline_level(due, None, breached=False, paused=True,
                          office_seconds_left=3000) == PAUSED
    assert deadline_level(due, None, breached=True, paused=False, office_seconds_left=0) \
        == BREACHED
    assert deadline_level(due, now, breached=False, paused=False, office_seconds_left=0) == MET
    assert deadline_level(due, due + timedelta(minutes=1), breached=False, paused=False,
                          office_seconds_left=0) == BREACHED


async def test_internal_notes_are_set_apart_and_never_shown_to_the_requester(
        ctx, services, keep, eventually):
    requester = user(ctx, "rita", Role.REQUESTER)
    tech = user(ctx, "tomas", Role.TECHNICIAN)
    ticket = help_desk(ctx).create_ticket(requester, "Screen flickers",
                                          "At startup <script>alert(1)</script>")
    page = keep(TicketPage.build(ctx, tech, services))
    await shown(page, ticket.id, eventually)
    [opening] = page.conversation.findChildren(CommentCard, "ticketDescription")
    assert opening.body.text() == "At startup <script>alert(1)</script>"
    assert opening.body.textFormat() == Qt.TextFormat.PlainText
    assert page.internal.isVisibleTo(page)
    page.comment.setPlainText("Could you send a photo? <img src=x>")
    page.send_button.click()
    await eventually(lambda: len(page.comment_cards()) == 1 and not page.comment.toPlainText())
    page.comment.setPlainText("Probably the cable; ordering one.")
    page.internal.setChecked(True)
    page.send_button.click()
    await eventually(lambda: len(page.comment_cards()) == 2)
    public, note = page.comment_cards()
    assert (public.property("role"), note.property("role")) == ("comment", "internalNote")
    assert public.body.text() == "Could you send a photo? <img src=x>"  # as typed, plain
    assert not page.internal.isChecked()

    theirs = keep(TicketPage.build(ctx, requester, services))
    await shown(theirs, ticket.id, eventually)
    assert [card.body.text() for card in theirs.comment_cards()] == [
        "Could you send a photo? <img src=x>"]
    assert not theirs.internal.isVisibleTo(theirs)
    assert not theirs.take_button.isVisibleTo(theirs)


async def test_a_pasted_screenshot_is_attached_as_png_and_comes_back_byte_for_byte(
        ctx, services, keep, eventually, tmp_path):
    requester = user(ctx, "rita", Role.REQUESTER)
    desk = help_desk(ctx)
    ticket = desk.create_ticket(requester, "Error on screen", "see the screenshot")
    page = keep(TicketPage.build(ctx, requester, services))
    await shown(page, ticket.id, eventually)
    QApplication.clipboard().clear()
    page.paste_button.click()
    assert page.message.isVisible() and "no image" in page.message.text()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    QApplication.clipboard().setImage(image)
    page.paste_button.click()
    await eventually(lambda: page.attachments.count() == 1)
    [info] = desk.get_ticket(requester, ticket.id).attachments
    info, data = desk.attachment(requester, ticket.id, info.id)
    assert info.content_type == "image/png" and info.filename.endswith(".png")
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert QImage.fromData(data).size() == image.size()

    page.ask_save_selected()  # Save…: where, then the exact bytes
    dialog = page.dialog
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    target = tmp_path / "saved.png"
    dialog.fileSelected.emit(str(target))
    dialog.reject()
    await eventually(lambda: target.exists())
    assert target.read_bytes() == data
    opened = []
    page.open_file = opened.append
    page.open_selected()
    await eventually(lambda: bool(opened))
    assert opened[0].read_bytes() == data and opened[0].name == info.filename


async def test_chat_about_this_ticket_calls_the_chat_hook_with_the_requester(
        ctx, services, keep, eventually):
    requester = user(ctx, "rita", Role.REQUESTER)
    tech = user(ctx, "tomas", Role.TECHNICIAN)
    ticket = help_desk(ctx).create_ticket(requester, "Chat me", "please")
    plain = keep(TicketPage.build(ctx, tech, services))
    await shown(plain, ticket.id, eventually)
    assert not plain.chat_button.isVisibleTo(plain)  # no chat panel: no button
    calls = []
    services.open_chat = lambda username, ticket_id: calls.append((username, ticket_id))
    page = keep(TicketPage.build(ctx, tech, services))
    await shown(page, ticket.id, eventually)
    assert page.chat_button.isVisibleTo(page)
    page.chat_button.click()
    assert calls == [("rita", ticket.id)]


async def test_chat_about_this_ticket_opens_the_main_windows_chat_dock(ctx, services, keep,
                                                                       eventually):
    from PySide6.QtWidgets import QMainWindow

    requester = user(ctx, "rita", Role.REQUESTER)
    tech = user(ctx, "tomas", Role.TECHNICIAN)
    ticket = help_desk(ctx).create_ticket(requester, "Chat me", "please")
    opened = []

    class Dock:  # what timedesk.ui.chat's dock offers the window
        def open_conversation(self, username, ticket_id=None):
            opened.append((username, ticket_id))

    window = keep(QMainWindow())
    window.chat = Dock()
    page = TicketPage.build(ctx, tech, services)
    window.setCentralWidget(page)
    await shown(page, ticket.id, eventually)
    page.chat_button.click()
    assert opened == [("rita", ticket.id)]
