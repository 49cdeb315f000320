"""The main-window tabs: each tab module adds its tab with `register_tab()` when imported, and
load_tab_modules() imports every shipped tab module (plain imports, lazy so that the window's
modules load only when it is built).

A tab is shown to an actor who holds its permission (any one of a tuple; everyone when it has none). The
factory receives the context, the actor and the UI services, and returns the tab's widget:

    register_tab("turns", lambda: QCoreApplication.translate("Tabs", "Turns"),
                 Permission.TURNS_CALL, TurnsTab.build, order=30)
"""

from __future__ import annotations

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
    """Import the shipped tab modules; a new tab module adds one line here."""
    import timedesk.ui.admin.tab  # noqa: F401
    import timedesk.ui.clockify.tab  # noqa: F401
    import timedesk.ui.punches.tab  # noqa: F401
    import timedesk.ui.sesame.reports_tab  # noqa: F401
    import timedesk.ui.tickets.tab  # noqa: F401
    import timedesk.ui.turns.tab  # noqa: F401


def tabs_for(actor: Actor) -> list[TabSpec]:
    """The tabs `actor` may see, in display order."""
    load_tab_modules()
    return sorted((s for s in _REGISTRY.values() if s.allowed(actor)),
                  key=lambda s: (s.order, s.key))
