"""The sections of the Settings dialog (File > Settings).

A section is a group box on one page of the dialog: PAGE_COMPUTER (this PC: database, listener,
language, secrets), PAGE_INTEGRATIONS (Sesame, Clockify) or PAGE_MAIL. Its factory receives the
context, the actor and the UI services and returns the widget inside the box; it must show
values read-only when `can_manage(actor)` is false. A section with a form joins its page's
commit model by having is_dirty(), commit(), revert() (and `commit_button`, its own button,
hidden in the dialog: the page's Save commits). Register from your module's UI package and
import that module in load_section_modules():

    register_connection_section("sesame", lambda: QCoreApplication.translate("Sections",
                                "Sesame Time"), SesameSection.build, order=40,
                                page=PAGE_INTEGRATIONS)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timedesk.auth.permissions import Actor, Permission

PAGE_COMPUTER, PAGE_INTEGRATIONS, PAGE_MAIL = "computer", "integrations", "mail"
SectionFactory = Callable[[Any, Actor, Any], Any]  # (ctx, actor, services) -> QWidget


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: Callable[[], str]
    factory: SectionFactory
    order: int = 100
    permission: Permission | None = None  # who may see the section at all
    page: str = PAGE_INTEGRATIONS

    def allowed(self, actor: Actor) -> bool:
        return self.permission is None or actor.can(self.permission)


_REGISTRY: dict[str, SectionSpec] = {}


def register_connection_section(key: str, title: Callable[[], str], factory: SectionFactory,
                                order: int = 100, permission: Permission | None = None,
                                page: str = PAGE_INTEGRATIONS) -> SectionSpec:
    """Add (or replace) the section `key` on `page`; `title()` returns the translated group
    title."""
    spec = SectionSpec(key, title, factory, order, permission, page)
    _REGISTRY[key] = spec
    return spec


def unregister_connection_section(key: str) -> None:
    _REGISTRY.pop(key, None)


def load_section_modules() -> None:
    """Import the shipped section modules (lazy: they import this one)."""
    import timedesk.ui.connection.clockify_section  # noqa: F401
    import timedesk.ui.connection.database_section  # noqa: F401
    import timedesk.ui.connection.language_section  # noqa: F401
    import timedesk.ui.connection.listener_section  # noqa: F401
    import timedesk.ui.connection.mail_section  # noqa: F401
    import timedesk.ui.connection.secrets_section  # noqa: F401
    import timedesk.ui.connection.sesame_section  # noqa: F401


def sections_for(actor: Actor) -> list[SectionSpec]:
    load_section_modules()
    return sorted((s for s in _REGISTRY.values() if s.allowed(actor)),
                  key=lambda s: (s.order, s.key))


def can_manage(actor: Actor) -> bool:
    """Whether `actor` may change settings (otherwise sections are read-only)."""
    return actor.can(Permission.SETTINGS_MANAGE)
