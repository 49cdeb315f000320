"""`GET /display`: the lobby display as a web page, for a TV that has only a browser.

The page (resources/display/) is static: display.js opens `/display/feed` (display_feed.py) and
draws what it sends, so the page itself never touches the database. No token: it is meant for a
public screen, and the feed carries public facts only. Assets come from this server only (the
Content-Security-Policy says so too); `/display/static/{name}` serves a fixed list of names, so
no request can reach another file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from aiohttp import web

from timedesk.app import AppContext
from timedesk.resources import resource
from timedesk.server.openapi import add_openapi

PAGE = "index.html"
STATIC = {"display.css": "text/css", "display.js": "text/javascript"}
CONTENT_TYPES = {PAGE: "text/html", **STATIC}
# Revalidate every time (a 304 costs a few bytes): a TV left on for months picks up an upgrade
# at its next reload.
CACHE_CONTROL = "no-cache"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "connect-src 'self'; img-src 'self' data:; object-src 'none'; "
                               "base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _read(name: str) -> tuple[bytes, str]:
    """The file's bytes and its entity tag."""
    body = Path(resource("display", name)).read_bytes()
    return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _serve(request: web.Request, name: str) -> web.Response:
    try:
        body, etag = _read(name)
    except OSError:
        raise web.HTTPNotFound(text=f"the display's file {name} is missing from this "
                                    "installation. Reinstall timedesk.") from None
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL, **SECURITY_HEADERS}
    if etag in request.headers.get("If-None-Match", ""):
        return web.Response(status=304, headers=headers)
    return web.Response(body=body, content_type=CONTENT_TYPES[name], charset="utf-8",
                        headers=headers)


async def display_page(request: web.Request) -> web.Response:
    return _serve(request, PAGE)


async def display_slash(request: web.Request) -> web.Response:
    # The page's addresses are relative ("display/feed"): from /display/ they would miss.
    # A relative Location keeps working behind a proxy that adds a prefix.
    query = f"?{request.query_string}" if request.query_string else ""
    raise web.HTTPFound(f"../display{query}")


async def display_static(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    if name not in STATIC:
        raise web.HTTPNotFound(text=f"the display has no file '{name[:80]}'. "
                                    "It serves " + ", ".join(sorted(STATIC)) + ".")
    return _serve(request, name)


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    app.router.add_get("/display", display_page, name="display")
    app.router.add_get("/display/", display_slash)
    app.router.add_get("/display/static/{name}", display_static, name="display_static")
    public = {"tags": ["display"], "security": []}
    add_openapi(app, paths={
        "/display": {"get": {
            **public, "summary": "The lobby display as a web page (open it on the TV's browser)",
            "description": "Optional query: lang=es or lang=en (default: the browser's language).",
            "responses": {"200": {"description": "The page",
                                  "content": {"text/html": {"schema": {"type": "string"}}}}}}},
        "/display/static/{name}": {"get": {
            **public, "summary": "The display page's style sheet and script",
            "parameters": [{"name": "name", "in": "path", "required": True,
                            "schema": {"type": "string", "enum": sorted(STATIC)}}],
            "responses": {
                "200": {"description": "The file",
                        "content": {t: {"schema": {"type": "string"}} for t in STATIC.values()}},
                "304": {"description": "Not modified (If-None-Match)"},
                "404": {"description": "Not one of the display's files"}}}},
    })
