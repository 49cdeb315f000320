"""Service errors are translatable: their message and hint are templates with the values apart
(timedesk.errors.TimedeskError), never f-strings, and every template has its Spanish in the
context ServiceErrors of the .ts file, with the same placeholders."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timedesk.errors import AccountLocked, Conflict, TimedeskError
from timedesk.mail.errors import MailRejected
from timedesk.resources import resource
from timedesk.sesame.errors import SesameAuthError
from timedesk.turns.desks import DeskInUse

PACKAGE = Path(__file__).resolve().parents[1] / "timedesk"
CONTEXT = "ServiceErrors"


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(PACKAGE.rglob("*.py"))
            if path.relative_to(PACKAGE).parts[0] != "ui"]


def _base_names(cls: ast.ClassDef) -> list[str]:
    return [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
            for b in cls.bases]


def error_classes(modules: list[tuple[Path, ast.Module]]) -> dict[str, bool]:
    """Every TimedeskError subclass by name: True when it takes (message, hint, **params)."""
    defs = {node.name: node for _, tree in modules for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)}
    found = {"TimedeskError": True}
    while True:
        added = False
        for name, cls in defs.items():
            bases = [b for b in _base_names(cls) if b in found]
            if name in found or not bases:
                continue
            init = next((f for f in cls.body
                         if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
            found[name] = (found[bases[0]] if init is None
                           else [a.arg for a in init.args.args[1:2]] == ["message"])
            added = True
        if not added:
            return found


def _called(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Call) and _called(func) == "type":  # type(exc)(...): a re-raise
        return "TimedeskError"
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else "")


def message_and_hint_nodes(modules: list[tuple[Path, ast.Module]]
                           ) -> list[tuple[str, ast.expr, ast.Call | None]]:
    """(where, node, call) of every message and hint given to a typed error: the arguments of
    its constructions, of super().__init__ inside an error class, and the defaults of an
    error class's own __init__."""
    classes = error_classes(modules)
    found: list[tuple[str, ast.expr, ast.Call | None]] = []
    for path, tree in modules:
        where = str(path.relative_to(PACKAGE))
        error_defs = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name in classes]
        supers = set()
        for cls in error_defs:
            for node in ast.walk(cls):
                if isinstance(node, ast.FunctionDef) and node.name == "__init__":
                    found.extend((f"{where}:{node.lineno}", d, None)
                                 for d in node.args.defaults if isinstance(d, ast.Constant))
                if isinstance(node, ast.Call) and _called(node) == "__init__":
                    supers.add(id(node))
                    found.extend((f"{where}:{node.lineno}", a, node) for a in node.args[:2])
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and classes.get(_called(node))
                    and id(node) not in supers):
                found.extend((f"{where}:{node.lineno}", a, node) for a in [
                    *node.args[:2], *[k.value for k in node.keywords
                                      if k.arg in ("message", "hint")]])
    return found


def _fields(template: str) -> list[tuple[str, str, str]]:
    return sorted((name, spec or "", conversion or "")
                  for _, name, spec, conversion in string.Formatter().parse(template)
                  if name is not None)


def literal_templates() -> list[tuple[str, str, ast.Call | None]]:
    """(where, template, call) of every literal message and hint, module constants included."""
    modules = _modules()
    # a name is a module's constant (maybe imported), or a variable of the raising module
    # given literals (`hint = "..."`, `hint = x if c else "..."`)
    constants = {target.id: [node.value] for _, tree in modules for node in tree.body
                 if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                 for target in node.targets if isinstance(target, ast.Name)}
    found = []
    for where, node, call in message_and_hint_nodes(modules):
        tree = next(tree for path, tree in modules
                    if where.startswith(str(path.relative_to(PACKAGE)) + ":"))
        values = [node]
        if isinstance(node, ast.Name):
            values = constants.get(node.id, []) + [
                assign.value for assign in ast.walk(tree) if isinstance(assign, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == node.id for t in assign.targets)]
        for value in values:
            for text in (value.body, value.orelse) if isinstance(value, ast.IfExp) else (value,):
                if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
                    found.append((where, text.value, call))
    return found


