"""Which system libraries Qt is missing on this Linux machine, mapped to Debian/Ubuntu packages.

`ldd` on the PySide6 modules timedesk uses and on a Qt platform plugin; used by
packaging/check_qt_libs.py (the README scripts) and `timedesk doctor`."""

from __future__ import annotations

import os
import subprocess
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
    """The Debian/Ubuntu package that has `soname`."""
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
    """The Qt platform plugin this process would use."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0]
    if chosen:
        return chosen
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"
