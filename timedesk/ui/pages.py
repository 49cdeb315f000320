"""Pages of a tab, built so that a page which raises while it is built shows a note instead of
taking the whole tab (or the window) down. The tabs import their pages' modules plainly: a page
module that cannot be imported fails its tests, it is not hidden behind a note."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from timedesk.auth.permissions import Actor
from timedesk.ui.widgets import role_label

log = logging.getLogger(__name__)

PageFactory = Callable[[Any, Actor, Any], QWidget]  # (ctx, actor, services) -> the page


def build_page(factory: PageFactory, ctx: Any, actor: Actor, services: Any) -> QWidget:
    """`factory(ctx, actor, services)`, or an error note when it raises."""
    try:
        return factory(ctx, actor, services)
    except Exception:  # one broken page must not hide the others
        log.exception("page %s could not be built", getattr(factory, "__qualname__", factory))
        label = role_label(QCoreApplication.translate(
            "Pages", "This page could not be opened; see the log file."), "error")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
