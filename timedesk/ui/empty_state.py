"""An empty page that says what to do: a message in the middle of the page and, when there is
something to do about it, a button that does it ("No webhook yet" → "Set up Clockify webhooks").

The caller translates the texts (its own tr() context) and may change them later with
`show_state(...)`, e.g. when the reason for the emptiness changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timedesk.ui.widgets import primary_button, role_label

Action = Callable[[], object]


class EmptyState(QWidget):
    def __init__(self, message: str, action_text: str | None = None,
                 on_action: Action | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._on_action: Action | None = None
        self.message = role_label("", "hint")
        self.message.setObjectName("emptyStateMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.button = primary_button("")
        self.button.setObjectName("emptyStateAction")
        self.button.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.show_state(message, action_text, on_action)

    def show_state(self, message: str, action_text: str | None = None,
                   on_action: Action | None = None) -> None:
        """Say `message`; offer the button only with both a text and an action."""
        self.message.setText(message)
        self._on_action = on_action
        self.button.setText(action_text or "")
        self.button.setVisible(bool(action_text) and on_action is not None)

    def _clicked(self) -> None:
        if self._on_action is not None:
            self._on_action()
