"""`timedesk punch in|out|break-start|break-end EMPLOYEE`, `timedesk punch status EMPLOYEE` and
`timedesk punch list`: the punch clock from scripts; `--at` with `--reason` corrects (adds a
forgotten punch, or with `--replaces` amends one).

The command line runs as the machine's administrator (a system actor): it may punch for anyone
and correct."""

from __future__ import annotations

VERBS = {"in": "in", "out": "out", "break-start": "break_start", "break-end": "break_end"}


def register(subparsers) -> None:
    from timedesk.cli.common import record_id

    punch = subparsers.add_parser("punch", help="punch in and out, breaks, status, the list")
    verbs = punch.add_subparsers(dest="verb", metavar="VERB", required=True)
    for verb in VERBS:
        action = verbs.add_parser(verb, help=f"punch {verb} for an employee")
        action.add_argument("employee", help="id, e-mail or badge code")
        action.add_argument("--at", metavar="ISO", help="a correction's time with its offset, "
                                                        "e.g. 2026-12-07T09:00:00+01:00")
        action.add_argument("--reason", help="why (required with --at)")
        action.add_argument("--replaces", metavar="ID", type=record_id,
                            help="amend this punch (it stays, voided)")
        action.set_defaults(func=run_punch)
    confirm = verbs.add_parser("confirm", help="confirm when an employee left on a day "
                                               "flagged open (no out)")
    confirm.add_argument("employee", help="id, e-mail or badge code")
    confirm.add_argument("--at", metavar="ISO", required=True,
                         help="when they left, with its offset, e.g. 2026-12-07T18:00:00+01:00")
    confirm.add_argument("--reason", help="an optional note")
    confirm.set_defaults(func=run_confirm)
    status = verbs.add_parser("status", help="an employee's state now and time today")
    status.add_argument("employee", help="id, e-mail or badge code")
    status.add_argument("--json", action="store_true", help="one JSON object, for scripts")
    status.set_defaults(func=run_status)
    listing = verbs.add_parser("list", help="punches of a range of days, corrections included")
    listing.add_argument("--employee", help="id, e-mail or badge code (default: everyone)")
    listing.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="default: today")
    listing.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="default: --from")
    listing.add_argument("--json", action="store_true", help="one JSON array, for scripts")
    listing.set_defaults(func=run_list)


def _parts(args):
    from timedesk.cli.common import cli_actor, context
    from timedesk.punches.service import PunchClock

    ctx = context(args)
    return ctx, PunchClock(ctx.db, ctx.bus, ctx.settings), cli_actor()


def _moment(text: str | None):
    from datetime import datetime

    from timedesk.errors import ValidationError

    if text is None:
        return None
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("--at '{text}' is not a date and time.",
                              "Write it as 2026-12-07T09:00:00+01:00.", text=text[:40]) from None


def _zone(ctx):
    from timedesk.office.service import current_calendar

    return current_calendar(ctx.db, ctx.settings).zone


def run_punch(args) -> int:
    ctx, clock, actor = _parts(args)
    info = clock.punch(actor, args.employee, VERBS[args.verb], at=_moment(args.at),
                       reason=args.reason, source="cli", replaces_id=args.replaces)
    local = info.at.astimezone(_zone(ctx))
    print(f"punch #{info.id}\t{info.action}\t{local:%Y-%m-%d %H:%M:%S}\tnow {info.state}")
    return 0


def run_confirm(args) -> int:
    ctx, clock, actor = _parts(args)
    info = clock.confirm_out(actor, args.employee, _moment(args.at), args.reason)
    local = info.at.astimezone(_zone(ctx))
    print(f"punch #{info.id}\tout confirmed\t{local:%Y-%m-%d %H:%M:%S}\tnow {info.state}")
    return 0


def run_status(args) -> int:
    import json

    from timedesk.durations import hours_minutes

    ctx, clock, actor = _parts(args)
    status = clock.status(actor, args.employee)
    if args.json:
        print(json.dumps(status.to_json()))
        return 0
    since = ("never punched" if status.since is None
             else f"since {status.since.astimezone(_zone(ctx)):%Y-%m-%d %H:%M}")
    print(f"{status.state}\t{since}\tworked today {hours_minutes(status.worked_today_s)}"
          f"\tbreaks {hours_minutes(status.break_today_s)}")
    return 0


def run_list(args) -> int:
    import json
    from datetime import datetime

    from timedesk.cli.common import check_period, parse_date
    from timedesk.office.calendar import days_bounds

    ctx, clock, actor = _parts(args)
    zone = _zone(ctx)
    today = datetime.now(zone).date()
    first = parse_date(args.start, "--from", today) or today
    last = parse_date(args.end, "--to", first) or first
    check_period(first, last)
    start, end = days_bounds(first, last, zone)
    punches = clock.list_punches(actor, employee=args.employee, start=start, end=end)
    if args.json:
        print(json.dumps([p.to_json() for p in punches]))
        return 0
    for p in punches:
        flags = ", ".join(f for f, on in (("correction", p.correction), ("voided", p.voided)) if on)
        print(f"#{p.id}\t{p.employee_id}\t{p.action}\t{p.at.astimezone(zone):%Y-%m-%d %H:%M:%S}"
              f"\t{p.state}\t{flags or '-'}\t{p.reason or ''}".rstrip("\t"))
    return 0
