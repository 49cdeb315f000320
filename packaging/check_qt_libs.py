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
import os
import shutil
import subprocess
import sys
from pathlib import Path

# soname prefix -> Debian 12 / Ubuntu 22.04+ package
DEBIAN_PACKAGES = {
    "libEGL.so": "libegl1",
    "libGL.so": "libgl1",
    "libGLX.so": "libglx0",
    "libOpenGL.so": "libopengl0",
    "libGLdispatch.so": "libglvnd0",
    "libxkbcommon.so": "libxkbcommon0",
    "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libfontconfig.so": "libfontconfig1",
    "libfreetype.so": "libfreetype6",
    "libdbus-1.so": "libdbus-1-3",
    "libglib-2.0.so": "libglib2.0-0",
    "libgobject-2.0.so": "libglib2.0-0",
    "libgio-2.0.so": "libglib2.0-0",
    "libgthread-2.0.so": "libglib2.0-0",
    "libgmodule-2.0.so": "libglib2.0-0",
    "libpulse.so": "libpulse0",
    "libpulse-mainloop-glib.so": "libpulse-mainloop-glib0",
    "libasound.so": "libasound2",
    "libspeechd.so": "libspeechd2",
    "libcups.so": "libcups2",
    "libdrm.so": "libdrm2",
    "libgssapi_krb5.so": "libgssapi-krb5-2",
    "libX11.so": "libx11-6",
    "libX11-xcb.so": "libx11-xcb1",
    "libXext.so": "libxext6",
    "libXrender.so": "libxrender1",
    "libXrandr.so": "libxrandr2",
    "libxcb.so": "libxcb1",
    "libxcb-cursor.so": "libxcb-cursor0",
    "libxcb-glx.so": "libxcb-glx0",
    "libxcb-icccm.so": "libxcb-icccm4",
    "libxcb-image.so": "libxcb-image0",
    "libxcb-keysyms.so": "libxcb-keysyms1",
    "libxcb-randr.so": "libxcb-randr0",
    "libxcb-render.so": "libxcb-render0",
    "libxcb-render-util.so": "libxcb-render-util0",
    "libxcb-shape.so": "libxcb-shape0",
    "libxcb-shm.so": "libxcb-shm0",
    "libxcb-sync.so": "libxcb-sync1",
    "libxcb-util.so": "libxcb-util1",
    "libxcb-xfixes.so": "libxcb-xfixes0",
    "libxcb-xkb.so": "libxcb-xkb1",
    "libwayland-client.so": "libwayland-client0",
    "libwayland-cursor.so": "libwayland-cursor0",
    "libwayland-egl.so": "libwayland-egl1",
}

MODULES = ["QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtSvg",
           "QtMultimedia", "QtCharts", "QtTextToSpeech"]
PLUGINS = {
    "offscreen": ["platforms/libqoffscreen.so"],
    "xcb": ["platforms/libqxcb.so", "xcbglintegrations/libqxcb-egl-integration.so"],
    "wayland": ["platforms/libqwayland.so"],
}


def package_for(soname: str) -> str:
    stem = soname.split(".so", 1)[0] + ".so"
    return DEBIAN_PACKAGES.get(stem, f"<the package with {soname}>")


def missing_libraries(pyside_dir: Path, platform: str) -> dict[str, list[str]]:
    """soname -> the Qt files that need it."""
    qt_lib = pyside_dir / "Qt" / "lib"
    files = [pyside_dir / f"{m}.abi3.so" for m in MODULES]
    files += [pyside_dir / "Qt" / "plugins" / p for p in PLUGINS.get(platform, [])]
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(
        filter(None, [str(qt_lib), os.environ.get("LD_LIBRARY_PATH", "")])))
    missing: dict[str, list[str]] = {}
    for file in files:
        if not file.exists():
            continue
        out = subprocess.run(["ldd", str(file)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line:
                soname = line.split("=>", 1)[0].strip()
                missing.setdefault(soname, [])
                if file.name not in missing[soname]:
                    missing[soname].append(file.name)
    return missing


def guess_platform() -> str:
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0]
    if chosen:
        return chosen
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


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
