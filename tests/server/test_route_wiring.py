"""Every face of the listener is wired into create_app by plain imports (server/routes.py)."""

from __future__ import annotations

import importlib
import pkgutil

import timedesk.server
from timedesk.server import create_app
from timedesk.server.routes import ROUTE_SETUPS

SERVED = [
    "/api/v1/business-hours", "/api/v1/business-hours/current", "/api/v1/chat/messages",
    "/api/v1/chat/presence", "/api/v1/chat/unread", "/api/v1/clockify/error-log",
    "/api/v1/clockify/history", "/api/v1/clockify/reports",
    "/api/v1/clockify/sessions", "/api/v1/clockify/sessions/by-entry/{entry_id}",
    "/api/v1/clockify/sessions/{id}", "/api/v1/clockify/sessions/{id}/approve", "/api/v1/clockify/sessions/{id}/history",
    "/api/v1/clockify/sessions/{id}/reject", "/api/v1/clockify/users",
    "/api/v1/clockify/users/{id}", "/api/v1/desks/{desk}/call-next", "/api/v1/desks/{desk}/finish",
    "/api/v1/desks/{desk}/no-show", "/api/v1/desks/{desk}/recall", "/api/v1/desks/{desk}/start",
    "/api/v1/desks/{desk}/transfer", "/api/v1/employees", "/api/v1/employees/by-email",
    "/api/v1/employees/{id}", "/api/v1/openapi.json", "/api/v1/punches",
    "/api/v1/punches/confirm",
    "/api/v1/punches/export", "/api/v1/punches/reports/daily",
    "/api/v1/punches/reports/employees", "/api/v1/punches/reports/overview",
    "/api/v1/punches/rules", "/api/v1/punches/sessions", "/api/v1/punches/status/{employee}",
    "/api/v1/tickets", "/api/v1/tickets/counts", "/api/v1/tickets/export",
    "/api/v1/tickets/{id}", "/api/v1/tickets/{id}/attachments",
    "/api/v1/tickets/{id}/attachments/{aid}", "/api/v1/tickets/{id}/comments",
    "/api/v1/turns", "/api/v1/turns/{id}/cancel", "/api/v1/turns/{id}/undo-no-show",
    "/api/v1/users/me", "/display",
    "/display/", "/display/feed", "/display/shown", "/display/static/{name}", "/health",
    "/sesame-demo/{path}",
    "/webhook/clockify/{name}", "/webhooks/clockify",
]


def test_the_listener_serves_every_address_of_every_face(ctx):
    app = create_app(ctx)
    assert sorted({resource.canonical for resource in app.router.resources()}) == SERVED


def test_every_server_module_with_setup_routes_is_in_route_setups():
    with_routes = set()
    for info in pkgutil.iter_modules(timedesk.server.__path__, "timedesk.server."):
        module = importlib.import_module(info.name)
        if callable(getattr(module, "setup_routes", None)):
            with_routes.add(module.__name__)
    assert sorted({setup.__module__ for setup in ROUTE_SETUPS}) == sorted(with_routes)
