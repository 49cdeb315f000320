"""A throw-away PostgreSQL cluster for tests that stop the database (never the shared server):
initdb in a temporary folder, a free port on 127.0.0.1, trust authentication (it listens on
loopback only and lives for one test), run as the postgres user when the test runs as root
(initdb refuses root), as packaging/test.sh does.

    with ThrowawayPostgres() as pg:
        url = pg.url           # postgresql://timedesk@127.0.0.1:PORT/timedesk_test
        pg.stop(); pg.start()  # the same cluster, the same port
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def postgres_bin() -> str | None:
    """The newest installed PostgreSQL's server programs, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[4]) if Path(p).parts[4].isdigit() else 0)
    if found:
        return str(Path(found[-1]).parent)
    initdb = shutil.which("initdb")
    return str(Path(initdb).parent) if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayPostgres:
    def __init__(self) -> None:
        self.bin = postgres_bin()
        if self.bin is None:
            raise FileNotFoundError("PostgreSQL's server programs are not installed")
        self.folder = Path(tempfile.mkdtemp(prefix="timedesk-pg-", dir="/tmp"))
        self.owner = None
        if os.geteuid() == 0:
            self.owner = "postgres"
            shutil.chown(self.folder, self.owner)
        self.port = _free_port()
        self.url = f"postgresql://timedesk@127.0.0.1:{self.port}/timedesk_test"

    def _run(self, *args: str, timeout: float = 90) -> None:
        command = [f"{self.bin}/{args[0]}", *args[1:]]
        if self.owner is not None:
            command = ["runuser", "-u", self.owner, "--", *command]
        result = subprocess.run(command, cwd="/", capture_output=True, text=True,
                                timeout=timeout)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stdout[-800:]}{result.stderr[-800:]}")

    def __enter__(self) -> "ThrowawayPostgres":
        try:
            self._run("initdb", "-D", str(self.folder / "data"), "-U", "timedesk", "--auth=trust",
                      "-E", "UTF8", "--no-locale", "--no-sync")
            self.start()
            self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "timedesk",
                      "timedesk_test")
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
                  "-w", "-t", "60", "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
                  "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")

    def __exit__(self, *exc_info) -> None:
        if (self.folder / "data" / "postmaster.pid").exists():
            try:
                self.stop()
            except (RuntimeError, subprocess.TimeoutExpired):
                pass
        shutil.rmtree(self.folder, ignore_errors=True)
