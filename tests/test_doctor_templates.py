"""The doctor's checks are translatable like service errors: what a check found and its fix are
templates with the values apart (timedesk.doctor.Check), never f-strings, every template has its
Spanish in the context DoctorChecks of the .ts file, and the Spanish Help › Check this PC shows
them in Spanish (a relayed service error in its ServiceErrors Spanish)."""

from __future__ import annotations

import ast
import itertools
import string
import xml.etree.ElementTree as ET
from functools import partial
from pathlib import Path

from qt_untranslated import english_texts

from timedesk import doctor
from timedesk.doctor import FAIL, OK
from timedesk.resources import resource
from timedesk.ui import doctor_qt

DOCTOR = Path(doctor.__file__)
SOURCES = (DOCTOR, Path(doctor_qt.__file__))  # the checks without Qt, and those with
CONTEXT = "DoctorChecks"


def check_calls() -> list[tuple[ast.FunctionDef, ast.Call]]:
    return [(function, node) for source in SOURCES
            for function in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
            if isinstance(function, ast.FunctionDef) for node in ast.walk(function)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "Check"]


def template_nodes(call: ast.Call) -> list[ast.expr]:
    """What a Check call gives as what was found and as the fix."""
    return [*call.args[2:4], *[k.value for k in call.keywords
                               if k.arg in ("template", "fix_template")]]


def _assigned(function: ast.FunctionDef, name: str) -> list[ast.expr]:
    """The values `name` is given in `function` (`a = ...` and `a, b = ..., ...`)."""
    values: list[ast.expr] = []
    for node in ast.walk(function):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            if isinstance(target, ast.Name) and target.id == name:
                values.append(node.value)
            elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                values.extend(value for element, value in zip(target.elts, node.value.elts, strict=True)
                              if isinstance(element, ast.Name) and element.id == name)
    return values


def expressions(function: ast.FunctionDef, node: ast.expr) -> list[ast.expr]:
    """`node` and, for a name, the values it is given in `function`."""
    if isinstance(node, ast.Name):
        return [node, *_assigned(function, node.id)]
    return [node]


