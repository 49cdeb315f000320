"""`timedesk sesame test` and `timedesk sesame report`.

Runs as the machine's administrator (a system actor). The token is the secret `sesame_token`
(`timedesk secret set sesame_token`, or TIMEDESK_SECRET_SESAME_TOKEN). A failure is one
`timedesk: ...` line on stderr and a non-zero exit code: 2 invalid input or configuration (no
token), 4 token refused (401) or company not licensed (403), 6 Sesame unreachable (unknown
region, DNS, refused), too slow, answering something unexpected, or a page that kept failing.
"""

from __future__ import annotations


def register(subparsers) -> None:
    sesame = subparsers.add_parser("sesame", help="Sesame Time: connection test, reports")
    verbs = sesame.add_subparsers(dest="verb", metavar="VERB", required=True)
    verbs.add_parser("test", help="check the token and region: prints the company's name"
                     ).set_defaults(func=run_test)

    report = verbs.add_parser("report", help="write the attendance report of a period")
    report.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--group-by", default="employee", metavar="employee|group|activity")
    report.add_argument("--employee", action="append", default=[], metavar="ID",
                        help="a Sesame employee id (repeat for several; default: everyone)")
    report.add_argument("--office", action="append", default=[], metavar="ID")
    report.add_argument("--department", action="append", default=[], metavar="ID")
    report.add_argument("--breaks", metavar="absorb|exclude", help="default: sesame.breaks")
    report.add_argument("--format", dest="fmt", metavar="xlsx|csv",
                        help="default: from the file's extension, else xlsx")
    report.add_argument("--lang", default="es", metavar="es|en")
    report.add_argument("--cross-check", action="store_true",
                        help="compare the totals with Sesame's own worked-hours report")
    report.add_argument("--out", required=True, metavar="FILE")
    report.set_defaults(func=run_report)


def run_test(args) -> int:
    from timedesk.cli.common import context
    from timedesk.sesame.service import test_connection

    ctx = context(args)
    try:
        info = test_connection(ctx.settings, ctx.secrets)
    finally:
        ctx.close()
    print(f"connected to Sesame: {info.name}")
    return 0


def run_report(args) -> int:
    from pathlib import Path

    from timedesk.cli.common import cli_actor, context, parse_date
    from timedesk.durations import hms
    from timedesk.jobs import Progress
    from timedesk.sesame.service import ReportRequest, generate_report

    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    assert start is not None and end is not None  # both options are required
    out = Path(args.out).expanduser().absolute()
    fmt = args.fmt or ("csv" if out.suffix.lower() == ".csv" else "xlsx")
    ctx = context(args)
    try:
        request = ReportRequest(
            start, end, group_by=args.group_by.strip().lower(),
            breaks=(args.breaks or ctx.settings["sesame.breaks"]).strip().lower(),
            employee_ids=_ids(args.employee), office_ids=_ids(args.office),
            department_ids=_ids(args.department), fmt=fmt.strip().lower(),
            lang=args.lang.strip().lower(), out=out, cross_check=args.cross_check)
        report = generate_report(ctx, cli_actor(), request, Progress())
    finally:
        ctx.close()
    print(report.path)
    if report.differences is not None:
        print(f"cross-check with Sesame: {len(report.differences)} difference(s)")
        for diff in report.differences:
            print(f"  {diff.employee} ({diff.employee_id}) {diff.day or 'period'}: "
                  f"ours {hms(diff.ours)}, Sesame {hms(diff.sesame)}")
    return 0


def _ids(values: list[str]) -> tuple[str, ...]:
    """Ids from repeated options, also comma-separated ones."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


