"""load_module_settings() imports every module that declares settings (plain imports, no list
of names): a module that declares keys but is not imported there would leave its keys unknown."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import timedesk

PACKAGE = Path(timedesk.__file__).parent


def _declared_keys() -> dict[str, str]:
    """{key: file} of every module-level declare("key", ...) in the package's sources."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            call = node.value if isinstance(node, ast.Expr) else None
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id == "declare" and isinstance(call.args[0], ast.Constant)):
                found[call.args[0].value] = str(path.relative_to(PACKAGE))
    return found


def test_every_declared_setting_is_known_after_load_module_settings():
    declared = _declared_keys()
    assert {"mail.enabled", "clockify.overtime_hours", "listener.max_connections"} <= set(declared)
    # a fresh interpreter: in this one, other tests may have imported the modules already
    known = json.loads(subprocess.run(
        [sys.executable, "-c", "import json; from timedesk.settings import REGISTRY, "
         "load_module_settings; load_module_settings(); print(json.dumps(sorted(REGISTRY)))"],
        capture_output=True, text=True, check=True, timeout=60).stdout)
    unknown = {key: path for key, path in declared.items() if key not in known}
    assert not unknown, f"declared but never imported by load_module_settings: {unknown}"
