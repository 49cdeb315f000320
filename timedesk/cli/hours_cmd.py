"""`timedesk hours show|set`, `timedesk hours holiday add|remove|list`, `timedesk hours schedule
add|set|remove` and `timedesk hours exception set|remove`: the office calendar every module
follows (its week, tolerance, time zone, holidays, named schedules and exceptions).

The command line runs as the machine's administrator (a system actor)."""

from __future__ import annotations

import json

WEEK_HELP = ("DAYS=INTERVALS, such as mon-fri=09:00-14:00,15:00-18:00 or sat= (no working "
             "time); repeat it for other days")


def register(subparsers) -> None:
    from timedesk.cli.common import whole_number
    from timedesk.office.calendar import TOLERANCE_MAX

    hours = subparsers.add_parser("hours", help="the office calendar: week, holidays, schedules")
    verbs = hours.add_subparsers(dest="verb", metavar="VERB", required=True)
    show = verbs.add_parser("show", help="the office's week, zone, schedules and holidays")
    show.add_argument("--json", action="store_true", help="one JSON object, for scripts")
    show.set_defaults(func=run_show)

    change = verbs.add_parser("set", help="change the office's week, tolerance or time zone")
    change.add_argument("--week", action="append", default=[], metavar="DAYS=INTERVALS",
                        help=WEEK_HELP)
    change.add_argument("--tolerance", type=whole_number(0, TOLERANCE_MAX), metavar="MINUTES",
                        help="minutes someone may be late or leave early")
    change.add_argument("--timezone", metavar="ZONE",
                        help="an IANA name such as Europe/Madrid ('' : the office.timezone "
                             "setting)")
    change.set_defaults(func=run_set)

    holiday = verbs.add_parser("holiday", help="days the office is closed")
    hverbs = holiday.add_subparsers(dest="holiday_verb", metavar="VERB", required=True)
    hadd = hverbs.add_parser("add", help="add a holiday")
    hadd.add_argument("date", metavar="YYYY-MM-DD")
    hadd.add_argument("name")
    hadd.set_defaults(func=run_holiday_add)
    hremove = hverbs.add_parser("remove", help="remove a holiday")
    hremove.add_argument("date", metavar="YYYY-MM-DD")
    hremove.set_defaults(func=run_holiday_remove)
    hlist = hverbs.add_parser("list", help="the holidays, by date")
    hlist.add_argument("--year", type=whole_number(1, 9999), help="only those of this year")
    hlist.add_argument("--json", action="store_true", help="one JSON array, for scripts")
    hlist.set_defaults(func=run_holiday_list)

    schedule = verbs.add_parser("schedule", help="named schedules (part-time staff)")
    sverbs = schedule.add_subparsers(dest="schedule_verb", metavar="VERB", required=True)
    for name, func, help_text in (("add", run_schedule_add, "add a named schedule"),
                                  ("set", run_schedule_set, "change a named schedule")):
        verb = sverbs.add_parser(name, help=help_text)
        verb.add_argument("name")
        verb.add_argument("--week", action="append", default=[], metavar="DAYS=INTERVALS",
                          help=WEEK_HELP)
        verb.add_argument("--tolerance", type=whole_number(0, TOLERANCE_MAX), metavar="MINUTES")
        verb.set_defaults(func=func)
    sremove = sverbs.add_parser("remove", help="remove a named schedule")
    sremove.add_argument("name")
    sremove.set_defaults(func=run_schedule_remove)

    exception = verbs.add_parser("exception", help="a date with other working hours")
    everbs = exception.add_subparsers(dest="exception_verb", metavar="VERB", required=True)
    eset = everbs.add_parser("set", help="give a date other intervals ('' : no working time)")
    eset.add_argument("date", metavar="YYYY-MM-DD")
    eset.add_argument("intervals", metavar="INTERVALS", help="such as 09:00-14:00")
    eset.add_argument("--schedule", help="a named schedule (default: the office's)")
    eset.set_defaults(func=run_exception_set)
    eremove = everbs.add_parser("remove", help="the date follows its weekday again")
    eremove.add_argument("date", metavar="YYYY-MM-DD")
    eremove.add_argument("--schedule", help="a named schedule (default: the office's)")
    eremove.set_defaults(func=run_exception_remove)


def _parts(args):
    from timedesk.cli.common import cli_actor, context

    return context(args), cli_actor()


def _day(text: str):
    from timedesk.cli.common import parse_date

    return parse_date(text, "date")


def _week(assignments: list[str]) -> dict:
    from timedesk.office.service import parse_week_assignment

    week: dict = {}
    for text in assignments:
        week.update(parse_week_assignment(text))
    return week


