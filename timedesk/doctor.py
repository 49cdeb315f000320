"""`timedesk doctor`: what IT checks on a PC or server, each with what to do when it fails.

Every check returns a `Check` (ok / warn / fail / skip, what was found, the fix). The checks
that need no Qt run anywhere (the CLI, a worker thread of the GUI); `qt_checks()` (sound
device, printers) runs on the thread that owns the QApplication, or creates an offscreen one in
a process that has none. Secret values are never read into a result, only whether they exist.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import select
import shutil
import socket
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.error import URLError
from urllib.request import urlopen

from timedesk import __version__
from timedesk.errors import TimedeskError
from timedesk.paths import Paths

if TYPE_CHECKING:
    from timedesk.settings import Settings

log = logging.getLogger(__name__)

OK, WARN, FAIL, SKIP = "ok", "warn", "fail", "skip"
MARKS = {OK: "✓", WARN: "!", FAIL: "✗", SKIP: "-"}
LOW_DISK_BYTES = 500 * 1024**2  # below: fail (the database, logs and reports live there)
TIGHT_DISK_BYTES = 2 * 1024**3  # below: warn
NETWORK_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # OK, WARN, FAIL or SKIP
    detail: str  # what was found
    fix: str = ""  # what to do, when not OK

    def line(self) -> str:
        text = f"{MARKS[self.status]} {self.name}: {self.detail}"
        return text + (f"\n    fix: {self.fix}" if self.fix and self.status in (WARN, FAIL)
                       else "")


@dataclass
class Machine:
    """What the checks look at; `settings` is None when the settings files cannot be read."""

    paths: Paths
    settings: Settings | None
    environ: dict[str, str]


def guarded(name: str, check: Callable[[], Check]) -> Check:
    try:
        return check()
    except TimedeskError as exc:
        return Check(name, FAIL, exc.message, exc.hint)
    except Exception as exc:  # a check must never hide the others
        return Check(name, FAIL, f"the check itself failed: {type(exc).__name__}: {exc}",
                     "Report this with the log file.")


# -- the checks --------------------------------------------------------------------------------
def check_version(machine: Machine) -> Check:
    build = "one-folder build" if getattr(sys, "frozen", False) else f"Python {sys.version.split()[0]}"
    return Check("Version", OK, f"timedesk {__version__} ({build}, {sys.platform})")


def check_resources(machine: Machine) -> Check:
    from timedesk.resources import missing_resources, resources_dir

    missing = missing_resources()
    if missing:
        return Check("Program files", FAIL, f"missing from {resources_dir()}: {', '.join(missing)}",
                     "Reinstall timedesk: its package lacks part of its resources folder "
                     "(TIMEDESK_RESOURCES, when set, must name a complete copy).")
    return Check("Program files", OK, f"resources in {resources_dir()}")


def check_qt_libraries(machine: Machine) -> Check:
    from timedesk.qt_libs import guess_platform, missing_libraries, package_for

    platform = guess_platform()
    if not sys.platform.startswith("linux"):
        return Check("Qt libraries", SKIP, f"platform plugin '{platform}' (checked on Linux only)")
    if shutil.which("ldd") is None:
        return Check("Qt libraries", WARN, "ldd is not installed: cannot look for missing ones",
                     "sudo apt-get install libc-bin")
    spec = importlib.util.find_spec("PySide6")  # where Qt is, without loading it
    if spec is None or spec.origin is None:
        return Check("Qt libraries", FAIL, "PySide6 is not installed in this Python",
                     "Reinstall timedesk.")
    missing = missing_libraries(Path(spec.origin).parent, platform)
    if not missing:
        return Check("Qt libraries", OK, f"platform plugin '{platform}', nothing missing")
    packages = sorted({package_for(soname) for soname in missing})
    return Check("Qt libraries", FAIL,
                 f"platform plugin '{platform}' misses {', '.join(sorted(missing))}",
                 f"sudo apt-get install --no-install-recommends {' '.join(packages)}")


def check_settings(machine: Machine) -> Check:
    from timedesk.settings import Settings

    files = [f for f in (machine.paths.system_config, machine.paths.user_config) if f]
    found = [str(f) for f in files if f.exists()]
    settings = machine.settings or Settings.load(machine.paths, machine.environ)  # or the
    # ConfigError naming the file and line
    from_env = sorted({source.removeprefix("env ") for _, _, source in settings.items()
                       if source.startswith("env ")})
    where = ", ".join(found) or "no settings file (defaults)"
    if from_env:
        where += f"; from the environment: {', '.join(from_env)}"
    if settings.notes:
        return Check("Settings", WARN, f"{where}; {'; '.join(settings.notes)}",
                     "Rename the old keys as the notes say.")
    return Check("Settings", OK, where)


def _database(machine: Machine, settings: Settings) -> Any:
    from timedesk.db.credentials import with_stored_password
    from timedesk.db.database import Database
    from timedesk.db.engine import resolve_url
    from timedesk.secrets import SecretStore

    url = resolve_url(settings["database.url"], machine.paths.sqlite_file)
    url = with_stored_password(url, SecretStore(settings, machine.paths, machine.environ))
    return Database.connect(url, busy_timeout_ms=settings["database.sqlite_busy_timeout_ms"])


def check_database(machine: Machine) -> Check:
    from timedesk.db.migrate import is_at_shipped_heads, shipped_heads

    if machine.settings is None:
        return Check("Database", SKIP, "the settings cannot be read (see Settings)")
    db = _database(machine, machine.settings)
    try:
        started = time.perf_counter()
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        latency_ms = (time.perf_counter() - started) * 1000
        from sqlalchemy import inspect, text

        with db.engine.connect() as connection:
            revisions = (sorted(row[0] for row in connection.execute(
                text("SELECT version_num FROM alembic_version")))
                if inspect(connection).has_table("alembic_version") else [])
        where = f"{db.description}, {latency_ms:.0f} ms"
        if not revisions:
            return Check("Database", WARN, f"{where}, empty (no schema yet)",
                         "Start timedesk once (or `timedesk db upgrade`): it creates the tables.")
        if not is_at_shipped_heads(db.engine):
            shipped = ", ".join(sorted(shipped_heads() or ()))
            return Check("Database", WARN,
                         f"{where}, schema {', '.join(revisions)} (this version ships {shipped})",
                         "Start timedesk once (or `timedesk db upgrade`) to bring it up to date; "
                         "a newer schema means a newer timedesk wrote it: install that version.")
        return Check("Database", OK, f"{where}, schema up to date")
    finally:
        db.dispose()


def check_listen(machine: Machine) -> Check:
    if machine.settings is None:
        return Check("PostgreSQL LISTEN", SKIP, "the settings cannot be read (see Settings)")
    db = _database(machine, machine.settings)
    try:
        if db.backend != "postgresql":
            return Check("PostgreSQL LISTEN", SKIP, "SQLite: live updates use data_version")
        channel = f"timedesk_doctor_{os.getpid()}"
        raw = db.engine.raw_connection()
        try:
            driver = raw.driver_connection
            driver.autocommit = True
            with driver.cursor() as cursor:
                cursor.execute(f"LISTEN {channel}")
                cursor.execute(f"NOTIFY {channel}, 'ping'")
            deadline = time.monotonic() + NETWORK_TIMEOUT_S
            while time.monotonic() < deadline:
                driver.poll()
                if any(n.channel == channel for n in driver.notifies):
                    return Check("PostgreSQL LISTEN", OK, "a notification came back")
                select.select([driver], [], [], 0.1)
            return Check("PostgreSQL LISTEN", FAIL,
                         f"no notification came back within {NETWORK_TIMEOUT_S:.0f} s",
                         "A connection pooler in transaction mode drops LISTEN: give timedesk a "
                         "direct connection to PostgreSQL (see packaging/README.md).")
        finally:
            raw.close()
    finally:
        db.dispose()


def check_listener_port(machine: Machine) -> Check:
    settings = machine.settings
    if settings is None:
        return Check("Listener port", SKIP, "the settings cannot be read (see Settings)")
    host, port = settings["listener.host"], settings["listener.port"]
    if port == 0:
        return Check("Listener port", OK, f"{host}: any free port")
    probe = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    try:
        probe.bind((host, port))
        return Check("Listener port", OK, f"{host}:{port} is free")
    except OSError:
        pass
    finally:
        probe.close()
    if _is_timedesk(host, port):
        return Check("Listener port", OK, f"{host}:{port} is timedesk's (already running)")
    return Check("Listener port", FAIL, f"{host}:{port} is in use by another program",
                 "Stop that program, or choose another port: "
                 "`timedesk config set listener.port PORT`.")


def _is_timedesk(host: str, port: int) -> bool:
    address = f"[{host}]" if ":" in host else ("127.0.0.1" if host in ("0.0.0.0", "") else host)
    try:
        with urlopen(f"http://{address}:{port}/health", timeout=NETWORK_TIMEOUT_S) as answer:
            body = json.loads(answer.read(4096))
    except (URLError, OSError, ValueError):
        return False
    return isinstance(body, dict) and "version" in body and "database" in body


def check_keyring(machine: Machine) -> Check:
    from timedesk.secrets import SecretStore

    if machine.settings is None:
        return Check("Secret store", SKIP, "the settings cannot be read (see Settings)")
    store = SecretStore(machine.settings, machine.paths, machine.environ)
    label = store.backend_label()
    if store.keyring_available:
        return Check("Secret store", OK, label)
    if store.file_store_enabled:
        return Check("Secret store", WARN, label,
                     "A file store is less safe than the OS keyring: install a keyring "
                     "(gnome-keyring, KWallet) on a desktop; on a server pass secrets as "
                     "TIMEDESK_SECRET_* environment variables.")
    from_environment = sorted(k for k in machine.environ if k.startswith("TIMEDESK_SECRET_"))
    if from_environment:  # a server's way (the .deb's unit reads them from secrets.env)
        return Check("Secret store", OK, f"no keyring; {len(from_environment)} secret(s) from "
                     "TIMEDESK_SECRET_* environment variables")
    return Check("Secret store", FAIL, label,
                 "Install an OS keyring (gnome-keyring, KWallet), or on a server pass secrets "
                 "as TIMEDESK_SECRET_* environment variables.")


def check_mail(machine: Machine) -> Check:
    settings = machine.settings
    if settings is None:
        return Check("Mail server", SKIP, "the settings cannot be read (see Settings)")
    host, port = settings["smtp.host"], settings["smtp.port"]
    if not host:
        return Check("Mail server", SKIP, "not set up (smtp.host is empty)")
    try:
        with socket.create_connection((host, port), timeout=NETWORK_TIMEOUT_S):
            return Check("Mail server", OK, f"{host}:{port} answers")
    except OSError as exc:
        return Check("Mail server", FAIL, f"{host}:{port} does not answer ({exc.strerror or exc})",
                     "Check smtp.host and smtp.port, and that a firewall lets this PC reach it.")


SECRETS = (("Sesame token", "sesame_token"), ("Clockify API key", "CLOCKIFY_API_KEY"))


def check_credentials(machine: Machine) -> Check:
    from timedesk.secrets import SecretStore

    if machine.settings is None:
        return Check("Credentials", SKIP, "the settings cannot be read (see Settings)")
    store = SecretStore(machine.settings, machine.paths, machine.environ)
    present: list[str] = []
    missing: list[str] = []
    for label, name in SECRETS:
        (present if store.source(name) else missing).append(label)
    detail = "; ".join(filter(None, [f"present: {', '.join(present)}" if present else "",
                                     f"not set: {', '.join(missing)}" if missing else ""]))
    if missing:
        return Check("Credentials", WARN, detail,
                     "Only needed for the modules that use them: set them in File > Settings "
                     "in the app, or `timedesk secret set NAME`.")
    return Check("Credentials", OK, detail)


def check_disk(machine: Machine) -> Check:
    folder = machine.paths.data_dir
    existing = next((p for p in (folder, *folder.parents) if p.exists()), Path("/"))
    free = shutil.disk_usage(existing).free
    detail = f"{free / 1024**3:.1f} GB free in {folder}"
    if free < LOW_DISK_BYTES:
        return Check("Disk space", FAIL, detail,
                     "Free some space: the database, logs and reports are written there.")
    if free < TIGHT_DISK_BYTES:
        return Check("Disk space", WARN, detail, "Free some space before it runs out.")
    return Check("Disk space", OK, detail)


CHECKS: tuple[tuple[str, Callable[[Machine], Check]], ...] = (
    ("Version", check_version),
    ("Program files", check_resources),
    ("Qt libraries", check_qt_libraries),
    ("Settings", check_settings),
    ("Database", check_database),
    ("PostgreSQL LISTEN", check_listen),
    ("Listener port", check_listener_port),
    ("Secret store", check_keyring),
    ("Mail server", check_mail),
    ("Credentials", check_credentials),
    ("Disk space", check_disk),
)


def machine_of(environ: dict[str, str] | None = None) -> Machine:
    """This machine's paths and settings; settings None when its files cannot be read."""
    from timedesk.settings import Settings

    env = dict(os.environ if environ is None else environ)
    paths = Paths.from_environment(env)
    try:
        settings = Settings.load(paths, env)
    except TimedeskError:
        settings = None
    return Machine(paths, settings, env)


def run_checks(machine: Machine) -> list[Check]:
    """Every check that needs no Qt, in order."""
    return [guarded(name, partial(check, machine)) for name, check in CHECKS]


# -- output --------------------------------------------------------------------------------------
def failed(checks: Sequence[Check]) -> int:
    return sum(check.status == FAIL for check in checks)


def as_text(checks: Sequence[Check]) -> Iterator[str]:
    yield f"timedesk doctor ({__version__})"
    for check in checks:
        yield check.line()
    count = failed(checks)
    yield "all checks passed" if not count else f"{count} check(s) failed"


def as_json(checks: Sequence[Check]) -> str:
    return json.dumps({"version": __version__, "failed": failed(checks),
                       "checks": [asdict(check) for check in checks]}, ensure_ascii=False,
                      indent=2)
