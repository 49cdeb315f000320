"""Helpers of the desk-panel and display tests (imported by name): services A and B, desks 1
and 2, and the UI pieces under test."""

from __future__ import annotations

from timedesk.auth.permissions import Actor
from timedesk.turns import setup
from timedesk.turns.queue import TurnQueue


def seed_office(ctx) -> TurnQueue:
    system = Actor.system("test")
    setup.add_service(ctx.db, ctx.bus, system, code="A", name="Registry", colour="#1565c0")
    setup.add_service(ctx.db, ctx.bus, system, code="B", name="Payments", colour="#2e7d32")
    setup.add_desk(ctx.db, ctx.bus, system, name="1", services=["A", "B"])
    setup.add_desk(ctx.db, ctx.bus, system, name="2", services=["B"])
    return TurnQueue(ctx.db, ctx.bus, ctx.settings)


def open_panel(qtbot, ctx, actor, desk: str = "1"):
    """A DeskPanel with `desk` open on it."""
    from timedesk.ui.turns.desk_panel import DeskPanel

    panel = DeskPanel(ctx, actor)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.desk_choice.findData(desk) >= 0, timeout=10_000)
    panel.desk_choice.setCurrentIndex(panel.desk_choice.findData(desk))
    panel.open_button.click()
    qtbot.waitUntil(lambda: panel.desk == desk and not panel._busy, timeout=10_000)
    return panel
