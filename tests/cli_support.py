"""Helpers of the command-line tests, importable by name from any test folder (a module named
`conftest` is not: which one `import conftest` finds depends on what was collected before)."""

from __future__ import annotations


def one_line_error(err: str) -> str:
    """The single `timedesk: ...` line a failed command prints, checked for tracebacks."""
    assert err.startswith("timedesk: ") and err.endswith("\n"), err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err.strip()
