"""Taking the user to where something is set up, from a page that needs it ("No webhook yet →
Set up Clockify webhooks", "Sesame is not connected → Connect Sesame"): one function, so that
every empty state goes the same way and a move of the set-up pages changes only this file."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_connection_section(widget: QWidget, section: str) -> bool:
    """Bring the main window's Connection tab to the front, scrolled to its `section`
    ("secrets", "clockify", "mail", ...); False outside a main window or without the tab."""
    window = widget.window()
    show_tab = getattr(window, "show_tab", None)
    if show_tab is None or not show_tab("connection"):
        return False
    tab = window.tabs.currentWidget()  # type: ignore[attr-defined]
    found = getattr(tab, "sections", {}).get(section)
    if found is not None and hasattr(tab, "ensureWidgetVisible"):
        tab.ensureWidgetVisible(found.parentWidget() or found)
    return True