def test_no_service_error_is_raised_with_an_f_string():
    """An f-string bakes the values into the English text, which then cannot be translated:
    give a template and the values as keyword parameters."""
    wrong = [f"{where}: {ast.unparse(node)[:80]}"
             for where, node, _ in message_and_hint_nodes(_modules())
             if any(isinstance(n, ast.JoinedStr) for n in ast.walk(node))
             or any(isinstance(n, ast.Call) and _called(n) == "format" for n in ast.walk(node))]
    assert not wrong, "use a template and keyword parameters:\n" + "\n".join(wrong)


def test_every_placeholder_of_a_template_gets_its_value():
    wrong = []
    for where, template, call in literal_templates():
        if call is None or any(k.arg is None for k in call.keywords):
            continue
        given = {k.arg for k in call.keywords}
        missing = {name for name, _, _ in _fields(template)} - given
        if missing:
            wrong.append(f"{where}: {sorted(missing)} in {template!r}")
    assert not wrong, "\n".join(wrong)


def _translations() -> dict[str, str]:
    root = ET.parse(resource("translations", "timedesk_es.ts")).getroot()
    return {message.findtext("source") or "": message.findtext("translation") or ""
            for context in root.iter("context") if context.findtext("name") == CONTEXT
            for message in context.iter("message")}


def test_every_service_error_has_its_spanish_with_the_same_placeholders():
    translations = _translations()
    missing, wrong = [], []
    for where, template, _ in literal_templates():
        if template not in translations:
            missing.append(f"{where}: {template!r}")
        elif _fields(template) != _fields(translations[template]):
            wrong.append(f"{where}: {template!r} -> {translations[template]!r}")
    assert not missing, (f"translate these in the context {CONTEXT} of the .ts file:\n"
                         + "\n".join(sorted(set(missing))))
    assert not wrong, "the placeholders differ:\n" + "\n".join(wrong)


def test_the_search_finds_the_raise_sites():
    templates = {template for _, template, _ in literal_templates()}
    assert "desk {desk} is not active." in templates  # a raise
    assert "desk {desk} is open on another computer ({holder})." in templates  # super().__init__
    assert any(t.startswith("Sesame refused the token (401)") for t in templates)  # a default
    assert len(templates) > 300


def test_a_message_is_its_template_filled_and_keeps_the_values_apart():
    exc = Conflict("desk {desk} is closed.", "Open desk {desk} first.", desk="3")
    assert (exc.message, exc.hint, str(exc)) == ("desk 3 is closed.", "Open desk 3 first.",
                                                 "desk 3 is closed. Open desk 3 first.")
    assert (exc.template, exc.hint_template, exc.params) == (
        "desk {desk} is closed.", "Open desk {desk} first.", {"desk": "3"})
    assert exc.args == ("desk 3 is closed.",)


def test_a_message_without_values_formats_to_itself():
    assert Conflict("use {{name}} here.").message == "use {name} here."
    assert TimedeskError("a {brace} from data, no values").message == "a {brace} from data, no values"
    with pytest.raises(KeyError):
        Conflict("desk {desk} is closed.", other=1)


def test_subclasses_with_their_own_arguments_pass_the_values_through():
    locked = AccountLocked("{who} is locked.", "Wait {minutes} minutes.", locked_until=None,
                           max_failures=5, who="ana", minutes=3)
    assert (locked.message, locked.hint, locked.max_failures) == ("ana is locked.",
                                                                  "Wait 3 minutes.", 5)
    rejected = MailRejected("{to} was refused.", permanent=False, to="a@b.c")
    assert (rejected.message, rejected.permanent, rejected.params) == (
        "a@b.c was refused.", False, {"to": "a@b.c"})
    assert SesameAuthError().template.startswith("Sesame refused the token (401)")
    in_use = DeskInUse("3", "PC-7")
    assert in_use.message == "desk 3 is open on another computer (PC-7)."
    assert in_use.params == {"desk": "3", "holder": "PC-7"}
