"""The desk panel on a real database: open and claim a desk, call and act on turns, take a
desk over from another PC, and the lobby display's acknowledgement (or its absence)."""

from __future__ import annotations

from turns_ui_support import open_panel, seed_office

from timedesk.auth.permissions import Actor, Role
from timedesk.turns import reads
from timedesk.ui.turns.announcer import RecordingAnnouncer
from timedesk.ui.turns.desk_panel import NOT_SHOWN, SHOWN, DeskPanel
from timedesk.ui.turns.display_window import DisplayWindow


def test_a_call_at_the_desk_shows_on_the_display_with_its_animation_and_comes_back_shown(
        ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A", customer_name="Secret Person", note="private note")
    announcer = RecordingAnnouncer()
    display = DisplayWindow(ctx, announcer, name="lobby", speech_language="es")
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    panel = open_panel(qtbot, ctx, admin_actor)
    qtbot.waitUntil(lambda: panel.waiting_table.rowCount() == 1, timeout=10_000)
    panel.call_button.click()
    qtbot.waitUntil(lambda: display.board.current is not None, timeout=10_000)
    assert (display.board.current.number, display.board.current.desk) == ("A001", "1")
    assert display.flash.state() == display.flash.State.Running  # the new call flashes
    assert announcer.chimes == 1 and announcer.spoken == ["Turno A, 1. Puesto 1."]
    qtbot.waitUntil(lambda: panel.ack_state == SHOWN, timeout=10_000)
    assert "Shown on the lobby display" in panel.ack_label.text()
    assert panel.current_number.text() == "A001"
    assert "Secret Person" in panel.current_details.text()  # the desk sees the name...
    shown_texts = " ".join(label.text() for label in display.findChildren(type(panel.message)))
    assert "Secret" not in shown_texts and "private" not in shown_texts  # ...the lobby never


def test_without_a_display_the_desk_warns_after_the_timeout(ctx, admin_actor, qtbot):
    ctx.settings.set("turns.ack_timeout_s", 0.5)
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    panel = open_panel(qtbot, ctx, admin_actor)
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.ack_state == NOT_SHOWN, timeout=10_000)
    assert "did not show this call" in panel.ack_label.text()


def test_call_next_when_nobody_waits_says_so_and_changes_nothing(ctx, admin_actor, qtbot):
    seed_office(ctx)
    panel = open_panel(qtbot, ctx, admin_actor)
    panel.call_button.click()
    qtbot.waitUntil(lambda: "Nobody is waiting" in panel.message.text(), timeout=10_000)
    assert panel.current_number.text() == "—" and panel.ack_state is None


def test_start_finish_and_no_show_follow_the_turn(ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    queue.issue_turn(admin_actor, "A")
    panel = open_panel(qtbot, ctx, admin_actor)
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.current_number.text() == "A001", timeout=10_000)
    assert panel.no_show_button.isEnabled() and panel.start_button.isEnabled()
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.state.current.status == "serving", timeout=10_000)
    assert not panel.no_show_button.isEnabled()  # a customer being served did show up
    panel.finish_button.click()
    qtbot.waitUntil(lambda: panel.state.current is None and not panel._busy, timeout=10_000)
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.current_number.text() == "A002", timeout=10_000)
    panel.no_show_button.click()
    qtbot.waitUntil(lambda: panel.state.current is None, timeout=10_000)
    statuses = {t.number: t.status for t in reads.list_turns(ctx.db, ctx.settings, admin_actor).items}
    assert statuses == {"A001": "done", "A002": "no_show"}


def test_transfer_sends_the_turn_to_another_service(ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    panel = open_panel(qtbot, ctx, admin_actor)
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.current_number.text() == "A001", timeout=10_000)
    panel.transfer_target.setCurrentIndex(panel.transfer_target.findData("service:B"))
    assert panel.transfer_target.findData("desk:1") == -1  # not to its own desk
    panel.transfer_button.click()
    qtbot.waitUntil(lambda: panel.state.current is None, timeout=10_000)
    waiting = reads.list_turns(ctx.db, ctx.settings, admin_actor, status="waiting").items
    assert [(t.number, t.service_code) for t in waiting] == [("A001", "B")]


