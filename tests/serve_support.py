"""`timedesk serve --port 0` as a child process, for the tests and benchmarks that need the
real listener process (importable by name from any test folder)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading

LISTENING = re.compile(r"^listening on (http://\S+)$")


def start_serve(env: dict[str, str], stderr=subprocess.DEVNULL, *,
                program: list[str] | None = None, cwd: str | None = None,
                ) -> tuple[subprocess.Popen, str]:
    """Start `timedesk serve` on a free port; (the process, its base URL) once it listens.
    `program` runs another timedesk (default: this interpreter's `python -m timedesk`)."""
    command = program or [sys.executable, "-m", "timedesk"]
    child = subprocess.Popen([*command, "serve", "--port", "0"], env=env, cwd=cwd,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr,
                             text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(child.stdout.readline()), daemon=True)
    reader.start()
    reader.join(60)
    match = LISTENING.match((lines or [""])[0].strip())
    if not match:
        child.kill()
        raise AssertionError(f"timedesk serve did not start: {lines}")
    return child, match.group(1)


def stop_serve(child: subprocess.Popen) -> None:
    """SIGTERM (a clean stop), a kill after 15 s, and its stdout pipe closed."""
    child.send_signal(signal.SIGTERM)
    try:
        child.wait(15)
    except subprocess.TimeoutExpired:
        child.kill()
    child.stdout.close()
