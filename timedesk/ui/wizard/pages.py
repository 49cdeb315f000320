"""The wizard's pages. Each shows the form that sets its part up — the Settings dialog's own
sections where there is one (database, Sesame, mail, Clockify webhooks), the Turns tab's set-up
page — so the checks, the confirmations, the secret store and the audit are those of every day;
the page adds what a first start needs (the demo company, the demo turns) and a scroll area."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.secret_endpoints import save_settings
from timedesk.turns.demo import load_turns
from timedesk.ui.connection.clockify_section import ClockifySection
from timedesk.ui.connection.database_section import DatabaseSection
from timedesk.ui.connection.mail_section import MailSection
from timedesk.ui.connection.sesame_section import SesameSection
from timedesk.ui.errors import show_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.turns.setup_page import TurnsSetupPage
from timedesk.ui.widgets import role_label, show_message
from timedesk.ui.wizard.clockify_form import ClockifyKeyForm
from timedesk.ui.wizard.summary import SetupFacts, read_facts, summary_lines


class StepPage(QWizardPage):
    """A page of one area (`key`): a title, a subtitle and a body in a scroll area."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setObjectName(f"wizardPage_{key}")

    def set_body(self, title: str, subtitle: str, body: QWidget) -> None:
        self.setTitle(title)
        self.setSubTitle(subtitle)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)


def column(*widgets: QWidget) -> QWidget:
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 8, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return body


class DatabasePage(StepPage):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__("database")
        self.section = DatabaseSection.build(ctx, actor, services)
        self.set_body(self.tr("Database"), self.tr(
            "One computer: keep the embedded SQLite database and press Next. Several computers: "
            "test a PostgreSQL server's URL and use it (timedesk restarts on it later)."),
            column(self.section))


class DemoOffer(QWidget):
    """A hint, a button that loads a demo (`object_name`) and the line saying how it went."""

    def __init__(self, hint: str, button_text: str, object_name: str, allowed: bool,
                 jobs: Any) -> None:
        super().__init__()
        self._jobs = jobs
        self.button = QPushButton(button_text)
        self.button.setObjectName(object_name)
        self.button.setEnabled(allowed)
        self.result = role_label("", "hint")
        self.result.setObjectName(object_name + "Result")
        self.result.hide()
        row = QHBoxLayout()
        row.addWidget(role_label(hint, "hint"), 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def start(self, call: Callable[[], Any], said: Callable[[Any], str], title: str) -> None:
        """`call()` off the GUI thread; then `said(result)` as a success, or the error."""
        self.button.setEnabled(False)

        def done(result: Any) -> None:
            self.button.setEnabled(True)
            show_message(self.result, said(result), "success")

        def failed(exc: BaseException) -> None:
            self.button.setEnabled(True)
            show_error(self.result, exc)

        run_in_background(self, lambda progress: call(), done, failed, jobs=self._jobs,
                          title=title)


class SesamePage(StepPage):
    """The Sesame section, and the demo company for an office that wants to look first."""

    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__("sesame")
        self._ctx = ctx
        self.section = SesameSection.build(ctx, actor, services)
        self.demo = DemoOffer(self.tr(
            "No Sesame account yet? The demo company (recorded employees and a month of work "
            "entries, served by timedesk itself) makes the Reports tab work."),
            self.tr("Use the demo company"), "wizardSesameDemo",
            actor.can(Permission.SESAME_MANAGE), services.jobs)
        self.set_body(self.tr("Sesame Time"), self.tr(
            "Paste the API token and the region, test and save; or use the demo company; or "
            "skip this step."), column(self.section, self.demo))
        self.demo.button.clicked.connect(lambda _checked: self.use_demo())

    def use_demo(self) -> None:
        settings, secrets = self._ctx.settings, self._ctx.secrets
        self.demo.start(lambda: save_settings(settings, secrets, {"sesame.demo": True}),
                        lambda _cleared: self.tr("The demo company is on: the Reports tab "
                                                 "reads its data while timedesk runs."),
                        self.tr("Turning on the demo company"))


class ClockifyPage(StepPage):
    """The API key and workspace, then, on request, the webhooks (the Connection section)."""

    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__("clockify")
        self._ctx, self._actor, self._services = ctx, actor, services
        self.form = ClockifyKeyForm(ctx.settings, ctx.secrets, services.jobs,
                                    actor.can(Permission.SETTINGS_MANAGE))
        self.form.secret.refresh()
        self.webhooks_button = QToolButton()
        self.webhooks_button.setObjectName("wizardClockifyWebhooks")
        self.webhooks_button.setText(self.tr("Register a webhook now (optional)"))
        self.webhooks_button.setCheckable(True)
        self.webhooks_button.setAutoRaise(True)
        self.webhooks_button.setArrowType(Qt.ArrowType.RightArrow)
        self.webhooks_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.webhooks: ClockifySection | None = None
        self.holder = QWidget()
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.holder.hide()
        self.set_body(self.tr("Clockify"), self.tr(
            "Paste the API key and the workspace id, test and save; register the webhook that "
            "brings the sessions in; or skip this step."),
            column(self.form, self.webhooks_button, self.holder))
        self.webhooks_button.toggled.connect(self.show_webhooks)

    def show_webhooks(self, shown: bool) -> None:
        """The webhooks section, built the first time it is asked for."""
        self.webhooks_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)
        if shown and self.webhooks is None:
            self.webhooks = ClockifySection.build(self._ctx, self._actor, self._services)
            self.holder_layout.addWidget(self.webhooks)
            self.webhooks.show()
        self.holder.setVisible(shown)


