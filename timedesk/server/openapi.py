"""`/api/v1/openapi.json`, assembled from the fragments route modules register.

A route module describes its own paths next to its handlers:

    add_openapi(app, paths={"/api/v1/turns": {"get": {...}}},
                components={"schemas": {"Turn": {...}}})

Two modules describing the same path and method, or the same component differently, is a bug
found at start-up (ValueError), not a silently overwritten document.
"""

from __future__ import annotations

import copy
from typing import Any

from aiohttp import web

from timedesk import __version__
from timedesk.server.keys import OPENAPI_FRAGMENTS

ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {
        "type": "object",
        "required": ["code", "message"],
        "properties": {
            "code": {"type": "string", "description": "machine-readable, e.g. not_found"},
            "message": {"type": "string", "description": "what went wrong and what to do"},
        },
    }},
}


def error_reply(description: str) -> dict[str, Any]:
    """A response object whose body is the shared Error schema (for modules' fragments)."""
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def schema_ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def closed_object(properties: dict[str, Any], description: str = "") -> dict[str, Any]:
    """An object schema with exactly these properties, all required."""
    schema = {"type": "object", "required": sorted(properties), "properties": properties,
              "additionalProperties": False}
    return {**schema, "description": description} if description else schema


def json_reply(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def skeleton() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "timedesk", "version": __version__,
                 "description": "The HTTP API of timedesk. /api/v1 needs "
                                "'Authorization: Bearer <token>' (`timedesk api-token create`)."},
        # Every operation needs a token unless it says `"security": []` (as /health does).
        "security": [{"bearerAuth": []}],
        "paths": {},
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Error": ERROR_SCHEMA},
            "responses": {
                "Unauthorized": error_reply("No token, or an unknown or revoked one"),
                "Forbidden": error_reply("The token's role may not do this"),
            },
        },
    }


def add_openapi(app: web.Application, *, paths: dict[str, Any] | None = None,
                components: dict[str, dict[str, Any]] | None = None) -> None:
    """Add a module's part of the document; called from its `setup_routes(app, ctx)`."""
    app[OPENAPI_FRAGMENTS].append({"paths": copy.deepcopy(paths or {}),
                                   "components": copy.deepcopy(components or {})})


def build_document(app: web.Application) -> dict[str, Any]:
    document = skeleton()
    for fragment in app[OPENAPI_FRAGMENTS]:
        for path, operations in fragment["paths"].items():
            merged = document["paths"].setdefault(path, {})
            for method, operation in operations.items():
                if method in merged:
                    raise ValueError(f"OpenAPI: {method.upper()} {path} is described twice")
                merged[method] = operation
        for section, entries in fragment["components"].items():
            merged = document["components"].setdefault(section, {})
            for name, value in entries.items():
                if name in merged and merged[name] != value:
                    raise ValueError(f"OpenAPI: components/{section}/{name} is described twice")
                merged[name] = value
    return document


_DOCUMENT = web.AppKey("timedesk_openapi_document", dict)


async def openapi_json(request: web.Request) -> web.Response:
    return web.json_response(request.app[_DOCUMENT])


async def _freeze_document(app: web.Application) -> None:
    # Built once at start-up, after every module registered: a conflict stops the start,
    # and requests do not pay for the merge.
    app[_DOCUMENT] = build_document(app)


def setup_routes(app: web.Application, ctx: object) -> None:
    app.router.add_get("/api/v1/openapi.json", openapi_json, name="openapi")
    app.on_startup.append(_freeze_document)
    add_openapi(app, paths={"/api/v1/openapi.json": {"get": {
        "summary": "This document",
        "tags": ["meta"],
        "security": [],
        "responses": {"200": {"description": "OpenAPI 3.1 document",
                              "content": {"application/json": {"schema": {"type": "object"}}}}},
    }}})
