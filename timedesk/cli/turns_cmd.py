"""`timedesk turns service add|list|set|delete`, `timedesk turns desk add|list|set|delete`, `timedesk turns issue`,
`timedesk turns call-next`, `timedesk turns stats` and `timedesk turns export`: setting up Turns,
using it from scripts and the manager's figures and history.

The command line runs as the machine's administrator (a system actor)."""

from __future__ import annotations


def register(subparsers) -> None:
    turns = subparsers.add_parser("turns", help="services, desks and turns")
    groups = turns.add_subparsers(dest="group", metavar="GROUP", required=True)

    service = groups.add_parser("service", help="services customers take turns for")
    sverbs = service.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = sverbs.add_parser("add", help="add a service")
    add.add_argument("--code", required=True, help="1 to 3 letters; turns are numbered A001...")
    add.add_argument("--name", required=True)
    add.add_argument("--colour", default="#1565c0", help="#RRGGBB on the display")
    add.add_argument("--hours", default="", help="opening hours HH:MM-HH:MM (empty: always open)")
    add.add_argument("--no-priority", action="store_true", help="no priority turns")
    add.set_defaults(func=run_service_add)
    change = sverbs.add_parser("set", help="change a service")
    change.add_argument("code")
    change.add_argument("--name")
    change.add_argument("--colour")
    change.add_argument("--hours")
    change.add_argument("--active", choices=("yes", "no"))
    change.add_argument("--priority", choices=("yes", "no"), help="priority turns allowed")
    change.set_defaults(func=run_service_set)
    sdelete = sverbs.add_parser("delete", help="delete a service that was never used")
    sdelete.add_argument("code")
    sdelete.set_defaults(func=run_service_delete)
    sverbs.add_parser("list", help="services").set_defaults(func=run_service_list)

    desk = groups.add_parser("desk", help="desks that call turns")
    dverbs = desk.add_subparsers(dest="verb", metavar="VERB", required=True)
    dadd = dverbs.add_parser("add", help="add a desk")
    dadd.add_argument("--name", required=True, help="its number or name")
    dadd.add_argument("--services", required=True, help="codes it serves, e.g. A,B")
    dadd.add_argument("--staff", default="", help="user names assigned, e.g. ana,luis")
    dadd.set_defaults(func=run_desk_add)
    dset = dverbs.add_parser("set", help="change a desk")
    dset.add_argument("name")
    dset.add_argument("--services", help="the codes it serves from now on, e.g. A,B")
    dset.add_argument("--staff", help="the user names assigned from now on ('' for nobody)")
    dset.add_argument("--active", choices=("yes", "no"))
    dset.set_defaults(func=run_desk_set)
    ddelete = dverbs.add_parser("delete", help="delete a desk that never called a turn")
    ddelete.add_argument("name")
    ddelete.set_defaults(func=run_desk_delete)
    dverbs.add_parser("list", help="desks").set_defaults(func=run_desk_list)

    issue = groups.add_parser("issue", help="issue a turn and print its number")
    issue.add_argument("service")
    issue.add_argument("--priority", action="store_true")
    issue.set_defaults(func=run_issue)
    call = groups.add_parser("call-next", help="call the next turn at a desk")
    call.add_argument("desk")
    call.add_argument("--take-over", action="store_true",
                      help="even if a desk panel on another computer has the desk open")
    call.set_defaults(func=run_call_next)

    stats = groups.add_parser("stats", help="the dashboard's figures of a range of days")
    _range_arguments(stats)
    stats.set_defaults(func=run_stats)
    export = groups.add_parser("export", help="every turn of a range of days to CSV or XLSX")
    _range_arguments(export)
    export.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")
    export.add_argument("--lang", default="es", metavar="es|en")
    export.add_argument("--delimiter", metavar="';'|','", help="CSV only; default ; in es, , in en")
    export.add_argument("--no-personal", action="store_true",
                        help="leave out customer names and notes")
    export.set_defaults(func=run_export)


def _range_arguments(parser) -> None:
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="default: today")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="default: --from")


def _parts(args):
    from timedesk.cli.common import cli_actor, context

    return context(args), cli_actor()


