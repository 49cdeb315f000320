"""The choices of the report filters (employees, offices, departments): the cached Sesame
catalogue, or read from Sesame again on demand. Blocking: run it as a job."""

from __future__ import annotations

from typing import Any

from timedesk.auth.permissions import Actor
from timedesk.sesame.catalog import FilterChoices, filter_choices
from timedesk.sesame.service import make_client


def load_lists(ctx: Any, actor: Actor, *, refresh: bool = False) -> FilterChoices:
    """The cached lists; with `refresh`, read from Sesame first (a typed error says why not)."""
    if not refresh:
        return filter_choices(ctx, actor)
    with make_client(ctx.settings, ctx.secrets) as client:
        return filter_choices(ctx, actor, refresh=True, client=client)
