"""The PyInstaller one-folder build (timedesk.spec).

Quick: the spec's hidden imports cover every module timedesk imports by name, no module the code
imports (directly or through the Qt modules and openpyxl) is excluded, and the trimming keeps what
the app needs. Slow: build the spec into a temporary folder and run the frozen program
(--version, --self-test offscreen, QtMultimedia and printing through `doctor`, migrations + demo
data on SQLite and PostgreSQL, and on Linux that every collected library still finds its
dependencies), and hold the build and its Linux tarball to their size budgets.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from types import SimpleNamespace

import pytest

import timedesk
from tests.packaging.conftest import folder_size

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "timedesk.spec"
IS_WINDOWS = sys.platform.startswith("win")
IS_LINUX = sys.platform.startswith("linux")
MB = 2**20
FOLDER_BUDGET_MB = 200  # the one-folder build (issue 19)
TARBALL_BUDGET_MB = 90  # packaging/linux/make-dist.sh's .tar.gz of it


# --- the spec, evaluated without building ------------------------------------------------------

class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE and keeps their arguments."""

    def __init__(self, calls: dict, kind: str):
        self.calls, self.kind = calls, kind

    def __call__(self, *args, **kwargs):
        self.calls.setdefault(self.kind, []).append((args, kwargs))
        return SimpleNamespace(binaries=[], datas=[], pure=[], scripts=[], zipfiles=[],
                               args=args, kwargs=kwargs)


