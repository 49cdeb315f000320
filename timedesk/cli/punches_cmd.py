"""`timedesk punches sessions|report|rules`: the punch clock's work sessions, the exported
record (XLSX, CSV or the monthly PDF) and the working-time rules, for scripts and the manager.
(`timedesk punch in|out|...` is timedesk/cli/punch_cmd.py.)

The command line runs as the machine's administrator (a system actor)."""

from __future__ import annotations

import json


def register(subparsers) -> None:
    punches = subparsers.add_parser("punches", help="work sessions, reports and rules of the "
                                                    "punch clock")
    verbs = punches.add_subparsers(dest="verb", metavar="VERB", required=True)
    sessions = verbs.add_parser("sessions", help="one line per employee and day worked")
    _range_arguments(sessions)
    sessions.add_argument("--json", action="store_true", help="a JSON list, as the API's")
    sessions.set_defaults(func=run_sessions)
    report = verbs.add_parser("report", help="the sessions to XLSX or CSV, or the monthly "
                                             "record of each employee to PDF")
    _range_arguments(report)
    report.add_argument("--format", dest="fmt", choices=("xlsx", "csv", "pdf"),
                        help="default: the --out file's extension")
    report.add_argument("--out", required=True, metavar="FILE")
    report.add_argument("--lang", default="es", metavar="es|en")
    report.set_defaults(func=run_report)
    rules = verbs.add_parser("rules", help="the working-time rules sessions are judged by")
    rules.add_argument("--json", action="store_true")
    rules.set_defaults(func=run_rules)


def _range_arguments(parser) -> None:
    parser.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="default: --from")
    parser.add_argument("--employee", help="an id, e-mail or badge code (default: everyone)")


def _parts(args):
    from timedesk.cli.common import check_period, cli_actor, context, parse_date

    start = parse_date(args.start, "--from")
    end = parse_date(args.end, "--to", start)
    check_period(start, end)
    return context(args), cli_actor(), start, end


def run_sessions(args) -> int:
    from timedesk.durations import hms
    from timedesk.punches.sessions_service import session_json, sessions

    ctx, actor, start, end = _parts(args)
    found = sessions(ctx.db, actor, start, end, args.employee, settings=ctx.settings)
    if args.json:
        print(json.dumps([session_json(work) for work in found], ensure_ascii=False))
        return 0
    zone = None
    if found:
        from timedesk.office.service import current_calendar

        zone = current_calendar(ctx.db, ctx.settings).zone
    print("employee\tdate\tfirst in\tlast out\tworked\tbreaks\tcycles\tscheduled\tlate\tearly"
          "\tovertime\tflags")
    for work in found:
        last_out = work.last_out.astimezone(zone).strftime("%H:%M") if work.last_out else "-"
        print(f"{work.employee_id}\t{work.date}\t{work.first_in.astimezone(zone):%H:%M}"
              f"\t{last_out}\t{hms(work.worked_s)}\t{hms(work.break_s)}\t{work.cycles}"
              f"\t{hms(work.scheduled_s)}\t{hms(work.late_s)}\t{hms(work.early_s)}"
              f"\t{hms(work.overtime_s)}\t{','.join(work.flags) or '-'}")
    return 0


def run_report(args) -> int:
    from pathlib import Path

    from timedesk.punches.record_export import export_sessions

    ctx, actor, start, end = _parts(args)
    result = export_sessions(ctx.db, actor, start, end, Path(args.out).expanduser().absolute(),
                             settings=ctx.settings, fmt=args.fmt, employee=args.employee,
                             lang=args.lang.strip().lower())
    print(f"{result.path}\t{result.rows} sessions")
    return 0


def run_rules(args) -> int:
    from dataclasses import asdict

    from timedesk.cli.common import context
    from timedesk.punches.rules_store import load_rules

    ctx = context(args)
    with ctx.db.session_factory() as session:
        rules = load_rules(session)
    if args.json:
        print(json.dumps([{**asdict(rule), "flag": rule.flag} for rule in rules],
                         ensure_ascii=False))
        return 0
    for rule in rules:
        state = "on" if rule.enabled else "off"
        print(f"{rule.flag}\t{state}\t{rule.text}")
    return 0
