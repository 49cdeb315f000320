"""Every module that adds a tab or a Connection section is imported by the plain import lists
of ui/tabs.py and ui/connection/sections.py (no module names in strings)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import timedesk

PACKAGE = Path(timedesk.__file__).parent
LOAD = ("import json, sys; from timedesk.ui.tabs import load_tab_modules; "
        "from timedesk.ui.connection.sections import load_section_modules; "
        "load_tab_modules(); load_section_modules(); print(json.dumps(sorted(sys.modules)))")


def _modules_calling(function: str) -> set[str]:
    """The modules with a module-level call of `function(...)`."""
    found = set()
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            call = node.value if isinstance(node, ast.Expr) else None
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id == function):
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
                found.add(".".join(parts))
    return found


def test_every_module_that_adds_a_tab_or_a_section_is_loaded():
    tabs = _modules_calling("register_tab")
    sections = _modules_calling("register_connection_section")
    assert "timedesk.ui.turns.tab" in tabs and "timedesk.ui.connection.mail_section" in sections
    # a fresh interpreter: in this one, other tests may have imported the modules already
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", LOAD], capture_output=True,
                                           text=True, check=True, timeout=120).stdout))
    assert sorted((tabs | sections) - loaded) == []
