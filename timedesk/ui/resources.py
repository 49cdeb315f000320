"""Where the bundled resources (fonts, translations, icons, styles) are.

In a source checkout or an editable install they sit next to the package (`resources/`); in a
PyInstaller build they are unpacked under `sys._MEIPASS/resources`. TIMEDESK_RESOURCES overrides
both (packagers that put them elsewhere).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("TIMEDESK_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
