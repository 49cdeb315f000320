"""Where the shipped resources (fonts, translations, icons, styles, sounds, web pages) are.

In a source checkout they are in `resources/` beside the package; in the PyInstaller build they
are unpacked under `sys._MEIPASS/resources`. `TIMEDESK_RESOURCES` overrides both (packagers).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("TIMEDESK_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one resource, e.g. resource("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)
