"""`timedesk doctor`: what IT checks on a PC or server, each with what to do when it fails.

Every check returns a `Check` (ok / warn / fail / skip, what was found, the fix). The checks
that need no Qt run anywhere (the CLI, a worker thread of the GUI); `qt_checks()` (sound
device, printers) runs on the thread that owns the QApplication, or creates an offscreen one in
a process that has none. Secret values are never read into a result, only whether they exist.

What a check found and its fix are English `str.format` templates with their values apart, like
a TimedeskError's message and hint: `detail` and `fix` are the English text (the CLI and its
JSON show it); the GUI translates the templates (context DoctorChecks of the .ts file, or
ServiceErrors for a relayed TimedeskError, kept as `error`) and fills them with `params`. So a
template never is an f-string (tests/test_doctor_templates.py): a path, a host or an exception's
text is a parameter.
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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.error import URLError
from urllib.request import urlopen

from timedesk import __version__
from timedesk.errors import TimedeskError, fill
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
    template: str  # what was found
    fix_template: str = ""  # what to do, when not OK
    params: Mapping[str, object] = field(default_factory=dict)  # the values of both templates
    error: TimedeskError | None = None  # the service error this check relays, if any

    @property
    def detail(self) -> str:
        return fill(self.template, dict(self.params))

    @property
    def fix(self) -> str:
        return fill(self.fix_template, dict(self.params))

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
        return Check(name, FAIL, exc.template, exc.hint_template, exc.params, error=exc)
    except Exception as exc:  # a check must never hide the others
        return Check(name, FAIL, "the check itself failed: {error_type}: {error}",
                     "Report this with the log file.",
                     params={"error_type": type(exc).__name__, "error": str(exc)})


# -- the checks --------------------------------------------------------------------------------
def check_version(machine: Machine) -> Check:
    template = ("timedesk {version} (one-folder build, {platform})" if getattr(sys, "frozen", False)
                else "timedesk {version} (Python {python}, {platform})")
    return Check("Version", OK, template, params={
        "version": __version__, "python": sys.version.split()[0], "platform": sys.platform})


def check_resources(machine: Machine) -> Check:
    from timedesk.resources import missing_resources, resources_dir

    missing = missing_resources()
    if missing:
        return Check("Program files", FAIL, "missing from {folder}: {missing}",
                     "Reinstall timedesk: its package lacks part of its resources folder "
                     "(TIMEDESK_RESOURCES, when set, must name a complete copy).",
                     params={"folder": resources_dir(), "missing": ", ".join(missing)})
    return Check("Program files", OK, "resources in {folder}", params={"folder": resources_dir()})


def check_qt_libraries(machine: Machine) -> Check:
    from timedesk.qt_libs import guess_platform, missing_libraries, package_for

    platform = guess_platform()
    if not sys.platform.startswith("linux"):
        return Check("Qt libraries", SKIP, "platform plugin '{platform}' (checked on Linux only)",
                     params={"platform": platform})
    if shutil.which("ldd") is None:
        return Check("Qt libraries", WARN, "ldd is not installed: cannot look for missing ones",
                     "sudo apt-get install libc-bin")
    spec = importlib.util.find_spec("PySide6")  # where Qt is, without loading it
    if spec is None or spec.origin is None:
        return Check("Qt libraries", FAIL, "PySide6 is not installed in this Python",
                     "Reinstall timedesk.")
    missing = missing_libraries(Path(spec.origin).parent, platform)
    if not missing:
        return Check("Qt libraries", OK, "platform plugin '{platform}', nothing missing",
                     params={"platform": platform})
    packages = sorted({package_for(soname) for soname in missing})
    return Check("Qt libraries", FAIL, "platform plugin '{platform}' misses {libraries}",
                 "sudo apt-get install --no-install-recommends {packages}",
                 params={"platform": platform, "libraries": ", ".join(sorted(missing)),
                         "packages": " ".join(packages)})


def check_settings(machine: Machine) -> Check:
    from timedesk.settings import Settings

    files = [f for f in (machine.paths.system_config, machine.paths.user_config) if f]
    found = [str(f) for f in files if f.exists()]
    settings = machine.settings or Settings.load(machine.paths, machine.environ)  # or the
    # ConfigError naming the file and line
    from_env = sorted({source.removeprefix("env ") for _, _, source in settings.items()
                       if source.startswith("env ")})
    where = ("{files}; from the environment: {environment}" if found and from_env else
             "{files}" if found else
             "no settings file (defaults); from the environment: {environment}" if from_env else
             "no settings file (defaults)")
    params = {"files": ", ".join(found), "environment": ", ".join(from_env),
              "notes": "; ".join(settings.notes)}
    if settings.notes:
        return Check("Settings", WARN, where + "; {notes}",
                     "Rename the old keys as the notes say.", params)
    return Check("Settings", OK, where, params=params)


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
        params = {"database": db.description, "latency_ms": latency_ms,
                  "revisions": ", ".join(revisions),
                  "shipped": ", ".join(sorted(shipped_heads() or ()))}
        if not revisions:
            return Check("Database", WARN, "{database}, {latency_ms:.0f} ms, empty (no schema yet)",
                         "Start timedesk once (or `timedesk db upgrade`): it creates the tables.",
                         params)
        if not is_at_shipped_heads(db.engine):
            return Check("Database", WARN, "{database}, {latency_ms:.0f} ms, schema {revisions} "
                         "(this version ships {shipped})",
                         "Start timedesk once (or `timedesk db upgrade`) to bring it up to date; "
                         "a newer schema means a newer timedesk wrote it: install that version.",
                         params)
        return Check("Database", OK, "{database}, {latency_ms:.0f} ms, schema up to date",
                     params=params)
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
                         "no notification came back within {seconds:.0f} s",
                         "A connection pooler in transaction mode drops LISTEN: give timedesk a "
                         "direct connection to PostgreSQL (see packaging/README.md).",
                         {"seconds": NETWORK_TIMEOUT_S})
        finally:
            raw.close()
    finally:
        db.dispose()


def check_listener_port(machine: Machine) -> Check:
    settings = machine.settings
    if settings is None:
        return Check("Listener port", SKIP, "the settings cannot be read (see Settings)")
    host, port = settings["listener.host"], settings["listener.port"]
    params = {"host": host, "port": port}
    if port == 0:
        return Check("Listener port", OK, "{host}: any free port", params=params)
    probe = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    try:
        probe.bind((host, port))
        return Check("Listener port", OK, "{host}:{port} is free", params=params)
    except OSError:
        pass
    finally:
        probe.close()
    if _is_timedesk(host, port):
        return Check("Listener port", OK, "{host}:{port} is timedesk's (already running)",
                     params=params)
    return Check("Listener port", FAIL, "{host}:{port} is in use by another program",
                 "Stop that program, or choose another port: "
                 "`timedesk config set listener.port PORT`.", params)


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
    if store.keyring_available:  # worded as SecretStore.backend_label()
        import keyring

        return Check("Secret store", OK, "OS keyring ({backend})",
                     params={"backend": type(keyring.get_keyring()).__name__})
    if store.file_store_enabled:
        return Check("Secret store", WARN, "UNENCRYPTED file {path}",
                     "A file store is less safe than the OS keyring: install a keyring "
                     "(gnome-keyring, KWallet) on a desktop; on a server pass secrets as "
                     "TIMEDESK_SECRET_* environment variables.", {"path": store.file_path})
    from_environment = sorted(k for k in machine.environ if k.startswith("TIMEDESK_SECRET_"))
    if from_environment:  # a server's way (the .deb's unit reads them from secrets.env)
        return Check("Secret store", OK, "no keyring; {count} secret(s) from "
                     "TIMEDESK_SECRET_* environment variables",
                     params={"count": len(from_environment)})
    return Check("Secret store", FAIL, "none (session only)",
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
            return Check("Mail server", OK, "{host}:{port} answers",
                         params={"host": host, "port": port})
    except OSError as exc:
        return Check("Mail server", FAIL, "{host}:{port} does not answer ({error})",
                     "Check smtp.host and smtp.port, and that a firewall lets this PC reach it.",
                     {"host": host, "port": port, "error": exc.strerror or str(exc)})


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
    detail = ("present: {present}; not set: {missing}" if present and missing else
              "not set: {missing}" if missing else "present: {present}")
    params = {"present": ", ".join(present), "missing": ", ".join(missing)}
    if missing:
        return Check("Credentials", WARN, detail,
                     "Only needed for the modules that use them: set them in File > Settings "
                     "in the app, or `timedesk secret set NAME`.", params)
    return Check("Credentials", OK, detail, params=params)


def check_disk(machine: Machine) -> Check:
    folder = machine.paths.data_dir
    existing = next((p for p in (folder, *folder.parents) if p.exists()), Path("/"))
    free = shutil.disk_usage(existing).free
    detail, params = "{free_gb:.1f} GB free in {folder}", {"free_gb": free / 1024**3,
                                                           "folder": folder}
    if free < LOW_DISK_BYTES:
        return Check("Disk space", FAIL, detail,
                     "Free some space: the database, logs and reports are written there.", params)
    if free < TIGHT_DISK_BYTES:
        return Check("Disk space", WARN, detail, "Free some space before it runs out.", params)
    return Check("Disk space", OK, detail, params=params)


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
                       "checks": [{"name": check.name, "status": check.status,
                                   "detail": check.detail, "fix": check.fix}
                                  for check in checks]}, ensure_ascii=False,
                      indent=2)
