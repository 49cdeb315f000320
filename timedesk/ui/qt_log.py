"""Qt's own warnings go to the log file instead of stderr (a frozen app has no console)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")
# Harmless notes of the offscreen platform (tests, --self-test, screenshots).
_IGNORED = ("This plugin does not support propagateSizeHints()",
            "This plugin does not support raise()")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handle(kind: QtMsgType, _context: object, message: str) -> None:
    if message in _IGNORED:
        return
    log.log(_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    qInstallMessageHandler(_handle)
