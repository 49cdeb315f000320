"""Entry point of the frozen timedesk (PyInstaller): the same as the `timedesk` command."""

import multiprocessing
import os
import sys


def _ensure_streams() -> None:
    # A windowed executable (Windows GUI subsystem, macOS .app) has no stdout/stderr: sys.stdout is
    # None and the first print() would raise. Send them to the null device instead; timedesk logs
    # to its log file, and `timedesk-cli.exe` (console build) is there for output on Windows.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _ensure_streams()
    from timedesk.cli import main

    sys.exit(main())
