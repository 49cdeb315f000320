"""Keys are named one way in each language: Spanish says "Mayús" and "Ctrl" everywhere (the
.ts file's own texts and the key names Qt writes, which would say "Mayúsculas" and "Control")."""

from __future__ import annotations

import re

from timedesk.resources import resource
from timedesk.ui.i18n import install_translators, remove_translators
from timedesk.ui.shortcuts import key_text


def test_key_names_follow_the_language(qapp):
    assert key_text("Ctrl+Shift+Q") == "Ctrl+Shift+Q"
    translators = install_translators(qapp, "es")
    try:
        assert key_text("Ctrl+Shift+Q") == "Ctrl+Mayús+Q"
        assert key_text("Shift+A") == "Mayús+A"
        assert key_text("F5") == "F5"
    finally:
        remove_translators(qapp, translators)
        install_translators(qapp, "en")


def test_the_spanish_texts_call_shift_mayus():
    ts = resource("translations", "timedesk_es.ts").read_text(encoding="utf-8")
    translations = re.findall(r"<translation>([^<]*)</translation>", ts)
    assert any("Mayús+" in text for text in translations)
    assert not [text for text in translations
                if re.search(r"\bShift\b|Mayúsculas\+|\bMayus\b|\bControl\+", text)]