def _week_lines(week) -> list[str]:
    from timedesk.office.calendar import WEEK_KEYS, format_intervals

    return [f"  {key}\t{format_intervals(day) or '-'}" for key, day in zip(WEEK_KEYS, week,
                                                                            strict=True)]


def run_show(args) -> int:
    from timedesk.office.calendar import format_intervals
    from timedesk.office.service import calendar_json, current_calendar, zone_name

    ctx, _ = _parts(args)
    calendar = current_calendar(ctx.db, ctx.settings)
    if args.json:
        print(json.dumps(calendar_json(calendar), ensure_ascii=False))
        return 0
    print(f"time zone\t{zone_name(calendar) or calendar.zone}")
    print(f"office\ttolerance {calendar.office.tolerance_minutes} min")
    lines = [*_week_lines(calendar.office.week)]
    for schedule in calendar.schedules.values():
        lines += [f"{schedule.name}\ttolerance {schedule.tolerance_minutes} min",
                  *_week_lines(schedule.week)]
    for schedule in (calendar.office, *calendar.schedules.values()):
        lines += [f"exception\t{schedule.name}\t{day}\t{format_intervals(intervals) or '-'}"
                  for day, intervals in sorted(schedule.exceptions.items())]
    print("\n".join(lines))
    print(f"holidays\t{len(calendar.holidays)} (timedesk hours holiday list)")
    return 0


def run_set(args) -> int:
    from timedesk.errors import ValidationError
    from timedesk.office.service import set_office_hours

    if not args.week and args.tolerance is None and args.timezone is None:
        raise ValidationError("nothing to change.",
                              "Give --week, --tolerance or --timezone (see --help).")
    week = _week(args.week)
    ctx, actor = _parts(args)
    set_office_hours(ctx.db, ctx.bus, ctx.settings, actor, week=week or None,
                     tolerance_minutes=args.tolerance, timezone=args.timezone)
    print("office hours changed")
    return 0


def run_holiday_add(args) -> int:
    from timedesk.office.service import add_holiday

    day = _day(args.date)
    ctx, actor = _parts(args)
    add_holiday(ctx.db, ctx.bus, actor, day, args.name)
    print(f"holiday {day} added")
    return 0


def run_holiday_remove(args) -> int:
    from timedesk.office.service import remove_holiday

    day = _day(args.date)
    ctx, actor = _parts(args)
    remove_holiday(ctx.db, ctx.bus, actor, day)
    print(f"holiday {day} removed")
    return 0


def run_holiday_list(args) -> int:
    from timedesk.office.service import current_calendar

    ctx, _ = _parts(args)
    holidays = sorted((day, name) for day, name in current_calendar(ctx.db, ctx.settings)
                      .holidays.items() if args.year is None or day.year == args.year)
    if args.json:
        print(json.dumps([{"date": day.isoformat(), "name": name} for day, name in holidays],
                         ensure_ascii=False))
        return 0
    for day, name in holidays:
        print(f"{day}\t{day:%a}\t{name}")
    return 0


def run_schedule_add(args) -> int:
    from timedesk.office.service import add_schedule

    week = _week(args.week)
    ctx, actor = _parts(args)
    add_schedule(ctx.db, ctx.bus, actor, args.name, week=week,
                 tolerance_minutes=5 if args.tolerance is None else args.tolerance)
    print(f"schedule {args.name} added")
    return 0


def run_schedule_set(args) -> int:
    from timedesk.office.service import set_schedule

    week = _week(args.week)
    ctx, actor = _parts(args)
    set_schedule(ctx.db, ctx.bus, actor, args.name, week=week or None,
                 tolerance_minutes=args.tolerance)
    print(f"schedule {args.name} changed")
    return 0


def run_schedule_remove(args) -> int:
    from timedesk.office.service import remove_schedule

    ctx, actor = _parts(args)
    remove_schedule(ctx.db, ctx.bus, actor, args.name)
    print(f"schedule {args.name} removed")
    return 0


def run_exception_set(args) -> int:
    from timedesk.office.calendar import parse_intervals
    from timedesk.office.service import set_exception

    day, intervals = _day(args.date), parse_intervals(args.intervals)
    ctx, actor = _parts(args)
    set_exception(ctx.db, ctx.bus, actor, day, intervals, schedule=args.schedule)
    print(f"exception {day} set")
    return 0


def run_exception_remove(args) -> int:
    from timedesk.office.service import remove_exception

    day = _day(args.date)
    ctx, actor = _parts(args)
    remove_exception(ctx.db, ctx.bus, actor, day, schedule=args.schedule)
    print(f"exception {day} removed")
    return 0