def test_a_paused_desk_cannot_call_until_it_resumes(ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    panel = open_panel(qtbot, ctx, admin_actor)
    panel.pause_button.click()
    qtbot.waitUntil(lambda: panel.state.desk.paused, timeout=10_000)
    assert not panel.call_button.isEnabled() and panel.pause_button.text() == "Resume desk"
    panel.pause_button.click()
    qtbot.waitUntil(lambda: not panel.state.desk.paused, timeout=10_000)
    assert panel.call_button.isEnabled()


def test_a_desk_open_on_another_pc_is_refused_then_taken_over(ctx, admin_actor, qtbot):
    seed_office(ctx)
    first = open_panel(qtbot, ctx, admin_actor)
    second = DeskPanel(ctx, admin_actor)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.desk_choice.findData("1") >= 0, timeout=10_000)
    second.desk_choice.setCurrentIndex(second.desk_choice.findData("1"))
    second.open_button.click()
    qtbot.waitUntil(lambda: "open on another computer" in second.message.text(), timeout=10_000)
    assert second.desk is None and not second.take_over_button.isHidden()
    second.take_over_button.click()
    qtbot.waitUntil(lambda: second.desk == "1", timeout=10_000)
    first._beat()  # its next heartbeat finds the desk gone
    qtbot.waitUntil(lambda: first.desk is None, timeout=10_000)
    assert "taken over on another computer" in first.message.text()


def test_calling_a_given_turn_needs_its_permission(ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    staff = Actor("user", "ana", Role.STAFF, id=None)
    staff_panel = DeskPanel(ctx, staff)
    qtbot.addWidget(staff_panel)
    assert staff_panel.specific_row.isHidden()
    queue.issue_turn(admin_actor, "A")
    queue.issue_turn(admin_actor, "A")
    panel = open_panel(qtbot, ctx, admin_actor)
    assert not panel.specific_row.isHidden()
    panel.specific_number.setText("a002")
    panel.specific_button.click()
    qtbot.waitUntil(lambda: panel.current_number.text() == "A002", timeout=10_000)


def test_after_a_restart_the_same_person_gets_their_open_desk_back_at_once(
        ctx, admin_actor, qtbot, monkeypatch):
    import itertools

    import timedesk.ui.turns.desk_panel as desk_panel

    seed_office(ctx)
    monkeypatch.setattr(desk_panel, "_panels", itertools.count(1))  # the process's first panel
    first = open_panel(qtbot, ctx, admin_actor)
    monkeypatch.setattr(desk_panel, "_panels", itertools.count(1))  # a new process, same PC
    again = open_panel(qtbot, ctx, admin_actor)  # no "open on another computer"
    assert again.holder == first.holder and again.desk == "1"


def test_the_panel_lists_the_desks_the_domain_lets_its_person_use(ctx, admin_actor, qtbot):
    """Code review 1.3: the panel matched staff by name, the queue by id; now both ask
    turns.desks. A person is matched by id, and sees their own desk first, then free ones."""
    from timedesk.auth.service import create_user
    from timedesk.turns import setup

    seed_office(ctx)
    ana = create_user(ctx.db, admin_actor, "ana", "Long-enough-pw-1", "staff")
    create_user(ctx.db, admin_actor, "bob", "Long-enough-pw-1", "staff")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="3", services=["A"], staff=["ana"])
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="4", services=["A"], staff=["bob"])
    panel = DeskPanel(ctx, Actor("user", "bob", Role.STAFF, ana.id))  # ana, renamed bob
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.desk_choice.count() > 0, timeout=10_000)
    assert [panel.desk_choice.itemData(i) for i in range(panel.desk_choice.count())] \
        == ["3", "1", "2"]


