"""The light and the dark look (setting ui.theme): the dark stylesheet is the light one with
every colour swapped for its dark counterpart, over a dark palette."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette

from timedesk.errors import ConfigError
from timedesk.paths import Paths
from timedesk.resources import resource
from timedesk.settings import Settings
from timedesk.ui.appearance import DARK_COLOURS, apply_appearance, stylesheet

COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_every_colour_of_the_light_stylesheet_has_a_dark_counterpart():
    light = resource("styles", "light.qss").read_text(encoding="utf-8")
    used = {colour.lower() for colour in COLOUR.findall(light)}
    assert used <= set(DARK_COLOURS), sorted(used - set(DARK_COLOURS))
    dark = stylesheet("dark")
    assert not {c.lower() for c in COLOUR.findall(dark)} & used - set(DARK_COLOURS.values())
    assert "#23272e" in dark and "{icons}" not in dark
    icons = re.findall(r"url\(([^)]+)\)", dark)
    assert icons and all(icon.endswith("-dark.svg") for icon in icons)
    assert all(resource("icons", icon.rsplit("/", 1)[1]).is_file() for icon in icons)


def test_the_dark_theme_darkens_the_palette_and_the_light_one_restores_it(qapp):
    # the look is the whole application's: the later tests get theirs back
    previous = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.style().name())
    try:
        apply_appearance(qapp, "dark")
        window = qapp.palette().color(QPalette.ColorRole.Window)
        text = qapp.palette().color(QPalette.ColorRole.Text)
        assert window.lightness() < 60 and text.lightness() > 200
        assert qapp.styleSheet() == stylesheet("dark")
        apply_appearance(qapp, "light")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
        assert qapp.styleSheet() == stylesheet("light")
    finally:
        sheet, font, palette, style = previous
        qapp.setStyle(style)
        qapp.setPalette(palette)
        qapp.setFont(font)
        qapp.setStyleSheet(sheet)


def test_the_theme_is_a_setting_light_by_default_and_dark_or_light_only(tmp_path):
    paths = Paths(config_dir=tmp_path / "user", data_dir=tmp_path / "data",
                  log_dir=tmp_path / "logs", reports_dir=tmp_path / "reports",
                  system_config=tmp_path / "etc" / "timedesk.toml")
    assert Settings.load(paths, {})["ui.theme"] == "light"
    assert Settings.load(paths, {"TIMEDESK_UI_THEME": "dark"})["ui.theme"] == "dark"
    with pytest.raises(ConfigError, match="TIMEDESK_UI_THEME"):
        Settings.load(paths, {"TIMEDESK_UI_THEME": "purple"})
