"""Helpers of the reception, ticket and kiosk tests: polling on the qasync loop, Spanish
services, closed hours, window activation, screenshots (fixtures: reception_fixtures)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from qt_support import eventually  # noqa: F401 (the reception tests import it from here)

SPANISH_SERVICES = (("A", "Registro", "#1565c0"), ("B", "Pagos", "#2e7d32"),
                    ("C", "Información", "#f9a825"), ("D", "Empadronamiento", "#6a1b9a"))


def add_services(ctx, actor, rows=SPANISH_SERVICES[:1], **extra) -> None:
    from timedesk.turns.setup import add_service

    for code, name, colour in rows:
        add_service(ctx.db, ctx.bus, actor, code=code, name=name, colour=colour, **extra)


def closed_hours() -> str:
    """Opening hours that do not include the present local time."""
    now = datetime.now().astimezone()
    start = (now + timedelta(hours=3)).replace(minute=0)
    if start.hour >= 22 or start.hour < 2:
        return "03:00-04:00" if not 3 <= now.hour < 4 else "05:00-06:00"
    return f"{start:%H}:00-{start.hour + 1:02d}:00"


def shown(qtbot, widget, width: int = 1400, height: int = 900):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    widget.activateWindow()
    return widget


async def activated(widget) -> None:
    """Make `widget`'s window the active one (window shortcuts only work there); offscreen,
    activation only takes once the window is exposed."""
    from PySide6.QtWidgets import QApplication

    await eventually(lambda: widget.windowHandle() is not None
                     and widget.windowHandle().isExposed())
    widget.activateWindow()
    await eventually(lambda: QApplication.activeWindow() is widget.window())


def save_shot(widget, folder: Path, name: str) -> Path:
    """The widget as a PNG in `folder` (the test's tmp_path: never a folder shared by workers)."""
    path = folder / name
    assert widget.grab().save(str(path)), path
    return path
