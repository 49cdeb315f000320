"""`timedesk user add|passwd|set|language|unlock|list|disable|enable` and
`timedesk api-token create|list|revoke`.

The command line runs as the machine's administrator (a system actor): whoever can run it can
already read the database file.
"""

from __future__ import annotations

from timedesk.cli.common import cli_actor, whole_number

MAX_TOKEN_DAYS = 3650


def register(subparsers) -> None:
    user = subparsers.add_parser("user", help="login accounts")
    verbs = user.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="create an account; the password is read from stdin")
    add.add_argument("name")
    add.add_argument("--role", required=True,
                     help="admin, manager, receptionist, staff, technician or requester")
    add.add_argument("--display-name", default="")
    add.set_defaults(func=run_add)
    passwd = verbs.add_parser("passwd", help="set a new password (read from stdin); unlocks")
    passwd.add_argument("name")
    passwd.set_defaults(func=run_passwd)
    set_ = verbs.add_parser("set", help="change an account's role and/or display name")
    set_.add_argument("name")
    set_.add_argument("--role", help="admin, manager, receptionist, staff, technician or "
                      "requester")
    set_.add_argument("--display-name", help="empty: the user name")
    set_.set_defaults(func=run_set)
    language = verbs.add_parser("language", help="a user's interface language (default: this "
                                "computer's ui.language, else the system's)")
    language.add_argument("name")
    language.add_argument("language", metavar="LANGUAGE", help="es, en or default")
    language.set_defaults(func=run_language)
    unlock = verbs.add_parser("unlock", help="lift a sign-in lockout (the password stays)")
    unlock.add_argument("name")
    unlock.set_defaults(func=run_unlock)
    ulist = verbs.add_parser("list", help="accounts, roles and state")
    ulist.add_argument("--json", action="store_true", help="one JSON array, for scripts")
    ulist.set_defaults(func=run_list)
    for verb, active in (("disable", False), ("enable", True)):
        p = verbs.add_parser(verb, help=f"{verb} an account")
        p.add_argument("name")
        p.set_defaults(func=run_set_active, active=active)

    token = subparsers.add_parser("api-token", help="bearer tokens for the HTTP API")
    tverbs = token.add_subparsers(dest="verb", metavar="VERB", required=True)
    create = tverbs.add_parser("create", help="create a token and print it once")
    create.add_argument("--name", required=True)
    who = create.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", metavar="USERNAME",
                     help="the token acts as this user (their role, their tickets, their chat)")
    who.add_argument("--role", help="the role of a token that acts as itself (no user)")
    until = create.add_mutually_exclusive_group()
    until.add_argument("--expires", metavar="YYYY-MM-DD",
                       help="the last day it works (UTC); default: until revoked")
    until.add_argument("--days", type=whole_number(1, MAX_TOKEN_DAYS), metavar="N",
                       help="it works for N days from now")
    create.set_defaults(func=run_token_create)
    tlist = tverbs.add_parser("list", help="tokens (never their secret): state, created, "
                              "expires, last used")
    tlist.add_argument("--json", action="store_true", help="one JSON array, for scripts")
    tlist.set_defaults(func=run_token_list)
    revoke = tverbs.add_parser("revoke", help="revoke a token")
    revoke.add_argument("--name", required=True)
    revoke.set_defaults(func=run_token_revoke)


def run_add(args) -> int:
    from timedesk.auth import service
    from timedesk.auth.permissions import parse_role
    from timedesk.cli.common import context, read_secret_input

    role = parse_role(args.role)  # a bad role fails before the password is asked for
    ctx = context(args)
    password = read_secret_input(f"Password for {args.name}: ", confirm=True)
    info = service.create_user(ctx.db, cli_actor(), args.name, password, role, args.display_name)
    print(f"user {info.username} created ({info.role.value})")
    return 0


def run_passwd(args) -> int:
    from timedesk.auth import service
    from timedesk.cli.common import context, read_secret_input

    ctx = context(args)
    password = read_secret_input(f"New password for {args.name}: ", confirm=True)
    service.change_password(ctx.db, cli_actor(), args.name, password)
    print(f"password of {args.name} changed")
    return 0


def run_set(args) -> int:
    from timedesk.auth import service
    from timedesk.cli.common import context
    from timedesk.errors import ValidationError

    if args.role is None and args.display_name is None:
        raise ValidationError("nothing to change.", "Give --role, --display-name or both.")
    ctx = context(args)
    info = service.update_user(ctx.db, cli_actor(), args.name, role=args.role,
                               display_name=args.display_name)
    print(f"user {info.username}: {info.role.value}, {info.display_name}")
    return 0


