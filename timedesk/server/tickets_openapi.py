"""The OpenAPI description of /api/v1/tickets, registered with add_openapi so that
/api/v1/openapi.json documents it (the schemas are exactly what timedesk.server.tickets_api
answers: the to_json of TicketInfo, CommentInfo, AttachmentInfo and TicketDetail, the page and
the counts)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.server.clockify.api_io import MAX_ID
from timedesk.server.clockify.openapi_doc import query_text_schema, text_schema
from timedesk.server.downloads import CONTENT_TYPES
from timedesk.server.openapi import (
    add_openapi,
    closed_object,
    error_reply,
    json_reply,
    schema_ref,
)
from timedesk.tickets.export import EXPORT_FORMATS
from timedesk.tickets.lifecycle import PRIORITIES, STATUSES
from timedesk.tickets.models import CATEGORY_MAX, SUBJECT_MAX
from timedesk.tickets.service import COMMENT_MAX, DESCRIPTION_MAX, PER_PAGE_MAX, SORT_KEYS

TAG = "tickets"
NAME_MAX = 80  # a user name (users.username)
_INT = {"type": "integer"}
_STR = {"type": "string"}
_NSTR = {"type": ["string", "null"]}
_BOOL = {"type": "boolean"}
_TIME = {"type": "string", "format": "date-time",
         "description": "ISO-8601 with its offset, e.g. 2026-12-07T09:30:00+00:00"}
_NTIME = {"type": ["string", "null"], "format": "date-time"}
_STATUS = {"type": "string", "enum": list(STATUSES)}
_PRIORITY = {"type": "string", "enum": list(PRIORITIES)}
_TICKET_FIELDS: dict[str, Any] = {
    "id": _INT, "subject": _STR, "description": _STR, "status": _STATUS,
    "priority": _PRIORITY, "category": _NSTR,
    "requester": {**_STR, "description": "user name"},
    "assignee": {**_NSTR, "description": "user name; null: in the queue"},
    "created_at": _TIME, "updated_at": _TIME, "resolved_at": _NTIME, "closed_at": _NTIME,
    "first_response_at": {**_NTIME, "description": "a technician's first public comment"},
    "sla": schema_ref("TicketSla")}
SCHEMAS = {
    "TicketSla": closed_object({
        "first_response_due": {**_NTIME, "description": "in office hours from the creation"},
        "resolution_due": _NTIME,
        "first_response_at": {**_NTIME, "description": "a technician's first public comment"},
        "paused": {**_BOOL, "description": "waiting on the requester or a third party: the "
                                           "clock stops and the deadlines move later"},
        "breached": {"type": "array", "items": {"type": "string",
                                                "enum": ["first_response", "resolution"]}}},
        "The SLA deadlines (office hours; null when the calendar has no working time)"),
    "Ticket": closed_object(_TICKET_FIELDS, "A ticket; people by user name"),
    "TicketComment": closed_object({
        "id": _INT, "ticket_id": _INT, "author": _STR, "body": {**_STR, "description": "plain text, never markup"},
        "internal": {**_BOOL, "description": "a note for those who work tickets; requesters "
                                             "never see it"},
        "created_at": _TIME}, "A comment"),
    "TicketAttachment": closed_object({
        "id": _INT, "ticket_id": _INT, "filename": {**_STR, "description": "made safe to save on any PC"},
        "size": {**_INT, "description": "bytes"},
        "sha256": {**_STR, "description": "of the exact bytes stored"},
        "content_type": {**_STR, "description": "told by the content, not the name"},
        "comment_id": {"type": ["integer", "null"]}, "uploaded_by": _STR,
        "created_at": _TIME}, "An attached file's metadata"),
    "TicketHistoryEntry": closed_object({
        "at": _TIME, "actor": _STR, "field": _STR, "before": _NSTR, "after": _NSTR},
        "One change of one field"),
    "TicketDetail": closed_object({
        **_TICKET_FIELDS,
        "comments": {"type": "array", "items": schema_ref("TicketComment")},
        "attachments": {"type": "array", "items": schema_ref("TicketAttachment")},
        "history": {"type": "array", "items": schema_ref("TicketHistoryEntry")}},
        "A ticket with its comments (no internal notes for requesters), attachments and "
        "history"),
    "TicketPage": closed_object({
        "items": {"type": "array", "items": schema_ref("Ticket")},
        "total": {**_INT, "description": "tickets matching the filters, all pages"},
        "page": _INT, "per_page": _INT}, "One page of tickets"),
    "TicketCounts": closed_object(dict.fromkeys(STATUSES, _INT),
                                  "How many tickets the caller may see are in each status"),
}


def _choice_list(choices: tuple[str, ...]) -> dict[str, Any]:
    one = "(" + "|".join(choices) + ")"
    return {"type": "string", "pattern": f"^({one}(,{one})*)?$"}


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema}


_SORTS = [*SORT_KEYS, *(f"-{key}" for key in SORT_KEYS)]
FILTERS = [
    _query("status", "comma-separated statuses (any of them)", _choice_list(STATUSES)),
    _query("priority", "comma-separated priorities", _choice_list(PRIORITIES)),
    _query("assignee", "a user name; '-' the unassigned; 'me' the caller",
           query_text_schema(NAME_MAX)),
    _query("category", "a category's name", query_text_schema(NAME_MAX)),
    _query("requester", "a user name", query_text_schema(NAME_MAX)),
    _query("q", "in the subject or description, whatever the case", query_text_schema(200)),
    _query("sort", "a field, '-' first for descending (default -updated_at)",
           {"type": "string", "enum": _SORTS}),
]
_PAGING = [_query("page", "from 1", {"type": "integer", "minimum": 1, "maximum": 10**6}),
           _query("per_page", f"1-{PER_PAGE_MAX} (default 50)",
                  {"type": "integer", "minimum": 1, "maximum": PER_PAGE_MAX})]
_ID = {"name": "id", "in": "path", "required": True, "description": "the ticket's number",
       "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID}}
_AID = {"name": "aid", "in": "path", "required": True, "description": "the attachment's id",
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID}}
_AUTH = {"401": {"$ref": "#/components/responses/Unauthorized"},
         "403": error_reply("The caller's role may not do this (requesters may only close or "
                            "reopen their tickets; internal notes need tickets.work; dates and "
                            "requesters of imports need tickets.manage)")}
_BAD = {"400": error_reply("Bad input, named in the message: a field, a filter, an unknown "
                           "category or user name, JSON that is not an object")}
_HIDDEN = {"404": error_reply("No such ticket, or one the caller may not see (requesters see "
                              "their own, technicians the queue and theirs)")}
_NAME = {**text_schema(NAME_MAX, null=True)}


def _json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def paths() -> dict[str, Any]:
    create = {"type": "object", "required": ["subject"], "additionalProperties": False,
              "properties": {
                  "subject": text_schema(SUBJECT_MAX, required_text=True),
                  "description": text_schema(DESCRIPTION_MAX),
                  "category": {**text_schema(CATEGORY_MAX, null=True),
                               "description": "an active category's name; null: none"},
                  "priority": _PRIORITY,
                  "created_at": {**_TIME, "description": "an import's date, not in the future "
                                                        "(needs tickets.manage)"},
                  "requester": {**_NAME, "description": "file for this user (needs "
                                                        "tickets.manage; a token without a "
                                                        "user must name one)"}}}
    change = {"type": "object", "additionalProperties": False, "minProperties": 1,
              "properties": {
                  "status": {**_STATUS, "description": "a legal move from the current status"},
                  "assignee": {**_NAME, "description": "a user who works tickets; null: back "
                                                      "to the queue. A technician naming "
                                                      "themselves takes the ticket"},
                  "priority": _PRIORITY,
                  "category": {**text_schema(CATEGORY_MAX, null=True),
                               "description": "null: none"}}}
    comment = {"type": "object", "required": ["body"], "additionalProperties": False,
               "properties": {"body": text_schema(COMMENT_MAX, required_text=True),
                              "internal": {**_BOOL, "description": "a note requesters never "
                                                                   "see (needs tickets.work)"}}}
    upload = {"type": "object", "required": ["file"], "additionalProperties": False,
              "properties": {"file": {"type": "string", "format": "binary",
                                      "description": "images, PDF, office documents, plain "
                                                     "text or zip, told by the content"}}}
    ticket = json_reply(schema_ref("Ticket"), "The ticket")
    illegal = {"409": error_reply("A move the lifecycle does not allow (the message names both "
                                  "statuses), or a ticket another technician took first")}
    return {
        "/api/v1/tickets": {
            "post": {"summary": "File a ticket (needs tickets.create)", "tags": [TAG],
                     "requestBody": _json_body(create),
                     "responses": {"201": json_reply(schema_ref("Ticket"), "Filed, \"new\""),
                                   **_BAD, **_AUTH}},
            "get": {"summary": "The tickets the caller may see, filtered, sorted and paged by "
                               "the database", "tags": [TAG],
                    "parameters": [*FILTERS, *_PAGING],
                    "responses": {"200": json_reply(schema_ref("TicketPage"), "One page"),
                                  **_BAD, **_AUTH}}},
        "/api/v1/tickets/counts": {
            "get": {"summary": "How many tickets the caller may see are in each status",
                    "tags": [TAG],
                    "responses": {"200": json_reply(schema_ref("TicketCounts"), "Counts"),
                                  **_AUTH}}},
        "/api/v1/tickets/export": {
            "get": {"summary": "The filtered list the caller may see as a file, with the SLA "
                               "deadlines (never internal notes)", "tags": [TAG],
                    "parameters": [
                        _query("format", "csv, xlsx (default) or pdf",
                               {"type": "string", "enum": list(EXPORT_FORMATS)}),
                        _query("lang", "the headers' language (default es)",
                               {"type": "string", "enum": ["es", "en"]}), *FILTERS],
                    "responses": {"200": {"description": "The file, as a download",
                                          "content": {CONTENT_TYPES[fmt]: {"schema": {
                                              "type": "string", "format": "binary"}}
                                              for fmt in EXPORT_FORMATS}},
                                  **_BAD, **_AUTH}}},
        "/api/v1/tickets/{id}": {
            "get": {"summary": "A ticket with its comments, attachments (metadata) and history",
                    "tags": [TAG], "parameters": [_ID],
                    "responses": {"200": json_reply(schema_ref("TicketDetail"), "The ticket"),
                                  **_AUTH, **_HIDDEN}},
            "patch": {"summary": "Change the status, assignee, priority or category",
                      "tags": [TAG], "parameters": [_ID], "requestBody": _json_body(change),
                      "responses": {"200": ticket, **_BAD, **_AUTH, **_HIDDEN, **illegal}}},
        "/api/v1/tickets/{id}/comments": {
            "post": {"summary": "Comment, or add an internal note", "tags": [TAG],
                     "parameters": [_ID], "requestBody": _json_body(comment),
                     "responses": {"201": json_reply(schema_ref("TicketComment"), "Added"),
                                   **_BAD, **_AUTH, **_HIDDEN}}},
        "/api/v1/tickets/{id}/attachments": {
            "post": {"summary": "Attach a file (multipart/form-data, field 'file')",
                     "tags": [TAG], "parameters": [_ID],
                     "requestBody": {"required": True, "content": {
                         "multipart/form-data": {"schema": upload}}},
                     "responses": {
                         "201": json_reply(schema_ref("TicketAttachment"), "Stored"),
                         **_BAD, **_AUTH, **_HIDDEN,
                         "413": error_reply("Over tickets.attachment_max_bytes (default 10 "
                                            "MiB); nothing stored"),
                         "415": error_reply("Not a kind of file tickets accept (by its "
                                            "content, e.g. a program named report.pdf)")}}},
        "/api/v1/tickets/{id}/attachments/{aid}": {
            "get": {"summary": "An attached file's exact bytes, as a download (its stored type, "
                               "nosniff)", "tags": [TAG], "parameters": [_ID, _AID],
                    "responses": {"200": {"description": "The file",
                                          "content": {"*/*": {"schema": {
                                              "type": "string", "format": "binary"}}}},
                                  **_AUTH, **_HIDDEN}}},
    }


def setup_openapi(app: web.Application) -> None:
    add_openapi(app, paths=paths(), components={"schemas": SCHEMAS})
