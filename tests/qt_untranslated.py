"""Which texts of a Spanish screen are English (importable by name from any test folder; used by
tests/ui/test_untranslated.py and fit for `python -m tests.screenshots`).

`english_texts()` is what the app knows to be English: every source string of the Spanish .ts
whose translation differs from it (a message translated as itself, "Clockify" or "Total", is the
same in both languages), matched whole, its "{placeholder}" parts matching any text; and the raw
codes the services store (Clockify event types, statuses, roles, kinds), which the GUI must show
in words.

`untranslated_texts(root, english)`: what `root` and its visible children show that is English:
label, button, group box, tab, menu and header texts, line-edit placeholders, combo-box items
and table cells (the first rows of each view), one line each (empty: nothing is). A text is
checked whole and line by line, without mnemonics ("&"); an event name with its code after it
("Temporizador iniciado (NEW_TIMER_STARTED)") is not a raw code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex
from PySide6.QtGui import Qt  # QtGui.Qt also has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

from timedesk.resources import resource

ROWS = 50  # cells of each view checked: the first rows show every column's kind of value
_PLACEHOLDER = re.compile(r"\{\w*\}")
_WORD = re.compile(r"[A-Za-z]{3,}")
# language names in their own language, as language pickers show them everywhere
ENDONYMS = frozenset({"English"})


def _raw_codes() -> set[str]:
    """What the services store and the GUI must put in words: event types, statuses, kinds
    (not roles: "admin" is also a user name)."""
    from timedesk.clockify import models as clockify
    from timedesk.clockify import topics
    from timedesk.clockify.manual import MANUAL_EVENT
    from timedesk.mail.models import STATUSES as MAIL
    from timedesk.punches.models import ACTIONS, STATES
    from timedesk.sesame.report_rules import INCIDENCE_KINDS
    from timedesk.tickets.lifecycle import PRIORITIES
    from timedesk.tickets.lifecycle import STATUSES as TICKETS
    from timedesk.turns.models import STATUSES as TURNS

    return {*topics.PROCESSED_EVENTS, topics.BACKFILL, MANUAL_EVENT,
            *clockify.SESSION_STATUSES, *clockify.DELIVERY_STATUSES, *MAIL, *TURNS, *TICKETS,
            *PRIORITIES, *ACTIONS, *STATES, *INCIDENCE_KINDS}


def _plain(text: str) -> str:
    """Without mnemonics ("&Save" → "Save", "&&" → "&")."""
    return re.sub(r"&(.)", r"\1", text).strip()


@dataclass(frozen=True)
class EnglishTexts:
    whole: frozenset[str]  # English texts and raw codes, matched exactly
    templates: re.Pattern[str] | None  # English texts with placeholders
    codes_inside: re.Pattern[str]  # an event type inside a text, not as "(CODE)" after a name

    def is_english(self, text: str) -> bool:
        text = _plain(text)
        if not text or text in ENDONYMS:
            return False
        if text in self.whole or self.codes_inside.search(text):
            return True
        return self.templates is not None and self.templates.fullmatch(text) is not None


@cache  # the .ts file does not change during a run
def english_texts() -> EnglishTexts:
    root = ET.parse(resource("translations", "timedesk_es.ts")).getroot()
    spanish, english = set(), set()
    for message in root.iter("message"):
        source = _plain(message.findtext("source") or "")
        translation = _plain(message.findtext("translation") or "")
        spanish.add(translation)
        if source and translation and source != translation:
            english.add(source)
    english -= spanish  # a word the same in both ("Error", "Total"), one context or another
    codes = {code for code in _raw_codes()
             if code not in spanish and code.capitalize() not in spanish}
    whole = {text for text in english if not _PLACEHOLDER.search(text)}
    patterns = []
    for text in english - whole:
        literal = _PLACEHOLDER.sub(" ", text)
        if _WORD.search(literal):  # "{name} ({code})" would match anything at all
            patterns.append(".+?".join(re.escape(part) for part in _PLACEHOLDER.split(text)))
    templates = re.compile("|".join(f"(?:{p})" for p in patterns), re.S) if patterns else None
    upper = sorted((code for code in codes if code.isupper()), key=len, reverse=True)
    inside = re.compile(r"(?<![(\w])(?:" + "|".join(map(re.escape, upper)) + r")(?![)\w])")
    return EnglishTexts(frozenset(whole | codes), templates, inside)


def _model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for row in range(min(model.rowCount(top), ROWS)):
        for column in range(columns):
            value = model.data(model.index(row, column, QModelIndex()),
                               Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
    return texts


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) of what `widget` itself shows."""
    if isinstance(widget, QLabel):
        return [("label", widget.text())]
    if isinstance(widget, QAbstractButton):
        return [("button", widget.text())]
    if isinstance(widget, QGroupBox):
        return [("group", widget.title())]
    if isinstance(widget, QTabBar):
        return [("tab", widget.tabText(i)) for i in range(widget.count())
                if widget.isTabVisible(i)]
    if isinstance(widget, QLineEdit):
        return [("placeholder", widget.placeholderText())]
    if isinstance(widget, QComboBox):
        return [("choice", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model, orientation = widget.model(), widget.orientation()
        count = model.columnCount(QModelIndex()) if orientation == Qt.Orientation.Horizontal \
            else model.rowCount(QModelIndex())
        return [("header", str(model.headerData(i, orientation, Qt.ItemDataRole.DisplayRole)))
                for i in range(count) if not widget.isSectionHidden(i)
                and model.headerData(i, orientation, Qt.ItemDataRole.DisplayRole)]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return [("cell", text) for text in _model_texts(widget.model())]
    if isinstance(widget, QMainWindow) and widget.menuWidget() is not None:
        return [("menu", action.text()) for action in widget.menuBar().actions()]
    return []


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def untranslated_texts(root: QWidget, english: EnglishTexts | None = None) -> list[str]:
    """What `root` and its visible children show in English, one line each (sorted, unique)."""
    english = english or english_texts()
    found = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        for what, text in _texts(widget):
            if Qt.mightBeRichText(text):
                text = re.sub(r"<[^>]+>", "", text)
            for piece in {text, *text.splitlines()}:
                if english.is_english(piece):
                    found.add(f"{what} of {_name(widget)}: {piece.strip()!r}")
    return sorted(found)
