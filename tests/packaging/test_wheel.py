"""The wheel (`pip install .`, `pipx install timedesk-….whl`; packaging/README.md, "The wheel").

Quick: pyproject.toml lists every package of timedesk/ and maps resources/ to the data package
that timedesk.resources looks for; the resource finder's checkout and frozen layouts.
Slow: build the wheel from a copy of the checkout, check its files (every resource, the
migrations, every module), install it into a fresh venv outside the checkout whose dependencies
come from this venv, and run it from there: the resources the code uses load from the venv,
`timedesk --version`, `timedesk --self-test` offscreen, and `timedesk serve` answers /health and
the web lobby display from the wheel's own files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import pytest

import timedesk
from timedesk import resources
from timedesk.ui.appearance import FONT_FAMILY

ROOT = Path(__file__).resolve().parents[2]
IS_WINDOWS = sys.platform.startswith("win")
DATA_PACKAGE = "timedesk._resources"
# what a wheel is built from (README.md: the long description)
SOURCES = ("timedesk", "resources", "pyproject.toml", "README.md")

sys.path.insert(0, str(ROOT / "tests"))
from serve_support import start_serve, stop_serve  # noqa: E402


def _setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _checkout_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def _clean_env(**extra: str) -> dict[str, str]:
    """This environment without a path to the checkout (PYTHONPATH) and without TIMEDESK_*."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TIMEDESK_") and k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(extra)
    return env


# --- quick --------------------------------------------------------------------------------------

def test_pyproject_lists_every_package_of_timedesk():
    """setuptools cannot both discover the packages and rename resources/: they are listed."""
    on_disk = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "timedesk").rglob("__init__.py")}
    listed = set(_setuptools_config()["packages"]) - {DATA_PACKAGE}
    assert not on_disk - listed, (f"add {sorted(on_disk - listed)} to [tool.setuptools] packages "
                                  "in pyproject.toml, or the wheel leaves them out")
    assert not listed - on_disk, f"pyproject.toml lists packages that do not exist: " \
                                 f"{sorted(listed - on_disk)}"


def test_the_wheels_resources_are_where_timedesk_resources_looks():
    config = _setuptools_config()
    assert DATA_PACKAGE in config["packages"]
    assert config["package-dir"][DATA_PACKAGE] == "resources"
    assert config["package-data"][DATA_PACKAGE] == ["**/*"]
    assert resources.INSTALLED == resources.PACKAGE_DIR.joinpath(*DATA_PACKAGE.split(".")[1:])


def test_a_checkout_finds_the_repositorys_resources(monkeypatch):
    monkeypatch.delenv("TIMEDESK_RESOURCES", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert not resources.INSTALLED.exists()  # a checkout has no timedesk/_resources
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource("display", "index.html").is_file()


def test_the_frozen_build_and_the_override_win(monkeypatch, tmp_path):
    monkeypatch.delenv("TIMEDESK_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"  # timedesk.spec's datas
    monkeypatch.setenv("TIMEDESK_RESOURCES", str(tmp_path / "elsewhere"))
    assert resources.resource("fonts") == tmp_path / "elsewhere" / "fonts"


# --- the real wheel: one test, so that a run (and each xdist worker) builds it once -------------

@pytest.mark.slow
@pytest.mark.skipif(IS_WINDOWS, reason="POSIX signals stop the server")
def test_the_wheel_installed_outside_the_checkout_runs_from_its_own_files(tmp_path):
    wheel = _build_wheel(tmp_path / "build")
    _check_file_list(wheel)
    venv = _install(wheel, tmp_path / "venv")
    run_env = _clean_env(QT_QPA_PLATFORM="offscreen", TIMEDESK_HOME=str(tmp_path / "home"),
                         PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
                         TIMEDESK_LISTENER_HOST="127.0.0.1")
    _check_resources_load_from(venv, run_env, cwd=tmp_path)
    _check_version_and_self_test(venv, run_env, cwd=tmp_path)
    _check_serve(venv, run_env, cwd=tmp_path)


def _build_wheel(work: Path) -> Path:
    """The wheel, built from a copy of the checkout: setuptools writes build/ and *.egg-info into
    the folder it builds, and a stale build/lib would carry removed files into the wheel."""
    assert ROOT not in work.parents, "build and install outside the checkout"
    source = work / "source"
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(path, source / name)
    # pip's isolated build environment gets pyproject's build requirements (setuptools>=69,
    # wheel) from the package index: this venv has neither (python -m venv brings setuptools 65)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(work / "dist"),
         str(source)],
        cwd=work, capture_output=True, text=True, timeout=600, env=_clean_env())
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    [built] = (work / "dist").glob("timedesk-*.whl")
    return built


