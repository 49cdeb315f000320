"""`timedesk employee add|set|list|disable`: the office's employees from the command line (a
PIN for the punch clock's kiosk is read from standard input with --pin-stdin, never from an
argument, which other users could see in the process list).

The command line runs as the machine's administrator (a system actor). EMPLOYEE is an id, an
e-mail address or a badge code."""

from __future__ import annotations

FIELDS = ("email", "code", "department", "schedule")


def register(subparsers) -> None:
    employee = subparsers.add_parser("employee", help="employees (people who punch in and out)")
    verbs = employee.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="add an employee")
    add.add_argument("name")
    _field_arguments(add)
    add.set_defaults(func=run_add)

    change = verbs.add_parser("set", help="change an employee ('' empties a field)")
    change.add_argument("employee", metavar="EMPLOYEE", help="id, e-mail or badge code")
    change.add_argument("--name")
    _field_arguments(change)
    change.add_argument("--active", choices=("yes", "no"))
    change.add_argument("--no-pin", action="store_true", help="remove the PIN")
    change.set_defaults(func=run_set)

    listing = verbs.add_parser("list", help="employees, by name")
    listing.add_argument("--search", default="", metavar="TEXT",
                         help="only names, e-mails or codes containing TEXT")
    listing.add_argument("--department", help="only this department")
    listing.add_argument("--all", action="store_true", help="inactive employees too")
    listing.add_argument("--json", action="store_true", help="one JSON array, for scripts")
    listing.set_defaults(func=run_list)

    disable = verbs.add_parser("disable", help="make an employee inactive (history stays)")
    disable.add_argument("employee", metavar="EMPLOYEE", help="id, e-mail or badge code")
    disable.set_defaults(func=run_disable)


def _field_arguments(parser) -> None:
    parser.add_argument("--email")
    parser.add_argument("--code", help="the badge code")
    parser.add_argument("--department")
    parser.add_argument("--schedule", help="the calendar schedule they follow ('' for the "
                                           "office hours)")
    parser.add_argument("--user", help="the timedesk account that is this employee ('' for none)")
    parser.add_argument("--pin-stdin", action="store_true",
                        help="read the kiosk PIN (4-8 digits) from standard input")


def _parts(args):
    from timedesk.cli.common import cli_actor, context

    return context(args), cli_actor()


def _changes(args) -> dict:
    """The fields given on the command line; the PIN is read last, once the rest is known."""
    from timedesk.cli.common import read_secret_input

    changes = {f: getattr(args, f) for f in FIELDS if getattr(args, f) is not None}
    if args.user is not None:
        changes["user_id"] = args.user or None
    if args.pin_stdin:
        changes["pin"] = read_secret_input("PIN (4-8 digits): ", confirm=True)
    return changes


def _employee_id(ctx, ref: str) -> int:
    from timedesk.people.service import find_employee

    with ctx.db.session_factory() as session:
        return find_employee(session, ref).id


def run_add(args) -> int:
    from timedesk.people.service import create_employee

    ctx, actor = _parts(args)
    info = create_employee(ctx.db, ctx.bus, actor, args.name, **_changes(args))
    print(f"employee #{info.id} {info.name} added" + (" (with a PIN)" if info.has_pin else ""))
    return 0


def run_set(args) -> int:
    from timedesk.errors import ValidationError
    from timedesk.people.service import update_employee

    if args.no_pin and args.pin_stdin:
        raise ValidationError("--no-pin and --pin-stdin contradict each other.", "Give one.")
    ctx, actor = _parts(args)
    employee_id = _employee_id(ctx, args.employee)
    changes = _changes(args)
    if args.name is not None:
        changes["name"] = args.name
    if args.active is not None:
        changes["active"] = args.active == "yes"
    if args.no_pin:
        changes["pin"] = None
    info = update_employee(ctx.db, ctx.bus, actor, employee_id, **changes)
    print(f"employee #{info.id} {info.name} changed")
    return 0


def run_list(args) -> int:
    import json

    from timedesk.people.service import search_employees

    ctx, actor = _parts(args)
    found = search_employees(ctx.db, actor, args.search, active=None if args.all else True,
                             department=args.department, limit=100_000)
    if args.json:
        print(json.dumps([e.for_api() for e in found], indent=2, ensure_ascii=False))
        return 0
    for e in found:
        state = ("active" if e.active else "inactive") + (", PIN" if e.has_pin else "")
        print(f"{e.id}\t{e.name}\t{e.code or '-'}\t{e.department or '-'}\t{e.email or '-'}"
              f"\t{e.schedule or 'office hours'}\t{state}")
    return 0


def run_disable(args) -> int:
    from timedesk.people.service import deactivate_employee

    ctx, actor = _parts(args)
    info = deactivate_employee(ctx.db, ctx.bus, actor, _employee_id(ctx, args.employee))
    print(f"employee #{info.id} {info.name} disabled")
    return 0
