"""WCAG 2 contrast of every text colour on its background, in the light and in the dark theme:
the stylesheet's rules, the palettes, the colours the code styles or paints with (muted and
status cells, badges, kiosks, the desk, chat bubbles) and the chart bars on the chart's
background. Text needs 4.5:1, large text (18 pt, or 14 pt bold) 3:1, and bars (non-text) 3:1.
The review (section 1.17) found the kiosk footer at 2.9, the muted cells at 3.9 and the light
"average wait" bar at 1.75."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from timedesk.resources import resource
from timedesk.turns.lobby import contrast_ratio
from timedesk.ui.appearance import palette, themed
from timedesk.ui.clockify.sessions_format import (
    MUTED_COLOUR,
    OVERTIME_COLOUR,
    RUNNING_COLOUR,
    STATUS_COLOURS,
)
from timedesk.ui.turns import dashboard_charts

TEXT, LARGE, NON_TEXT = 4.5, 3.0, 3.0
PANE, WINDOW, ALTERNATE, STATUS_BAR = "#ffffff", "#f5f6f8", "#f3f4f6", "#e9ecf1"
KIOSK = "#f4f6f9"  # the kiosks' and the lock screen's background (timedesk.ui.locked_window)
THEMES = ("light", "dark")
UI = Path(resource("styles", "light.qss")).parents[2] / "timedesk" / "ui"
HEX = r"#[0-9a-fA-F]{6}"

Pair = tuple[str, str, str, float]  # what, ink, background (light design), minimum


def rules(sheet: str) -> list[tuple[str, str]]:
    return [(" ".join(selector.split()), body)
            for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet)]


def declared(body: str, name: str) -> str | None:
    found = re.search(rf"(?<![-\w]){name}:\s*({HEX})", body)
    return found.group(1).lower() if found else None


def stylesheet_pairs() -> list[Pair]:
    """Each rule of light.qss with a text colour: on its own background, else on what it sits
    on (the status bar for its rules, windows and panes for the others). Disabled states are
    exempt (WCAG 1.4.3)."""
    pairs: list[Pair] = []
    for selector, body in rules(resource("styles", "light.qss").read_text(encoding="utf-8")):
        ink = declared(body, "color")
        if ink is None or ":disabled" in selector:
            continue
        ground = declared(body, "background") or declared(body, "background-color")
        grounds = ([ground] if ground else [STATUS_BAR] if "QStatusBar" in selector
                   else [PANE, WINDOW])
        pairs += [(f"qss {selector}", ink, colour, TEXT) for colour in grounds]
    return pairs


def is_large(sheet: str) -> bool:
    size = re.search(r"font-size:\s*(\d+)pt", sheet)
    points = int(size.group(1)) if size else 10
    return points >= 18 or (points >= 14 and "bold" in sheet)


def styled_code_pairs() -> list[Pair]:
    """The text colours the code writes into widgets' own stylesheets (the kiosks, the desk,
    reception, the dashboard's tiles, chat bubbles...): every string of timedesk/ui with a
    `color: #rrggbb`, on the background of its rule, or else on every background such a label
    sits on."""
    pairs: list[Pair] = []
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        # adjacent string literals joined: "QFrame#x { ... } " "QLabel { color: ...}"
        for literals in re.findall(r"(?:f?\"[^\"\n]*\"\s*)+", source):
            sheet = "".join(re.findall(r"\"([^\"]*)\"", literals))
            if not re.search(rf"(?<![-\w])color:\s*{HEX}", sheet):
                continue
            for selector, body in rules(sheet) or [("", sheet)]:
                ink = declared(body, "color")
                if ink is None or "disabled" in selector:
                    continue
                ground = (declared(body, "background") or declared(sheet, "background"))
                minimum = LARGE if is_large(body) else TEXT
                what = f"{path.relative_to(UI)} {sheet[:50]!r}"
                pairs += [(what, ink, colour, minimum)
                          for colour in ([ground] if ground else [PANE, WINDOW, KIOSK])]
    return pairs


def painted_pairs() -> list[Pair]:
    """Colours models and delegates paint with: session cells and status badges."""
    pairs: list[Pair] = [("muted (deleted) session cells", MUTED_COLOUR, PANE, TEXT),
                         ("muted cells on alternate rows", MUTED_COLOUR, ALTERNATE, TEXT),
                         ("running session", RUNNING_COLOUR, PANE, TEXT),
                         ("overtime", OVERTIME_COLOUR, PANE, TEXT)]
    pairs += [(f"status badge {status}", ink, ground, TEXT)
              for status, (ink, ground) in STATUS_COLOURS.items()]
    return pairs


def test_the_sources_of_pairs_find_what_the_review_measured():
    found = {(ink, ground) for _, ink, ground, _ in stylesheet_pairs() + styled_code_pairs()
             + painted_pairs()}
    assert ("#ffffff", "#2f6fdd") in found  # the primary button
    assert ("#5b6472", PANE) in found  # hints
    assert ("#5b6472", KIOSK) in found  # the kiosks' smaller lines
    assert (MUTED_COLOUR, PANE) in found
    assert len(styled_code_pairs()) > 20


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_colour_contrasts_with_its_background(theme):
    failures = []
    for what, ink, ground, minimum in stylesheet_pairs() + styled_code_pairs() + painted_pairs():
        ratio = contrast_ratio(themed(ink, theme), themed(ground, theme))
        if ratio < minimum:
            failures.append(f"{what}: {themed(ink, theme)} on {themed(ground, theme)} "
                            f"{ratio:.2f} < {minimum}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("theme", THEMES)
def test_the_palette_text_roles_contrast_with_their_backgrounds(theme):
    roles = QPalette.ColorRole
    colours = palette(theme)
    for ink, ground in ((roles.Text, roles.Base), (roles.WindowText, roles.Window),
                        (roles.ButtonText, roles.Button), (roles.PlaceholderText, roles.Base),
                        (roles.HighlightedText, roles.Highlight),
                        (roles.ToolTipText, roles.ToolTipBase), (roles.Link, roles.Base),
                        (roles.BrightText, roles.Base)):
        ratio = contrast_ratio(colours.color(ink).name(), colours.color(ground).name())
        assert ratio >= TEXT, (theme, ink, ground, ratio)
    disabled = colours.color(QPalette.ColorGroup.Disabled, roles.ButtonText).name()
    assert contrast_ratio(disabled, colours.color(roles.Button).name()) >= 3  # still readable


@pytest.mark.parametrize("theme", THEMES)
def test_every_chart_bar_stands_out_from_the_chart_background(theme, monkeypatch):
    monkeypatch.setattr("timedesk.ui.appearance._current", theme)
    background = themed(dashboard_charts.BACKGROUND)
    bars = [dashboard_charts.ISSUED, dashboard_charts.CALLED, dashboard_charts.AVERAGE,
            dashboard_charts.P90]
    for light, dark in bars:
        colour = dark if theme == "dark" else light
        assert contrast_ratio(colour, background) >= NON_TEXT, (colour, background)
    ink = themed(dashboard_charts.TEXT)
    assert contrast_ratio(ink, background) >= TEXT
    tickets = (UI / "tickets" / "dashboard_page.py").read_text(encoding="utf-8")
    colours = re.findall(rf"BarChart\(\"({HEX})\"", tickets)
    assert len(colours) >= 4
    window = palette(theme).color(QPalette.ColorRole.Window).name()
    for colour in colours:
        assert contrast_ratio(themed(colour), window) >= NON_TEXT, (colour, window)


async def test_the_charts_take_the_colours_of_the_theme_live(qtbot, qapp, restore_look):
    from timedesk.ui.appearance import apply_appearance

    chart = dashboard_charts.ServiceWaitChart("Wait")
    qtbot.addWidget(chart)
    apply_appearance(qapp, "dark")
    assert [bars.color().name() for bars in chart.sets] == [pair[1] for pair in (
        dashboard_charts.AVERAGE, dashboard_charts.P90)]
    assert chart.chart().backgroundBrush().color().name() == themed("#ffffff", "dark")
    apply_appearance(qapp, "light")
    assert [bars.color().name() for bars in chart.sets] == ["#4a8fe0", "#1565c0"]
    assert chart.chart().backgroundBrush().color().name() == "#ffffff"
