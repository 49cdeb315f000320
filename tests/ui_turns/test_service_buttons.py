"""The service buttons of reception and the kiosk: every text fits its button (wrapped at word
boundaries, shrunk down to a floor, elided only past it, with the full name in the tooltip) in
any grid, from one to twelve services with long Spanish names, at 1280x680 and 1024 wide; the
grid adds rows rather than columns; a closed service looks closed and says when it opens."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from qt_clipping import app_look, clipped_labels

from timedesk.turns.views import ServiceInfo
from timedesk.ui.turns.service_buttons import (
    FLOOR,
    MIN_BUTTON_WIDTH,
    ServiceGrid,
    fitted_lines,
    wrap_words,
)


@pytest.fixture(autouse=True)
def looks_as_in_the_app(qapp):
    with app_look(qapp):
        yield


LONG_NAMES = ["Información y registro general", "Atención al contribuyente",
              "Certificados de empadronamiento", "Pagos", "Registro", "Licencias de obras menores",
              "Tributos y tasas municipales", "Servicios sociales", "Padrón municipal de habitantes",
              "Quejas y sugerencias", "Oficina de atención a la ciudadanía", "Cita previa"]
COLOURS = ["#1565c0", "#2e7d32", "#f9a825", "#6a1b9a", "#c62828", "#00838f"]


def services(count: int, opens: time | None = None, closes: time | None = None
             ) -> list[ServiceInfo]:
    return [ServiceInfo(index + 1, "ABCDEFGHJKLM"[index], LONG_NAMES[index],
                        COLOURS[index % len(COLOURS)], True, opens, closes, True)
            for index in range(count)]


def grid_in_window(qtbot, count: int, width: int, height: int, **options) -> ServiceGrid:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(24, 24, 24, 24)
    grid = ServiceGrid(parent=window, **options)
    layout.addWidget(grid)
    grid.set_services(services(count))
    grid.set_waiting({"A": 12, "B": 1})
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(30)  # the layouts' requests after the fonts changed
    grid.host = window  # qtbot holds its widgets weakly
    return grid


@pytest.mark.parametrize("count", [1, 3, 6, 12])
@pytest.mark.parametrize("size", [(1280, 680), (1024, 680)], ids=["1280x680", "1024x680"])
@pytest.mark.parametrize("scale", [1.0, 1.6], ids=["reception", "kiosk"])
def test_every_text_of_every_button_fits_without_eliding_the_names(qtbot, count, size, scale):
    grid = grid_in_window(qtbot, count, *size, scale=scale, priority_buttons=scale == 1.0)
    assert len(grid.buttons) == count * (2 if scale == 1.0 else 1)
    for (code, priority), button in grid.buttons.items():
        labels = [lb for lb in button.findChildren(QLabel) if lb.isVisibleTo(button)]
        assert clipped_labels(button, labels) == [], (code, priority, button.size())
        if not priority:
            name = button.name_label.text()
            assert "…" not in name and name.replace("\n", " ") == button.service.name
            assert button.service.name in button.toolTip()
            assert button.name_label.font().pointSizeF() >= 20 * scale * FLOOR - 0.01
    assert "12 waiting" in grid.buttons[("A", False)].waiting_label.text()


@pytest.mark.parametrize("width", [1280, 1024, 700])
def test_the_grid_adds_rows_instead_of_narrow_columns(qtbot, width):
    grid = grid_in_window(qtbot, 12, width, 680)
    assert grid.columns == min(4, max(1, (grid.width() + 16) // (MIN_BUTTON_WIDTH + 16)))
    assert all(b.width() >= MIN_BUTTON_WIDTH for b in grid.buttons.values())
    grid.window().resize(width + 400, 680)
    qtbot.waitUntil(lambda: grid.columns == min(4, (grid.width() + 16) // (MIN_BUTTON_WIDTH + 16)))
    qtbot.wait(30)
    assert all(clipped_labels(b) == [] for b in grid.buttons.values())


def test_four_services_make_a_square(qtbot):
    assert grid_in_window(qtbot, 4, 1280, 680).columns == 2


def test_a_name_too_long_for_the_floor_is_elided_with_the_full_name_in_the_tooltip(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    grid = ServiceGrid(parent=window)
    name = "Oficina municipal de información, registro, padrón y atención a la ciudadanía"
    grid.set_services([ServiceInfo(1, "A", name + " " + "Superextraordinariamente", "#1565c0",
                                   True, None, None, False)])
    window.resize(240, 220)
    grid.resize(240, 220)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(30)
    button = grid.buttons[("A", False)]
    assert "…" in button.name_label.text()
    assert name in button.toolTip()
    assert clipped_labels(button) == []


def test_wrapping_breaks_at_spaces_and_eliding_marks_what_is_cut(qapp):
    metrics = QFontMetrics(QFont("DejaVu Sans", 20))
    width = metrics.horizontalAdvance("Información y")
    assert wrap_words("Información y registro general", metrics, width) == [
        "Información y", "registro", "general"]
    lines, elided = fitted_lines("Información y registro general", metrics, width, 2)
    assert lines[0] == "Información y" and lines[1].endswith("…") and elided
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert fitted_lines("Pagos", metrics, width, 1) == (["Pagos"], False)


def test_the_checker_sees_a_clipped_label(qtbot):
    """fit_support.clipped_labels is the judge of the tests above: it must catch a cut text."""
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Información y registro general", window)
    label.setGeometry(0, 0, 60, 30)
    window.resize(200, 100)
    window.show()
    assert clipped_labels(window) != []


def test_a_closed_service_looks_closed_says_when_it_opens_and_stays_pressable(qtbot):
    grid = grid_in_window(qtbot, 2, 1280, 680)
    grid.set_services(services(2, opens=time(9, 0), closes=time(14, 0)))
    grid.show_opening_hours(datetime.now().astimezone().replace(hour=16, minute=0))
    button = grid.buttons[("A", False)]
    assert button.closed and grid.buttons[("A", True)].closed
    assert button.waiting_label.text() == "Closed · opens 09:00"
    assert "Closed now. Opening hours: 09:00-14:00." in button.toolTip()
    assert "dashed" in button.styleSheet() and "#1565c0;" not in button.styleSheet().split(
        "border")[0]
    assert button.isEnabled()  # pressed anyway, the refusal explains
    pressed = []
    grid.issueRequested.connect(lambda code, priority: pressed.append((code, priority)))
    button.click()
    assert pressed == [("A", False)]
    grid.show_opening_hours(datetime.now().astimezone().replace(hour=10, minute=0))
    assert not button.closed and button.waiting_label.text() == "12 waiting"
    qtbot.wait(30)
    assert "Opening hours: 09:00-14:00." in button.toolTip()
    assert clipped_labels(button) == []


def test_spanish_buttons_name_shift_as_the_footer_does(qapp, qtbot):
    """'Mayús', as reception's footer and the rest of the Spanish interface write it (Qt's own
    Spanish name would be 'Mayúsculas', and the review found both on one screen)."""
    from timedesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "es")
    try:
        grid = grid_in_window(qtbot, 2, 1280, 680)
        assert grid.buttons[("A", True)].key_label.text() == "Tecla: Mayús+A"
        assert grid.buttons[("A", False)].key_label.text() == "Tecla: A"
    finally:
        remove_translators(qapp, translators)