def texts(function: ast.FunctionDef, node: ast.expr) -> list[str] | None:
    """Every text `node` may be (None when not only literals: a relayed error's template)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = texts(function, node.body), texts(function, node.orelse)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = texts(function, node.left), texts(function, node.right)
        return (None if left is None or right is None
                else [a + b for a, b in itertools.product(left, right)])
    if isinstance(node, ast.Name):
        found = [texts(function, value) for value in _assigned(function, node.id)]
        return None if not found or None in found else [t for ts in found if ts for t in ts]
    return None


def doctor_templates() -> list[tuple[str, str]]:
    """(where, template) of every literal template a check of timedesk/doctor.py gives."""
    return [(f"doctor.py:{call.lineno}", template)
            for function, call in check_calls() for node in template_nodes(call)
            for template in texts(function, node) or ()]


def _fields(template: str) -> list[tuple[str, str, str]]:
    return sorted((name, spec or "", conversion or "")
                  for _, name, spec, conversion in string.Formatter().parse(template)
                  if name is not None)


def _translations() -> dict[str, str]:
    root = ET.parse(resource("translations", "timedesk_es.ts")).getroot()
    return {message.findtext("source") or "": message.findtext("translation") or ""
            for context in root.iter("context") if context.findtext("name") == CONTEXT
            for message in context.iter("message")}


def test_no_check_says_what_it_found_or_its_fix_with_an_f_string():
    """An f-string bakes the values into the English text, which then cannot be translated: give
    a template and the values as `params`."""
    wrong = [f"doctor.py:{call.lineno}: {ast.unparse(node)[:80]}"
             for function, call in check_calls() for given in template_nodes(call)
             for node in expressions(function, given)
             if any(isinstance(n, ast.JoinedStr) for n in ast.walk(node))
             or any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                    and n.func.attr == "format" for n in ast.walk(node))]
    assert not wrong, "use a template and params:\n" + "\n".join(wrong)


def test_every_template_of_a_check_has_its_spanish_with_the_same_placeholders():
    translations = _translations()
    missing = sorted({f"{where}: {template!r}" for where, template in doctor_templates()
                      if template not in translations})
    wrong = [f"{where}: {template!r} -> {translations[template]!r}"
             for where, template in doctor_templates()
             if template in translations and _fields(template) != _fields(translations[template])]
    assert not missing, (f"translate these in the context {CONTEXT} of the .ts file:\n"
                         + "\n".join(missing))
    assert not wrong, "the placeholders differ:\n" + "\n".join(wrong)


def test_the_search_finds_the_templates_of_every_kind_of_call():
    templates = {template for _, template in doctor_templates()}
    assert "{host}:{port} is in use by another program" in templates  # a literal
    assert "{free_gb:.1f} GB free in {folder}" in templates  # a name, given in a tuple
    assert "present: {present}; not set: {missing}" in templates  # a conditional
    assert "no settings file (defaults); {notes}" in templates  # a name + a literal
    assert "Report this with the log file." in templates  # the fix of a broken check
    assert len(templates) > 50
    relayed = [call for _, call in check_calls()
               if any(isinstance(n, ast.Attribute) for n in template_nodes(call))]
    assert len(relayed) == 1  # guarded(): the service error's own template, in ServiceErrors


def test_a_check_keeps_its_english_text_and_its_values_apart():
    check = doctor.Check("Listener port", FAIL, "{host}:{port} is in use by another program",
                         "Choose a port other than {port}.", {"host": "::1", "port": 8765})
    assert (check.detail, check.fix) == ("::1:8765 is in use by another program",
                                         "Choose a port other than 8765.")
    assert check.line() == ("✗ Listener port: ::1:8765 is in use by another program\n"
                            "    fix: Choose a port other than 8765.")
    assert doctor.Check("Version", OK, "a {brace} from data, no values").detail == (
        "a {brace} from data, no values")


def _report_in_spanish(qapp, checks: list[doctor.Check]) -> list[str]:
    from timedesk.ui.doctor_dialog import report_lines
    from timedesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "es")
    try:
        return report_lines(checks)
    finally:
        remove_translators(qapp, translators)


def test_the_spanish_dialog_shows_what_the_checks_found_and_their_fixes_in_spanish(
        qapp, qtbot, env, ctx, monkeypatch):
    from timedesk.ui import doctor_dialog
    from timedesk.ui.i18n import install_translators, remove_translators

    machine = doctor.machine_of(env)
    machine.settings.override("listener.port", 0)
    machine.settings.override("smtp.host", "127.0.0.1")
    machine.settings.override("smtp.port", 1)  # nothing listens there
    monkeypatch.setattr(doctor, "machine_of", lambda: machine)
    translators = install_translators(qapp, "es")
    try:
        dialog = doctor_dialog.DoctorDialog(None)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.task.finished, timeout=30_000)
        text = dialog.report.toPlainText()
    finally:
        remove_translators(qapp, translators)
    checks = {check.name: check for check in dialog.checks or ()}
    disk = checks["Disk space"]
    assert f"Espacio en disco: {disk.params['free_gb']:.1f} GB libres en " in text
    assert "ms, esquema al día" in text and checks["Database"].status == OK
    assert "Puerto para webhooks y la pantalla de sala: 127.0.0.1: cualquier puerto libre" in text
    assert "Servidor de correo: 127.0.0.1:1 no responde (" in text
    assert "Qué hacer: Compruebe smtp.host y smtp.port" in text
    assert "Sonido: ningún dispositivo de salida de audio" in text  # doctor_qt's literal text
    english = english_texts()
    shown = [line.split(": ", 1)[-1] for line in text.splitlines()[1:-1]]
    assert [line for line in shown if english.is_english(line)] == []
    for name in ("Database", "Disk space", "Listener port", "Mail server", "Secret store"):
        assert checks[name].detail not in text, name


def test_a_relayed_service_error_is_shown_in_its_spanish(qapp, tmp_path):
    """A broken settings file: the Settings check relays the ConfigError naming it."""
    home = {"TIMEDESK_HOME": str(tmp_path)}
    paths = doctor.machine_of(home).paths
    paths.user_config.parent.mkdir(parents=True, exist_ok=True)
    paths.user_config.write_text("[listener]\nport = 'eighty'\n")
    check = doctor.guarded("Settings", partial(doctor.check_settings, doctor.machine_of(home)))
    assert check.status == FAIL and check.error is not None
    lines = _report_in_spanish(qapp, [check])
    assert lines[1].startswith(f"✗ Configuración: {paths.user_config}:2: ajuste 'listener.port': ")
    assert check.detail not in lines[1]
    assert lines[2] == f"    Qué hacer: {check.fix}"  # "{setting}: {description}." in Spanish


def test_a_text_that_is_no_template_is_shown_as_it_is(qapp):
    """doctor_qt.py's checks still give f-strings: one with a brace from data shows its English
    text (a translation that does not fit its values falls back the same way)."""
    check = doctor.Check("Sound", FAIL, "Qt's multimedia module does not load ({no module})",
                         "sudo apt-get install libpulse0")
    assert _report_in_spanish(qapp, [check])[1:3] == [
        "✗ Sonido: Qt's multimedia module does not load ({no module})",
        "    Qué hacer: sudo apt-get install libpulse0"]
