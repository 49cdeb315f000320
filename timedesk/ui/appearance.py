"""The look of the application: bundled fonts, the Fusion style, the stylesheet, the icon, in
the light or the dark theme, or the one the system's colour scheme asks for (setting ui.theme:
system, light or dark; ThemeFollower switches live when either changes).

Offscreen and on bare machines there may be no system fonts at all (every glyph a box), so the
bundled DejaVu Sans is registered and made the application font everywhere.

The dark theme is the light stylesheet with each of its colours swapped for its dark
counterpart (DARK_COLOURS: one stylesheet to maintain) over a dark Fusion palette, which the
widgets the stylesheet does not paint (tables, text boxes, custom painting) take their colours
from. The light theme pins a light palette of its own, so a dark system palette cannot turn its
labels white on white. Code that paints or styles with a colour of the light design asks
themed(colour) for the current theme's, when it paints (or again on a StyleChange).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from timedesk.resources import resource

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_POINT_SIZE = 10
STYLESHEET = "light.qss"
ICON = "timedesk.svg"
THEMES = ("system", "light", "dark")  # the values of ui.theme

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
    "#9aa2ae": "#7d8694",
    "#5b6472": "#a3acb9",  # hints
    "#3b4350": "#c9cfd8",
    "#2a4a7a": "#b7cdf2",
    "#1d2430": "#e6e9ee",  # text
    "#2f6fdd": "#5c95f2",  # the accent (dark ink on it)
    "#2a62c4": "#6a9ff5",
    "#1b7530": "#5fcf7a",  # success
    "#b3261e": "#ff8a80",  # error
    "#8a5a00": "#f3c969",  # warning
    "#fff6df": "#3d3420",
    "#f0d58c": "#7a6424",
    "#c9a227": "#a8862a",
    "#fbe9e7": "#4a2624",
    "#e8a39b": "#8c4a44",
    # and of the screens that style themselves (styled())
    "#f4f6f9": "#1b1e23",  # kiosks, the lock screen
    "#c9ced6": "#434a56",
    "#d5d9df": "#3a404b",
    "#8a919c": "#7d8694",
    "#e3f3e7": "#1f3a27",  # status badges
    "#fff3d6": "#3d3420",
    "#fbe4e2": "#4a2624",
    "#fff3e0": "#3d3420",  # the desk's warning button and undo bar
    "#ffe0b2": "#4d4128",
    "#7a3e00": "#f3c969",
    "#4a2800": "#f3c969",
    "#e08a00": "#a8862a",
    "#f4f1ec": "#2a2f37",
    "#9a8f80": "#7d8694",
    "#d8cfc2": "#3a404b",
    "#fff4e5": "#3d3420",
    "#9aa0a6": "#7d8694",
    "#c0392b": "#ef7a6e",  # the tickets' charts
    "#8e44ad": "#c18ddb",
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
        text = themed_sheet(text, theme)
        text = _ICON.sub(r"\1-dark.svg", text)  # light strokes on the dark fields
    return text.replace("{icons}", resource("icons").as_posix())


_ROLES = QPalette.ColorRole
# (role, light colour, dark colour): the palette of each theme, for what the stylesheet leaves
PALETTE = ((_ROLES.Window, "#f5f6f8", "#1b1e23"), (_ROLES.WindowText, "#1d2430", "#e6e9ee"),
           (_ROLES.Base, "#ffffff", "#23272e"), (_ROLES.AlternateBase, "#f3f4f6", "#2a2f37"),
           (_ROLES.Text, "#1d2430", "#e6e9ee"), (_ROLES.Button, "#e9ecf1", "#2c313a"),
           (_ROLES.ButtonText, "#1d2430", "#e6e9ee"), (_ROLES.ToolTipBase, "#ffffff", "#2c313a"),
           (_ROLES.ToolTipText, "#1d2430", "#e6e9ee"), (_ROLES.Highlight, "#2a62c4", "#2a62c4"),
           (_ROLES.HighlightedText, "#ffffff", "#ffffff"),
           (_ROLES.PlaceholderText, "#5b6472", "#a3acb9"), (_ROLES.Link, "#2a62c4", "#7fb0ff"),
           (_ROLES.LinkVisited, "#2a4a7a", "#b7cdf2"), (_ROLES.BrightText, "#b3261e", "#ff8a80"),
           (_ROLES.Mid, "#c3c9d3", "#3a404b"), (_ROLES.Midlight, "#e9ecf1", "#2c313a"),
           (_ROLES.Dark, "#9aa2ae", "#15171b"), (_ROLES.Light, "#ffffff", "#3a404b"),
           (_ROLES.Shadow, "#5b6472", "#000000"))
DISABLED_TEXT = {"light": "#6b7380", "dark": "#8a93a1"}  # on either theme's buttons: >= 3:1


def palette(theme: str = "light") -> QPalette:
    """The palette of `theme` (light or dark), whatever the system's is."""
    result = QPalette()
    for role, light, dark in PALETTE:
        result.setColor(role, QColor(dark if theme == "dark" else light))
    for role in (_ROLES.Text, _ROLES.WindowText, _ROLES.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT[theme]))
    return result


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", ICON)))


