"""What to tell a person when talking to Sesame failed: what went wrong and what to do, in their
language, for each typed error of timedesk.sesame.errors (the connection test and reports)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from timedesk.errors import TimedeskError
from timedesk.sesame.errors import (SesameAuthError, SesameConnectionDropped, SesameNotLicensed,
                                    SesamePageFailed, SesameTimeout, SesameUnexpectedAnswer,
                                    SesameUnreachable)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Explained:
    what: str  # what went wrong, one sentence
    todo: str  # what to do about it
    detail: str = ""  # the service's own words (English), for the tooltip
    technical: str = ""  # the precise technical cause, shown on a line of its own

    def text(self) -> str:
        lines = [self.what, self.todo]
        if self.technical:
            lines.append(QCoreApplication.translate("SesameErrors", "Details: {cause}").format(
                cause=self.technical))
        return "\n".join(line for line in lines if line)


def explain(exc: BaseException) -> Explained:
    """The person's view of `exc`; unexpected errors are logged with their traceback."""
    detail = str(exc) if isinstance(exc, TimedeskError) else ""
    qt = QCoreApplication  # lupdate reads any .translate("Context", "literal")
    if isinstance(exc, SesameAuthError):
        return Explained(qt.translate(
            "SesameErrors", "Sesame refused the token (401): it is invalid or was revoked."),
            qt.translate(
                "SesameErrors", "Create a new API token in Sesame (Settings › Integrations › "
                "API), paste it here and save."), detail)
    if isinstance(exc, SesameNotLicensed):
        return Explained(qt.translate(
            "SesameErrors", "Sesame says this company is not licensed for the API (403)."),
            qt.translate(
                "SesameErrors", "Ask Sesame to enable the API add-on for the company, or use a "
                "token of a company that has it."), detail)
    if isinstance(exc, SesameUnreachable):
        if "resolve" in exc.message:
            what = qt.translate("SesameErrors", "Sesame could not be reached: its address does "
                                "not resolve (DNS), so the region is probably wrong.")
        elif "refused" in exc.message:
            what = qt.translate("SesameErrors", "Sesame could not be reached: the connection "
                                "was refused.")
        else:
            what = qt.translate("SesameErrors", "Sesame could not be reached: the region is "
                                "unknown, its address does not resolve (DNS) or the connection "
                                "was refused.")
        return Explained(what, qt.translate(
            "SesameErrors", "Check the region (it is in the address of your Sesame page, e.g. "
            "eu1), the advanced base URL and this computer's Internet connection."), detail,
            exc.message)
    if isinstance(exc, SesameTimeout):
        return Explained(qt.translate("SesameErrors", "Sesame did not answer in time."),
                         qt.translate(
                             "SesameErrors", "Try again in a moment; if it keeps happening, "
                             "raise the setting sesame.timeout_s."), detail, exc.message)
    if isinstance(exc, SesameConnectionDropped):
        return Explained(qt.translate(
            "SesameErrors", "The connection to Sesame dropped before its answer arrived whole."),
            qt.translate("SesameErrors", "Try again in a few minutes; if it keeps happening, "
                         "check this computer's Internet connection or proxy."), detail,
            exc.message)
    if isinstance(exc, SesamePageFailed):
        return Explained(qt.translate(
            "SesameErrors", "Part of the data could not be read from Sesame, even after "
            "several attempts, so no report was written."),
            qt.translate("SesameErrors", "Try again in a few minutes."), detail, exc.message)
    if isinstance(exc, SesameUnexpectedAnswer):
        return Explained(qt.translate(
            "SesameErrors", "Sesame gave an answer timedesk does not understand."),
            qt.translate(
                "SesameErrors", "Check that the base URL points at Sesame's API; the log file "
                "has the details."), detail, exc.message)
    if isinstance(exc, TimedeskError):
        return Explained(exc.message[:1].upper() + exc.message[1:], exc.hint, detail)
    log.error("Sesame operation failed unexpectedly", exc_info=exc)
    return Explained(qt.translate("SesameErrors", "Something unexpected went wrong."),
                     qt.translate(
                         "SesameErrors", "The log file has the details; try again, and report "
                         "it if it happens again."))
