"""`timedesk doctor`: each check passing and failing on real parts (a stopped PostgreSQL is a
closed port, a port in use is a bound socket, a broken settings file is a file); a missing
system library is simulated (nothing can be uninstalled here)."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
from collections import namedtuple

import pytest

from timedesk import doctor
from timedesk.doctor import FAIL, OK, SKIP, WARN


@pytest.fixture
def machine(env, ctx):
    """This test's machine: its TIMEDESK_HOME and database (migrated by ctx)."""
    return doctor.machine_of(env)


@pytest.fixture
def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed when the block ends: nothing listens there


def named(checks, name):
    return next(check for check in checks if check.name == name)


def test_a_reachable_up_to_date_database_passes_with_its_latency(machine):
    check = doctor.check_database(machine)
    assert check.status == OK and "schema up to date" in check.detail and " ms" in check.detail


def test_a_stopped_postgresql_fails_with_what_to_do(machine, closed_port):
    machine.settings.override(
        "database.url", f"postgresql://timedesk:pw@127.0.0.1:{closed_port}/timedesk")
    checks = doctor.run_checks(machine)
    database = named(checks, "Database")
    assert database.status == FAIL and str(closed_port) in database.detail and database.fix
    assert named(checks, "Version").status == OK  # the other checks still ran


def test_listen_gets_its_notification_back_on_postgresql_and_is_skipped_on_sqlite(
        machine, database_url):
    check = doctor.check_listen(machine)
    assert check.status == (OK if database_url.startswith("postgresql") else SKIP), check


def test_the_listener_port_free_in_use_or_already_ours(machine, closed_port):
    machine.settings.override("listener.port", closed_port)
    assert doctor.check_listener_port(machine).status == OK
    with socket.socket() as other:
        other.bind(("127.0.0.1", closed_port))
        other.listen()
        check = doctor.check_listener_port(machine)
    assert check.status == FAIL and "another program" in check.detail
    assert "listener.port" in check.fix


async def test_a_port_held_by_a_running_timedesk_listener_is_ours(machine, listener_url):
    from yarl import URL

    machine.settings.override("listener.port", URL(listener_url).port)
    check = await asyncio.to_thread(doctor.check_listener_port, machine)  # the loop serves
    assert check.status == OK and "timedesk's" in check.detail


def test_a_broken_settings_file_fails_naming_it_and_the_other_checks_say_why_they_skip(tmp_path):
    home = tmp_path / "home"
    machine = doctor.machine_of({"TIMEDESK_HOME": str(home)})
    machine.paths.user_config.parent.mkdir(parents=True, exist_ok=True)
    machine.paths.user_config.write_text("[listener]\nport = 'eighty'\n")
    machine = doctor.machine_of({"TIMEDESK_HOME": str(home)})
    checks = doctor.run_checks(machine)
    settings = named(checks, "Settings")
    assert settings.status == FAIL
    assert str(machine.paths.user_config) in settings.detail and "listener.port" in settings.detail
    assert named(checks, "Database").status == SKIP


def test_a_missing_qt_library_fails_with_the_apt_line(machine, monkeypatch):
    monkeypatch.setattr("timedesk.qt_libs.missing_libraries",
                        lambda *_: {"libxcb-icccm.so.4": ["libqxcb.so"]})
    check = doctor.check_qt_libraries(machine)
    assert check.status == FAIL and "libxcb-icccm.so.4" in check.detail
    assert check.fix == "sudo apt-get install --no-install-recommends libxcb-icccm4"


def test_nothing_missing_passes(machine, monkeypatch):
    monkeypatch.setattr("timedesk.qt_libs.missing_libraries", lambda *_: {})
    assert doctor.check_qt_libraries(machine).status == OK


def test_an_os_keyring_passes_none_fails_a_file_store_warns(machine):
    import keyring
    from keyring.backends.null import Keyring as NoKeyring

    assert doctor.check_keyring(machine).status == OK  # the tests' in-memory keyring
    keyring.set_keyring(NoKeyring())  # the memory_keyring fixture puts its own back
    assert doctor.check_keyring(machine).status == FAIL
    machine.environ["TIMEDESK_SECRET_SESAME_TOKEN"] = "from-secrets-env"  # a server's unit
    server = doctor.check_keyring(machine)
    assert server.status == OK and "1 secret(s)" in server.detail
    assert "from-secrets-env" not in server.line()
    del machine.environ["TIMEDESK_SECRET_SESAME_TOKEN"]
    machine.settings.override("secrets.file_store", True)
    assert doctor.check_keyring(machine).status == WARN


