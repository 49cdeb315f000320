"""`timedesk tickets list|show|create|import`, `timedesk tickets category add|list|disable|enable`
and `timedesk tickets sla set|list`: the help desk from scripts and for its administrator.

The command line runs as the machine's administrator (a system actor): it sees every ticket,
and a ticket it files names its requester."""

from __future__ import annotations

import json
import re

from timedesk.cli.common import record_id

_DURATION_RE = re.compile(r"(?:(\d{1,5})h)?\s*(?:(\d{1,6})m)?")


def register(subparsers) -> None:
    tickets = subparsers.add_parser("tickets", help="the help desk's tickets, categories and SLA")
    verbs = tickets.add_subparsers(dest="verb", metavar="VERB", required=True)

    listing = verbs.add_parser("list", help="tickets, most recently changed first")
    _filter_options(listing)
    listing.add_argument("--page", type=record_id, default=1)
    listing.add_argument("--per-page", type=int, default=50, help="1 to 200 (default 50)")
    listing.add_argument("--json", action="store_true", help="a JSON object, as the API's")
    listing.set_defaults(func=run_list)

    show = verbs.add_parser("show", help="one ticket with its comments, files and history")
    show.add_argument("id", type=record_id)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    create = verbs.add_parser("create", help="file a ticket and print its number")
    create.add_argument("--subject", required=True)
    create.add_argument("--description", default="")
    create.add_argument("--requester", required=True, help="the user name it is filed for")
    create.add_argument("--category")
    create.add_argument("--priority", default="normal", help="low, normal, high or urgent")
    create.set_defaults(func=run_create)

    importing = verbs.add_parser("import", help="tickets of a CSV file, keeping their dates "
                                                "(all or nothing)")
    importing.add_argument("file", metavar="FILE.csv")
    importing.set_defaults(func=run_import)

    category = verbs.add_parser("category", help="the list of categories")
    cverbs = category.add_subparsers(dest="category_verb", metavar="VERB", required=True)
    cadd = cverbs.add_parser("add", help="add a category")
    cadd.add_argument("name")
    cadd.set_defaults(func=run_category_add)
    clist = cverbs.add_parser("list", help="the categories (--all: disabled ones too)")
    clist.add_argument("--all", action="store_true")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(func=run_category_list)
    for verb, active in (("disable", False), ("enable", True)):
        cset = cverbs.add_parser(verb, help=f"{verb} a category")
        cset.add_argument("name")
        cset.set_defaults(func=run_category_active, active=active)

    sla = verbs.add_parser("sla", help="the SLA targets per priority, in office hours")
    sverbs = sla.add_subparsers(dest="sla_verb", metavar="VERB", required=True)
    sset = sverbs.add_parser("set", help="set a priority's targets")
    sset.add_argument("--priority", required=True)
    sset.add_argument("--first-response", required=True, help="office time, e.g. 4h or 1h30m")
    sset.add_argument("--resolution", required=True, help="office time, e.g. 16h")
    sset.set_defaults(func=run_sla_set)
    slist = sverbs.add_parser("list", help="the targets of every priority")
    slist.add_argument("--json", action="store_true")
    slist.set_defaults(func=run_sla_list)
    register_export(verbs)


def _filter_options(parser) -> None:
    """The list's filters and sort (tickets list, tickets export)."""
    parser.add_argument("--status", help="one or more, comma-separated (e.g. new,assigned)")
    parser.add_argument("--priority", help="one or more, comma-separated")
    parser.add_argument("--assignee", help="a user name, or - for the unassigned")
    parser.add_argument("--requester", help="a user name")
    parser.add_argument("--category")
    parser.add_argument("--search", dest="q", help="text in the subject or description")
    parser.add_argument("--sort", default="-updated_at",
                        help="id, created_at, updated_at, priority, status or subject; "
                             "- first for descending (default -updated_at)")


def _filter(args, **paging):
    from timedesk.tickets.service import TicketFilter

    return TicketFilter(status=_split(args.status), priority=_split(args.priority),
                        assignee=args.assignee, requester=args.requester,
                        category=args.category, q=args.q, sort=args.sort, **paging)


def _desk(args):
    from timedesk.cli.common import cli_actor, context
    from timedesk.tickets.service import HelpDesk

    ctx = context(args)
    return ctx, HelpDesk(ctx.db, ctx.bus, ctx.settings), cli_actor()


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in (text or "").split(",") if part.strip())


def _minutes(text: str, option: str) -> int:
    from timedesk.errors import ValidationError

    match = _DURATION_RE.fullmatch(text.strip().lower())
    if not text.strip() or not match or not (match[1] or match[2]):
        raise ValidationError("{option} '{text}' is not an office time.",
                              "Write it in hours and minutes, like 4h, 90m or 1h30m.",
                              option=option, text=text[:40])
    return int(match[1] or 0) * 60 + int(match[2] or 0)


def run_list(args) -> int:
    _, desk, actor = _desk(args)
    page = desk.list_tickets(actor, _filter(args, page=args.page, per_page=args.per_page))
    if args.json:
        print(json.dumps({"items": [item.to_json() for item in page.items], "total": page.total,
                          "page": page.page, "per_page": page.per_page}, ensure_ascii=False))
        return 0
    print("id\tstatus\tpriority\tcategory\trequester\tassignee\tupdated\tsubject")
    for item in page.items:
        print(f"{item.id}\t{item.status}\t{item.priority}\t{item.category or '-'}"
              f"\t{item.requester}\t{item.assignee or '-'}\t{item.updated_at:%Y-%m-%d %H:%M}Z"
              f"\t{item.subject}")
    print(f"{page.total} tickets (page {page.page})")
    return 0


