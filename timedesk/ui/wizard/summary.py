"""What the set-up has: read off the GUI thread (the database, the secret store), then said
area by area, in the person's language: what is set, or that it was skipped, and where to
change it later. The Done page and the note after Cancel both say it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication as qt

from timedesk.auth.permissions import Actor, Permission
from timedesk.clockify.rest import SECRET_NAME as CLOCKIFY_KEY
from timedesk.clockify.webhooks import list_webhooks
from timedesk.db.engine import describe, resolve_url
from timedesk.errors import TimedeskError
from timedesk.turns import setup as turns_setup
from timedesk.ui.connection.sesame_section import TOKEN_SECRET
from timedesk.ui.widgets import short_path

AREAS = ("database", "sesame", "clockify", "mail", "turns")


@dataclass(frozen=True)
class SetupFacts:
    database: str  # where the database of the settings is
    database_in_use: str  # where the database in use is (until a restart, if they differ)
    embedded: bool  # the settings name no database: the embedded SQLite file
    sesame_token: str | None  # where the token is stored (None: nowhere)
    sesame_demo: bool
    clockify_key: str | None
    clockify_workspace: str
    webhooks: int
    mail_enabled: bool
    smtp_host: str
    smtp_port: int
    services: int
    desks: int


def _source(secrets: Any, name: str) -> str | None:
    try:
        return secrets.source(name)
    except TimedeskError:  # no secret store: nothing stored in it either
        return None


def read_facts(ctx: Any, actor: Actor) -> SetupFacts:
    """Blocking: run it as a job."""
    settings, secrets = ctx.settings, ctx.secrets
    url = settings["database.url"]
    hooks = (len(list_webhooks(ctx.db, actor)) if actor.can(Permission.CLOCKIFY_VIEW) else 0)
    return SetupFacts(
        database=describe(resolve_url(url, ctx.paths.sqlite_file)),
        database_in_use=ctx.db.description, embedded=not url,
        sesame_token=_source(secrets, TOKEN_SECRET), sesame_demo=bool(settings["sesame.demo"]),
        clockify_key=_source(secrets, CLOCKIFY_KEY),
        clockify_workspace=settings["clockify.workspace_id"], webhooks=hooks,
        mail_enabled=bool(settings["mail.enabled"]), smtp_host=settings["smtp.host"],
        smtp_port=settings["smtp.port"],
        services=len(turns_setup.list_services(ctx.db)),
        desks=len(turns_setup.list_desks(ctx.db)))


@dataclass(frozen=True)
class Line:
    area: str
    done: bool
    text: str


def title(area: str) -> str:
    return {"database": qt.translate("SetupSummary", "Database"),
            "sesame": qt.translate("SetupSummary", "Sesame"),
            "clockify": qt.translate("SetupSummary", "Clockify"),
            "mail": qt.translate("SetupSummary", "Mail"),
            "turns": qt.translate("SetupSummary", "Turns")}[area]


def where_later(area: str) -> str:
    """Where to change `area` after the wizard (File › Settings and its pages)."""
    return {"database": qt.translate("SetupSummary", "Settings › This computer › Database"),
            "sesame": qt.translate("SetupSummary", "Settings › Integrations › Sesame Time"),
            "clockify": qt.translate("SetupSummary", "Settings › Integrations › Clockify webhooks, "
                                     "or this wizard for the API key"),
            "mail": qt.translate("SetupSummary", "Settings › Mail › Mail server"),
            "turns": qt.translate("SetupSummary", "Turns tab › Set-up")}[area]


def _place(where: str | None) -> str:
    return {"keyring": qt.translate("SetupSummary", "the system keyring"),
            "file": qt.translate("SetupSummary", "the unencrypted secrets file"),
            "session": qt.translate("SetupSummary", "this session only"),
            "environment": qt.translate("SetupSummary", "an environment variable")}.get(
        where or "", where or "")


def _what(area: str, facts: SetupFacts) -> str:
    """What is set in `area` ('' when nothing)."""
    if area == "database":
        if facts.database != facts.database_in_use:
            return qt.translate("SetupSummary", "{where} (used once timedesk restarts)").format(
                where=short_path(facts.database))
        return (qt.translate("SetupSummary", "the embedded SQLite database of this PC")
                if facts.embedded else short_path(facts.database))
    if area == "sesame":
        if facts.sesame_token:
            return qt.translate("SetupSummary", "API token stored in {place}").format(
                place=_place(facts.sesame_token))
        return qt.translate("SetupSummary", "the demo company") if facts.sesame_demo else ""
    if area == "clockify":
        parts = []
        if facts.clockify_key:
            parts.append(qt.translate("SetupSummary", "API key stored in {place}").format(
                place=_place(facts.clockify_key)))
        if facts.clockify_workspace:
            parts.append(qt.translate("SetupSummary", "workspace {id}").format(
                id=facts.clockify_workspace))
        if facts.webhooks:
            parts.append(qt.translate("SetupSummary", "{count} webhook(s)").format(
                count=facts.webhooks))
        return ", ".join(parts)
    if area == "mail":
        if not facts.smtp_host:
            return ""
        text = qt.translate("SetupSummary", "server {host}:{port}").format(
            host=facts.smtp_host, port=facts.smtp_port)
        if not facts.mail_enabled:
            text += qt.translate("SetupSummary", " (sending is off)")
        return text
    if facts.services or facts.desks:
        return qt.translate("SetupSummary", "{services} service(s), {desks} desk(s)").format(
            services=facts.services, desks=facts.desks)
    return ""


def summary_lines(facts: SetupFacts, skipped: set[str]) -> list[Line]:
    """Area by area: what is set, or skipped / not set, with where to change it later. The
    database always has one (the embedded file, when nothing else was chosen)."""
    lines = []
    for area in AREAS:
        what = _what(area, facts)
        if what:
            text = qt.translate("SetupSummary", "✓ {area}: {what}. Change it later in {where}."
                                ).format(area=title(area), what=what, where=where_later(area))
        elif area in skipped:
            text = qt.translate("SetupSummary", "– {area}: skipped. Set it up later in {where}."
                                ).format(area=title(area), where=where_later(area))
        else:
            text = qt.translate("SetupSummary", "– {area}: not set up. Set it up later in "
                                "{where}.").format(area=title(area), where=where_later(area))
        lines.append(Line(area, bool(what), text))
    return lines
