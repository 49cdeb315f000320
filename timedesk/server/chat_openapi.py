"""The OpenAPI description of /api/v1/chat, registered with add_openapi so that
/api/v1/openapi.json documents it (the schemas are exactly what timedesk.server.chat_api
answers: MessageInfo.to_json, and user names mapped to counts or presence)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.chat.service import MAX_BODY, MAX_LIMIT
from timedesk.server.chat_api import MAX_USERNAME
from timedesk.server.clockify.api_io import MAX_ID
from timedesk.server.clockify.openapi_doc import query_text_schema, text_schema
from timedesk.server.openapi import add_openapi, error_reply, schema_ref

TAG = "chat"
_TIME = {"type": "string", "format": "date-time"}
_NAME = {"type": "string", "description": "a user name"}


def _answer(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


SCHEMAS = {
    "ChatMessage": {
        "type": "object", "additionalProperties": False,
        "required": ["id", "from", "to", "body", "ticket_id", "created_at", "read_at"],
        "properties": {
            "id": {"type": "integer"}, "from": _NAME, "to": _NAME,
            "body": {"type": "string", "description": "the text as written (never markup)"},
            "ticket_id": {"type": ["integer", "null"], "description": "the ticket it is about"},
            "created_at": _TIME,
            "read_at": {"type": ["string", "null"], "format": "date-time",
                        "description": "when the recipient read it; null: unread"}},
        "description": "A private message"},
    "ChatConversation": {
        "type": "object", "required": ["items"], "additionalProperties": False,
        "properties": {"items": {"type": "array", "items": schema_ref("ChatMessage")}},
        "description": "Messages between two people, oldest first"},
}
_AUTH = {"401": {"$ref": "#/components/responses/Unauthorized"},
         "403": error_reply("Chat needs a person: the token does not act as a user (make one "
                            "with `timedesk api-token create --user USERNAME`)")}
_BAD = {"400": error_reply("Bad input: the message names the field")}


def paths() -> dict[str, Any]:
    body = {"type": "object", "required": ["to", "body"], "additionalProperties": False,
            "properties": {
                "to": {**text_schema(MAX_USERNAME, required_text=True),
                       "description": "the recipient's user name (an active user, not you)"},
                "body": {**text_schema(MAX_BODY, required_text=True),
                         "description": "the text, stored and shown as plain text"},
                "ticket_id": {"type": ["integer", "null"], "minimum": 1, "maximum": MAX_ID,
                              "description": "the help-desk ticket it is about"}}}
    return {
        "/api/v1/chat/messages": {
            "post": {"summary": "Send a private message to someone", "tags": [TAG],
                     "requestBody": {"required": True, "content": {
                         "application/json": {"schema": body}}},
                     "responses": {"201": _answer(schema_ref("ChatMessage"), "Sent"),
                                   **_BAD, **_AUTH,
                                   "404": error_reply("No active user of that name")}},
            "get": {"summary": "The conversation with someone, oldest first; what it returns "
                               "to you is marked read", "tags": [TAG],
                    "parameters": [
                        {"name": "with", "in": "query", "required": True,
                         "description": "the other person's user name",
                         "schema": {**query_text_schema(MAX_USERNAME), "minLength": 1,
                                    "pattern": "^[^\\u0000-\\u0020\\u007f]"
                                               "[^\\u0000-\\u001f\\u007f]*$"}},
                        {"name": "limit", "in": "query", "required": False,
                         "description": "the latest N messages (default 200)",
                         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}}],
                    "responses": {"200": _answer(schema_ref("ChatConversation"),
                                                 "The messages"),
                                  **_BAD, **_AUTH, "404": error_reply("No user of that name")}}},
        "/api/v1/chat/unread": {
            "get": {"summary": "Your unread messages, counted per sender", "tags": [TAG],
                    "responses": {"200": _answer(
                        {"type": "object", "additionalProperties": {"type": "integer",
                                                                    "minimum": 1},
                         "description": "sender's user name -> unread count (none: left out)"},
                        "The counts"), **_AUTH}}},
        "/api/v1/chat/presence": {
            "get": {"summary": "Who is online (a heartbeat of their app within 90 s)",
                    "tags": [TAG],
                    "responses": {"200": _answer(
                        {"type": "object", "additionalProperties": {"type": "boolean"},
                         "description": "every active user's name -> online"},
                        "Presence"), **_AUTH}}},
    }


def setup_openapi(app: web.Application) -> None:
    add_openapi(app, paths=paths(), components={"schemas": SCHEMAS})
