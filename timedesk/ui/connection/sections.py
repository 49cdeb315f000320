"""The registry of Connection-tab sections.

A section is a group box in the Connection tab. Its factory receives the context, the actor and
the UI services and returns the widget inside the box; it must show values read-only when
`can_manage(actor)` is false. Register from your module's UI package and add that module to
SECTION_MODULES (or import it from a registered tab module):

    register_connection_section("sesame", lambda: QCoreApplication.translate("Sections",
                                "Sesame Time"), SesameSection.create, order=40)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timedesk.auth.permissions import Actor, Permission

SectionFactory = Callable[[Any, Actor, Any], Any]  # (ctx, actor, services) -> QWidget


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: Callable[[], str]
    factory: SectionFactory
    order: int = 100
    permission: Permission | None = None  # who may see the section at all

    def allowed(self, actor: Actor) -> bool:
        return self.permission is None or actor.can(self.permission)


_REGISTRY: dict[str, SectionSpec] = {}

SECTION_MODULES: list[str] = [
    "timedesk.ui.connection.database_section",
    "timedesk.ui.connection.listener_section",
    "timedesk.ui.connection.language_section",
    "timedesk.ui.connection.secrets_section",
    "timedesk.ui.connection.clockify_section",
    "timedesk.ui.connection.sesame_section",
    "timedesk.ui.connection.mail_section",
]


def register_connection_section(key: str, title: Callable[[], str], factory: SectionFactory,
                                order: int = 100, permission: Permission | None = None
                                ) -> SectionSpec:
    """Add (or replace) the section `key`; `title()` returns the translated group title."""
    spec = SectionSpec(key, title, factory, order, permission)
    _REGISTRY[key] = spec
    return spec


def unregister_connection_section(key: str) -> None:
    _REGISTRY.pop(key, None)


def sections_for(actor: Actor) -> list[SectionSpec]:
    for name in SECTION_MODULES:
        importlib.import_module(name)
    return sorted((s for s in _REGISTRY.values() if s.allowed(actor)),
                  key=lambda s: (s.order, s.key))


def can_manage(actor: Actor) -> bool:
    """Whether `actor` may change settings (otherwise sections are read-only)."""
    return actor.can(Permission.SETTINGS_MANAGE)