def _check_file_list(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    packaged = {n.removeprefix("timedesk/_resources/") for n in names
                if n.startswith("timedesk/_resources/")}
    assert packaged == _checkout_files(ROOT / "resources")
    modules = {n for n in names if n.startswith("timedesk/") and n.endswith(".py")}
    # every module, the migrations' env.py and versions/*.py among them
    assert {"timedesk/" + f for f in _checkout_files(ROOT / "timedesk")
            if f.endswith(".py")} == modules
    assert "timedesk/db/migrations/script.py.mako" in names
    assert not [n for n in names if not n.startswith(("timedesk/", "timedesk-"))], \
        "the wheel puts files outside timedesk/ into site-packages"


def _install(wheel: Path, folder: Path) -> Path:
    """A fresh venv with the wheel installed; its dependencies (PySide6, SQLAlchemy, …) come from
    this venv's site-packages through a .pth file written after the install (so that pip sees no
    other timedesk), which appends them after its own (the .pth files of this venv, its editable
    install of timedesk among them, are not read from there)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True,
                   timeout=120)
    python = _bin(folder, "python")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", str(wheel)],
        cwd=folder, capture_output=True, text=True, timeout=300, env=_clean_env())
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    site_packages = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True, env=_clean_env()).stdout.strip())
    ours = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (site_packages / "timedesk-test-dependencies.pth").write_text(
        "".join(f"{path}\n" for path in ours), encoding="utf-8")
    return folder


def _bin(venv_folder: Path, name: str) -> Path:
    return venv_folder / "bin" / name  # POSIX (the test is skipped on Windows)


# Loads each resource the code uses, through the code that uses it, and says from where.
PROBE = """
import json
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
import timedesk
from timedesk.resources import resource, resources_dir
from timedesk.server.display_page import CONTENT_TYPES
from timedesk.ui import appearance, i18n
from timedesk.ui.turns.announcer import CHIME
translators = i18n.install_translators(app, "es")
print(json.dumps({
    "package": timedesk.__file__,
    "resources": str(resources_dir()),
    "font": appearance.register_fonts(),
    "stylesheet": appearance.stylesheet(),
    "icon": not appearance.app_icon().pixmap(32, 32).isNull(),
    "translations": [t.filePath() for t in translators],
    "chime": resource(*CHIME).is_file(),
    "display": {name: resource("display", name).is_file() for name in CONTENT_TYPES},
}))
"""


def _check_resources_load_from(venv: Path, env: dict[str, str], cwd: Path) -> None:
    result = subprocess.run([str(_bin(venv, "python")), "-c", PROBE], cwd=cwd,
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert venv in Path(found["package"]).parents, f"imported the checkout's timedesk: {found}"
    assert Path(found["resources"]).is_relative_to(venv), found
    assert found["font"] == FONT_FAMILY
    assert Path(found["resources"], "icons").as_posix() in found["stylesheet"]
    assert found["icon"] and found["chime"]
    assert all(found["display"].values()), found["display"]
    assert any(Path(path).is_relative_to(venv) and path.endswith("timedesk_es.qm")
               for path in found["translations"]), found["translations"]


def _check_version_and_self_test(venv: Path, env: dict[str, str], cwd: Path) -> None:
    program = str(_bin(venv, "timedesk"))
    version = subprocess.run([program, "--version"], cwd=cwd, capture_output=True, text=True,
                             timeout=60, env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"timedesk {timedesk.__version__}"
    test = subprocess.run([program, "--self-test"], cwd=cwd, capture_output=True, text=True,
                          timeout=180, env=env)
    assert test.returncode == 0, test.stdout + test.stderr
    assert "self-test ok" in test.stdout, test.stdout + test.stderr


def _check_serve(venv: Path, env: dict[str, str], cwd: Path) -> None:
    child, url = start_serve(env, program=[str(_bin(venv, "timedesk"))], cwd=str(cwd))
    try:
        assert url.startswith("http://127.0.0.1:"), url
        # a fresh SQLite database, migrated by the wheel's Alembic scripts
        with urllib.request.urlopen(url + "/health", timeout=20) as response:
            assert json.loads(response.read()) == {
                "status": "ok", "version": timedesk.__version__, "database": "sqlite"}
        with urllib.request.urlopen(url + "/display", timeout=20) as response:
            assert response.read() == (ROOT / "resources" / "display" / "index.html").read_bytes()
    finally:
        stop_serve(child)
    assert child.returncode == 0
