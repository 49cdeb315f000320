"""The Clockify pages sit at the same distance from the tab's edges (the review: Users and
Error log touched the edges while Sessions had a margin)."""

from __future__ import annotations

from clockify_ui_helpers import MANAGER

from timedesk.ui.clockify.tab import ClockifyTab


async def test_every_clockify_page_has_the_margins_of_the_sessions_page(ctx, gui_bus, services,
                                                                        keep):
    tab = keep(ClockifyTab.build(ctx, MANAGER, services))
    margins = {key: page.layout().contentsMargins() for key, page in tab.page_widgets.items()}
    sessions = margins.pop("sessions")
    assert sessions.left() > 0
    assert {key: (m.left(), m.top(), m.right(), m.bottom()) for key, m in margins.items()} == {
        key: (sessions.left(), sessions.top(), sessions.right(), sessions.bottom())
        for key in ("users", "reports", "errors")}
