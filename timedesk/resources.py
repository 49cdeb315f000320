"""Where the shipped resources (fonts, translations, icons, styles, sounds, web pages) are.

One folder, found in this order:
  - `TIMEDESK_RESOURCES`, if set (packagers who put the files elsewhere);
  - the PyInstaller build: `sys._MEIPASS/resources` (timedesk.spec's datas);
  - an installed wheel: `timedesk/_resources/` beside this module (pyproject.toml maps the
    repository's resources/ folder to the data package timedesk._resources);
  - a source checkout (PYTHONPATH or an editable install): `resources/` beside the package.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# the wheel's folder: the package-dir of timedesk._resources in pyproject.toml
INSTALLED = PACKAGE_DIR / "_resources"
CHECKOUT = PACKAGE_DIR.parent / "resources"


def resources_dir() -> Path:
    override = os.environ.get("TIMEDESK_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return INSTALLED if INSTALLED.is_dir() else CHECKOUT


def resource(*parts: str) -> Path:
    """Path of one resource, e.g. resource("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)


# What the program cannot do without (the fonts and chevron icons are drawn by the stylesheet,
# the chime and the web pages by the lobby display): `timedesk doctor` and `--self-test` fail
# when one is missing, which is how a package that forgot its resources is caught.
NEEDED = (
    ("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf"),
    ("styles", "light.qss"), ("icons", "timedesk.svg"), ("icons", "chevron-down.svg"),
    ("translations", "timedesk_es.qm"), ("sounds", "chime.wav"),
    ("display", "index.html"), ("display", "display.css"), ("display", "display.js"),
)


def missing_resources() -> list[str]:
    """The NEEDED files not found in resources_dir(), as "folder/name"."""
    return ["/".join(parts) for parts in NEEDED if not resource(*parts).is_file()]
