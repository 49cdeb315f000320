"""Packaging tests: the one PyInstaller build they share, and its time and size repeated in the
terminal summary."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "timedesk.spec"

_REPORT: list[str] = []


@pytest.fixture(scope="session")
def build_report() -> list[str]:
    """Lines appended here are printed in a "packaging" section of the terminal summary."""
    return _REPORT


def pytest_terminal_summary(terminalreporter):
    if _REPORT:
        terminalreporter.section("packaging")
        for line in _REPORT:
            terminalreporter.write_line(line)


def folder_size(folder: Path) -> int:
    """Bytes of the files under `folder` (symbolic links not counted twice)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@contextlib.contextmanager
def _exclusive(lock_file: Path) -> Iterator[None]:
    """Held by one pytest-xdist worker at a time (POSIX; elsewhere each worker builds its own)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(lock_file, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory, pytestconfig, build_report) -> Path:
    """The one-folder build of timedesk.spec (`.../dist/timedesk`), made once per test run: the
    xdist workers share it (the first one builds it under a lock, the others wait and reuse it)."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the [build] extra")
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, common to every worker
    out = shared / "pyinstaller"
    folder = out / "dist" / "timedesk"
    with _exclusive(shared / "pyinstaller.lock"):
        if (out / "built").is_file():
            return folder
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)],
            cwd=ROOT, capture_output=True, text=True, timeout=1800)
        elapsed = time.monotonic() - started
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
        (out / "built").write_text(f"{elapsed:.0f}\n", encoding="utf-8")
    message = (f"PyInstaller build: {elapsed:.0f} s, dist/timedesk "
               f"{folder_size(folder) / 2**20:.0f} MB ({sum(1 for _ in folder.rglob('*'))} files)")
    build_report.append(message)  # printed again in the terminal summary
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    if capture is not None:
        with capture.global_and_fixture_disabled():
            print(f"\n{message}")
    return folder