class MailPage(StepPage):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__("mail")
        self.section = MailSection.build(ctx, actor, services)
        self.set_body(self.tr("Mail"), self.tr(
            "The SMTP server that sends reports and notices: fill it in, save and send a test "
            "e-mail; or skip this step."), column(self.section))


class TurnsPage(StepPage):
    """The Turns set-up page (services and desks), and the demo turns."""

    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__("turns")
        self._ctx, self._actor = ctx, actor
        self.setup = TurnsSetupPage.build(ctx, actor, services)
        self.setup.setMinimumHeight(420)
        self.demo = DemoOffer(self.tr(
            "Or start from the demo: three services (Registro, Pagos, Información), three "
            "desks and a few waiting turns."), self.tr("Load the demo turns"),
            "wizardTurnsDemo", actor.can(Permission.TURNS_MANAGE), services.jobs)
        self.set_body(self.tr("Turns"), self.tr(
            "The services people take a turn for (a name, a code letter that prefixes the "
            "numbers, a colour) and the desks that call them; or load the demo; or skip."),
            column(self.setup, self.demo))
        self.demo.button.clicked.connect(lambda _checked: self.load_demo())

    def load_demo(self) -> None:
        ctx, actor = self._ctx, self._actor
        self.demo.start(lambda: load_turns(ctx, actor), self._loaded,
                        self.tr("Loading the demo turns"))

    def _loaded(self, added: list[str]) -> str:
        self.setup.refresh()
        return (self.tr("Demo turns loaded ({count} items added).").format(count=len(added))
                if added else self.tr("The demo turns were already there."))


class DonePage(QWizardPage):
    """What is set and what was skipped, read again each time the page is shown."""

    def __init__(self, ctx: Any, actor: Actor, services: Any, skipped: set[str]) -> None:
        super().__init__()
        self._ctx, self._actor, self._jobs, self._skipped = ctx, actor, services.jobs, skipped
        self.key = "done"
        self.setObjectName("wizardPage_done")
        self.setTitle(self.tr("Done"))
        self.setSubTitle(self.tr("What is set up now, and where to change it later. You can "
                                 "open the wizard again from the Help menu."))
        self.summary = role_label("", "hint")
        self.summary.setObjectName("wizardSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        show_message(self.summary, self.tr("Reading the set-up…"), "hint")
        ctx, actor = self._ctx, self._actor
        run_in_background(self, lambda progress: read_facts(ctx, actor), self.show_facts,
                          lambda exc: show_error(self.summary, exc), jobs=self._jobs,
                          title=self.tr("Reading the set-up"))

    def show_facts(self, facts: SetupFacts) -> None:
        text = "\n\n".join(line.text for line in summary_lines(facts, self._skipped))
        show_message(self.summary, text, "hint")
