"""What to tell a person when something failed: what went wrong, what to do about it and the
precise cause, in their language, for every typed error (timedesk.errors.TimedeskError and its
domain subclasses). One way to show it: `show_error(label, exc)` in an inline status label.

A typed error's message and hint are English templates with their values apart (`template`,
`hint_template`, `params`): they are translated in the context ServiceErrors and filled here,
and the English text stays whenever a translation is missing or does not fit the values.

A foreign exception (a bug, a library's own error) never shows its str(): it may echo a secret
(a keyring backend, an SMTP server) and is not written for people. It gets a generic text, its
type as the detail, and its traceback in the log file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication as qt  # lupdate reads .translate("Context", "...")
from PySide6.QtWidgets import QLabel

from timedesk.errors import (
    DatabaseUnavailable,
    PermissionDenied,
    SecretStoreUnavailable,
    TimedeskError,
)
from timedesk.jobs import JobCancelled
from timedesk.sesame.errors import (
    SesameAuthError,
    SesameConnectionDropped,
    SesameNotLicensed,
    SesamePageFailed,
    SesameTimeout,
    SesameUnexpectedAnswer,
    SesameUnreachable,
)
from timedesk.ui.widgets import show_message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Explained:
    what: str  # what went wrong, one sentence
    what_to_do: str  # what to do about it
    detail: str = ""  # the precise cause (a typed error's own words, a foreign error's type)

    def text(self) -> str:
        """What and what to do in one paragraph, the detail on a line of its own."""
        text = f"{self.what} {self.what_to_do}".strip()
        if self.detail:
            text += "\n" + qt.translate("Errors", "Details: {cause}").format(cause=self.detail)
        return text


def describe_error(exc: BaseException) -> Explained:
    """The person's view of `exc`; foreign errors are logged with their traceback."""
    if isinstance(exc, JobCancelled):
        return Explained(qt.translate("Errors", "Cancelled."), "")
    if not isinstance(exc, TimedeskError):
        log.error("an operation failed unexpectedly", exc_info=exc)
        return Explained(qt.translate("Errors", "Something unexpected went wrong."),
                         qt.translate("Errors", "The log file has the details; try again, "
                                      "and report it if it happens again."), type(exc).__name__)
    return _sesame(exc) or _general(exc)


def show_error(label: QLabel, exc: BaseException, lead: str = "") -> Explained:
    """Show `exc` in an inline status label, after `lead` (e.g. "Cannot load the users:"),
    coloured as an error."""
    explained = describe_error(exc)
    text = explained.text()
    show_message(label, f"{lead} {text}" if lead else text, "error")
    return explained


def translated(exc: TimedeskError) -> tuple[str, str]:
    """The message and the hint of `exc` in the interface's language."""
    return (_translate(exc.template, exc.params, exc.message),
            _translate(exc.hint_template, exc.params, exc.hint))


def _translate(template: str, params: dict[str, object], english: str) -> str:
    if not template:
        return english
    translation = qt.translate("ServiceErrors", template)
    try:
        return translation.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        if translation != template:
            log.warning("the translation of %r does not fit its values %s", template,
                        sorted(params))
        return english


def _general(exc: TimedeskError) -> Explained:
    message, hint = translated(exc)
    if isinstance(exc, DatabaseUnavailable):
        return Explained(qt.translate("Errors", "The database cannot be reached."),
                         hint or qt.translate(
                             "Errors", "Check the database settings (File > Settings > This "
                             "computer) and that the database server is running."), message)
    if isinstance(exc, SecretStoreUnavailable):
        return Explained(qt.translate("Errors", "The secret store cannot be used."),
                         hint or qt.translate(
                             "Errors", "Keep the secret for this session only, or store it in "
                             "the unencrypted secrets file."), message)
    if isinstance(exc, PermissionDenied):
        return Explained(qt.translate("Errors", "You are not allowed to do this."),
                         hint or qt.translate(
                             "Errors", "Ask an administrator for the permission."), message)
    return Explained(message[:1].upper() + message[1:], hint)


def _sesame(exc: TimedeskError) -> Explained | None:
    detail = translated(exc)[0]
    if isinstance(exc, SesameAuthError | SesameNotLicensed):  # Sesame's answer says it all
        if isinstance(exc, SesameAuthError):
            what = qt.translate("Errors", "Sesame refused the token (401): it is invalid or was "
                                "revoked.")
            to_do = qt.translate("Errors", "Create a new API token in Sesame (Settings › "
                                 "Integrations › API), paste it here and save.")
        else:
            what = qt.translate("Errors", "Sesame says this company is not licensed for the API "
                                "(403).")
            to_do = qt.translate("Errors", "Ask Sesame to enable the API add-on for the company, "
                                 "or use a token of a company that has it.")
        return Explained(what, to_do)
    if isinstance(exc, SesameUnreachable):
        if "resolve" in exc.message:
            what = qt.translate("Errors", "Sesame could not be reached: its address does "
                                "not resolve (DNS), so the region is probably wrong.")
        elif "refused" in exc.message:
            what = qt.translate("Errors", "Sesame could not be reached: the connection "
                                "was refused.")
        else:
            what = qt.translate("Errors", "Sesame could not be reached: the region is "
                                "unknown, its address does not resolve (DNS) or the connection "
                                "was refused.")
        return Explained(what, qt.translate(
            "Errors", "Check the region (it is in the address of your Sesame page, e.g. "
            "eu1), the advanced base URL and this computer's Internet connection."), detail)
    if isinstance(exc, SesameTimeout):
        return Explained(qt.translate("Errors", "Sesame did not answer in time."),
                         qt.translate(
                             "Errors", "Try again in a moment; if it keeps happening, "
                             "raise the setting sesame.timeout_s."), detail)
    if isinstance(exc, SesameConnectionDropped):
        return Explained(qt.translate(
            "Errors", "The connection to Sesame dropped before its answer arrived whole."),
            qt.translate("Errors", "Try again in a few minutes; if it keeps happening, "
                         "check this computer's Internet connection or proxy."), detail)
    if isinstance(exc, SesamePageFailed):
        return Explained(qt.translate(
            "Errors", "Part of the data could not be read from Sesame, even after "
            "several attempts, so no report was written."),
            qt.translate("Errors", "Try again in a few minutes."), detail)
    if isinstance(exc, SesameUnexpectedAnswer):
        return Explained(qt.translate(
            "Errors", "Sesame gave an answer timedesk does not understand."),
            qt.translate(
                "Errors", "Check that the base URL points at Sesame's API; the log file "
                "has the details."), detail)
    return None
