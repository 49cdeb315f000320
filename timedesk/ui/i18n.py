"""Interface language: Spanish or English (the source language), from ui.language or the system.

Regenerate the translation files after changing user-visible strings (from the repository root):
    /work/venv/bin/pyside6-lupdate $(find timedesk/ui -name '*.py' | sort) \
        -ts resources/translations/timedesk_es.ts -no-obsolete
    # fill every <translation> in timedesk_es.ts (Qt Linguist: pyside6-linguist), then:
    /work/venv/bin/pyside6-lrelease resources/translations/timedesk_es.ts \
        -qm resources/translations/timedesk_es.qm
tests/ui/test_translations.py fails while a string is missing or unfinished. The settings'
descriptions (context SettingDescriptions, the Administration tab's Settings page) come from the
registry, not from literals: lupdate does not see them, so leave out -no-obsolete or put them
back (the test lists the missing ones). The same holds for the context ServiceErrors: the
templates of the services' typed errors (tests/test_error_templates.py lists the missing ones).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from timedesk.outputs import LANGUAGES
from timedesk.resources import resource

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
_installed: dict[str, list[QTranslator]] = {}  # the language in use -> its translators


def choose_language(setting: str, system_locale: str | None = None) -> str:
    """'es' or 'en': the setting when given, else the system locale (es* means Spanish)."""
    if setting in LANGUAGES:
        return setting
    locale = system_locale if system_locale is not None else QLocale.system().name()
    return "es" if locale.lower().startswith("es") else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install timedesk's and Qt's own translations for `language`; keep the returned
    translators alive as long as the application (Qt does not own them)."""
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es"
                               else QLocale.Language.English))
    installed: list[QTranslator] = []
    _installed.clear()
    _installed[language] = installed
    if language == SOURCE_LANGUAGE:
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"timedesk_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation file for %s; the interface stays in English", language)
    qt_base = QTranslator(app)  # Qt's standard buttons (OK, Cancel) and dialogs
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Remove `translators` and those a switch_language() installed since."""
    for translator in [*translators, *(t for ts in _installed.values() for t in ts)]:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    _installed.clear()


def current_language() -> str:
    """The language whose translators are installed (the source language when none is)."""
    return next(iter(_installed), SOURCE_LANGUAGE)


def switch_language(app: QCoreApplication, language: str) -> None:
    """Install `language` in place of the one in use (windows built afterwards speak it); the
    translators stay alive until the next switch or remove_translators()."""
    if language == current_language():
        return
    remove_translators(app, [])
    install_translators(app, language)


def person_language(machine_setting: str, own: str | None) -> str:
    """The language of a signed-in person: their own choice (users.language), else this PC's
    ui.language, else the system's."""
    return choose_language(own or machine_setting)
