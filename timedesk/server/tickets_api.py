"""`/api/v1/tickets`: the help desk over HTTP (bearer token; a token made with
`api-token create --user` is that user, so their role and their tickets). Each handler parses,
calls one HelpDesk use case off the loop and answers JSON (the download and the export: the
file); errors become `{"error": {"code", "message"}}` in the middleware: an illegal move 409,
not allowed 403, a ticket one may not see 404, bad input 400, a file too big 413, a refused
kind of file 415.

A name in the request that names nobody (an unknown category, assignee or requester) is bad
input, 400: the address exists, what was sent is wrong. The service says which field it was
(its NotFound names the field first: "category: there is no category 'x'").

An upload is read part by part and refused as soon as it passes tickets.attachment_max_bytes:
never more than the limit and one byte are held (the listener's 1 MiB body limit does not apply
to it, see middlewares.reads_own_body). A download is the exact bytes stored, as an attachment
(never shown in the browser's page: Content-Disposition attachment, the stored type,
nosniff, and a sandbox)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import quote

from aiohttp import BodyPartReader, web

from timedesk.app import AppContext
from timedesk.auth.permissions import Actor, Permission
from timedesk.errors import NotFound, ValidationError
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.downloads import exported_bytes, file_download, query_format
from timedesk.server.keys import CONTEXT
from timedesk.server.middlewares import reads_own_body
from timedesk.tickets.attachments import AttachmentTooLarge, safe_filename
from timedesk.tickets.export import EXPORT_FORMATS, export_tickets
from timedesk.tickets.service import UNSET, HelpDesk, TicketFilter

BASE = "/api/v1/tickets"
TICKET = BASE + r"/{id:\d{1,19}}"
CREATE_FIELDS = ("subject", "description", "category", "priority", "created_at", "requester")
PATCH_FIELDS = ("status", "assignee", "priority", "category")
COMMENT_FIELDS = ("body", "internal")
CHUNK = 64 * 1024
MULTIPART_OVERHEAD = 16 * 1024  # the part's headers and boundaries around the file
NAMED_FIELDS = ("category:", "assignee:", "requester:")  # how the service's NotFound starts
T = TypeVar("T")


def _desk(request: web.Request) -> HelpDesk:
    ctx = request.app[CONTEXT]
    return HelpDesk(ctx.db, ctx.bus, ctx.settings)


def _named_is_bad_input(call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`call`, with a NotFound about a name the request gave (category, assignee,
    requester) turned into bad input (400); a ticket one may not see stays 404."""
    try:
        return call(*args, **kwargs)
    except NotFound as exc:
        if exc.message.startswith(NAMED_FIELDS):
            raise ValidationError(exc.template, exc.hint_template, **exc.params) from None
        raise


def _ticket_id(request: web.Request, name: str = "id", label: str = "ticket") -> int:
    value = int(request.match_info[name])
    if not 1 <= value <= io.MAX_ID:
        raise NotFound("there is no {what} #{value} you can see.",
                       "Ids run 1-{max_id}.", what=label, value=str(value)[:24], max_id=io.MAX_ID)
    return value


def _choices(request: web.Request, name: str) -> tuple[str, ...]:
    """A comma-separated list of choices (status, priority), exactly as sent (the service
    refuses a part that is not a choice); absent or empty: any."""
    text = request.query.get(name, "")
    return tuple(text.split(",")) if text else ()


def query_filter(request: web.Request) -> TicketFilter:
    """The list's filters, sort and page from the query (the service checks the values)."""
    return TicketFilter(status=_choices(request, "status"),
                        priority=_choices(request, "priority"),
                        assignee=io.query_text(request, "assignee", 80),
                        category=io.query_text(request, "category", 80),
                        requester=io.query_text(request, "requester", 80),
                        q=io.query_text(request, "q", 200),
                        sort=io.query_text(request, "sort", 20, free=False) or "-updated_at",
                        page=io.query_int(request, "page", 1, minimum=1, maximum=10**6),
                        per_page=io.query_int(request, "per_page", 50, minimum=1, maximum=200))


def _optional_name(body: dict[str, Any], name: str) -> str | None:
    """A name that may be null (nobody, no category)."""
    return io.body_text(body, name)


def _given_text(body: dict[str, Any], name: str, default: str | None = None) -> str | None:
    """An optional field that, when given, is text (null is not a value of it)."""
    return io.body_text(body, name, required=True) if name in body else default


