"""The layers hold (issue 14): no domain package or core module imports a face (ui, server,
cli), the composition (app, runtime, workers, demo), Qt or aiohttp's server, and timedesk's
modules import each other without a cycle.

Read from the source with `ast`, nothing is imported (timedesk.__main__ would start the app):
- the layer rule counts every import of a module, also inside functions (a lazy import up is
  still a dependency up) and under TYPE_CHECKING;
- the cycle rule counts the imports that run when the module loads (module level, outside
  functions and TYPE_CHECKING), with the packages they load first: importing `a.b.c` runs
  `a/__init__` and `a/b/__init__`, except the module's own packages (a package's facade importing
  its modules is not a cycle).
"""

from __future__ import annotations

import ast
from pathlib import Path

import timedesk

FACES = {"ui", "server", "cli"}
COMPOSITION = {"app", "runtime", "workers", "demo", "__main__"}  # wire the modules together
UPWARD = [f"timedesk.{name}" for name in sorted(FACES | COMPOSITION)] + [
    "PySide6", "shiboken6", "qasync", "aiohttp.web"]
DOMAIN_PACKAGES = ["db", "events", "audit", "auth", "people", "office", "punches", "turns",
                   "clockify", "sesame", "mail", "export"]


class Module:
    def __init__(self, name: str, path: Path) -> None:
        self.name, self.path = name, path
        self.is_package = path.name == "__init__.py"

    def imports(self, *, loading_only: bool) -> list[tuple[str, int]]:
        """(module named by each import, line); `loading_only`: those that run on loading."""
        found: list[tuple[str, int]] = []
        self._visit(ast.parse(self.path.read_text(encoding="utf-8")).body, loading_only, found)
        return found

    def _visit(self, nodes: list[ast.stmt], loading_only: bool,
               found: list[tuple[str, int]]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.extend((alias.name, node.lineno) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = self._absolute(node)
                found.extend((f"{base}.{alias.name}", node.lineno) for alias in node.names)
            elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                if not loading_only:
                    self._visit(node.body, loading_only, found)
                self._visit(node.orelse, loading_only, found)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if not loading_only:
                    self._visit(node.body, loading_only, found)
            else:
                for field in ("body", "orelse", "finalbody", "handlers"):
                    self._visit(getattr(node, field, None) or [], loading_only, found)

    def _absolute(self, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        package = self.name.split(".") if self.is_package else self.name.split(".")[:-1]
        package = package[:len(package) - node.level + 1]
        return ".".join(package + ([node.module] if node.module else []))


def modules_of(root: Path) -> dict[str, Module]:
    """{dotted name: Module} of the package at `root`."""
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = Module(".".join(parts), path)
    return modules


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _is_domain_or_core(name: str) -> bool:
    parts = name.split(".")
    return len(parts) > 1 and parts[1] not in FACES | COMPOSITION


def imports_upward(modules: dict[str, Module]) -> list[str]:
    """'module:line -> target' for each import of a domain or core module up the layers."""
    return [f"{name}:{line} -> {target}"
            for name, module in modules.items() if _is_domain_or_core(name)
            for target, line in module.imports(loading_only=False)
            if any(_within(target, upward) for upward in UPWARD)]


def loading_graph(modules: dict[str, Module]) -> dict[str, set[str]]:
    """{module: the timedesk modules loading it loads first}."""
    graph: dict[str, set[str]] = {}
    for name, module in modules.items():
        edges: set[str] = set()
        for target, _ in module.imports(loading_only=True):
            while target and target not in modules:  # `from pkg import function` -> pkg
                target = target.rpartition(".")[0]
            parts = target.split(".")
            for end in range(1, len(parts) + 1):  # the packages above it load first
                loaded = ".".join(parts[:end])
                if loaded in modules and loaded != name and not _within(name, loaded):
                    edges.add(loaded)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


TIMEDESK = modules_of(Path(timedesk.__file__).parent)


def test_the_domain_packages_are_among_the_modules_checked():
    checked = {name.split(".")[1] for name in TIMEDESK if _is_domain_or_core(name)}
    present = {path.name for path in Path(timedesk.__file__).parent.iterdir()}
    expected = {name for name in DOMAIN_PACKAGES if name in present or f"{name}.py" in present}
    assert expected <= checked and {"errors", "settings", "paths"} <= checked


def test_no_domain_package_or_core_module_imports_a_face_or_the_composition():
    assert imports_upward(TIMEDESK) == []


def test_timedesk_modules_load_without_an_import_cycle():
    assert cycles(loading_graph(TIMEDESK)) == []


# -- the checks find what they look for ----------------------------------------------------------
def _package(root: Path, files: dict[str, str]) -> dict[str, Module]:
    for relative, text in files.items():
        path = root / "timedesk" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return modules_of(root / "timedesk")


def test_an_import_up_is_found_also_inside_a_function_or_for_types(tmp_path):
    modules = _package(tmp_path, {
        "__init__.py": "", "app.py": "", "ui/__init__.py": "", "ui/window.py": "",
        "mail/__init__.py": "", "mail/sender.py": "def send():\n    from timedesk.app import x\n",
        "mail/models.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                          "    from ..ui import window\n",
        "office.py": "from PySide6.QtCore import QObject\n",
        "turns/__init__.py": "from timedesk.mail import sender\n",
    })
    assert sorted(imports_upward(modules)) == [
        "timedesk.mail.models:3 -> timedesk.ui.window",
        "timedesk.mail.sender:2 -> timedesk.app.x",
        "timedesk.office:1 -> PySide6.QtCore.QObject"]


def test_a_cycle_through_a_package_facade_is_found_and_a_lazy_import_breaks_it(tmp_path):
    files = {"__init__.py": "", "mail/__init__.py": "from timedesk.mail.outbox import enqueue\n",
             "mail/outbox.py": "from timedesk.audit import record\n",
             "audit/__init__.py": "", "audit/service.py": "from timedesk.mail import models\n",
             "mail/models.py": "", "audit/record.py": ""}
    files["audit/__init__.py"] = "from timedesk.audit.service import record\n"
    assert cycles(loading_graph(_package(tmp_path / "a", files))) == [
        ["timedesk.audit", "timedesk.audit.service", "timedesk.mail", "timedesk.mail.outbox"]]
    files["audit/service.py"] = "def record():\n    from timedesk.mail import models\n"
    assert cycles(loading_graph(_package(tmp_path / "b", files))) == []
