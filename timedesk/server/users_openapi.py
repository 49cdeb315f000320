"""The OpenAPI description of /api/v1/users/me (what timedesk.server.users_api answers:
account_json)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.outputs import LANGUAGES
from timedesk.server.openapi import add_openapi, error_reply
from timedesk.server.users_api import PATH

TAG = "users"
_LANGUAGE = {"type": ["string", "null"], "enum": [*LANGUAGES, None],
             "description": "the person's interface language; null: this computer's "
                            "ui.language, else the system's"}
SCHEMAS = {
    "Account": {"type": "object", "additionalProperties": False,
                "required": ["username", "display_name", "role", "language"],
                "properties": {"username": {"type": "string"},
                               "display_name": {"type": "string"},
                               "role": {"type": "string"}, "language": _LANGUAGE},
                "description": "The account a token acts as"},
    "AccountChange": {"type": "object", "additionalProperties": False,
                      "required": ["language"], "properties": {"language": _LANGUAGE}},
}
_AUTH = {"401": {"$ref": "#/components/responses/Unauthorized"},
         "403": error_reply("The token does not act as a user (a role token has no account)")}
_ACCOUNT = {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}


def paths() -> dict[str, Any]:
    return {PATH: {
        "get": {"summary": "The account this token acts as", "tags": [TAG],
                "responses": {"200": {"description": "The account", "content": _ACCOUNT},
                              **_AUTH}},
        "patch": {"summary": "Change the account's own interface language (anyone may change "
                             "their own)", "tags": [TAG],
                  "requestBody": {"required": True, "content": {"application/json": {
                      "schema": {"$ref": "#/components/schemas/AccountChange"}}}},
                  "responses": {"200": {"description": "The account as it is now",
                                        "content": _ACCOUNT},
                                "400": error_reply("Bad input: another field, or a language "
                                                   "other than es, en or null; nothing is "
                                                   "changed"),
                                **_AUTH}}}}


def setup_openapi(app: web.Application) -> None:
    add_openapi(app, paths=paths(), components={"schemas": SCHEMAS})