# -- handlers ---------------------------------------------------------------------------------
async def create(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    body = await io.json_object(request)
    io.only_fields(body, CREATE_FIELDS)
    created_at = io.body_moment(body, "created_at") if "created_at" in body else None
    info = await run_blocking(
        request, _named_is_bad_input, _desk(request).create_ticket, actor,
        io.body_text(body, "subject", required=True) or "",
        _given_text(body, "description", "") or "",
        category=_optional_name(body, "category"),
        priority=_given_text(body, "priority", "normal") or "normal",
        created_at=created_at, requester=_optional_name(body, "requester"))
    return web.json_response(info.to_json(), status=201)


async def list_tickets(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    filt = query_filter(request)
    page = await run_blocking(request, _named_is_bad_input, _desk(request).list_tickets,
                              actor, filt)
    return web.json_response({"items": [item.to_json() for item in page.items],
                              "total": page.total, "page": page.page,
                              "per_page": page.per_page})


async def counts(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    return web.json_response(await run_blocking(request, _desk(request).counts, actor))


async def show(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    detail = await run_blocking(request, _desk(request).get_ticket, actor, _ticket_id(request))
    return web.json_response(detail.to_json())


async def change(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    ticket_id = _ticket_id(request)
    body = await io.json_object(request)
    io.only_fields(body, PATCH_FIELDS)
    if not body:
        raise ValidationError("nothing to change.",
                              "Send one or more of: {patch_fields}.",
                              patch_fields=', '.join(PATCH_FIELDS))
    desk = _desk(request)
    assignee = _optional_name(body, "assignee") if "assignee" in body else UNSET
    if (assignee == actor.name and actor.kind == "user" and set(body) == {"assignee"}
            and not actor.can(Permission.TICKETS_MANAGE)):
        # A technician assigning themselves takes the ticket: of two at once, one wins and
        # the other hears who (a manager reassigns instead).
        info = await run_blocking(request, desk.take, actor, ticket_id)
        return web.json_response(info.to_json())
    info = await run_blocking(
        request, _named_is_bad_input, desk.update_ticket, actor, ticket_id,
        status=_given_text(body, "status"), assignee=assignee,
        priority=_given_text(body, "priority"),
        category=_optional_name(body, "category") if "category" in body else UNSET)
    return web.json_response(info.to_json())


async def comment(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    ticket_id = _ticket_id(request)
    body = await io.json_object(request)
    io.only_fields(body, COMMENT_FIELDS)
    internal = io.body_bool(body, "internal") if "internal" in body else False
    info = await run_blocking(request, _desk(request).add_comment, actor, ticket_id,
                              io.body_text(body, "body", required=True) or "",
                              internal=internal)
    return web.json_response(info.to_json(), status=201)


def _too_large(filename: str, limit: int) -> AttachmentTooLarge:
    return AttachmentTooLarge(
        "'{file}' is over the limit of {limit:,} bytes.",
        "Attach a smaller file (or compress it); an administrator sets the limit "
        "(tickets.attachment_max_bytes).", file=safe_filename(filename), limit=limit)


async def _read_file(part: BodyPartReader, limit: int) -> bytes:
    """The part's bytes; AttachmentTooLarge as soon as there are more than `limit`."""
    data = bytearray()
    while True:
        chunk = await part.read_chunk(min(CHUNK, limit + 1 - len(data)))
        if not chunk:
            return bytes(data)
        data += chunk
        if len(data) > limit:
            raise _too_large(part.filename or "", limit)


@reads_own_body
async def upload(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    ticket_id = _ticket_id(request)
    limit = int(request.app[CONTEXT].settings["tickets.attachment_max_bytes"])
    if request.content_length is not None and \
            request.content_length > limit + MULTIPART_OVERHEAD:
        raise _too_large("the file", limit)
    if request.content_type != "multipart/form-data":
        raise ValidationError("the body must be multipart/form-data with the field 'file'.",
                              "e.g. curl -F file=@screenshot.png ...")
    filename, data = "", None
    try:
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader) or part.name != "file" or data is not None:
                raise ValidationError("the form takes one field, 'file' (the file to attach).",
                                      "Send only the file, in the field 'file'.")
            filename = part.filename or "attachment"
            data = await _read_file(part, limit)
    except ValueError as exc:  # no boundary, a malformed part
        raise ValidationError("the form is not well-formed multipart/form-data ({cause}).",
                              "Send the file as a browser or `curl -F file=@NAME` does.",
                              cause=exc) from None
    if data is None:
        raise ValidationError("the field 'file' is missing.", "Send the file in the field "
                                                              "'file'.")
    info = await run_blocking(request, _desk(request).add_attachment, actor, ticket_id,
                              filename, data)
    return web.json_response(info.to_json(), status=201)


def content_disposition(filename: str) -> str:
    """`attachment` with the name: plain ASCII for old clients, RFC 5987 UTF-8 for others."""
    plain = "".join(ch if " " <= ch <= "~" and ch not in '"\\' else "_" for ch in filename)
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename, safe='')}"


async def download(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    info, data = await run_blocking(request, _desk(request).attachment, actor,
                                    _ticket_id(request),
                                    _ticket_id(request, "aid", "attachment"))
    return web.Response(body=data, headers={
        "Content-Type": info.content_type,
        "Content-Disposition": content_disposition(info.filename),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store"})


def _export(ctx: AppContext, actor: Actor, filt: TicketFilter, fmt: str, lang: str) -> bytes:
    desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
    return exported_bytes(lambda path: _named_is_bad_input(
        export_tickets, desk, actor, filt, fmt, path, lang=lang), f"tickets.{fmt}")


async def export(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    filt = query_filter(request)
    fmt, lang = query_format(request, EXPORT_FORMATS)
    content = await run_blocking(request, _export, request.app[CONTEXT], actor, filt, fmt,
                                 lang)
    return file_download(content, fmt, f"tickets.{fmt}")


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    from timedesk.server.tickets_openapi import setup_openapi

    setup_openapi(app)
    app.router.add_post(BASE, create)
    app.router.add_get(BASE, list_tickets)
    app.router.add_get(BASE + "/counts", counts)
    app.router.add_get(BASE + "/export", export)
    app.router.add_get(TICKET, show)
    app.router.add_patch(TICKET, change)
    app.router.add_post(TICKET + "/comments", comment)
    app.router.add_post(TICKET + "/attachments", upload)
    app.router.add_get(TICKET + r"/attachments/{aid:\d{1,19}}", download)
