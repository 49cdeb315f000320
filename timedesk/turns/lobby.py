"""The lobby display's design decisions, made once for both of its faces: the Qt window
(timedesk.ui.turns.display_window) and the web page (resources/display/, which gets them as data
in the feed's JSON, timedesk.server.display_fanout). How a desk is named on screen, the colours of
the screen, of the current call's panel and of the "not updated" banner, and the message line as
it is now. Pure Python (no Qt, no aiohttp): tests/ui_turns and tests/turns_web check that both
faces follow it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timedesk.errors import ConfigError
from timedesk.paths import Paths
from timedesk.settings import Settings

log = logging.getLogger(__name__)

BACKGROUND = "#0b1220"
PANEL = "#131c2e"
TEXT = "#f4f6fb"
MUTED = "#9aa6bd"  # on PANEL 6.9:1, on BACKGROUND 7.6:1 (WCAG AA)
STALE_BACKGROUND = "#ffb020"  # a warning, not an error: amber, dark ink (10:1)
STALE_INK = "#1b1300"
DEFAULT_COLOUR = "#1565c0"
CALL_TINT = 0.72  # how much of the service's colour the current call's panel takes
MESSAGE_KEY = "turns.display_message"


# -- desks ---------------------------------------------------------------------------------------
def desk_is_number(desk: str) -> bool:
    """Whether a desk is named by a number ("12"): it is then shown as "Desk 12"; a desk with a
    name ("Ventanilla 12", "Caja") is shown by its name alone."""
    return desk.strip().isdigit()


def desk_label(desk: str, word: str) -> str:
    """How a desk is written on the lobby display; `word` is "Desk" in the screen's language."""
    return f"{word} {desk.strip()}" if desk_is_number(desk) else desk.strip()


# -- colours -------------------------------------------------------------------------------------
def _rgb(colour: str) -> tuple[int, int, int]:
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    value = int(text, 16)
    return value >> 16, (value >> 8) & 255, value & 255


def safe_colour(colour: str | None) -> str:
    """`colour` when it is '#rrggbb', else the default blue (a colour reaches the page as data)."""
    try:
        _rgb(colour or "")
    except ValueError:
        return DEFAULT_COLOUR
    return (colour or "").lower()


def mix(a: str, b: str, share_of_b: float) -> str:
    """`a` and `b` mixed, `share_of_b` (0..1) of `b`."""
    ra, rb = _rgb(a), _rgb(b)
    return "#" + "".join(f"{round(x + (y - x) * share_of_b):02x}" for x, y in zip(ra, rb,
                                                                                 strict=True))


def luminance(colour: str) -> float:
    """WCAG relative luminance of '#rrggbb' (0 black .. 1 white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(colour)
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast_ratio(ink: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 .. 21; text needs 4.5, large text 3)."""
    light, dark = sorted((luminance(ink), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def contrast_text(colour: str) -> str:
    """Black or white, whichever contrasts more with `colour`."""
    on_black, on_white = contrast_ratio("#000000", colour), contrast_ratio("#ffffff", colour)
    return "#000000" if on_black > on_white else "#ffffff"


def call_fill(colour: str) -> str:
    """The current call's panel: the service's colour over the panel's."""
    return mix(PANEL, safe_colour(colour), CALL_TINT)


def public_call(call: Mapping[str, Any]) -> dict[str, Any]:
    """A call as the web page gets it: its public fields plus what the page draws from them the
    way the window does (whether the desk is a number, the panel's fill and ink)."""
    fill = call_fill(str(call.get("colour") or ""))
    return {**call, "desk_number": desk_is_number(str(call.get("desk") or "")),
            "fill": fill, "ink": contrast_text(fill)}


# -- the message line ----------------------------------------------------------------------------
class LobbyMessage:
    """turns.display_message as it is now. It is a setting: a change in the settings file
    (`timedesk config set turns.display_message …`, or the GUI writing it) reaches a running
    server or display at its next look (the display's refresh, the web feed's keep-alive), with
    no restart. Only the files' modification stamps are read while nothing changed. An
    environment variable still wins, as at start-up."""

    def __init__(self, paths: Paths, settings: Settings) -> None:
        self.paths = paths
        self.settings = settings
        self._value: str = settings[MESSAGE_KEY]
        self._setting = self._value  # as this process's settings had it when last looked at
        self._stamp = self._stamps()

    def _files(self) -> list[Path]:
        return [f for f in (self.paths.system_config, self.settings.user_file) if f is not None]

    def _stamps(self) -> tuple[tuple[int, int] | None, ...]:
        stamps: list[tuple[int, int] | None] = []
        for file in self._files():
            try:
                stat = file.stat()
            except OSError:
                stamps.append(None)
            else:
                stamps.append((stat.st_mtime_ns, stat.st_size))
        return tuple(stamps)

    def current(self) -> str:
        """The message now (blocking: it may read the settings files). Whichever changed last
        wins: this process's settings (the GUI, an override) or the files."""
        setting = self.settings[MESSAGE_KEY]
        if setting != self._setting:
            self._setting = self._value = setting
        stamp = self._stamps()
        if stamp == self._stamp:
            return self._value
        self._stamp = stamp
        try:
            self._value = Settings.load(self.paths)[MESSAGE_KEY]
        except ConfigError as exc:  # half-written or broken: keep showing what was shown
            log.warning("the lobby message keeps its last value: %s", exc)
        return self._value
