"""The lobby display window: waiting counts, one announcement per call, the full-screen lock,
and a display that loses its database (it warns, keeps what it shows and recovers)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from sqlalchemy.engine import URL
from turns_ui_support import seed_office

from timedesk.db.database import Database
from timedesk.db.engine import make_engine
from timedesk.ui.turns.announcer import RecordingAnnouncer, call_sentence
from timedesk.ui.turns.display_window import DisplayWindow


def make_display(qtbot, ctx, **kwargs) -> tuple[DisplayWindow, RecordingAnnouncer]:
    announcer = RecordingAnnouncer()
    display = DisplayWindow(ctx, announcer, **kwargs)
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    return display, announcer


def test_it_starts_with_the_recent_calls_and_the_waiting_counts(ctx, admin_actor, qtbot):
    ctx.settings.set("turns.display_message", "Welcome to the office")
    queue = seed_office(ctx)
    for _ in range(3):
        queue.issue_turn(admin_actor, "A")
    queue.issue_turn(admin_actor, "B")
    queue.call_next(admin_actor, "1")
    queue.call_next(admin_actor, "2")
    display, announcer = make_display(qtbot, ctx)
    qtbot.waitUntil(lambda: display.board.current is not None and bool(display.waiting_labels),
                    timeout=10_000)
    assert (display.board.current.number, display.board.current.desk) == ("B001", "2")
    assert display.recent_rows[0][0].text() == "A001"
    assert display.recent_rows[0][1].text() == "Desk 1"
    assert display.waiting_labels["A"].text() == "Registry: 2 waiting"
    assert display.waiting_labels["B"].text() == "Payments: 0 waiting"
    assert display.message.text() == "Welcome to the office" and not display.message.isHidden()
    assert announcer.chimes == 0  # calls made before it started are shown, not announced


def test_each_call_is_announced_once_and_a_recall_again(ctx, admin_actor, qtbot):
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    display, announcer = make_display(qtbot, ctx, speech_language="en")
    result = queue.call_next(admin_actor, "1")
    qtbot.waitUntil(lambda: display.board.current is not None, timeout=10_000)
    payload = {"turn_id": result.turn.id, "number": "A001", "desk": "1", "colour": "#1565c0"}
    assert display.show_call(payload, result.event_id) is None  # the feed brought it again
    assert announcer.chimes == 1
    queue.recall(admin_actor, "1")
    qtbot.waitUntil(lambda: announcer.chimes == 2, timeout=10_000)
    assert announcer.spoken == [call_sentence("A001", "1", "en")] * 2 == ["Ticket A, 1. Desk 1."] * 2
    assert [c.number for c in display.board.recent] == []  # a recall is not a second turn


def test_full_screen_hides_the_cursor_and_only_the_key_combinations_leave(ctx, qtbot):
    seed_office(ctx)
    display, _ = make_display(qtbot, ctx)
    display.show_on_screen(0)
    qtbot.waitUntil(display.isFullScreen, timeout=5000)
    assert display.cursor().shape() == Qt.CursorShape.BlankCursor
    display.close()  # Alt+F4, a stray click on a close button
    assert display.isVisible()
    shortcuts = {s.key().toString(): s for s in display.findChildren(QShortcut)}
    assert set(shortcuts) == {QKeySequence("Ctrl+Shift+F").toString(),
                              QKeySequence("Ctrl+Shift+Q").toString()}
    shortcuts[QKeySequence("Ctrl+Shift+F").toString()].activated.emit()
    qtbot.waitUntil(lambda: not display.isFullScreen(), timeout=5000)
    display.show_on_screen(0)
    qtbot.waitUntil(display.isFullScreen, timeout=5000)
    with qtbot.waitSignal(display.quitRequested, timeout=5000):
        shortcuts[QKeySequence("Ctrl+Shift+Q").toString()].activated.emit()
    assert not display.isVisible()


def test_a_display_that_loses_its_database_warns_keeps_its_calls_and_recovers(
        ctx, admin_actor, qtbot):
    ctx.settings.set("turns.display_stale_s", 2.0)
    queue = seed_office(ctx)
    queue.issue_turn(admin_actor, "A")
    queue.call_next(admin_actor, "1")
    display, _ = make_display(qtbot, ctx, refresh_ms=300)
    qtbot.waitUntil(lambda: display.board.current is not None, timeout=10_000)
    # the database goes away: a closed port on loopback, refused at once
    dead = Database(make_engine(URL.create("postgresql+psycopg2", username="nobody",
                                           password="x", host="127.0.0.1", port=1,
                                           database="nothing")))
    display.ctx = dataclasses.replace(ctx, db=dead)
    try:
        qtbot.waitUntil(lambda: not display.stale_banner.isHidden(), timeout=10_000)
        assert display.stale_banner.text().startswith("Not updated since ")
        assert display.board.current.number == "A001"  # what it showed stays
        queue.issue_turn(admin_actor, "A")
        display.ctx = ctx  # the database is back
        qtbot.waitUntil(lambda: display.stale_banner.isHidden(), timeout=10_000)
        qtbot.waitUntil(lambda: display.waiting_labels["A"].text() == "Registry: 1 waiting",
                        timeout=10_000)
    finally:
        dead.dispose()
