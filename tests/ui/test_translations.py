"""The Spanish translation is complete, in sync with the code, and compiled."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from timedesk.resources import resource
from timedesk.ui.i18n import choose_language

UI_DIR = Path(__file__).resolve().parents[2] / "timedesk" / "ui"
TS_FILE = resource("translations", "timedesk_es.ts")
QM_FILE = resource("translations", "timedesk_es.qm")
PLACEHOLDER = re.compile(r"\{\w*\}")


def ts_messages() -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TS_FILE).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""):
            message.find("translation")
            for context in root.iter("context") for message in context.iter("message")}


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_strings() -> set[tuple[str, str, str]]:
    """(context, text, where) of every self.tr("...") and translate("ctx", "...") in the UI."""
    found: set[tuple[str, str, str]] = set()
    for path in sorted(UI_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            body = tree if cls is None else cls
            for node in ast.walk(body):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                    continue
                where = f"{path.relative_to(UI_DIR)}:{node.lineno}"
                if node.func.attr == "tr" and cls is not None and node.args:
                    text = _literal(node.args[0])
                    assert text is not None, f"tr() needs a literal string at {where}"
                    found.add((cls.name, text, where))
                elif node.func.attr == "translate" and len(node.args) >= 2:
                    if _is_setting_description(node) or _is_service_error(node):
                        continue  # every one is checked below, or in test_error_templates.py
                    context, text = _literal(node.args[0]), _literal(node.args[1])
                    assert context and text, f"translate() needs literals at {where}"
                    found.add((context, text, where))
    return found


def _is_setting_description(node: ast.Call) -> bool:
    """translate(DESCRIPTIONS, setting.description) in the Settings page."""
    context = node.args[0]
    return isinstance(context, ast.Name) and context.id == "DESCRIPTIONS"


def _is_service_error(node: ast.Call) -> bool:
    """translate("ServiceErrors", exc.template) in timedesk/ui/errors.py: the templates are
    the services' (tests/test_error_templates.py checks them)."""
    return _literal(node.args[0]) == "ServiceErrors"


def test_every_setting_description_is_in_the_spanish_translation_file():
    from timedesk.settings import REGISTRY, load_module_settings
    from timedesk.ui.admin.settings_page import DESCRIPTIONS

    load_module_settings()
    messages = ts_messages()
    missing = sorted(f"{key}: {s.description!r}" for key, s in REGISTRY.items()
                     if (DESCRIPTIONS, s.description) not in messages)
    assert not missing, (f"translate these in the context {DESCRIPTIONS} of the .ts file:\n"
                         + "\n".join(missing))


def test_every_string_of_the_interface_is_in_the_spanish_translation_file():
    messages = ts_messages()
    missing = sorted(f"{where}: [{context}] {text!r}"
                     for context, text, where in source_strings()
                     if (context, text) not in messages)
    assert not missing, ("run the pyside6-lupdate command in timedesk/ui/i18n.py and translate:\n"
                         + "\n".join(missing))
    assert len(messages) > 100


def test_the_spanish_translation_has_no_unfinished_empty_or_obsolete_entries():
    bad = [f"[{context}] {source!r}" for (context, source), translation in ts_messages().items()
           if translation is None or not (translation.text or "").strip()
           or translation.get("type") in ("unfinished", "obsolete", "vanished")]
    assert not bad, "\n".join(bad)


def test_translations_keep_the_placeholders_of_the_source():
    wrong = [f"[{context}] {source!r}" for (context, source), translation in ts_messages().items()
             if sorted(PLACEHOLDER.findall(source))
             != sorted(PLACEHOLDER.findall(translation.text or ""))]
    assert not wrong, "\n".join(wrong)


def test_the_compiled_qm_file_matches_the_ts_file():
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = [f"[{context}] {source!r}" for (context, source), translation in ts_messages().items()
             if translator.translate(context, source) != translation.text]
    assert not stale, "run pyside6-lrelease (see timedesk/ui/i18n.py):\n" + "\n".join(stale)


def test_key_words_are_translated_as_the_office_says_them():
    translator = QTranslator()
    translator.load(str(QM_FILE))
    assert translator.translate("SettingsDialog", "This computer") == "Este ordenador"
    assert translator.translate("Sections", "Database") == "Base de datos"
    assert translator.translate("DatabaseSection", "Test connection") == "Probar conexión"
    assert translator.translate("LoginDialog", "Password") == "Contraseña"
    assert translator.translate("LoginDialog", "Sign in") == "Iniciar sesión"


@pytest.mark.parametrize("setting, system, expected", [
    ("es", "en_US", "es"), ("en", "es_ES", "en"), ("", "es_MX", "es"), ("", "de_DE", "en"),
    ("", "en_GB", "en"),
])
def test_the_language_is_the_setting_or_else_the_system_locale(setting, system, expected):
    assert choose_language(setting, system) == expected


def test_a_widget_built_after_installing_spanish_speaks_spanish(qapp, qtbot):
    from timedesk.jobs import JobRunner
    from timedesk.ui.i18n import install_translators, remove_translators
    from timedesk.ui.jobs_indicator import JobsIndicator

    translators = install_translators(qapp, "es")
    try:
        runner = JobRunner()
        indicator = JobsIndicator(runner)
        qtbot.addWidget(indicator)
        assert indicator.cancel_button.text() == "Cancelar"
        runner.shutdown()
    finally:
        remove_translators(qapp, translators)
