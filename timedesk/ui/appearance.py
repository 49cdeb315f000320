"""The look of the application: bundled fonts, the Fusion style, the light stylesheet, the icon.

Offscreen and on bare machines there may be no system fonts at all (every glyph a box), so the
bundled DejaVu Sans is registered and made the application font everywhere.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from timedesk.resources import resource

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_POINT_SIZE = 10
STYLESHEET = "light.qss"
ICON = "timedesk.svg"


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


def stylesheet() -> str:
    """The stylesheet, with `{icons}` replaced by the icons folder (QSS urls are relative to
    the working directory otherwise)."""
    try:
        text = resource("styles", STYLESHEET).read_text(encoding="utf-8")
    except OSError:
        log.warning("stylesheet %s is missing; using the plain style", STYLESHEET)
        return ""
    return text.replace("{icons}", resource("icons").as_posix())


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", ICON)))


def apply_appearance(app: QApplication) -> None:
    """Fonts, style, stylesheet and icon for the whole application (call once at start)."""
    family = register_fonts()
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(app_icon())
