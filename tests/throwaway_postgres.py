"""A PostgreSQL cluster of one test's own, on a free port of 127.0.0.1, that the test may stop
and start again (an outage) without touching the shared server; made as packaging/test.sh
makes its own (initdb, pg_ctl; as root, run as the postgres user, since initdb refuses root)."""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def server_programs() -> Path | None:
    """The newest installed PostgreSQL's bin folder (initdb, pg_ctl), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda path: int(path.split("/")[4]) if path.split("/")[4].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayPostgres:
    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.port = _free_port()
        self.password = secrets.token_hex(12)
        # /tmp: the postgres user must reach it, and a unix socket path must be short
        self.folder = Path(tempfile.mkdtemp(prefix="timedesk-pg-", dir="/tmp"))
        self.owner = None
        if os.geteuid() == 0:
            self.owner = "postgres" if _has_user("postgres") else "nobody"
            shutil.chown(self.folder, self.owner)

    @property
    def url(self) -> str:
        return f"postgresql://timedesk:{self.password}@127.0.0.1:{self.port}/timedesk_test"

    def _run(self, *args: str, timeout: float = 90) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.owner:
            command = ["runuser", "-u", self.owner, "--", *command]
        subprocess.run(command, cwd="/", check=True, timeout=timeout, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def create(self) -> ThrowawayPostgres:
        pwfile = self.folder / "pwfile"
        pwfile.write_text(self.password + "\n")
        if self.owner:
            shutil.chown(pwfile, self.owner)
        self._run("initdb", "-D", str(self.folder / "data"), "-U", "timedesk",
                  f"--pwfile={pwfile}", "--auth-local=trust", "--auth-host=scram-sha-256",
                  "-E", "UTF8", "--no-locale", "--no-sync")
        self.start()
        self._run("createdb", "-h", str(self.folder), "-p", str(self.port), "-U", "timedesk",
                  "timedesk_test")
        return self

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
                  "-w", "-t", "60", "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
                  "start")

    def stop(self) -> None:
        """Stop at once, as a crash or a pulled cable does: open connections break."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.folder, ignore_errors=True)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture
def own_postgres():
    """A started ThrowawayPostgres, removed after the test (import this fixture to use it)."""
    programs = server_programs()
    if programs is None:
        pytest.skip("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    cluster = ThrowawayPostgres(programs).create()
    yield cluster
    cluster.remove()