@pytest.fixture(scope="module")
def spec_calls() -> dict:
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the [build] extra")
    calls: dict = {}
    namespace = {name: _Recorder(calls, name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(ROOT), SPEC=str(SPEC), __file__=str(SPEC), __name__="__main__")
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    calls["namespace"] = namespace
    return calls


def _analysis(spec_calls) -> dict:
    [(_, kwargs)] = spec_calls["Analysis"]
    return kwargs


def test_spec_hidden_imports_cover_every_command_module(spec_calls):
    from timedesk.cli import COMMAND_MODULES

    hidden = set(_analysis(spec_calls)["hiddenimports"])
    names = {module.__name__ for module in COMMAND_MODULES}
    assert names, "timedesk.cli.COMMAND_MODULES is empty?"
    assert names <= hidden, sorted(names - hidden)


def test_spec_hidden_imports_cover_modules_imported_by_name(spec_calls):
    import importlib.util

    hidden = set(_analysis(spec_calls)["hiddenimports"])
    by_name = spec_calls["namespace"]["BY_NAME"]
    assert set(by_name) <= hidden
    missing = {m: f for m, f in by_name.items() if importlib.util.find_spec(m) is None}
    assert not missing, f"modules named in registries do not exist (module: named in): {missing}"
    for needed in ("sqlalchemy.dialects.sqlite.pysqlite", "sqlalchemy.dialects.postgresql.psycopg2",
                   "alembic.context", "alembic.op", "keyring.backends.null", "qasync",
                   "timedesk.db.models"):
        assert needed in hidden, needed
    assert not [m for m in hidden if ".migrations" in m], "migrations are data, not modules"


def test_spec_collects_resources_and_migrations_as_data(spec_calls):
    datas = _analysis(spec_calls)["datas"]
    destinations = {Path(dest).as_posix() for _, dest in datas}
    assert "resources" in destinations
    sources = {Path(src).name for src, _ in datas}
    assert {"env.py", "script.py.mako"} <= sources
    versions = {p.name for p in (ROOT / "timedesk" / "db" / "migrations" / "versions").glob("*.py")}
    assert versions <= sources


def test_spec_excludes_no_qt_module_that_timedesk_imports(spec_calls):
    excluded = {m for m in _analysis(spec_calls)["excludes"] if m.startswith("PySide6.")}
    used = set()
    for path in (ROOT / "timedesk").rglob("*.py"):
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    clash = sorted(f"PySide6.{m}" for m in used if f"PySide6.{m}" in excluded)
    assert not clash, f"timedesk imports {clash}: remove them from QT_EXCLUDES in timedesk.spec"


def test_spec_trimming_keeps_what_the_app_needs(spec_calls):
    namespace = spec_calls["namespace"]
    wanted, droppable = namespace["wanted"], namespace["droppable_library"]

    def kept(dest):
        return wanted((dest, "", "BINARY")) and not droppable((dest, "", "BINARY"))

    keep = ["PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/translations/qtbase_es.qm",
            "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
            "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Multimedia.so.6",
            "PySide6/Qt/lib/libQt6Charts.so.6", "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
            "PySide6/Qt/lib/libQt6PrintSupport.so.6", "PySide6/Qt/lib/libQt6Svg.so.6",
            "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/QtMultimedia.abi3.so",
            "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt6Widgets.dll",
            "PySide6/Qt6Multimedia.dll", "resources/fonts/DejaVuSans.ttf",
            "resources/sounds/chime.wav", "libharfbuzz-icu.so.0"]
    # the media backends: QSoundEffect (the chime) plays without any (see timedesk.spec)
    always_dropped = ["PySide6/Qt/plugins/platforms/libqwayland.so",
                      "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                      "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
                      "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
                      "PySide6/plugins/multimedia/windowsmediaplugin.dll",
                      "PySide6/Qt/translations/qtbase_de.qm"]
    dropped_unless_linked = ["PySide6/Qt/lib/libQt6Quick.so.6", "libQt6Quick.so.6",
                             "PySide6/Qt6Quick.dll", "libgtk-3.so.0", "libQt6WaylandClient.so.6",
                             "PySide6/Qt/lib/libavcodec.so.61", "libavformat.so.61",
                             "PySide6/avcodec-61.dll", "PySide6/swscale-8.dll",
                             "PySide6/Qt/lib/libQt6FFmpegStub-va.so.2",
                             "PySide6/Qt/lib/libQt6OpenGL.so.6",
                             "PySide6/Qt/lib/libQt6MultimediaWidgets.so.6"]
    assert [p for p in keep if not kept(p)] == []
    assert [p for p in always_dropped if wanted((p, "", "BINARY"))] == []
    assert [p for p in dropped_unless_linked if not droppable((p, "", "BINARY"))] == []


def test_spec_excludes_the_python_modules_nothing_imports(spec_calls):
    """The hooks of QtCharts and QtMultimedia bring these Python modules (9 MB) along."""
    excluded = set(_analysis(spec_calls)["excludes"])
    assert {"PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtMultimediaWidgets"} <= excluded


def test_spec_strips_the_binaries_on_linux_only(spec_calls):
    [(_, kwargs)] = spec_calls["COLLECT"]
    assert kwargs["strip"] is IS_LINUX


def test_spec_excludes_no_module_that_the_used_modules_import_at_run_time(spec_calls):
    """What the Qt modules timedesk uses and the .xlsx export (openpyxl) import in turn, in a
    fresh interpreter: none of it may be in the spec's excludes."""
    excluded = set(_analysis(spec_calls)["excludes"])
    code = (
        "import io, sys\n"
        "from PySide6 import QtCharts, QtGui, QtMultimedia, QtNetwork, QtPrintSupport, QtSvg\n"
        "from PySide6 import QtTextToSpeech, QtWidgets\n"
        "import openpyxl\n"
        "book = openpyxl.Workbook(write_only=True)\n"
        "book.create_sheet().append([1, 'a'])\n"
        "out = io.BytesIO()\n"
        "book.save(out)\n"
        "assert openpyxl.load_workbook(io.BytesIO(out.getvalue())).active['A1'].value == 1\n"
        "print('\\n'.join(sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert {"PySide6.QtMultimedia", "lxml.etree"} <= loaded
    clash = sorted(m for m in loaded if any(m == e or m.startswith(e + ".") for e in excluded))
    assert not clash, f"imported at run time but excluded in timedesk.spec: {clash}"


def test_spec_keeps_a_droppable_library_that_a_kept_binary_links_to(spec_calls, monkeypatch):
    namespace = spec_calls["namespace"]
    links = {"/src/libQt6Charts.so.6": {"libQt6OpenGLWidgets.so.6"},
             "/src/libQt6OpenGLWidgets.so.6": {"libQt6OpenGL.so.6"}}
    monkeypatch.setitem(namespace, "linked_names",
                        lambda toc: {n.lower() for e in toc for n in links.get(e[1], ())})
    toc = [("PySide6/Qt/lib/libQt6Charts.so.6", "/src/libQt6Charts.so.6", "BINARY"),
           ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", "/src/libQt6OpenGLWidgets.so.6", "BINARY"),
           ("PySide6/Qt/lib/libQt6OpenGL.so.6", "/src/libQt6OpenGL.so.6", "BINARY"),
           ("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"),
           ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
           ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK")]
    assert [e[0] for e in namespace["trim"](toc)] == [
        "PySide6/Qt/lib/libQt6Charts.so.6", "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6", "libQt6OpenGL.so.6"]


# --- the real build ----------------------------------------------------------------------------

def _exe(folder: Path) -> Path:
    # On Windows timedesk.exe is windowed (it cannot print); timedesk-cli.exe is its console twin
    return folder / ("timedesk-cli.exe" if IS_WINDOWS else "timedesk")


def _run(folder: Path, *args: str, env: dict[str, str], timeout: float = 180):
    return subprocess.run([str(_exe(folder)), *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=folder.parent)


def _frozen_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMEDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", TIMEDESK_HOME=str(home),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.update(extra or {})
    return env


@pytest.mark.slow
def test_frozen_app_prints_its_version(frozen_app, timedesk_home):
    result = _run(frozen_app, "--version", env=_frozen_env(timedesk_home))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"timedesk {timedesk.__version__}"


@pytest.mark.slow
def test_frozen_app_passes_its_self_test_offscreen(frozen_app, timedesk_home):
    result = _run(frozen_app, "--self-test", env=_frozen_env(timedesk_home))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout, result.stdout + result.stderr


@pytest.mark.slow
def test_frozen_app_loads_its_sound_and_printing_offscreen(frozen_app, timedesk_home):
    """Without the multimedia backends (timedesk.spec drops them) QtMultimedia still loads and
    lists the audio outputs the chime's QSoundEffect plays on: `doctor`'s Sound check fails only
    when it cannot (this machine has no audio device: a warning then)."""
    result = _run(frozen_app, "doctor", "--json", env=_frozen_env(timedesk_home))
    checks = {check["name"]: check for check in json.loads(result.stdout)["checks"]}
    for name in ("Sound", "Printers"):
        assert checks[name]["status"] in ("ok", "warn"), (checks[name], result.stderr)
    assert not (frozen_app / "_internal" / "PySide6" / "Qt" / "plugins" / "multimedia").exists()


@pytest.mark.slow
def test_frozen_app_fits_its_size_budget(frozen_app, build_report):
    size = folder_size(frozen_app)
    build_report.append(f"one-folder build: {size / MB:.0f} MB (budget {FOLDER_BUDGET_MB} MB)")
    largest = sorted((p.stat().st_size, p) for p in frozen_app.rglob("*")
                     if p.is_file() and not p.is_symlink())[-15:]
    assert size < FOLDER_BUDGET_MB * MB, (
        f"{size / MB:.0f} MB; the largest files (see the trimming in timedesk.spec):\n"
        + "\n".join(f"  {n / MB:6.1f} MB {p.relative_to(frozen_app)}" for n, p in reversed(largest)))


def _linked_copy(source: Path, target: Path) -> None:
    """`source` as hard links under `target` (a plain copy across file systems)."""
    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, symlinks=True, copy_function=link)


@pytest.mark.slow
@pytest.mark.skipif(not IS_LINUX or not shutil.which("sh"), reason="make-dist.sh: Linux only")
def test_linux_tarball_fits_its_size_budget(frozen_app, tmp_path, build_report):
    """Slow (~20-40 s): make-dist.sh compresses the whole build, which is what is measured. It runs
    on a linked copy so that its tarball and AppDir land in this test's folder, not next to the
    shared build."""
    dist = tmp_path / "dist"
    _linked_copy(frozen_app, dist / "timedesk")
    result = subprocess.run(["sh", str(ROOT / "packaging" / "linux" / "make-dist.sh")],
                            env=dict(os.environ, TIMEDESK_DIST=str(dist)), capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    name = f"timedesk-{timedesk.__version__}-linux-{platform.machine()}"
    tarball = dist / f"{name}.tar.gz"
    size = tarball.stat().st_size
    build_report.append(f"{tarball.name}: {size / MB:.0f} MB (budget {TARBALL_BUDGET_MB} MB)")
    assert size < TARBALL_BUDGET_MB * MB, f"{size / MB:.0f} MB"
    with tarfile.open(tarball) as archive:
        members = set(archive.getnames())
    assert {f"{name}/timedesk/timedesk", f"{name}/install.sh", f"{name}/timedesk.desktop",
            f"{name}/timedesk/_internal/resources/sounds/chime.wav"} <= members


@pytest.mark.slow
def test_frozen_app_migrates_and_loads_demo_data(frozen_app, env, timedesk_home):
    """Alembic runs env.py and the version files from disk inside the bundle, on both engines."""
    frozen_env = _frozen_env(timedesk_home, {"TIMEDESK_DATABASE_URL": env["TIMEDESK_DATABASE_URL"]})
    upgrade = _run(frozen_app, "db", "upgrade", env=frozen_env)
    assert upgrade.returncode == 0, upgrade.stdout + upgrade.stderr
    demo = _run(frozen_app, "demo", env=frozen_env)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "demo data loaded" in demo.stdout


@pytest.mark.slow
def test_frozen_app_contains_resources_and_migrations(frozen_app):
    internal = frozen_app / "_internal"
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "sounds" / "chime.wav").is_file()  # the lobby display
    for name in ("index.html", "display.css", "display.js"):  # the web lobby display
        assert (internal / "resources" / "display" / name).is_file()
    assert (internal / "timedesk" / "db" / "migrations" / "env.py").is_file()
    assert (internal / "timedesk" / "db" / "migrations" / "script.py.mako").is_file()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"),
                    reason="ldd: Linux only")
def test_every_collected_library_resolves(frozen_app):
    """A library the build host lacked is silently left out by PyInstaller: catch it here."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from check_qt_libs import package_for
    finally:
        sys.path.pop(0)
    internal = frozen_app / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing: dict[str, set[str]] = {}
    for path in [*internal.rglob("*.so"), *internal.rglob("*.so.*"), _exe(frozen_app)]:
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.setdefault(line.split("=>")[0].strip(), set()).add(str(path.relative_to(internal)))
    packages = sorted({package_for(name) for name in missing})
    assert not missing, (f"libraries not found (install on the build host: apt-get install "
                         f"{' '.join(packages)}):\n"
                         + "\n".join(f"  {k}: {sorted(v)[:3]}" for k, v in sorted(missing.items())))
