"""The Debian package (packaging/linux/make-deb.sh) made from the shared one-folder build
(`frozen_app`): its files, conffile, permissions and unit always; as root with dpkg (CI), the
whole life of an install: `dpkg -i`, the program offscreen, the server unit's command line run as
the unit runs it answering /health, an upgrade that keeps an edited conffile, and a purge that
leaves nothing behind.

The packages are built with zstd -1 (TIMEDESK_DEB_LEVEL; make-deb.sh's default is zstd -3): the
contents are the same, the build a little quicker.
"""

from __future__ import annotations

import json
import os
import pwd
import re
import shutil
import signal
import socket
import stat
import subprocess
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from timedesk import __version__
from timedesk.settings_template import render_template

ROOT = Path(__file__).resolve().parents[2]
MAKE_DEB = ROOT / "packaging" / "linux" / "make-deb.sh"
UNIT = "/usr/lib/systemd/system/timedesk-serve.service"
QUICK = {"TIMEDESK_DEB_COMPRESSION": "zstd", "TIMEDESK_DEB_LEVEL": "1"}
LEFT_BY_PURGE = ("/opt/timedesk", "/usr/bin/timedesk", "/etc/timedesk", "/var/lib/timedesk",
                 "/usr/share/applications/timedesk.desktop",
                 "/usr/share/applications/timedesk-display.desktop",
                 "/usr/share/icons/hicolor/scalable/apps/timedesk.svg", UNIT)

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None,
                                reason="dpkg-deb is needed (Debian/Ubuntu)")


def make_deb(frozen_app: Path, build_report: list[str], version: str | None = None) -> Path:
    env = {**os.environ, "TIMEDESK_DIST": str(frozen_app.parent), **QUICK}
    if version:
        env["TIMEDESK_DEB_VERSION"] = version
    started = time.monotonic()
    result = subprocess.run(["sh", str(MAKE_DEB)], env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    deb = Path(re.search(r"^wrote (\S+\.deb) ", result.stdout, re.M).group(1))
    build_report.append(f"make-deb.sh (zstd -1): {time.monotonic() - started:.0f} s, "
                        f"{deb.name} {deb.stat().st_size / 2**20:.0f} MB")
    return deb


@pytest.fixture(scope="module")
def deb(frozen_app, build_report) -> Iterator[Path]:
    package = make_deb(frozen_app, build_report)
    yield package
    package.unlink(missing_ok=True)


def dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], check=True, capture_output=True,
                          text=True).stdout


def unit_options(text: str) -> dict[str, list[str]]:
    """`Section.Key` -> its values in order (systemd repeats keys such as Environment=)."""
    options: dict[str, list[str]] = {}
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        options.setdefault(f"{section}.{key.strip()}", []).append(value.strip())
    return options