def test_the_mail_server_answering_or_not(machine, closed_port):
    assert doctor.check_mail(machine).status == SKIP
    machine.settings.override("smtp.host", "127.0.0.1")
    machine.settings.override("smtp.port", closed_port)
    assert doctor.check_mail(machine).status == FAIL
    with socket.socket() as server:
        server.bind(("127.0.0.1", closed_port))
        server.listen()
        assert doctor.check_mail(machine).status == OK


def test_credentials_are_reported_present_never_printed(env, ctx):
    secret = "sesame-secret-value-8c1f"
    machine = doctor.machine_of({**env, "TIMEDESK_SECRET_SESAME_TOKEN": secret,
                                 "TIMEDESK_SECRET_CLOCKIFY_API_KEY": "clockify-value-77"})
    checks = doctor.run_checks(machine)
    assert named(checks, "Credentials").status == OK
    assert secret not in doctor.as_json(checks) and secret not in "\n".join(doctor.as_text(checks))


def test_disk_space_low_tight_and_plenty(machine, monkeypatch):
    usage = namedtuple("usage", "total used free")
    for free, status in ((100 * 1024**2, FAIL), (1024**3, WARN), (50 * 1024**3, OK)):
        monkeypatch.setattr("timedesk.doctor.shutil.disk_usage",
                            lambda _path, free=free: usage(free, 0, free))
        assert doctor.check_disk(machine).status == status


def test_a_check_that_breaks_is_reported_and_does_not_hide_the_others(machine, monkeypatch):
    def broken(_machine):
        raise RuntimeError("boom")

    monkeypatch.setattr(doctor, "CHECKS", (("Broken", broken), ("Version", doctor.check_version)))
    checks = doctor.run_checks(machine)
    assert [c.status for c in checks] == [FAIL, OK] and "boom" in checks[0].detail


def test_the_command_prints_json_and_exits_with_the_number_of_failures(env, ctx):
    done = subprocess.run([sys.executable, "-m", "timedesk", "doctor", "--json"], env=env,
                          capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout)
    failed = [c["name"] for c in report["checks"] if c["status"] == "fail"]
    assert done.returncode == report["failed"] == len(failed) >= 1  # the null keyring
    assert {"Version", "Database", "Listener port", "Sound", "Printers", "Disk space"} <= {
        c["name"] for c in report["checks"]}
    assert done.stderr.strip().startswith(f"timedesk: {len(failed)} check(s) failed")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # no SQL in it
def test_program_files_pass_here_and_fail_naming_what_a_package_lacks(machine, tmp_path,
                                                                      monkeypatch):
    assert doctor.check_resources(machine).status == OK
    partial = tmp_path / "resources"
    (partial / "fonts").mkdir(parents=True)
    (partial / "fonts" / "DejaVuSans.ttf").write_bytes(b"font")
    monkeypatch.setenv("TIMEDESK_RESOURCES", str(partial))
    check = doctor.check_resources(machine)
    assert check.status == FAIL
    assert "sounds/chime.wav" in check.detail and "display/index.html" in check.detail
    assert "fonts/DejaVuSans.ttf," not in check.detail and "Reinstall" in check.fix


def test_the_self_test_fails_at_once_without_its_resources(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMEDESK_")}
    env.update(TIMEDESK_RESOURCES=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "timedesk", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "self-test FAILED: missing from" in result.stderr and "chime.wav" in result.stderr


def test_the_json_gives_each_check_its_english_text_and_nothing_else(machine, monkeypatch):
    """The templates and their values stay inside: --json is name, status, detail and fix."""
    monkeypatch.setattr(doctor, "CHECKS", (("Disk space", doctor.check_disk),))
    checks = doctor.run_checks(machine)
    report = json.loads(doctor.as_json(checks))
    assert list(report["checks"][0]) == ["name", "status", "detail", "fix"]
    assert report["checks"][0]["detail"] == checks[0].detail
    assert " GB free in " in checks[0].detail and "{" not in checks[0].detail
