"""`timedesk clockify webhook add|list|remove`, `reprocess`, `users`, `report` (and `report send`)
and `backfill`.

Runs as the machine's administrator (a system actor). Bad input is one `timedesk: ...` line on
stderr and a non-zero exit code (2 invalid input, 3 not found, 6 Clockify's API failed).
"""

from __future__ import annotations

from timedesk.cli.common import check_period, cli_actor, parse_date, record_id


def register(subparsers) -> None:
    clockify = subparsers.add_parser("clockify", help="Clockify: webhooks, reports, back-fill")
    verbs = clockify.add_subparsers(dest="verb", metavar="VERB", required=True)

    webhook = verbs.add_parser("webhook", help="the tokens of the webhooks created in Clockify")
    hooks = webhook.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = hooks.add_parser("add", help="register a webhook's token (read from stdin)")
    add.add_argument("--event", required=True, help="e.g. NEW_TIMER_STARTED, TIMER_STOPPED")
    add.add_argument("--label", default="")
    add.set_defaults(func=run_webhook_add)
    hooks.add_parser("list", help="registered webhooks and the URL to paste into Clockify"
                     ).set_defaults(func=run_webhook_list)
    remove = hooks.add_parser("remove", help="forget a webhook (its token stops working)")
    remove.add_argument("id", type=record_id, metavar="ID")
    remove.set_defaults(func=run_webhook_remove)

    verbs.add_parser("reprocess", help="process again the deliveries that failed"
                     ).set_defaults(func=run_reprocess)
    verbs.add_parser("users", help="Clockify users seen so far").set_defaults(func=run_users)

    report = verbs.add_parser("report", help="write a report of a period to a file (--from, "
                              "--to, --out), or `report send` a past week's or month's")
    _period(report, required=False)  # not with `report send`: run_report asks for them
    report.add_argument("--user", help="Clockify user id or e-mail (default: everyone)")
    report.add_argument("--format", dest="fmt", metavar="xlsx|csv",
                        help="default: from the file's extension, else xlsx")
    report.add_argument("--lang", default="es", metavar="es|en")
    report.add_argument("--out", metavar="FILE")
    report.set_defaults(func=run_report)
    send = report.add_subparsers(dest="report_verb", metavar="send").add_parser(
        "send", help="e-mail now the weekly or monthly reports of a finished week or month")
    when = send.add_mutually_exclusive_group(required=True)
    when.add_argument("--week", metavar="YYYY-MM-DD", help="the week that holds this day")
    when.add_argument("--month", metavar="YYYY-MM-DD", help="the month that holds this day")
    send.set_defaults(func=run_report_send)

    backfill = verbs.add_parser("backfill", help="fetch missed entries from Clockify's API")
    _period(backfill)
    backfill.add_argument("--user", help="Clockify user id or e-mail (default: every member)")
    backfill.set_defaults(func=run_backfill)


def _period(parser, required: bool = True) -> None:
    parser.add_argument("--from", dest="start", required=required, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=required, metavar="YYYY-MM-DD")


def _dates(args):
    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    check_period(start, end)
    return start, end


def run_webhook_add(args) -> int:
    from timedesk.cli.common import context, read_secret_input
    from timedesk.clockify.webhooks import add_webhook

    ctx = context(args)
    try:
        token = read_secret_input(f"Token Clockify shows for the {args.event} webhook: ")
        info = add_webhook(ctx.db, cli_actor(), args.event, token, label=args.label,
                           bus=ctx.bus)
        print(f"webhook #{info.id} registered for {info.event}; "
              f"its URL in Clockify: {_webhook_url(ctx.settings)}")
    finally:
        ctx.close()
    return 0


def _webhook_url(settings) -> str:
    from timedesk.server.addresses import public_url

    return public_url(settings) + "/webhooks/clockify"


def run_webhook_list(args) -> int:
    from timedesk.cli.common import context
    from timedesk.clockify.webhooks import list_webhooks

    ctx = context(args)
    try:
        hooks = list_webhooks(ctx.db, cli_actor())
        print(f"URL to paste into Clockify (every event): {_webhook_url(ctx.settings)}")
        for hook in hooks:
            last = f"{hook.last_event_at:%Y-%m-%d %H:%M} UTC" if hook.last_event_at else "never"
            print(f"{hook.id}\t{hook.event}\t{hook.label or '-'}\tlast event: {last}")
        if not hooks:
            print("no webhook registered yet: `timedesk clockify webhook add --event EVENT`")
    finally:
        ctx.close()
    return 0


