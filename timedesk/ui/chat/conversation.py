"""A conversation shown as bubbles (the person's own on the right) and the box to write in.

Every message is shown as plain text (QLabel with Qt.PlainText): what people type is never
read as markup, so "<b>x</b>" reads "<b>x</b>". A word wider than its bubble (a path, a URL, a
file name) gets zero-width break opportunities, so that it wraps instead of being cut: a QLabel
breaks lines only between words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from timedesk.chat.service import MessageInfo
from timedesk.ui.appearance import styled
from timedesk.ui.formats import short_date_time

OWN_STYLE = ("QFrame#chatBubble { background: #2f6fdd; border-radius: 10px; }"
             " QLabel { color: #ffffff; background: transparent; }")
THEIR_STYLE = ("QFrame#chatBubble { background: palette(alternate-base);"
               " border: 1px solid palette(mid); border-radius: 10px; }"
               " QLabel { background: transparent; }")
BUBBLE_WIDTH = 0.8  # of the view's width at most
BUBBLE_MARGIN = 10
BUBBLE_SLACK = 6  # pixels of the bubble's width beyond its text and margins (its border)
BREAK = "\u200b"  # zero-width space: where Qt may break a line inside a word


def breakable(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` with a break opportunity after each character of every word wider than `width`
    (shorter words, spaces and line breaks as they are)."""
    return "\n".join(" ".join(BREAK.join(word) if metrics.horizontalAdvance(word) > width
                               else word for word in line.split(" "))
                      for line in text.split("\n"))


def plain_label(text: str, name: str) -> QLabel:
    """A label that shows `text` as it is, never as markup."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MessageBubble(QFrame):
    """One message: who and when, the ticket it is about, the text."""

    def __init__(self, message: MessageInfo, own: bool, header: str, about: str) -> None:
        super().__init__()
        self.setObjectName("chatBubble")
        self.message = message
        styled(self, OWN_STYLE if own else THEIR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(BUBBLE_MARGIN, 6, BUBBLE_MARGIN, 8)
        layout.setSpacing(2)
        self.header = plain_label(header, "chatBubbleHeader")
        self.header.setStyleSheet("font-size: 8pt;")
        layout.addWidget(self.header)
        if about:
            self.about = plain_label(about, "chatBubbleTicket")
            self.about.setStyleSheet("font-size: 8pt; font-style: italic;")
            layout.addWidget(self.about)
        self.body = plain_label(message.body, "chatBubbleBody")
        layout.addWidget(self.body)
        self._lines = [header, about, *message.body.splitlines()]

    def fit(self, max_width: int) -> None:
        """As wide as its longest line, at most `max_width` (a word-wrapped label alone would
        take a narrow column)."""
        metrics = self.body.fontMetrics()
        natural = max(metrics.horizontalAdvance(line) for line in self._lines)
        width = min(max_width, natural + 2 * BUBBLE_MARGIN + BUBBLE_SLACK)
        self.setFixedWidth(width)
        self.body.setText(breakable(self.message.body, metrics,
                                    width - 2 * BUBBLE_MARGIN - BUBBLE_SLACK))


class ConversationView(QScrollArea):
    """The messages of one conversation, oldest at the top, kept scrolled to the newest."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("chatConversation")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.inner.setObjectName("chatConversationInner")
        self.rows = QVBoxLayout(self.inner)
        self.rows.setContentsMargins(8, 8, 8, 8)
        self.rows.setSpacing(6)
        self.rows.addStretch(1)
        self.setWidget(self.inner)
        self.verticalScrollBar().rangeChanged.connect(self._to_newest)
        self.bubbles: list[MessageBubble] = []
        self._rows: list[QWidget] = []

    def show_messages(self, messages: list[tuple[MessageInfo, bool, str, str]]) -> None:
        """(message, own, header, about) each, oldest first."""
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows, self.bubbles = [], []
        for message, own, header, about in messages:
            bubble = MessageBubble(message, own, header, about)
            bubble.fit(self._bubble_width())
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            if own:
                line.addStretch(1)
            line.addWidget(bubble)
            if not own:
                line.addStretch(1)
            self.rows.addWidget(row)
            self._rows.append(row)
            self.bubbles.append(bubble)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for bubble in self.bubbles:
            bubble.fit(self._bubble_width())

    def _bubble_width(self) -> int:
        return max(200, int(self.viewport().width() * BUBBLE_WIDTH))

    def _to_newest(self, _minimum: int = 0, maximum: int = 0) -> None:
        """Keep the newest message in sight as the content grows (rangeChanged)."""
        self.verticalScrollBar().setValue(maximum)


class SendBox(QPlainTextEdit):
    """Where a message is written: Enter sends (`submitted`), Shift+Enter starts a new line."""

    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("chatSendBox")
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        if enter:  # Shift+Enter: a new line, not a paragraph separator
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)


def clock_text(moment: datetime, now: datetime) -> str:
    """The office time of a message, with its date when it is not from today."""
    return short_date_time(moment, now)
