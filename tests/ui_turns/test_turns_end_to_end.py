"""The whole way of a turn through the screens of one office: reception issues it, the desk
calls it, the lobby display shows it with its animation and the desk sees it shown."""

from __future__ import annotations

from reception_support import eventually
from turns_ui_support import seed_office

from timedesk.ui.turns.announcer import RecordingAnnouncer
from timedesk.ui.turns.desk_panel import SHOWN, DeskPanel
from timedesk.ui.turns.display_window import DisplayWindow
from timedesk.ui.turns.reception import ReceptionPanel

pytest_plugins = ["reception_fixtures"]  # ui_services


async def test_issue_at_reception_call_at_the_desk_and_the_display_shows_it(
        ctx, admin_actor, ui_services, qtbot):
    seed_office(ctx)
    reception = ReceptionPanel(ctx, admin_actor, ui_services)
    desk = DeskPanel(ctx, admin_actor, ui_services)
    announcer = RecordingAnnouncer()
    display = DisplayWindow(ctx, announcer, name="lobby")
    for widget in (reception, desk, display):
        qtbot.addWidget(widget)
        widget.show()
    await eventually(lambda: ("B", False) in reception.grid.buttons)
    reception.name_field.setText("Carmen Ruiz")
    reception.grid.buttons[("B", False)].click()
    await eventually(lambda: reception.number_label.text() == "B001")
    await eventually(lambda: desk.desk_choice.findData("2") >= 0)
    desk.desk_choice.setCurrentIndex(desk.desk_choice.findData("2"))
    desk.open_button.click()
    await eventually(lambda: desk.desk == "2" and desk.waiting_table.rowCount() == 1)
    desk.call_button.click()
    await eventually(lambda: display.board.current is not None)
    assert (display.board.current.number, display.board.current.desk) == ("B001", "2")
    assert display.flash.state() == display.flash.State.Running and announcer.chimes == 1
    await eventually(lambda: desk.ack_state == SHOWN)
    assert "Carmen Ruiz" in desk.current_details.text()
    await eventually(lambda: reception.grid.buttons[("B", False)].waiting_label.text() == "0 waiting")
