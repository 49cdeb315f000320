"""`timedesk demo`: load demo users, employees and each module's demo data (idempotent)."""

from __future__ import annotations


def register(subparsers) -> None:
    subparsers.add_parser("demo", help="load demo data (safe to run twice)").set_defaults(func=run)


def run(args) -> int:
    from timedesk.cli.common import context
    from timedesk.demo import (
        DEMO_PASSWORD,
        DEMO_PIN,
        DEMO_USERS,
        load_demo,
        use_demo_company,
        use_live_clockify_demo,
    )

    ctx = context(args)
    added = load_demo(ctx)
    if added:
        print(f"demo data loaded on {ctx.db.description}: {len(added)} records")
        users = ", ".join(u for u, _, _ in DEMO_USERS)
        print(f"demo users: {users}; password for all: {DEMO_PASSWORD}")
        print(f"demo employees' kiosk PIN: {DEMO_PIN}")
    else:
        print(f"demo data already present on {ctx.db.description}; nothing changed")
    if use_demo_company(ctx):
        print(f"Reports read the recorded demo company served by this PC's listener "
              f"(sesame.demo = true in {ctx.settings.user_file}; "
              f"`timedesk config set sesame.demo false` to stop)")
    if use_live_clockify_demo(ctx):
        print(f"the listener plays a live Clockify session a few seconds after it starts "
              f"(clockify.demo_live = true in {ctx.settings.user_file}; "
              f"`timedesk config set clockify.demo_live false` to stop)")
    return 0
