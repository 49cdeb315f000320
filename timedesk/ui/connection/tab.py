"""The Connection tab: a scrollable column of group boxes, one per registered section."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor
from timedesk.ui.connection.sections import can_manage, sections_for
from timedesk.ui.tabs import register_tab
from timedesk.ui.widgets import role_label

log = logging.getLogger(__name__)
MAX_CONTENT_WIDTH = 860


class ConnectionTab(QScrollArea):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        column = QWidget()
        column.setObjectName("connectionSections")
        column.setMaximumWidth(MAX_CONTENT_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        if not can_manage(actor):
            banner = role_label(self.tr("You can see these settings; only an administrator or a "
                                        "manager can change them."), "banner")
            banner.setObjectName("readOnlyBanner")
            layout.addWidget(banner)
        self.sections: dict[str, QWidget] = {}
        for spec in sections_for(actor):
            box = QGroupBox(spec.title())
            box.setObjectName(f"section_{spec.key}")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 8, 4, 4)
            try:
                widget = spec.factory(ctx, actor, services)
            except Exception:  # a broken section must not hide the others
                log.exception("connection section %s could not be built", spec.key)
                widget = role_label(self.tr("This section could not be opened; see the log "
                                            "file."), "error")
            inner.addWidget(widget)
            layout.addWidget(box)
            self.sections[spec.key] = widget
        layout.addStretch(1)
        # Centre the column with stretches (not an alignment flag, which would break the
        # height-for-width of wrapped labels and clip them).
        outer = QWidget()
        outer.setObjectName("connectionPage")
        row = QHBoxLayout(outer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        self.setWidget(outer)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> ConnectionTab:
        return cls(ctx, actor, services)


register_tab("connection", lambda: QCoreApplication.translate("Tabs", "Connection"), None,
             ConnectionTab.build, order=10)
