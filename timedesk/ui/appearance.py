"""The look of the application: bundled fonts, the Fusion style, the stylesheet, the icon, in
the light or the dark theme (setting ui.theme).

Offscreen and on bare machines there may be no system fonts at all (every glyph a box), so the
bundled DejaVu Sans is registered and made the application font everywhere.

The dark theme is the light stylesheet with each of its colours swapped for its dark
counterpart (DARK_COLOURS: one stylesheet to maintain) over a dark Fusion palette, which the
widgets the stylesheet does not paint (tables, text boxes, custom painting) take their colours
from.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from timedesk.resources import resource

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_POINT_SIZE = 10
STYLESHEET = "light.qss"
ICON = "timedesk.svg"
THEMES = ("light", "dark")

# every colour of light.qss and what it becomes in the dark theme
DARK_COLOURS = {
    "#ffffff": "#23272e",  # panes, fields
    "#f5f6f8": "#1b1e23",  # windows
    "#f3f4f6": "#2a2f37",
    "#eef0f3": "#2c313a",
    "#e9ecf1": "#2c313a",  # tab bar, status bar
    "#eef3fc": "#25344d",
    "#e8f0fd": "#1f3050",
    "#dfe8fa": "#2a4068",
    "#d5d9e0": "#3a404b",  # borders
    "#cfd4dc": "#434a56",
    "#c3c9d3": "#4a5260",
    "#bcd0f5": "#3b5a8f",
    "#b9c0cb": "#5a6372",
    "#9db8ea": "#4d6fa8",
    "#9aa2ae": "#7d8694",
    "#5b6472": "#a3acb9",  # hints
    "#3b4350": "#c9cfd8",
    "#2a4a7a": "#b7cdf2",
    "#1d2430": "#e6e9ee",  # text
    "#2f6fdd": "#4c8bf0",  # the accent
    "#2a62c4": "#3d7be0",
    "#1e7b34": "#5fcf7a",  # success
    "#b3261e": "#ff8a80",  # error
    "#8a5a00": "#f3c969",  # warning
    "#fff6df": "#3d3420",
    "#f0d58c": "#7a6424",
    "#c9a227": "#a8862a",
    "#fbe9e7": "#4a2624",
    "#e8a39b": "#8c4a44",
}
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")
_ICON = re.compile(r"(chevron-(?:up|down))\.svg")  # each has a -dark.svg twin


def register_fonts() -> str:
    """Register the bundled fonts; return the family to use (DejaVu Sans unless it failed)."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id < 0:
            log.warning("could not load bundled font %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return FONT_FAMILY if FONT_FAMILY in families else (families[0] if families else "")


def stylesheet(theme: str = "light") -> str:
    """The stylesheet of `theme`, with `{icons}` replaced by the icons folder (QSS urls are
    relative to the working directory otherwise)."""
    try:
        text = resource("styles", STYLESHEET).read_text(encoding="utf-8")
    except OSError:
        log.warning("stylesheet %s is missing; using the plain style", STYLESHEET)
        return ""
    if theme == "dark":
        text = _COLOUR.sub(lambda match: DARK_COLOURS.get(match.group(0).lower(),
                                                          match.group(0)), text)
        text = _ICON.sub(r"\1-dark.svg", text)  # light strokes on the dark fields
    return text.replace("{icons}", resource("icons").as_posix())


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#1b1e23"), (roles.WindowText, "#e6e9ee"),
                         (roles.Base, "#23272e"), (roles.AlternateBase, "#2a2f37"),
                         (roles.Text, "#e6e9ee"), (roles.Button, "#2c313a"),
                         (roles.ButtonText, "#e6e9ee"), (roles.ToolTipBase, "#2c313a"),
                         (roles.ToolTipText, "#e6e9ee"), (roles.Highlight, "#3d7be0"),
                         (roles.HighlightedText, "#ffffff"), (roles.PlaceholderText, "#7d8694"),
                         (roles.Link, "#7fb0ff"), (roles.BrightText, "#ff8a80"),
                         (roles.Mid, "#3a404b"), (roles.Dark, "#15171b"),
                         (roles.Light, "#3a404b"), (roles.Shadow, "#000000")):
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7380"))
    return palette


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", ICON)))


def apply_appearance(app: QApplication, theme: str = "light") -> None:
    """Fonts, style, palette, stylesheet and icon for the whole application (call at start;
    again to change the theme)."""
    family = register_fonts()
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    if app.style().name().lower() != "fusion":  # a new style deletes the old one, which the
        app.setStyle("Fusion")                     # stylesheet style of live widgets points at
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    app.setStyleSheet(stylesheet(theme))
    app.setWindowIcon(app_icon())
