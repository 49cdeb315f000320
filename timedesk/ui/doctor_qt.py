"""The doctor's checks that need Qt: sound output and printers. Run on the thread that owns the
QApplication; a process without one (the CLI) gets an offscreen one."""

from __future__ import annotations

import logging
from typing import Any

from timedesk.doctor import FAIL, OK, WARN, Check, guarded

log = logging.getLogger(__name__)


def check_sound() -> Check:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        return Check("Sound", FAIL, "Qt's multimedia module does not load ({error})",
                     "sudo apt-get install libpulse0", {"error": exc})
    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        return Check("Sound", WARN, "no audio output device",
                     "Only the lobby display plays sound: connect speakers or a screen with "
                     "sound to that PC.")
    default = QMediaDevices.defaultAudioOutput().description() or outputs[0].description()
    return Check("Sound", OK, "{count} output(s), default: {default}",
                 params={"count": len(outputs), "default": default})


def check_printers() -> Check:
    from PySide6.QtPrintSupport import QPrinterInfo

    names = QPrinterInfo.availablePrinterNames()
    if not names:
        return Check("Printers", WARN, "no printer",
                     "Only the reception's ticket printing needs one: add the printer to this "
                     "PC's system settings.")
    default = QPrinterInfo.defaultPrinterName() or names[0]
    return Check("Printers", OK, "{count} printer(s), default: {default}",
                 params={"count": len(names), "default": default})


def qt_checks() -> list[Check]:
    """Sound and printers, on the QApplication's thread (an offscreen one is made if needed)."""
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        return [Check("Sound and printers", FAIL, "Qt does not load ({error})",
                      "Install the libraries the Qt libraries check names.", {"error": exc})]
    if QApplication.instance() is None:  # the CLI: Qt's chatter goes to the log, not the checklist
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(lambda _mode, _context, message: log.debug("Qt: %s", message))
        _offscreen_app.append(QApplication(["timedesk-doctor", "-platform", "offscreen"]))
    return [guarded("Sound", check_sound), guarded("Printers", check_printers)]


_offscreen_app: list[Any] = []  # kept alive for the process
