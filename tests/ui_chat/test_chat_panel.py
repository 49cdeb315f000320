"""The chat panel: people with presence and unread badges, a conversation read when opened,
sending with Enter, text shown as text, and the dock's action in the main window."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from timedesk.auth.permissions import Actor
from timedesk.ui.chat.panel import ONLINE, UNREAD, USERNAME, ChatPanel
from timedesk.ui.main_window import MainWindow
from timedesk.ui.tasks import BURST_MS, BackgroundTask


def row(panel, username):
    for index in range(panel.people_list.count()):
        item = panel.people_list.item(index)
        if item.data(USERNAME) == username:
            return item
    raise AssertionError(f"{username} is not in the list")


async def idle(panel, eventually) -> None:
    """No call of the panel on its way, nor an event about to start one."""
    await asyncio.sleep(BURST_MS / 1000 + 0.1)
    await eventually(lambda: not panel.findChildren(BackgroundTask))


async def test_a_message_received_shows_an_unread_badge(ctx, services, keep, eventually, chat,
                                                        ana, ben):
    panel = keep(ChatPanel.build(ctx, ana, services))
    totals = []
    panel.unreadChanged.connect(totals.append)
    await eventually(lambda: panel.people_list.count() == 1)
    assert row(panel, "ben").text() == "Ben Ortega" and row(panel, "ben").data(UNREAD) == 0
    chat.send(ben, "ana", "are you free?")
    await eventually(lambda: row(panel, "ben").data(UNREAD) == 1)
    assert row(panel, "ben").text() == "Ben Ortega (1 new)"
    assert row(panel, "ben").font().bold()
    assert totals == [1]


async def test_presence_shows_who_is_online(ctx, services, keep, eventually, chat, ana, ben):
    panel = keep(ChatPanel.build(ctx, ana, services))
    await eventually(lambda: panel.people_list.count() == 1)
    assert row(panel, "ben").data(ONLINE) is False
    chat.heartbeat(ben)  # "chat.presence": ben came online
    await eventually(lambda: row(panel, "ben").data(ONLINE) is True)
    assert row(panel, "ben").toolTip() == "Ben Ortega is online"
    assert chat.presence(ben)["ana"] is True  # the panel's own heartbeat


async def test_opening_a_conversation_shows_it_and_marks_it_read(ctx, services, keep, eventually,
                                                                 chat, ana, ben):
    chat.send(ben, "ana", "first")
    chat.send(ana, "ben", "second")
    chat.send(ben, "ana", "third")
    panel = keep(ChatPanel.build(ctx, ana, services))
    totals = []
    panel.unreadChanged.connect(totals.append)
    await eventually(lambda: panel.unread_total == 2)
    panel.open_conversation("ben")
    await eventually(lambda: len(panel.conversation.bubbles) == 3)
    assert [b.body.text() for b in panel.conversation.bubbles] == ["first", "second", "third"]
    assert panel.conversation.bubbles[1].header.text().startswith("You · ")
    assert panel.conversation.bubbles[0].header.text().startswith("Ben Ortega · ")
    assert panel.with_label.text() == "Ben Ortega"
    await eventually(lambda: panel.unread_total == 0)
    assert chat.unread(ana) == {}
    assert totals == [2, 0]


async def test_a_message_arriving_in_the_open_conversation_is_shown_and_read(
        ctx, services, keep, eventually, chat, ana, ben):
    panel = keep(ChatPanel.build(ctx, ana, services))
    panel.open_conversation("ben")
    await idle(panel, eventually)
    chat.send(ben, "ana", "live")
    await eventually(lambda: [b.body.text() for b in panel.conversation.bubbles] == ["live"])
    await idle(panel, eventually)
    assert chat.unread(ana) == {}


async def test_a_message_arriving_while_hidden_stays_unread(ctx, services, keep, eventually,
                                                            chat, ana, ben):
    panel = keep(ChatPanel.build(ctx, ana, services), show=False)
    panel.open_conversation("ben")
    await idle(panel, eventually)
    names = []
    panel.messageReceived.connect(names.append)
    chat.send(ben, "ana", "unseen")
    await eventually(lambda: panel.unread_total == 1)
    await idle(panel, eventually)
    assert chat.unread(ana) == {"ben": 1} and names == ["Ben Ortega"]


async def test_enter_sends_and_shift_enter_starts_a_new_line(qtbot, ctx, services, keep,
                                                             eventually, chat, ana, ben):
    panel = keep(ChatPanel.build(ctx, ana, services))
    assert not panel.send_box.isEnabled()  # nobody chosen yet
    await eventually(lambda: panel.people_list.count() == 1)
    panel.open_conversation("ben")
    qtbot.keyClicks(panel.send_box, "two")
    qtbot.keyClick(panel.send_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(panel.send_box, "lines")
    assert panel.send_box.toPlainText() == "two\nlines"
    qtbot.keyClick(panel.send_box, Qt.Key.Key_Return)
    await eventually(lambda: [b.body.text() for b in panel.conversation.bubbles] == ["two\nlines"])
    assert panel.send_box.toPlainText() == ""
    assert [m.body for m in chat.conversation(ben, "ana")] == ["two\nlines"]


async def test_markup_is_shown_as_the_text_it_is(ctx, services, keep, eventually, chat, ana,
                                                 ben):
    chat.send(ben, "ana", "<b>x</b>")
    panel = keep(ChatPanel.build(ctx, ana, services))
    panel.open_conversation("ben")
    await eventually(lambda: len(panel.conversation.bubbles) == 1)
    body = panel.conversation.bubbles[0].body
    assert body.textFormat() == Qt.TextFormat.PlainText
    assert body.text() == "<b>x</b>"


async def test_chat_about_a_ticket_sends_the_ticket_with_the_next_message(
        ctx, services, keep, eventually, chat, ana, ben):
    panel = keep(ChatPanel.build(ctx, ana, services))
    panel.open_conversation("ben", ticket_id=7)
    assert panel.ticket_line.text() == "About ticket #7" and panel.ticket_line.isVisible()
    panel.send_box.setPlainText("the printer again")
    panel.send_button.click()
    await eventually(lambda: len(panel.conversation.bubbles) == 1)
    assert panel.conversation.bubbles[0].about.text() == "About ticket #7"
    assert not panel.ticket_line.isVisible()
    assert [m.ticket_id for m in chat.conversation(ben, "ana")] == [7]


async def test_a_refused_message_says_why_and_keeps_the_text(ctx, services, keep, eventually,
                                                              ana, ben):
    panel = keep(ChatPanel.build(ctx, ana, services))
    panel.open_conversation("ben")
    panel.send_box.setPlainText("x" * 4001)
    panel.send_button.click()
    await eventually(lambda: panel.status.isVisible())
    assert "4,001 characters" in panel.status.text()
    assert panel.send_box.toPlainText() == "x" * 4001


async def test_the_chat_action_counts_unread_and_shows_the_hidden_dock(
        ctx, services, keep, eventually, chat, ana, ben):
    window = keep(MainWindow(ctx, ana, services), size=(1100, 720))
    dock = window.chat
    assert not dock.isVisible() and dock.action.text() == "Chat"
    assert dock.action in window.menuBar().actions()
    chat.send(ben, "ana", "one")
    chat.send(ben, "ana", "two")
    await eventually(lambda: dock.action.text() == "Chat (2)")
    assert dock.windowTitle() == "Chat (2)" and window.windowTitle() == "timedesk (2)"
    await eventually(lambda: window.statusBar().currentMessage().startswith(
        "New message from Ben Ortega"))
    dock.action.trigger()
    assert dock.isVisible()
    dock.panel.open_conversation("ben")
    await eventually(lambda: dock.action.text() == "Chat")
    assert window.windowTitle() == "timedesk"
    dock.action.trigger()
    assert not dock.isVisible()


async def test_a_window_of_no_person_has_no_chat(ctx, services, keep, admin_actor):
    window = keep(MainWindow(ctx, admin_actor, services), size=(1100, 720))
    assert window.chat is None


async def test_closing_the_app_signs_off_at_once(ctx, eventually, chat, ana, ben):
    from timedesk.ui.application import GuiOptions, amain

    ctx.settings.override("listener.enabled", False)
    announced = []
    ctx.bus.subscribe("chat.presence", lambda event: announced.append(event.payload))

    async def quit_once_online(window, quit_event):
        await eventually(lambda: chat.presence(ben)["ana"])
        quit_event.set()

    assert await asyncio.wait_for(amain(ctx, GuiOptions(actor=ana,
                                                        on_shown=quit_once_online)), 20) == 0
    assert chat.presence(ben)["ana"] is False
    assert {"user": "ana", "online": False} in announced


async def test_other_peoples_messages_do_not_make_the_panel_read(ctx, services, keep, eventually,
                                                                 chat, ana, ben):
    from chat_helpers import person

    cleo = person(ctx, Actor.system("test"), "cleo", "Cleo Vidal")
    panel = keep(ChatPanel.build(ctx, ana, services))
    await idle(panel, eventually)
    reads = []
    panel.refresh_people = lambda: reads.append("people")
    panel.load_conversation = lambda: reads.append("conversation")
    chat.send(cleo, "ben", "not for Ana")
    await asyncio.sleep(BURST_MS / 1000 + 0.2)
    assert reads == []
    chat.send(cleo, "ana", "for Ana")
    await eventually(lambda: reads == ["people"])


async def test_a_message_to_a_hidden_chat_is_a_tray_notification_where_there_is_a_tray(
        ctx, services, keep, eventually, chat, ana, ben, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, text, *rest: shown.append((title, text)))
    window = keep(MainWindow(ctx, ana, services), size=(1100, 720))
    chat.send(ben, "ana", "are you there?")
    await eventually(lambda: shown)
    assert shown == [("timedesk chat", "New message from Ben Ortega: open Chat to read it")]
    window.tray.messageClicked.emit()  # clicking the notification opens the chat
    assert window.chat.isVisible()


async def test_without_a_system_tray_the_status_bar_alone_says_it(
        ctx, services, keep, eventually, chat, ana, ben, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    window = keep(MainWindow(ctx, ana, services), size=(1100, 720))
    chat.send(ben, "ana", "hello")
    await eventually(lambda: window.statusBar().currentMessage().startswith("New message"))
    assert not window.tray.available


def test_a_word_wider_than_its_bubble_wraps_instead_of_being_cut(qtbot):
    """A 60-character file name in a message: the bubble breaks it (a QLabel alone breaks lines
    only at spaces, and would cut it); what is shown reads the message, the breaks invisible."""
    from datetime import UTC, datetime

    from qt_clipping import clipped_labels, clipped_texts

    from timedesk.chat.service import MessageInfo
    from timedesk.ui.chat.conversation import BREAK, ConversationView

    word = "informe_mensual_de_la_oficina_central_marzo_2026_version_final.xlsx"
    body = f"Pone «E-204». Y el informe sale como {word}, con las etiquetas a la vista."
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(320, 400)
    view.show_messages([(MessageInfo(1, "luis", "ana", body, None, datetime.now(UTC), None),
                         False, "Luis · 10:02", "")])
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(30)  # the layouts' requests after the text changed
    bubble = view.bubbles[0]
    assert bubble.body.fontMetrics().horizontalAdvance(word) > bubble.body.width()
    assert bubble.body.text().replace(BREAK, "") == body
    assert clipped_texts(view) == [] and clipped_labels(bubble, [bubble.body]) == []
    view.resize(900, 400)  # room enough: the word is left whole again
    qtbot.waitUntil(lambda: BREAK not in bubble.body.text())
    assert bubble.body.text() == body
