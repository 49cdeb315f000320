"""The main window works in a 1280x680 client area (what a 1366x768 laptop leaves it), in English
and Spanish, with the demo data loaded: no tab or page makes it bigger (a taller page scrolls),
and no label, button, tab title or table header on it is clipped (tests/qt_clipping.py)."""

from __future__ import annotations

import pytest
from qt_clipping import clipped_texts

from timedesk.demo import load_demo
from timedesk.ui.main_window import MainWindow
from timedesk.ui.tasks import BackgroundTask

CLIENT = (1280, 680)
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: all(task.finished for task in window.findChildren(BackgroundTask)),
                    timeout=10_000)
    qtbot.wait(20)


def _screens(window):
    """(name, widget) of every tab and page the window's person has, each brought to the front."""
    for index, key in enumerate(window.tab_keys):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        pages = getattr(tab, "pages", None)
        if pages is None or not hasattr(pages, "count"):
            yield key, tab
            continue
        for page in range(pages.count()):
            pages.setCurrentIndex(page)
            yield f"{key}/{pages.tabText(page)}", tab


@SQLITE_ONLY
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_tab_and_page_fits_a_laptop_and_shows_its_texts_whole(qapp, qtbot, ctx, services,
                                                                    admin_actor, language):
    from timedesk.ui.i18n import install_translators, remove_translators

    load_demo(ctx)
    translators = install_translators(qapp, language)
    try:
        window = MainWindow(ctx, admin_actor, services)
        qtbot.addWidget(window)
        window.resize(*CLIENT)
        window.show()
        too_big, clipped = [], []
        for name, _tab in _screens(window):
            _settled(qtbot, window)
            hint = window.minimumSizeHint()
            if hint.width() > CLIENT[0] or hint.height() > CLIENT[1]:
                too_big.append(f"{name}: needs {hint.width()}x{hint.height()}")
            clipped.extend(f"{name}: {line}" for line in clipped_texts(window))
        assert too_big == []
        assert window.size().toTuple() == CLIENT
        assert sorted(set(clipped)) == []
    finally:
        remove_translators(qapp, translators)


@SQLITE_ONLY
def test_the_spanish_window_shows_no_english_on_any_tab_page_or_session(qapp, qtbot, ctx,
                                                                       services, admin_actor):
    """tests/qt_untranslated.py: no visible text is an English string of the .ts or a raw code
    (an event type, a status), on every tab and page with the demo data, nor in a Clockify
    session's detail with its history."""
    from qt_untranslated import english_texts, untranslated_texts

    from timedesk.clockify.queries import list_sessions
    from timedesk.ui.clockify.session_detail import SessionDetailDialog
    from timedesk.ui.i18n import install_translators, remove_translators

    load_demo(ctx)
    translators = install_translators(qapp, "es")
    try:
        english = english_texts()
        window = MainWindow(ctx, admin_actor, services)
        qtbot.addWidget(window)
        window.resize(*CLIENT)
        window.show()
        found = []
        for name, _tab in _screens(window):
            _settled(qtbot, window)
            found.extend(f"{name}: {line}" for line in untranslated_texts(window, english))
        for session in list_sessions(ctx.db, admin_actor, limit=10).items:
            dialog = SessionDetailDialog(ctx.db, ctx.bus, admin_actor, services.jobs,
                                         session.id, window, settings=ctx.settings)
            dialog.show()
            qtbot.waitUntil(lambda dialog=dialog: dialog.loading.finished, timeout=10_000)
            found.extend(f"session #{session.id}: {line}"
                         for line in untranslated_texts(dialog, english))
            dialog.close()
        assert sorted(set(found)) == [], "\n".join(sorted(set(found)))
    finally:
        remove_translators(qapp, translators)
