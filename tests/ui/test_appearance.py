"""The light and the dark look (setting ui.theme: system, light or dark): the dark stylesheet is
the light one with every colour swapped for its dark counterpart, over a dark palette; "system"
follows the system's colour scheme live, and a saved ui.theme applies at once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QStyleHints
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from timedesk.errors import ConfigError
from timedesk.paths import Paths
from timedesk.resources import resource
from timedesk.settings import REGISTRY, Settings
from timedesk.turns.lobby import contrast_ratio
from timedesk.ui.appearance import (
    DARK_COLOURS,
    THEMES,
    ThemeFollower,
    apply_appearance,
    current_theme,
    stylesheet,
    themed,
)

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


def is_dark(app: QApplication) -> bool:
    window = app.palette().color(QPalette.ColorRole.Window)
    text = app.palette().color(QPalette.ColorRole.Text)
    return window.lightness() < 60 and text.lightness() > 200 and app.styleSheet() == stylesheet(
        "dark") and current_theme() == "dark"


def is_light(app: QApplication) -> bool:
    window = app.palette().color(QPalette.ColorRole.Window)
    text = app.palette().color(QPalette.ColorRole.Text)
    return window.lightness() > 200 and text.lightness() < 60 and app.styleSheet() == stylesheet(
        "light") and current_theme() == "light"


def dark_scheme(monkeypatch, scheme=Qt.ColorScheme.Dark):
    """The system says its colour scheme is `scheme` (offscreen Qt says Unknown)."""
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda self: scheme)


def test_the_dark_theme_darkens_the_palette_and_the_light_one_restores_it(qapp, restore_look):
    apply_appearance(qapp, "dark")
    assert is_dark(qapp) and themed("#1D2430") == "#e6e9ee"
    apply_appearance(qapp, "light")
    assert is_light(qapp) and themed("#1d2430") == "#1d2430"


def test_widgets_that_style_themselves_change_with_the_theme(qapp, qtbot, restore_look):
    from timedesk.ui.appearance import styled

    label = QLabel("Take your number")
    qtbot.addWidget(label)
    styled(label, "font-size: 20pt; color: #5b6472; background: #f4f6f9;")
    assert label.styleSheet() == "font-size: 20pt; color: #5b6472; background: #f4f6f9;"
    apply_appearance(qapp, "dark")
    assert label.styleSheet() == "font-size: 20pt; color: #a3acb9; background: #1b1e23;"
    styled(label, "color: #1d2430;")  # styled again while dark: in the dark colours at once
    assert label.styleSheet() == "color: #e6e9ee;"
    apply_appearance(qapp, "light")
    assert label.styleSheet() == "color: #1d2430;"


def test_the_system_theme_follows_the_colour_scheme_live(qapp, restore_look, monkeypatch):
    dark_scheme(monkeypatch)
    follower = ThemeFollower(qapp, "system")
    shown: list[str] = []
    follower.changed.connect(shown.append)
    assert is_dark(qapp)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)  # the user switches
    assert is_light(qapp) and shown == ["light"]
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(qapp) and shown == ["light", "dark"]
    follower.set_theme("light")  # a chosen theme stays whatever the system does
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_light(qapp) and shown == ["light", "dark", "light"]
    with pytest.raises(ValueError, match="purple"):
        follower.set_theme("purple")


def test_a_saved_theme_applies_at_once(qapp, restore_look, tmp_path, monkeypatch):
    dark_scheme(monkeypatch, Qt.ColorScheme.Light)
    settings = Settings.load(paths_in(tmp_path), {})
    follower = ThemeFollower(qapp, settings["ui.theme"])
    watcher = follower.follow_settings(settings)
    assert is_light(qapp)
    settings.set("ui.theme", "dark")
    assert is_dark(qapp)
    settings.set_many({"ui.theme": "system", "log.level": "INFO"})
    assert is_light(qapp)
    settings.unwatch(watcher)
    settings.set("ui.theme", "dark")
    assert is_light(qapp)


def test_the_light_theme_pins_its_palette_over_a_dark_system_one(qapp, restore_look,
                                                                 monkeypatch):
    """The review's case: a dark system palette turned the labels white on white."""
    dark_scheme(monkeypatch)
    apply_appearance(qapp, "dark")
    qapp.setStyleSheet("")  # the system's dark palette, as the platform would set it
    ThemeFollower(qapp, "light")
    for widget in (QLabel("Address"), QCheckBox("In use")):
        widget.ensurePolished()
        ink = widget.palette().color(widget.foregroundRole())
        assert contrast_ratio(ink.name(), "#f5f6f8") >= 4.5, type(widget).__name__


def test_the_main_window_is_legible_in_the_system_theme_on_a_dark_scheme(
        qtbot, qapp, restore_look, monkeypatch, ctx, services, admin_actor):
    from timedesk.ui.main_window import MainWindow

    dark_scheme(monkeypatch)
    ThemeFollower(qapp, "system")
    window = MainWindow(ctx, admin_actor, services)
    qtbot.addWidget(window)
    window.show()
    background = window.palette().color(QPalette.ColorRole.Window)
    assert background.lightness() < 60
    labels = [label for label in window.findChildren(QLabel) if label.isVisible()
              and label.text() and not label.styleSheet()]
    assert len(labels) > 5
    for label in labels:
        ink = label.palette().color(label.foregroundRole())
        assert contrast_ratio(ink.name(), background.name()) >= 4.5, label.text()


def paths_in(tmp_path):
    return Paths(config_dir=tmp_path / "user", data_dir=tmp_path / "data",
                 log_dir=tmp_path / "logs", reports_dir=tmp_path / "reports",
                 system_config=tmp_path / "etc" / "timedesk.toml")


def test_the_theme_is_a_setting_system_by_default(tmp_path):
    paths = paths_in(tmp_path)
    assert REGISTRY["ui.theme"].choices == THEMES
    assert Settings.load(paths, {})["ui.theme"] == "system"
    assert Settings.load(paths, {"TIMEDESK_UI_THEME": "dark"})["ui.theme"] == "dark"
    with pytest.raises(ConfigError, match="TIMEDESK_UI_THEME"):
        Settings.load(paths, {"TIMEDESK_UI_THEME": "purple"})