def unit_environment(options: dict[str, list[str]]) -> dict[str, str]:
    """The environment systemd gives the unit's process: Environment= pairs, then each
    EnvironmentFile= (a leading '-': optional) — no shell, comments skipped."""
    env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
    for value in options.get("Service.Environment", []):
        for pair in value.split():
            key, _, val = pair.partition("=")
            env[key] = val
    for value in options.get("Service.EnvironmentFile", []):
        path = Path(value.removeprefix("-"))
        if not path.exists() and value.startswith("-"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith(("#", ";")):
                key, _, val = line.partition("=")
                env[key.strip()] = val.strip()
    return env


def test_the_package_holds_the_program_menu_entries_conffile_and_unit(deb):
    assert deb.name == (f"timedesk_{__version__}_"
                        f"{subprocess.check_output(['dpkg', '--print-architecture'], text=True).strip()}.deb")
    control = dpkg_deb("--field", str(deb))
    assert re.search(r"^Package: timedesk$", control, re.M)
    assert re.search(rf"^Version: {re.escape(__version__)}$", control, re.M)
    depends = re.search(r"^Depends: (.*)$", control, re.M).group(1).split(", ")
    assert {"passwd", "libxcb-cursor0", "libpulse0", "libspeechd2"} <= set(depends)
    assert "conffiles" in dpkg_deb("--info", str(deb))
    assert dpkg_deb("--info", str(deb), "conffiles").split() == ["/etc/timedesk/timedesk.toml"]

    listing: dict[str, tuple[str, str, str]] = {}  # path -> (mode, owner, link target)
    for line in dpkg_deb("--contents", str(deb)).splitlines():
        mode, owner, _size, _date, _time, rest = line.split(None, 5)
        path, _, target = rest.partition(" -> ")
        listing[path.removeprefix(".").rstrip("/") or "/"] = (mode, owner, target)
    assert {owner for _, owner, _ in listing.values()} == {"root/root"}
    assert listing["/opt/timedesk/timedesk"][0] == "-rwxr-xr-x"
    assert listing["/usr/bin/timedesk"][0].startswith("l")
    assert listing["/usr/bin/timedesk"][2] == "/opt/timedesk/timedesk"
    for path in ("/usr/share/applications/timedesk.desktop",
                 "/usr/share/applications/timedesk-display.desktop",
                 "/usr/share/icons/hicolor/scalable/apps/timedesk.svg",
                 "/etc/timedesk/timedesk.toml", UNIT):
        assert listing[path][0] == "-rw-r--r--", path
    writable = [path for path, (mode, _, _) in listing.items()
                if not mode.startswith("l") and (mode[5] == "w" or mode[8] == "w")]
    assert writable == []
    assert not [path for path in listing if path.startswith(("/var/lib", "/home", "/etc/timedesk/s"))]

    with tarfile.open(fileobj=subprocess.Popen(
            ["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE).stdout,
            mode="r|") as archive:
        files = {}
        for member in archive:
            if member.name in ("./etc/timedesk/timedesk.toml", f".{UNIT}"):
                files[member.name[1:]] = archive.extractfile(member).read().decode("utf-8")
    # the conffile is what the packaged program generates: every setting, all commented
    assert files["/etc/timedesk/timedesk.toml"] == render_template()
    unit = unit_options(files[UNIT])
    assert unit["Service.ExecStart"] == ["/opt/timedesk/timedesk serve"]
    assert unit["Service.User"] == unit["Service.Group"] == ["timedesk"]
    assert unit["Service.EnvironmentFile"] == ["-/etc/timedesk/secrets.env"]
    environment = unit_environment({"Service.Environment": unit["Service.Environment"]})
    assert environment["HOME"] == "/var/lib/timedesk"
    assert "TIMEDESK_HOME" not in environment  # it would hide /etc/timedesk/timedesk.toml
    for key, value in (("Restart", "on-failure"), ("NoNewPrivileges", "yes"),
                       ("ProtectSystem", "strict"), ("ReadWritePaths", "/var/lib/timedesk"),
                       ("StateDirectory", "timedesk"), ("ProtectHome", "yes"),
                       ("PrivateTmp", "yes"), ("UMask", "0077")):
        assert unit[f"Service.{key}"] == [value], key
    assert unit["Install.WantedBy"] == ["multi-user.target"]


def test_the_maintainer_scripts_are_valid_sh(deb, tmp_path):
    dpkg_deb("--control", str(deb), str(tmp_path / "control"))
    for script in ("postinst", "prerm", "postrm"):
        path = tmp_path / "control" / script
        assert stat.S_IMODE(path.stat().st_mode) == 0o755, script
        assert subprocess.run(["sh", "-n", str(path)]).returncode == 0, script


# ---- installed on this machine (CI: root on Debian 12) ------------------------------------
def _installed(package: str = "timedesk") -> str:
    result = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Status} ${Version}", package],
                            capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else ""


def _purge() -> None:
    subprocess.run(["dpkg", "--purge", "timedesk"], capture_output=True, timeout=300)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(argv: list[str], env: dict[str, str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL, **kwargs)


@pytest.fixture
def on_this_machine() -> Iterator[None]:
    """Root with dpkg and no timedesk package or user yet; purged afterwards whatever failed."""
    if os.geteuid() != 0 or shutil.which("dpkg") is None:
        pytest.skip("installing the .deb needs root and dpkg (CI runs it as root on Debian)")
    if _installed().startswith("installed") or _user_exists():
        pytest.skip("timedesk is already installed on this machine (or its user exists): "
                    "not touching it")
    try:
        yield
    finally:
        _purge()


def _user_exists() -> bool:
    try:
        pwd.getpwnam("timedesk")
        return True
    except KeyError:
        return False


def _enable(conffile: Path, section: str, name: str, value: str) -> None:
    """Uncomment `# name = ...` under [section] with `value`, as an admin edits the file."""
    text = conffile.read_text(encoding="utf-8")
    head, body = text.split(f"\n[{section}]\n", 1)
    body, count = re.subn(rf"^# {name} = .*$", f"{name} = {value}", body, count=1, flags=re.M)
    assert count == 1
    conffile.write_text(f"{head}\n[{section}]\n{body}", encoding="utf-8")


def test_install_run_serve_upgrade_and_purge(deb, frozen_app, build_report, on_this_machine,
                                             tmp_path):
    started = time.monotonic()
    installed = _run(["dpkg", "-i", str(deb)], os.environ.copy())
    assert installed.returncode == 0, installed.stdout + installed.stderr
    user = pwd.getpwnam("timedesk")
    assert (user.pw_dir, user.pw_shell) == ("/var/lib/timedesk", "/usr/sbin/nologin")
    state = os.stat("/var/lib/timedesk")
    assert (state.st_uid, stat.S_IMODE(state.st_mode)) == (user.pw_uid, 0o700)
    secrets_env = Path("/etc/timedesk/secrets.env")
    assert (secrets_env.stat().st_uid, stat.S_IMODE(secrets_env.stat().st_mode)) == (0, 0o600)

    # the program, offscreen, as an IT person runs it
    desk = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    version = _run(["/usr/bin/timedesk", "--version"], desk)
    assert version.stdout.strip() == f"timedesk {__version__}", version.stderr
    self_test = _run(["/usr/bin/timedesk", "--self-test"], desk)
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr

    # the server: the unit's command line as its user, with its environment, its machine-wide
    # settings file edited by the admin (the port) and a secret in secrets.env
    conffile = Path("/etc/timedesk/timedesk.toml")
    port = _free_port()
    _enable(conffile, "listener", "port", str(port))
    secrets_env.write_text(secrets_env.read_text(encoding="utf-8")
                           + "TIMEDESK_SECRET_SESAME_TOKEN=sesame-from-secrets-env\n",
                           encoding="utf-8")
    unit = unit_options(Path(UNIT).read_text(encoding="utf-8"))
    if shutil.which("systemd-analyze"):  # every option known to this systemd, the paths exist
        verified = _run(["systemd-analyze", "verify", UNIT], os.environ.copy())
        assert verified.returncode == 0 and not verified.stderr.strip(), verified.stderr
    env = unit_environment(unit)
    as_unit = {"user": unit["Service.User"][0], "group": unit["Service.Group"][0],
               "extra_groups": [], "umask": int(unit["Service.UMask"][0], 8),
               "cwd": unit["Service.WorkingDirectory"][0]}
    server = subprocess.Popen(unit["Service.ExecStart"][0].split(), env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              stdin=subprocess.DEVNULL, **as_unit)
    try:
        line = server.stdout.readline().strip()
        assert line == f"listening on http://127.0.0.1:{port}", (line, server.stderr.read()
                                                                 if server.poll() is not None
                                                                 else "")
        health = requests.get(f"http://127.0.0.1:{port}/health", timeout=10)
        assert health.status_code == 200 and health.json()["status"] == "ok"

        doctor = _run(["/usr/bin/timedesk", "doctor", "--json"],
                      {**env, "QT_QPA_PLATFORM": "offscreen"}, **as_unit)
        report = json.loads(doctor.stdout)
        checks = {check["name"]: check for check in report["checks"]}
        assert doctor.returncode == report["failed"] == sum(
            check["status"] == "fail" for check in report["checks"]), doctor.stderr
        assert checks["Version"]["status"] == "ok"
        assert str(conffile) in checks["Settings"]["detail"]
        assert checks["Listener port"]["detail"].endswith("is timedesk's (already running)")
        assert "present: Sesame token" in checks["Credentials"]["detail"]
        assert "sesame-from-secrets-env" not in doctor.stdout + doctor.stderr
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            stopped = server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()  # the purge could not remove a user with a process left
            server.wait()
            raise
    assert stopped == 0, server.stderr.read()
    databases = list(Path("/var/lib/timedesk").rglob("timedesk.db"))
    assert len(databases) == 1 and databases[0].stat().st_uid == user.pw_uid
    assert stat.S_IMODE(databases[0].stat().st_mode) == 0o600

    # an upgrade keeps the edited conffile, the secrets and the server's data
    edited, secrets = conffile.read_text(encoding="utf-8"), secrets_env.read_text(encoding="utf-8")
    newer = make_deb(frozen_app, build_report, version=f"{__version__}+ci1")
    try:
        upgraded = _run(["dpkg", "-i", str(newer)], os.environ.copy())
    finally:
        newer.unlink()
    assert upgraded.returncode == 0, upgraded.stdout + upgraded.stderr
    assert _installed() == f"installed {__version__}+ci1"
    assert conffile.read_text(encoding="utf-8") == edited
    assert secrets_env.read_text(encoding="utf-8") == secrets
    assert databases[0].exists()
    assert _run(["/usr/bin/timedesk", "--version"], desk).returncode == 0

    purged = _run(["dpkg", "--purge", "timedesk"], os.environ.copy())
    assert purged.returncode == 0, purged.stdout + purged.stderr
    assert [path for path in LEFT_BY_PURGE if os.path.lexists(path)] == []
    assert not _user_exists()
    assert subprocess.run(["getent", "group", "timedesk"], capture_output=True).returncode == 2
    assert _installed() in ("", "not-installed")
    build_report.append(f"deb install/serve/upgrade/purge test: {time.monotonic() - started:.0f} s")
