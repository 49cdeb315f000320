"""Pages that other modules build: a tab imports them by name, so that a page which cannot be
imported or built shows a note instead of taking the whole tab (or the window) down."""

from __future__ import annotations

import importlib
import inspect
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from timedesk.auth.permissions import Actor
from timedesk.ui.widgets import role_label

log = logging.getLogger(__name__)


def note_page(text: str, role: str = "hint") -> QWidget:
    label = role_label(text, role)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def optional_page(module: str, name: str, ctx: Any, actor: Actor, services: Any) -> QWidget:
    """`module.name.create(ctx, actor, services)` when the class defines that classmethod (not
    QWidget.create, which every widget has), else the class itself called so; or a note."""
    try:
        page = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        log.info("page %s.%s is not available", module, name, exc_info=True)
        return note_page(QCoreApplication.translate("Pages",
                                                    "This page is not available in this version."))
    try:
        factory = (page.create if isinstance(inspect.getattr_static(page, "create", None), classmethod)
                   else page)
        return factory(ctx, actor, services)
    except Exception:  # one broken page must not hide the others
        log.exception("page %s could not be built", name)
        return note_page(QCoreApplication.translate(
            "Pages", "This page could not be opened; see the log file."), "error")
