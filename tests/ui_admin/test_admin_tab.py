"""The Administration tab: its pages by permission, and the Employees button that shows the
Punches tab's employee list instead of a second one."""

from __future__ import annotations

from admin_support import ADMIN

from timedesk.auth.permissions import Actor, Role
from timedesk.ui.main_window import MainWindow
from timedesk.ui.tabs import tabs_for

MANAGER = Actor("user", "marta", Role.MANAGER, 2)


def test_pages_follow_the_permissions(ctx, services, keep):
    admin = keep(MainWindow(ctx, ADMIN, services))
    tab = admin.tabs.widget(admin.tab_index("admin"))
    tab.ensure_pages()
    assert list(tab.page_widgets) == ["users", "tokens", "settings"]
    manager = keep(MainWindow(ctx, MANAGER, services))
    tab = manager.tabs.widget(manager.tab_index("admin"))
    tab.ensure_pages()
    assert list(tab.page_widgets) == ["settings"]
    receptionist = Actor("user", "rosa", Role.RECEPTIONIST, 3)
    assert "admin" not in [spec.key for spec in tabs_for(receptionist)]


def test_the_employees_button_shows_the_punches_employees_page(ctx, services, keep):
    window = keep(MainWindow(ctx, MANAGER, services))
    window.tabs.setCurrentIndex(window.tab_index("admin"))
    tab = window.tabs.currentWidget()
    assert tab.employees_button.isVisible()
    tab.employees_button.click()
    assert window.tab_keys[window.tabs.currentIndex()] == "punches"
    punches = window.tabs.currentWidget()
    assert punches.pages.currentWidget() is punches.page_widgets["employees"]