_current = "light"
_LIGHT_SHEET = "timedeskLightStyleSheet"  # the property styled() keeps a widget's sheet in


def current_theme() -> str:
    """The theme the application shows now: light or dark."""
    return _current


def themed(colour: str, theme: str | None = None) -> str:
    """`colour`, a colour of the light design, as `theme` (the current one) shows it."""
    return DARK_COLOURS.get(colour.lower(), colour) if (theme or _current) == "dark" else colour


def themed_sheet(sheet: str, theme: str | None = None) -> str:
    """A stylesheet of the light design with every colour as `theme` (the current) shows it."""
    return _COLOUR.sub(lambda match: themed(match.group(0), theme), sheet)


def styled(widget: QWidget, sheet: str) -> None:
    """Give `widget` its own stylesheet `sheet`, written in the light design's colours: it is
    shown in the current theme's, and again in the next one's when the theme changes."""
    widget.setProperty(_LIGHT_SHEET, sheet)
    widget.setStyleSheet(themed_sheet(sheet))


def _restyle_widgets() -> None:
    for widget in QApplication.allWidgets():
        sheet = widget.property(_LIGHT_SHEET)
        if isinstance(sheet, str):
            widget.setStyleSheet(themed_sheet(sheet))


def resolve_theme(theme: str, scheme: Qt.ColorScheme | None = None) -> str:
    """light or dark: `theme` itself, or for "system" what the colour scheme (the system's
    now, or `scheme`) asks for (light when it says nothing)."""
    if theme != "system":
        return theme
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply_appearance(app: QApplication, theme: str = "light") -> None:
    """Fonts, style, palette, stylesheet and icon for the whole application in `theme` (light,
    dark, or system: the system's now); call at start, and again to change the theme."""
    global _current
    theme = resolve_theme(theme)
    family = register_fonts()
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    if app.style().name().lower() != "fusion":  # a new style deletes the old one, which the
        app.setStyle("Fusion")                     # stylesheet style of live widgets points at
    _current = theme
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme))
    _restyle_widgets()
    app.setWindowIcon(app_icon())


class ThemeFollower(QObject):
    """Keeps the application in the theme of ui.theme: applies it, again when the setting
    changes (set_theme, or Settings.set through follow_settings), and with "system" whenever
    the system's colour scheme changes."""

    changed = Signal(str)  # the theme now shown: light or dark

    def __init__(self, app: QApplication, theme: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self.theme = theme
        app.styleHints().colorSchemeChanged.connect(self.scheme_changed)
        self.apply()

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}: use one of {', '.join(THEMES)}")
        self.theme = theme
        self.apply()

    def scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self.apply(scheme)

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        shown = resolve_theme(self.theme, scheme)
        apply_appearance(self._app, shown)
        self.changed.emit(shown)

    def follow_settings(self, settings: Any) -> Callable[[dict[str, Any]], None]:
        """Apply ui.theme whenever `settings` (a timedesk.settings.Settings) saves it; returns
        the watcher (Settings.unwatch takes it)."""
        def watcher(values: dict[str, Any]) -> None:
            if "ui.theme" in values:
                self.set_theme(values["ui.theme"])
        settings.watch(watcher)
        return watcher
