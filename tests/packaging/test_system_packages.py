"""One list of system packages (packaging/linux/system-packages.txt) for .ci/run, both README
scripts and the docs; the scripts install what is missing when they may, else print the one
apt-get line and stop. Run against a copy of packaging/ with stand-ins for dpkg-query, id,
sudo and apt-get on PATH (nothing is installed here)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LIST = REPO / "packaging" / "linux" / "system-packages.txt"

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX sh")


def listed(*kinds: str) -> list[str]:
    rows = [line.split("#")[0].split() for line in LIST.read_text().splitlines()]
    return [row[0] for row in rows if row and row[1] in kinds]


def test_every_library_the_qt_check_names_and_every_ci_package_comes_from_the_one_list():
    from timedesk.qt_libs import DEBIAN_PACKAGES

    optional = {"libglx0", "libopengl0", "libglvnd0", "libpulse-mainloop-glib0", "libasound2",
                "libwayland-client0", "libwayland-cursor0", "libwayland-egl1"}
    assert set(DEBIAN_PACKAGES.values()) - optional <= set(listed("run"))
    ci = (REPO / ".ci" / "run").read_text()
    assert "packaging/linux/system-packages.txt" in ci
    assert not re.search(r"\blibxcb-icccm4\b|\bchromium\b\s*#", ci)  # no second list there
    assert {"postgresql", "chromium", "binutils"} <= set(listed("test"))
    assert "libspeechd2" in listed("run")  # test.sh failed without it, only .ci/run had it


@pytest.fixture
def machine(tmp_path):
    """A copy of packaging/ and stand-in commands: `installed` lists what dpkg-query reports
    as installed, `calls` what apt-get/sudo were asked."""
    (tmp_path / "repo" / "packaging" / "linux").mkdir(parents=True)
    shutil.copy(REPO / "packaging" / "lib.sh", tmp_path / "repo" / "packaging")
    shutil.copy(LIST, tmp_path / "repo" / "packaging" / "linux")
    probe = tmp_path / "repo" / "packaging" / "probe.sh"
    probe.write_text('. "$(dirname -- "$0")/lib.sh"\nensure_system_packages "$@"\n'
                     'echo "went on"\n')
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls"
    installed = tmp_path / "installed"
    stand_ins = {
        "dpkg-query": f'pkg=$(eval echo "\\${{$#}}")\n'
                      f'grep -qx "$pkg" "{installed}" && printf installed || exit 1',
        "apt-get": f'echo "apt-get $*" >> "{calls}"',
        "id": 'echo "${FAKE_UID:-1000}"',
        "sudo": f'[ "$1" = -n ] && [ -n "$FAKE_SUDO" ] || exit 1\nshift\n'
                f'echo "sudo $*" >> "{calls}"\n[ "$1" = true ] || "$@"',
    }
    for name, body in stand_ins.items():
        path = bin_dir / name
        path.write_text("#!/bin/sh\n" + body + "\n")
        path.chmod(0o755)

    def run(*kinds: str, have: list[str], uid: int = 1000, sudo: bool = False):
        installed.write_text("".join(f"{p}\n" for p in have))
        calls.write_text("")
        env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}",
               "FAKE_UID": str(uid), "FAKE_SUDO": "yes" if sudo else ""}
        done = subprocess.run(["sh", str(probe), *kinds], env=env, capture_output=True,
                              text=True, timeout=60)
        return done, calls.read_text().splitlines()

    return run


def test_nothing_is_done_when_everything_is_installed(machine):
    done, calls = machine("run", "test", have=listed("run", "test"))
    assert done.returncode == 0 and "went on" in done.stdout and calls == []


def test_without_root_or_sudo_it_prints_the_one_apt_line_and_stops(machine):
    have = [p for p in listed("run") if p not in ("libxcb-icccm4", "libxcb-keysyms1")]
    done, calls = machine("run", have=have)
    assert done.returncode != 0 and "went on" not in done.stdout and calls == []
    assert ("sudo apt-get install --no-install-recommends libxcb-icccm4 libxcb-keysyms1"
            in done.stderr)


def test_as_root_it_installs_only_what_is_missing_and_goes_on(machine):
    have = [p for p in listed("run", "test") if p not in ("libspeechd2", "chromium")]
    done, calls = machine("run", "test", have=have, uid=0)
    assert done.returncode == 0 and "went on" in done.stdout, done.stderr
    assert calls[-1] == ("apt-get -q -y install --no-install-recommends libspeechd2 chromium")


def test_with_passwordless_sudo_it_installs_through_sudo(machine):
    have = [p for p in listed("run") if p != "libpulse0"]
    done, calls = machine("run", have=have, sudo=True)
    assert done.returncode == 0 and "went on" in done.stdout, done.stderr
    assert "sudo apt-get -q -y install --no-install-recommends libpulse0" in calls


def test_the_demo_needs_only_the_run_packages(machine):
    done, calls = machine("run", have=listed("run"))
    assert done.returncode == 0 and calls == []
