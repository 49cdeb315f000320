"""The lobby display window never clips: six services with long Spanish names, a long message
and a desk with a name, at 1280x720, 1920x1080 and 4K; no text below 3 % of the screen's height;
desks written by the rule both faces share; the message changed while it runs."""

from __future__ import annotations

import pytest
from lobby_support import LONG_MESSAGE, SIX, SYSTEM, six_services_office
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel
from qt_clipping import app_look, clipped_labels

from timedesk.settings import Settings
from timedesk.turns.lobby import (
    BACKGROUND,
    MUTED,
    PANEL,
    STALE_BACKGROUND,
    STALE_INK,
    contrast_ratio,
)
from timedesk.ui.turns.announcer import call_sentence
from timedesk.ui.turns.display_window import DisplayWindow, date_text


@pytest.fixture(autouse=True)
def looks_as_in_the_app(qapp):
    with app_look(qapp):
        yield


def shown_display(qtbot, ctx, width: int, height: int) -> DisplayWindow:
    display = DisplayWindow(ctx, refresh_ms=300)
    qtbot.addWidget(display)
    display.resize(width, height)
    display.show()
    qtbot.waitUntil(lambda: len(display.waiting_labels) == len(SIX), timeout=10_000)
    qtbot.wait(50)  # the layouts' requests after the fonts changed
    return display


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)],
                         ids=["720p", "1080p", "4k"])
def test_six_services_a_long_message_and_a_named_desk_are_never_clipped(qapp, ctx, qtbot, size,
                                                                        language):
    from timedesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, language)
    try:
        _shows_the_hard_case_whole(ctx, qtbot, size, {"en": "Desk 3", "es": "Puesto 3"}[language])
    finally:
        remove_translators(qapp, translators)


def _shows_the_hard_case_whole(ctx, qtbot, size, desk_3) -> None:
    ctx.settings.override("turns.display_message", LONG_MESSAGE)
    queue = six_services_office(ctx)
    for desk in ("Ventanilla 12", "3", "Ventanilla 12"):
        queue.call_next(SYSTEM, desk)
    display = shown_display(qtbot, ctx, *size)
    qtbot.waitUntil(lambda: display.board.current is not None, timeout=10_000)
    qtbot.wait(50)
    assert display.call_panel.desk_text() == "Ventanilla 12"  # not "Desk Ventanilla 12"
    assert [display.recent_rows[i][1].text() for i in (0, 1)] == [desk_3, "Ventanilla 12"]
    labels = [lb for lb in display.findChildren(QLabel) if lb.isVisibleTo(display) and lb.text()]
    assert display.message in labels and len(display.waiting_rows) >= 2
    assert clipped_labels(display, labels) == []
    smallest = round(size[1] * 0.03)
    assert all(lb.font().pixelSize() >= smallest for lb in labels), [
        (lb.text(), lb.font().pixelSize()) for lb in labels if lb.font().pixelSize() < smallest]
    assert display.message.text() == LONG_MESSAGE


def test_the_message_changes_while_the_display_runs(ctx, qtbot):
    ctx.settings.override("turns.display_message", "Welcome")
    six_services_office(ctx)
    display = shown_display(qtbot, ctx, 1280, 720)
    assert display.message.text() == "Welcome"
    # another process (`timedesk config set`, the server's PC) writes the settings file
    Settings.load(ctx.paths).set("turns.display_message", LONG_MESSAGE)
    qtbot.waitUntil(lambda: display.message.text() == LONG_MESSAGE, timeout=10_000)
    Settings.load(ctx.paths).set("turns.display_message", "")
    qtbot.waitUntil(lambda: display.message.isHidden(), timeout=10_000)


def test_the_display_colours_pass_wcag_aa():
    for ground in (PANEL, BACKGROUND):
        assert contrast_ratio(MUTED, ground) >= 4.5
    assert contrast_ratio(STALE_INK, STALE_BACKGROUND) >= 4.5


@pytest.mark.parametrize(("language", "said"), [
    ("en", ["Ticket A, 1. Desk 12.", "Ticket A, 1. Ventanilla 12."]),
    ("es", ["Turno A, 1. Puesto 12.", "Turno A, 1. Ventanilla 12."])])
def test_speech_says_a_desk_as_the_screen_writes_it(language, said):
    assert [call_sentence("A001", desk, language) for desk in ("12", "Ventanilla 12")] == said


@pytest.mark.parametrize(("language", "written"), [
    (QLocale.Language.English, "Monday, December 7"),
    (QLocale.Language.Spanish, "lunes, 7 de diciembre")])
def test_the_date_is_written_as_on_the_web_page(qapp, language, written):
    """The page writes toLocaleDateString(lang, {weekday: long, day: numeric, month: long})."""
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        assert date_text(QDate(2026, 12, 7)) == written
    finally:
        QLocale.setDefault(before)
