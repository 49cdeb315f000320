"""Fixtures for commands run in-process with timedesk.cli.main([...])."""

from __future__ import annotations

import io
import logging

import pytest


@pytest.fixture(autouse=True)
def restore_logging():
    """Commands set up the log (file, stderr with --verbose) on this process's root logger:
    undo it so that no handler outlives the test's captured streams."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def stdin(monkeypatch):
    """`stdin("text")` makes the next command read `text` from a pipe."""

    def feed(text: str) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO(text))

    return feed