def _codes(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _yes(answer: str | None) -> bool | None:
    return None if answer is None else answer == "yes"


def run_service_add(args) -> int:
    from timedesk.turns.setup import add_service

    ctx, actor = _parts(args)
    info = add_service(ctx.db, ctx.bus, actor, code=args.code, name=args.name,
                       colour=args.colour, hours=args.hours,
                       priority_allowed=not args.no_priority)
    print(f"service {info.code} ({info.name}) added")
    return 0


def run_service_set(args) -> int:
    from timedesk.turns.setup import update_service

    ctx, actor = _parts(args)
    info = update_service(ctx.db, ctx.bus, actor, args.code, name=args.name, colour=args.colour,
                          hours=args.hours, active=_yes(args.active),
                          priority_allowed=_yes(args.priority))
    print(f"service {info.code} ({info.name}) changed")
    return 0


def run_service_delete(args) -> int:
    from timedesk.turns.setup import delete_service

    ctx, actor = _parts(args)
    delete_service(ctx.db, ctx.bus, actor, args.code)
    print(f"service {args.code.strip().upper()} deleted")
    return 0


def run_service_list(args) -> int:
    from timedesk.turns.setup import list_services

    ctx, _ = _parts(args)
    for s in list_services(ctx.db):
        state = "active" if s.active else "inactive"
        priority = "priority" if s.priority_allowed else "no priority"
        print(f"{s.code}\t{s.name}\t{state}\t{s.hours_text() or 'always open'}\t{s.colour}"
              f"\t{priority}")
    return 0


def run_desk_add(args) -> int:
    from timedesk.turns.setup import add_desk

    ctx, actor = _parts(args)
    info = add_desk(ctx.db, ctx.bus, actor, name=args.name, services=_codes(args.services),
                    staff=_codes(args.staff))
    print(f"desk {info.name} added (services {','.join(info.service_codes)})")
    return 0


def run_desk_set(args) -> int:
    from timedesk.turns.setup import update_desk

    ctx, actor = _parts(args)
    info = update_desk(ctx.db, ctx.bus, actor, args.name,
                       services=None if args.services is None else _codes(args.services),
                       staff=None if args.staff is None else _codes(args.staff),
                       active=_yes(args.active))
    print(f"desk {info.name} changed (services {','.join(info.service_codes)})")
    return 0


def run_desk_delete(args) -> int:
    from timedesk.turns.setup import delete_desk

    ctx, actor = _parts(args)
    delete_desk(ctx.db, ctx.bus, actor, args.name)
    print(f"desk {args.name.strip()} deleted")
    return 0


def run_desk_list(args) -> int:
    from timedesk.turns.setup import list_desks

    ctx, _ = _parts(args)
    for d in list_desks(ctx.db):
        print(f"{d.name}\t{','.join(d.service_codes)}\t{','.join(d.staff) or '-'}"
              f"\t{'paused' if d.paused else 'open' if d.active else 'inactive'}")
    return 0


def run_issue(args) -> int:
    from timedesk.turns.queue import TurnQueue

    ctx, actor = _parts(args)
    turn = TurnQueue(ctx.db, ctx.bus, ctx.settings).issue_turn(actor, args.service,
                                                                priority=args.priority)
    print(f"{turn.number}\t{turn.ahead} ahead")
    return 0


def run_call_next(args) -> int:
    from timedesk.turns.queue import TurnQueue

    ctx, actor = _parts(args)
    result = TurnQueue(ctx.db, ctx.bus, ctx.settings).call_next(actor, args.desk,
                                                                take_over=args.take_over)
    if result is None:
        print(f"nobody waits for desk {args.desk}")
        return 0
    print(f"{result.turn.number}\tdesk {result.turn.desk}")
    return 0


def _range(args, settings):
    from timedesk.cli.common import parse_date
    from timedesk.turns.reads import today

    start = parse_date(args.start, "--from", today(settings))
    return start, parse_date(args.end, "--to", start)


def run_stats(args) -> int:
    from timedesk.durations import minutes_seconds
    from timedesk.turns.stats import turn_stats

    ctx, actor = _parts(args)
    start, end = _range(args, ctx.settings)
    stats = turn_stats(ctx.db, ctx.settings, actor, start, end)
    print(f"turns {start:%Y-%m-%d} to {end:%Y-%m-%d} (waits and service times in min:s)")
    print("service\tissued\tserved\tno-shows\twaiting\tavg wait\tp90 wait\tavg service"
          "\tp90 service\twithin estimate")
    lines = [(f"{s.code} {s.name}", s.figures) for s in stats.services]
    for label, f in (*lines, ("total", stats.totals)):
        accuracy = ("-" if f.estimate_accuracy is None else
                    f"{f.estimate_accuracy:.0%} of {f.estimated}")
        print(f"{label}\t{f.issued}\t{f.served}\t{f.no_shows}\t{f.waiting_now}"
              f"\t{minutes_seconds(f.avg_wait_s)}\t{minutes_seconds(f.p90_wait_s)}"
              f"\t{minutes_seconds(f.avg_service_s)}\t{minutes_seconds(f.p90_service_s)}"
              f"\t{accuracy}")
    return 0


def run_export(args) -> int:
    from pathlib import Path

    from timedesk.turns.history_export import export_history

    ctx, actor = _parts(args)
    start, end = _range(args, ctx.settings)
    result = export_history(ctx.db, ctx.settings, actor, start, end,
                            Path(args.out).expanduser().absolute(),
                            lang=args.lang.strip().lower(), personal=not args.no_personal,
                            delimiter=args.delimiter)
    print(f"{result.path}\t{result.rows} turns")
    return 0