def test_the_turn_buttons_follow_the_turns_allowed_actions(ctx, admin_actor, qtbot,
                                                           monkeypatch):
    """Code review 1.3: the panel enables its buttons from TurnInfo.allowed_actions(), the
    state machine the queue enforces, instead of its own status checks."""
    from timedesk.turns.views import TurnInfo

    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    monkeypatch.setattr(TurnInfo, "allowed_actions", lambda self: frozenset({"finish"}))
    panel = open_panel(qtbot, ctx, admin_actor)
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.current_number.text() == "A001" and not panel._busy,
                    timeout=10_000)
    assert panel.finish_button.isEnabled()
    assert not any(button.isEnabled() for button in (
        panel.recall_button, panel.start_button, panel.no_show_button, panel.transfer_button))


def test_an_unexpected_failure_says_what_to_do_without_echoing_its_text(ctx, admin_actor, qtbot,
                                                                       monkeypatch):
    seed_office(ctx)
    panel = open_panel(qtbot, ctx, admin_actor)

    def broken(*args, **kwargs):
        raise OSError("could not connect to server at 10.0.0.5, password=hunter2")

    monkeypatch.setattr(panel.queue, "call_next", broken)
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.message.property("role") == "error" and not panel._busy,
                    timeout=10_000)
    assert panel.message.text().startswith("Something unexpected went wrong. The log file has "
                                           "the details; try again")
    assert "hunter2" not in panel.message.text() and panel.take_over_button.isHidden()
    assert panel.call_button.isEnabled()


def tray_window(qtbot, monkeypatch):
    """A window with a tray (on a desktop that has one) for the panel's notices, and the
    notifications it shows: [(title, text)]."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

    from timedesk.ui.tray import Tray

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, text, *rest: shown.append((title, text)))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.tray = Tray(window, window.show, QAction("Quit", window))
    return window, shown


def test_a_call_no_display_showed_is_a_desktop_notification_on_the_desks_pc(
        ctx, admin_actor, qtbot, monkeypatch):
    ctx.settings.set("turns.ack_timeout_s", 0.5)
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    window, shown = tray_window(qtbot, monkeypatch)
    panel = open_panel(qtbot, ctx, admin_actor)
    window.setCentralWidget(panel)
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.ack_state == NOT_SHOWN, timeout=10_000)
    assert shown == [("Call not shown", "Turn A001 was not shown on the lobby display — check "
                                        "the display.")]


def test_a_call_a_display_showed_is_no_notification(ctx, admin_actor, qtbot, monkeypatch):
    ctx.settings.set("turns.ack_timeout_s", 1.0)
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    display = DisplayWindow(ctx, RecordingAnnouncer(), name="lobby", speech_language="es")
    qtbot.addWidget(display)
    display.show()
    window, shown = tray_window(qtbot, monkeypatch)
    panel = open_panel(qtbot, ctx, admin_actor)
    window.setCentralWidget(panel)
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.ack_state == SHOWN, timeout=10_000)
    qtbot.wait(1_200)  # past the acknowledgement's timeout
    assert panel.ack_state == SHOWN and shown == []

def test_the_desk_panel_offers_first_the_desk_this_person_last_opened_here(
        ctx, admin_actor, qtbot):
    seed_office(ctx)
    first = open_panel(qtbot, ctx, admin_actor, desk="2")
    first.close_desk()
    again = DeskPanel(ctx, admin_actor)  # the next start of the app on this PC
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.desk_choice.count() == 2, timeout=10_000)
    assert again.desk_choice.currentData() == "2"
    other = DeskPanel(ctx, Actor("user", "eva", Role.ADMIN, None))  # someone else: the first
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: other.desk_choice.count() == 2, timeout=10_000)
    assert other.desk_choice.currentData() == "1"


def test_every_action_button_of_the_desk_says_what_it_does_in_a_tooltip(ctx, admin_actor,
                                                                        qtbot):
    seed_office(ctx)
    panel = open_panel(qtbot, ctx, admin_actor)
    buttons = (panel.call_button, panel.recall_button, panel.start_button, panel.finish_button,
               panel.no_show_button, panel.transfer_button, panel.specific_button)
    tips = [button.toolTip() for button in buttons]
    assert all(len(tip) > 20 for tip in tips), tips
    assert len(set(tips)) == len(tips)  # each its own
