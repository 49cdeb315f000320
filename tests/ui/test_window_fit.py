"""The main window works in a 1280x680 client area (what a 1366x768 laptop leaves it), in English
and Spanish, with the demo data loaded and six services (tests/lobby_support.six_services_demo),
for an administrator, a receptionist, a desk clerk and a requester: no tab or page makes it
bigger (a taller page scrolls), and no label, button, tab title or table header on it is clipped
(tests/qt_clipping.py). So are the screens opened from it: the desk page before its desk is
opened (people waiting), the dashboard's table cells (the service names), the kiosk with six
services whole on a 1024x768, 1280x720 or 1920x1080 screen, a Clockify session's detail and the
About box. (The lobby display: tests/ui_turns/test_lobby_display_fit.py.)
`python -m tests.screenshots` renders the same states."""

from __future__ import annotations

import pytest
from lobby_support import DEMO_ACCOUNTS, demo_actor, six_services_demo
from qt_clipping import app_look, clipped_cells, clipped_labels, clipped_texts, each_page

from timedesk.ui.main_window import MainWindow
from timedesk.ui.tasks import BackgroundTask

CLIENT = (1280, 680)
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def office(ctx):
    six_services_demo(ctx)
    return ctx


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    from timedesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, request.param)
    with app_look(qapp):
        yield request.param
    remove_translators(qapp, translators)


def _settled(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: all(task.finished for task in widget.findChildren(BackgroundTask)),
                    timeout=10_000)
    qtbot.wait(20)


def _window(qtbot, ctx, actor, services) -> MainWindow:
    window = MainWindow(ctx, actor, services)
    qtbot.addWidget(window)
    window.resize(*CLIENT)
    window.show()
    return window


@SQLITE_ONLY
@pytest.mark.parametrize("username", list(DEMO_ACCOUNTS), ids=list(DEMO_ACCOUNTS.values()))
def test_every_tab_and_page_fits_a_laptop_and_shows_its_texts_whole(qtbot, office, services,
                                                                    language, username):
    window = _window(qtbot, office, demo_actor(office, username), services)
    too_big, clipped = [], []
    for name in each_page(window):
        _settled(qtbot, window)
        hint = window.minimumSizeHint()
        if hint.width() > CLIENT[0] or hint.height() > CLIENT[1]:
            too_big.append(f"{name}: needs {hint.width()}x{hint.height()}")
        clipped.extend(f"{name}: {line}" for line in clipped_texts(window))
    assert too_big == []
    assert window.size().toTuple() == CLIENT
    assert sorted(set(clipped)) == []


@SQLITE_ONLY
def test_the_screens_opened_from_the_window_show_their_texts_whole(qtbot, office, services,
                                                                   language):
    from timedesk.clockify.queries import list_sessions

    window = _window(qtbot, office, demo_actor(office, "admin"), services)
    clipped = []
    turns = window.tabs.widget(window.tab_keys.index("turns"))
    window.tabs.setCurrentWidget(turns)
    desk = turns.page_widgets["desk"]
    turns.pages.setCurrentWidget(desk)
    _settled(qtbot, window)
    assert desk.desk is None and desk.waiting_table.rowCount() > 0  # closed, people waiting
    clipped.extend(f"desk closed: {line}" for line in clipped_texts(window))
    dashboard = turns.page_widgets["dashboard"]
    turns.pages.setCurrentWidget(dashboard)
    _settled(qtbot, window)
    assert dashboard.table.rowCount() == 7  # six services and the totals
    clipped.extend(f"dashboard: {line}" for line in clipped_cells(dashboard.table))
    kiosk = turns.page_widgets["reception"].open_kiosk()
    kiosk.showNormal()  # full screen is the platform's screen (800x600 offscreen)
    try:
        for size in ((1024, 768), (1280, 720), (1920, 1080)):
            kiosk.resize(*size)
            _settled(qtbot, kiosk)
            assert len(kiosk.grid.buttons) == 6
            assert kiosk.size().toTuple() == size  # not taller than the screen
            assert kiosk.grid_scroll.verticalScrollBar().maximum() == 0  # all in sight
            clipped.extend(f"kiosk {size}: {line}" for line in clipped_texts(kiosk))
            clipped.extend(f"kiosk {size}: {line}" for button in kiosk.grid.buttons.values()
                           for line in clipped_labels(button))
    finally:
        kiosk.leave()  # it closes and goes
    clockify = window.tabs.widget(window.tab_keys.index("clockify"))
    longest = max(list_sessions(office.db, demo_actor(office, "admin")).items,
                  key=lambda s: len(f"{s.user.name} {s.user.email}") if s.user else 0)
    detail = clockify.sessions.open_detail(longest.id)
    qtbot.waitUntil(lambda: detail.info is not None, timeout=10_000)
    _settled(qtbot, detail)
    clipped.extend(f"session detail: {line}" for line in clipped_texts(detail))
    detail.close()
    about = window.show_about()
    _settled(qtbot, about)
    clipped.extend(f"about: {line}" for line in clipped_texts(about))
    about.close()
    assert clipped == []


def test_the_look_measured_can_be_a_theme_and_is_given_back(qapp):
    """app_look(app, theme): the hook for measuring the screens in the dark theme too."""
    from PySide6.QtGui import QPalette

    window = QPalette.ColorRole.Window
    before, sheet = qapp.palette().color(window), qapp.styleSheet()
    with app_look(qapp, "dark"):
        assert qapp.palette().color(window).name() == "#1b1e23"
        assert qapp.styleSheet() and qapp.styleSheet() != sheet
    assert (qapp.palette().color(window), qapp.styleSheet()) == (before, sheet)


@SQLITE_ONLY
def test_the_spanish_window_shows_no_english_on_any_tab_page_or_session(qapp, qtbot, office,
                                                                       services):
    """tests/qt_untranslated.py: no visible text is an English string of the .ts or a raw code
    (an event type, a status), on every tab and page with the demo data, nor in a Clockify
    session's detail with its history."""
    from qt_untranslated import english_texts, untranslated_texts

    from timedesk.clockify.queries import list_sessions
    from timedesk.ui.clockify.session_detail import SessionDetailDialog
    from timedesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "es")
    try:
        english = english_texts()
        admin = demo_actor(office, "admin")
        window = _window(qtbot, office, admin, services)
        found = []
        for name in each_page(window):
            _settled(qtbot, window)
            found.extend(f"{name}: {line}" for line in untranslated_texts(window, english))
        for session in list_sessions(office.db, admin, limit=10).items:
            dialog = SessionDetailDialog(office.db, office.bus, admin, services.jobs,
                                         session.id, window, settings=office.settings)
            dialog.show()
            qtbot.waitUntil(lambda dialog=dialog: dialog.loading.finished, timeout=10_000)
            found.extend(f"session #{session.id}: {line}"
                         for line in untranslated_texts(dialog, english))
            dialog.close()
        assert sorted(set(found)) == [], "\n".join(sorted(set(found)))
    finally:
        remove_translators(qapp, translators)
