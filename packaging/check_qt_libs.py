"""Are the system libraries Qt needs on this Linux machine? Prints the apt-get line if not.

Run with the Python that has PySide6 installed:

    python packaging/check_qt_libs.py [--platform offscreen|xcb|wayland] [--warn-only]

It runs `ldd` on the PySide6 modules timedesk uses (QtWidgets, QtMultimedia, QtCharts,
QtTextToSpeech, QtPrintSupport, QtSvg, QtNetwork) and on the Qt platform plugin that will be used,
and maps every "not found" library to its Debian/Ubuntu package. Exit code 0 when nothing is
missing (or not on Linux), 1 when something is (0 with --warn-only).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from timedesk.qt_libs import guess_platform, missing_libraries, package_for


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", default=None, help="Qt platform plugin (default: guessed)")
    parser.add_argument("--warn-only", action="store_true", help="exit 0 even when missing")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        return 0
    if not shutil.which("ldd"):
        print("timedesk: ldd is not available; cannot check Qt's system libraries", file=sys.stderr)
        return 0
    try:
        import PySide6
    except ImportError:
        print("timedesk: PySide6 is not installed in this Python", file=sys.stderr)
        return 1
    platform = args.platform or guess_platform()
    missing = missing_libraries(Path(PySide6.__file__).parent, platform)
    if not missing:
        return 0
    packages = sorted({package_for(s) for s in missing})
    print(f"timedesk: Qt ({platform}) is missing system libraries on this machine:", file=sys.stderr)
    for soname, users in sorted(missing.items()):
        print(f"  {soname:28} needed by {', '.join(users)}", file=sys.stderr)
    print("Install them (Debian/Ubuntu) with:", file=sys.stderr)
    print(f"  sudo apt-get install -y {' '.join(packages)}", file=sys.stderr)
    return 0 if args.warn_only else 1


if __name__ == "__main__":
    raise SystemExit(main())
