"""Pages of a tab, built so that a page which raises while it is built shows a note instead of
taking the whole tab (or the window) down. The tabs import their pages' modules plainly: a page
module that cannot be imported fails its tests, it is not hidden behind a note.

`PagedTab` is a main-window tab made of such pages (Turns, Punches)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
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


PageSpec = tuple[str, tuple[Permission, ...], str, PageFactory]  # key, any of, title, factory


class PagedTab(QWidget):
    """Pages in a document-mode QTabWidget, each shown to an actor who holds one of its
    permissions and built the first time the tab is shown (the window starts faster when the
    tab is not the one on screen); buttons in the pages' corner."""

    def __init__(self, ctx: Any, actor: Actor, services: Any, name: str) -> None:
        super().__init__()
        self.ctx, self._actor, self._services, self._name = ctx, actor, services, name
        self.pages = QTabWidget()
        self.pages.setObjectName(f"{name}Pages")
        self.pages.setDocumentMode(True)
        self.page_widgets: dict[str, QWidget] = {}
        corner = QWidget()
        self._corner = QHBoxLayout(corner)
        self._corner.setContentsMargins(0, 0, 4, 2)
        self.pages.setCornerWidget(corner)
        # A page taller or wider than the window scrolls (with its page bar) instead of making
        # the window bigger than a laptop's screen (1280x680 is the client area to work in).
        scroll = QScrollArea()
        scroll.setObjectName(f"{name}Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(scroll)

    def add_corner_button(self, button: QPushButton) -> None:
        self._corner.addWidget(button)

    def page_specs(self) -> list[PageSpec]:
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.ensure_pages()
        super().showEvent(event)

    def ensure_pages(self) -> None:
        if self.page_widgets:
            return
        for key, permissions, title, factory in self.page_specs():
            if any(self._actor.can(p) for p in permissions):
                widget = build_page(factory, self.ctx, self._actor, self._services)
                widget.setObjectName(f"{self._name}_{key}")
                self.pages.addTab(widget, title)
                self.page_widgets[key] = widget

    def show_page(self, key: str) -> bool:
        """Bring page `key` to the front; False when the actor does not have it."""
        self.ensure_pages()
        widget = self.page_widgets.get(key)
        if widget is None:
            return False
        self.pages.setCurrentWidget(widget)
        return True
