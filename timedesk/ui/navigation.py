"""Taking the user to where something is set up, from a page that needs it ("No webhook yet →
Set up Clockify webhooks", "Sesame is not connected → Connect Sesame"): one function, so that
every empty state goes the same way and a move of the set-up pages changes only this file."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget


def open_settings_section(widget: QWidget, section: str) -> bool:
    """Open File › Settings on the page holding `section` ("sesame", "clockify", "mail", ...),
    scrolled to it; False outside a main window or when the person does not have it."""
    show_settings = getattr(widget.window(), "show_settings", None)
    if show_settings is None:
        return False
    dialog = show_settings()
    page = next((p for p in dialog.pages if section in p.sections), None)
    if page is None:
        return False
    dialog.show_page(page.key)
    scroll = page.findChild(QScrollArea)
    found = page.sections[section]
    if scroll is not None:
        scroll.ensureWidgetVisible(found.parentWidget() or found)
    return True
