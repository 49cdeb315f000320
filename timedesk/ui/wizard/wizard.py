"""The set-up wizard (QWizard): Database, Sesame, Clockify, Mail, Turns, Done. A page's forms
save as they do in the Settings dialog's sections (each with its own Save or Use button), so whatever was
saved stays whatever happens next; "Skip this step" moves on without saving. Finishing or
cancelling ends the wizard for this PC (state.py); Cancel then says what was kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from timedesk.auth.permissions import Actor, Permission
from timedesk.ui.errors import describe_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.wizard import state
from timedesk.ui.wizard.pages import (
    ClockifyPage,
    DatabasePage,
    DonePage,
    MailPage,
    SesamePage,
    StepPage,
    TurnsPage,
)
from timedesk.ui.wizard.summary import read_facts, summary_lines

SKIP = QWizard.WizardButton.CustomButton1
MIN_SIZE = (760, 560)  # fits a 1280×680 screen with room for the title bar


class SetupWizard(QWizard):
    def __init__(self, ctx: Any, actor: Actor, services: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set-up wizard"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(SKIP, self.tr("Skip this step"))
        self.button(SKIP).setObjectName("wizardSkip")
        self.setMinimumSize(*MIN_SIZE)
        self.skipped: set[str] = set()
        self.steps: list[StepPage] = [page(ctx, actor, services) for page in (
            DatabasePage, SesamePage, ClockifyPage, MailPage, TurnsPage)]
        for page in self.steps:
            self.addPage(page)
        self.done_page = DonePage(ctx, actor, services, self.skipped)
        self.addPage(self.done_page)
        self.note: QMessageBox | None = None
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)

    def _custom_button(self, which: int) -> None:
        if which == SKIP.value:
            self.skip()

    def _page_changed(self, _page_id: int) -> None:
        self.button(SKIP).setVisible(isinstance(self.currentPage(), StepPage))

    def skip(self) -> None:
        """Leave the page in front without saving what it has unsaved."""
        page = self.currentPage()
        if isinstance(page, StepPage):
            self.skipped.add(page.key)
            self.next()

    def accept(self) -> None:
        state.mark_ended(self._ctx.paths.config_dir, "completed")
        super().accept()

    def reject(self) -> None:
        """Cancel: what the pages saved stays; a note says what is set up now."""
        state.mark_ended(self._ctx.paths.config_dir, "dismissed")
        super().reject()
        ctx, actor = self._ctx, self._actor
        run_in_background(
            self, lambda progress: read_facts(ctx, actor),
            lambda facts: self._say_kept("\n".join(
                line.text for line in summary_lines(facts, self.skipped))),
            lambda exc: self._say_kept(describe_error(exc).text()), jobs=self._jobs,
            title=self.tr("Reading the set-up"))

    def _say_kept(self, lines: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Set-up wizard closed"),
                          self.tr("What you saved on the wizard's pages is kept. You can open "
                                  "the wizard again from the Help menu.\n\n{lines}"
                                  ).format(lines=lines),
                          QMessageBox.StandardButton.Ok, self.parentWidget() or self)
        box.setObjectName("wizardClosedNote")
        box.finished.connect(box.deleteLater)
        self.note = box
        box.open()


def may_set_up(actor: Actor) -> bool:
    """Whether `actor` may use the wizard (it changes the office's settings)."""
    return actor.can(Permission.SETTINGS_MANAGE)


def open_setup_wizard(window: Any) -> SetupWizard:
    """Open (or bring to the front) the wizard of the main window `window`."""
    wizard: SetupWizard | None = getattr(window, "setup_wizard", None)
    if wizard is None or not wizard.isVisible():
        if wizard is not None:  # ended earlier: a new one reads everything afresh
            wizard.deleteLater()
        wizard = SetupWizard(window.ctx, window.actor, window.services, window)
        window.setup_wizard = wizard
        wizard.open()  # never exec(): the qasync loop must keep running
    wizard.raise_()
    wizard.activateWindow()
    return wizard


def offer_setup_wizard(window: Any) -> SetupWizard | None:
    """After the first run on this PC, the wizard opens by itself, once."""
    if not may_set_up(window.actor) or not state.is_pending(window.ctx.paths.config_dir):
        return None
    return open_setup_wizard(window)