def run_webhook_remove(args) -> int:
    from timedesk.cli.common import context
    from timedesk.clockify.webhooks import remove_webhook

    ctx = context(args)
    try:
        remove_webhook(ctx.db, cli_actor(), args.id, bus=ctx.bus)
        print(f"webhook #{args.id} removed")
    finally:
        ctx.close()
    return 0


def run_reprocess(args) -> int:
    from timedesk.cli.common import context
    from timedesk.clockify.config import ClockifyRules
    from timedesk.clockify.inbox import reprocess_failed
    from timedesk.clockify.notices import ClockifyNotices

    ctx = context(args)
    notices = ClockifyNotices(ctx.db, ctx.bus, ctx.settings)  # the notices of what now lands
    notices.attach()
    try:
        result = reprocess_failed(ctx.db, ctx.bus, cli_actor(),
                                  rules=ClockifyRules.from_settings(ctx.settings))
    finally:
        notices.detach()
        ctx.close()
    print(f"{result.processed} processed, {result.ignored} ignored, {result.failed} still failing"
          + ("; see the Clockify tab's error log" if result.failed else ""))
    return 5 if result.failed else 0


def run_users(args) -> int:
    from timedesk.cli.common import context
    from timedesk.clockify.users import list_users

    ctx = context(args)
    try:
        page = list_users(ctx.db, cli_actor(), limit=1000)
    finally:
        ctx.close()
    for user in page.items:
        flags = ", ".join(["notices on" if user.notify else "notices off",
                           "active" if user.active else "inactive"])
        print(f"{user.clockify_id}\t{user.name or '-'}\t{user.email or '-'}\t{flags}")
    if page.total > len(page.items):
        print(f"... and {page.total - len(page.items)} more")
    return 0


def run_report(args) -> int:
    from pathlib import Path

    from timedesk.cli.common import context
    from timedesk.clockify.reports import write_report
    from timedesk.errors import ValidationError

    if None in (args.start, args.end, args.out):
        raise ValidationError("a report needs --from, --to and --out.",
                              "e.g. timedesk clockify report --from 2026-11-01 --to 2026-11-30 "
                              "--out november.xlsx; or e-mail one: report send --month DATE.")
    start, end = _dates(args)
    out = Path(args.out).expanduser().absolute()
    fmt = args.fmt or ("csv" if out.suffix.lower() == ".csv" else "xlsx")
    ctx = context(args)
    try:
        path = write_report(ctx.db, cli_actor(), start=start, end=end, user=args.user, fmt=fmt,
                            lang=args.lang, out=out, settings=ctx.settings)
    finally:
        ctx.close()
    print(path)
    return 0


def run_report_send(args) -> int:
    from timedesk.cli.common import context
    from timedesk.clockify.report_periods import MONTHLY, WEEKLY
    from timedesk.clockify.schedule import send_reports_now

    kind, option, text = ((WEEKLY, "--week", args.week) if args.week is not None else
                          (MONTHLY, "--month", args.month))
    day = parse_date(text, option)
    assert day is not None  # argparse requires one of the two
    ctx = context(args)
    try:
        result = send_reports_now(ctx.db, ctx.bus, ctx.settings, cli_actor(), kind, day)
    finally:
        ctx.close()
    for key in result.queued:
        print(f"queued {key}")
    for problem in result.failed:
        print(f"failed {problem}")
    if result.skipped:
        print(f"nothing sent: {result.skipped}")
    return 5 if result.failed else 0


def run_backfill(args) -> int:
    from timedesk.cli.common import context
    from timedesk.clockify.rest import backfill_period

    start, end = _dates(args)
    ctx = context(args)
    try:
        report = backfill_period(ctx.db, ctx.bus, ctx.settings, ctx.secrets, start=start,
                                 end=end, user=args.user)
    finally:
        ctx.close()
    outcomes = ", ".join(f"{count} {outcome}" for outcome, count in sorted(report.outcomes.items()))
    print(f"back-fill {start}..{end}: {report.users} user(s), {report.entries} entries"
          + (f": {outcomes}" if outcomes else ""))
    for problem in report.invalid:
        print(f"skipped an invalid entry: {problem}")
    return 5 if report.invalid else 0
