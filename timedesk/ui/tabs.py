"""The registry of main-window tabs; modules add theirs with `register_tab()`.

A tab is shown to an actor who holds its permission (any one of a tuple; everyone when it has none). The
factory receives the context, the actor and the UI services, and returns the tab's widget:

    register_tab("turns", lambda: QCoreApplication.translate("Tabs", "Turns"),
                 Permission.TURNS_CALL, TurnsTab.create, order=30)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timedesk.auth.permissions import Actor, Permission

TabFactory = Callable[[Any, Actor, Any], Any]  # (ctx, actor, services) -> QWidget


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]
    permission: Permission | tuple[Permission, ...] | None  # a tuple: any one of them
    factory: TabFactory
    order: int = 100

    def allowed(self, actor: Actor) -> bool:
        if self.permission is None:
            return True
        wanted = self.permission if isinstance(self.permission, tuple) else (self.permission,)
        return any(actor.can(p) for p in wanted)


_REGISTRY: dict[str, TabSpec] = {}

# Modules whose import registers their tabs; later modules append theirs here.
TAB_MODULES: list[str] = ["timedesk.ui.connection.tab", "timedesk.ui.clockify.tab",
                          "timedesk.ui.sesame.reports_tab", "timedesk.ui.turns.tab"]


def register_tab(key: str, title: Callable[[], str],
                 permission: Permission | tuple[Permission, ...] | None,
                 factory: TabFactory, order: int = 100) -> TabSpec:
    """Add (or replace, on re-import) the tab `key`; `title()` returns the translated title."""
    spec = TabSpec(key, title, permission, factory, order)
    _REGISTRY[key] = spec
    return spec


def unregister_tab(key: str) -> None:
    _REGISTRY.pop(key, None)


def load_tab_modules() -> None:
    for name in TAB_MODULES:
        importlib.import_module(name)


def tabs_for(actor: Actor) -> list[TabSpec]:
    """The tabs `actor` may see, in display order."""
    load_tab_modules()
    return sorted((s for s in _REGISTRY.values() if s.allowed(actor)),
                  key=lambda s: (s.order, s.key))
