"""The empty-state widget: a centred message, and a button only when there is an action."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timedesk.ui.empty_state import EmptyState


def test_a_message_alone_shows_no_button(qtbot):
    empty = EmptyState("Nothing here yet.")
    qtbot.addWidget(empty)
    empty.show()
    assert empty.message.text() == "Nothing here yet." and empty.message.isVisible()
    assert not empty.button.isVisible()
    assert empty.message.alignment() & Qt.AlignmentFlag.AlignHCenter


def test_the_button_runs_the_action_and_the_state_can_change(qtbot):
    clicked: list[str] = []
    empty = EmptyState("No webhook yet.", "Set up", lambda: clicked.append("set up"))
    qtbot.addWidget(empty)
    empty.show()
    assert empty.button.isVisible() and empty.button.text() == "Set up"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert clicked == ["set up"]
    empty.show_state("No session yet.")
    assert empty.message.text() == "No session yet." and not empty.button.isVisible()
    empty.show_state("Text without action", "Do it")  # a text but nothing to run: no button
    assert not empty.button.isVisible()