def run_show(args) -> int:
    _, desk, actor = _desk(args)
    detail = desk.get_ticket(actor, args.id)
    if args.json:
        print(json.dumps(detail.to_json(), ensure_ascii=False))
        return 0
    ticket = detail.ticket
    print(f"#{ticket.id}\t{ticket.subject}")
    for label, value in (("status", ticket.status), ("priority", ticket.priority),
                         ("category", ticket.category or "-"), ("requester", ticket.requester),
                         ("assignee", ticket.assignee or "-"),
                         ("created", ticket.created_at.isoformat()),
                         ("first response due", _when(ticket.sla.first_response_due)),
                         ("resolution due", _when(ticket.sla.resolution_due)),
                         ("sla", ", ".join(ticket.sla.breached) + " breached"
                          if ticket.sla.breached else "paused" if ticket.sla.paused else "ok")):
        print(f"{label}\t{value}")
    print(ticket.description)
    for comment in detail.comments:
        kind = "internal note" if comment.internal else "comment"
        print(f"{kind}\t{comment.created_at.isoformat()}\t{comment.author}\t{comment.body}")
    for attachment in detail.attachments:
        print(f"file\t{attachment.filename}\t{attachment.size}\t{attachment.sha256}")
    for entry in detail.history:
        print(f"history\t{entry.at.isoformat()}\t{entry.actor}\t{entry.field}"
              f"\t{entry.before or '-'}\t{entry.after or '-'}")
    return 0


def _when(moment) -> str:
    return moment.isoformat() if moment else "-"


def run_create(args) -> int:
    _, desk, actor = _desk(args)
    ticket = desk.create_ticket(actor, args.subject, args.description, category=args.category,
                                priority=args.priority.strip().lower(), requester=args.requester)
    print(f"ticket #{ticket.id} filed for {ticket.requester}")
    return 0


def run_import(args) -> int:
    from pathlib import Path

    from timedesk.errors import ValidationError
    from timedesk.office.service import current_calendar
    from timedesk.tickets.importing import read_import

    ctx, desk, actor = _desk(args)
    path = Path(args.file).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError("{path} is not UTF-8 text.",
                              "Save the CSV as UTF-8.", path=path.name) from None
    count = desk.import_tickets(actor, read_import(text, current_calendar(ctx.db, ctx.settings).zone))
    print(f"{count} tickets imported from {path.name}")
    return 0


def run_category_add(args) -> int:
    _, desk, actor = _desk(args)
    print(f"category {desk.add_category(actor, args.name)} added")
    return 0


def run_category_list(args) -> int:
    _, desk, actor = _desk(args)
    every = desk.categories(actor, include_inactive=True)
    active = set(desk.categories(actor))
    shown = [name for name in every if args.all or name in active]
    if args.json:
        print(json.dumps([{"name": name, "active": name in active} for name in shown],
                         ensure_ascii=False))
        return 0
    for name in shown:
        print(f"{name}\t{'active' if name in active else 'disabled'}")
    return 0


def run_category_active(args) -> int:
    _, desk, actor = _desk(args)
    desk.set_category_active(actor, args.name, args.active)
    print(f"category {args.name.strip()} {'enabled' if args.active else 'disabled'}")
    return 0


def run_sla_set(args) -> int:
    from timedesk.tickets.sla import SlaTargets

    _, desk, actor = _desk(args)
    priority = args.priority.strip().lower()
    targets = SlaTargets(_minutes(args.first_response, "--first-response"),
                         _minutes(args.resolution, "--resolution"))
    desk.set_sla_target(actor, priority, targets)
    print(f"SLA of {priority} set: first response {_hours(targets.first_response_minutes)}, "
          f"resolution {_hours(targets.resolution_minutes)} (office time)")
    return 0


def _hours(minutes: int) -> str:
    return f"{minutes // 60}h{minutes % 60:02d}m" if minutes % 60 else f"{minutes // 60}h"


def run_sla_list(args) -> int:
    from timedesk.tickets.lifecycle import PRIORITIES

    _, desk, _ = _desk(args)
    targets = desk.sla_targets()
    if args.json:
        print(json.dumps({priority: {"first_response_minutes": targets[priority]
                                     .first_response_minutes,
                                     "resolution_minutes": targets[priority].resolution_minutes}
                          for priority in PRIORITIES}))
        return 0
    print("priority\tfirst response\tresolution")
    for priority in PRIORITIES:
        print(f"{priority}\t{_hours(targets[priority].first_response_minutes)}"
              f"\t{_hours(targets[priority].resolution_minutes)}")
    return 0


# -- export (kept together, apart from the verbs above) ---------------------------------------
def register_export(verbs) -> None:
    export = verbs.add_parser("export", help="the filtered list as a csv, xlsx or pdf file, "
                                             "with the SLA deadlines (never internal notes)")
    export.add_argument("--format", required=True, choices=("csv", "xlsx", "pdf"))
    export.add_argument("--output", required=True, metavar="FILE")
    export.add_argument("--lang", default="es", choices=("es", "en"),
                        help="the headers' language (default es)")
    _filter_options(export)
    export.set_defaults(func=run_export)


def run_export(args) -> int:
    from pathlib import Path

    from timedesk.tickets.export import export_tickets

    _, desk, actor = _desk(args)
    path = Path(args.output).expanduser()
    count = export_tickets(desk, actor, _filter(args), args.format, path, lang=args.lang)
    print(f"{count} tickets written to {path}")
    return 0