def run_language(args) -> int:
    from timedesk.auth import service
    from timedesk.cli.common import context

    ctx = context(args)
    info = service.set_language(ctx.db, cli_actor(), args.name, args.language)
    print(f"user {info.username}: language {info.language or 'default (this computer)'}")
    return 0


def run_unlock(args) -> int:
    from timedesk.auth import service
    from timedesk.cli.common import context

    ctx = context(args)
    info = service.unlock(ctx.db, cli_actor(), args.name)
    print(f"user {info.username} unlocked")
    return 0


def run_list(args) -> int:
    import json

    from timedesk.auth import service
    from timedesk.cli.common import context
    from timedesk.db.base import utcnow

    ctx = context(args)
    now = utcnow()
    users = service.list_users(ctx.db, cli_actor())
    if args.json:
        print(json.dumps([{"username": u.username, "display_name": u.display_name,
                           "role": u.role.value, "active": u.active, "language": u.language,
                           "locked_until": _iso(u.locked_until if u.locked_until and
                                                u.locked_until > now else None),
                           "last_login_at": _iso(u.last_login_at)} for u in users],
                         indent=2, ensure_ascii=False))
        return 0
    for info in users:
        state = "active" if info.active else "disabled"
        if info.locked_until and info.locked_until > now:
            state += f", locked until {info.locked_until:%H:%M} UTC"
        print(f"{info.username}\t{info.role.value}\t{state}\t{info.display_name}")
    return 0


def run_set_active(args) -> int:
    from timedesk.auth import service
    from timedesk.cli.common import context

    ctx = context(args)
    info = service.set_active(ctx.db, cli_actor(), args.name, args.active)
    print(f"user {info.username} {'enabled' if info.active else 'disabled'}")
    return 0


def _token_expiry(args):
    """--expires DAY: the end of that day (UTC); --days N: N days from now; else None."""
    from datetime import timedelta

    from timedesk.auth.service import end_of_day
    from timedesk.cli.common import parse_date
    from timedesk.db.base import utcnow

    if args.days:
        return utcnow() + timedelta(days=args.days)
    day = parse_date(args.expires, "--expires")
    if day is None:
        return None
    if day < utcnow().date():
        from timedesk.errors import ValidationError

        raise ValidationError("--expires {day} is in the past.",
                              "Give the last day the token may be used: today or later (UTC).",
                              day=day)
    return end_of_day(day)


def run_token_create(args) -> int:
    import sys

    from timedesk.auth import service
    from timedesk.cli.common import context

    expires_at = _token_expiry(args)  # bad input fails before the database is opened
    ctx = context(args)
    token = service.create_api_token(ctx.db, cli_actor(), args.name, args.role, expires_at,
                                     user=args.user)
    print(token)
    until = f" It expires on {expires_at:%Y-%m-%d %H:%M} UTC." if expires_at else ""
    print(f"This token is shown only once: store it now.{until}", file=sys.stderr)
    return 0


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def _when(moment, empty: str = "never") -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else empty


def run_token_list(args) -> int:
    import json

    from timedesk.auth import service
    from timedesk.cli.common import context

    ctx = context(args)
    tokens = service.list_api_tokens(ctx.db, cli_actor())
    if args.json:
        print(json.dumps([{**t, "state": _state(t), **{k: t[k] and t[k].isoformat() for k in
                                                        ("created_at", "expires_at",
                                                         "last_used_at")}}
                          for t in tokens], indent=2, ensure_ascii=False))
        return 0
    print("name\trole\tuser\ttoken\tstate\tcreated\texpires (UTC)\tlast used (UTC)")
    for t in tokens:
        print(f"{t['name']}\t{t['role']}\t{t['user'] or '-'}\ttdk_{t['prefix']}_…\t{_state(t)}"
              f"\t{t['created_at']:%Y-%m-%d}\t{_when(t['expires_at'])}\t{_when(t['last_used_at'])}")
    return 0


def _state(token: dict) -> str:
    return "revoked" if token["revoked"] else "expired" if token["expired"] else "active"


def run_token_revoke(args) -> int:
    from timedesk.auth import service
    from timedesk.cli.common import context

    ctx = context(args)
    service.revoke_api_token(ctx.db, cli_actor(), args.name)
    print(f"token {args.name} revoked")
    return 0
