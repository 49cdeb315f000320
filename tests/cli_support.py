"""Helpers of the command-line tests, importable by name from any test folder (a module named
`conftest` is not: which one `import conftest` finds depends on what was collected before)."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading


def one_line_error(err: str) -> str:
    """The single `timedesk: ...` line a failed command prints, checked for tracebacks."""
    assert err.startswith("timedesk: ") and err.endswith("\n"), err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err.strip()


def start_gui_process(argv: list[str], env: dict[str, str]
                      ) -> tuple[subprocess.Popen, list[str]]:
    """`python -m timedesk -v ARGV` offscreen; the list fills with its stderr lines (the log)."""
    child_env = dict(env, QT_QPA_PLATFORM="offscreen",
                     PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    proc = subprocess.Popen([sys.executable, "-m", "timedesk", "-v", *argv], env=child_env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True).start()
    return proc, lines


def stop_with_sigterm(proc: subprocess.Popen) -> int:
    """SIGTERM, then its exit code (killed, and TimeoutExpired, after 15 s)."""
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
