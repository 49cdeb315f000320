"""`timedesk display [--screen N] [--windowed] [--name NAME]`: the lobby display, full screen,
without signing in (it shows public facts only). Ctrl+Shift+F leaves full screen, Ctrl+Shift+Q
closes it.

`timedesk display register NAME` registers a web lobby display (a TV with only a browser) and
prints the address to open on it, with its key; `display list` and `display remove NAME`. Only
a registered display may tell the desks it showed their call (POST /display/shown)."""

from __future__ import annotations

from timedesk.errors import ValidationError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "display", help="show the lobby display of the turns (full screen, no sign-in)")
    parser.add_argument("--screen", type=int, default=None, metavar="N",
                        help="the monitor to use, from 0 (default: the primary one)")
    parser.add_argument("--windowed", action="store_true",
                        help="a 1280x720 window instead of full screen")
    parser.add_argument("--name", default="lobby",
                        help="which display this is, in the desks' 'shown on display' notes")
    parser.set_defaults(func=run_display_command)
    verbs = parser.add_subparsers(dest="display_verb", metavar="{register,list,remove}")
    register_verb = verbs.add_parser(
        "register", help="register a web lobby display; prints the address to open on its TV",
        description="Register a web lobby display (or give it a new key: the old one stops "
                    "working) and print the address to open in the TV's browser.")
    register_verb.add_argument("name", help="the display's name, e.g. lobby-tv")
    register_verb.set_defaults(func=run_register)
    verbs.add_parser("list", help="list the registered web lobby displays").set_defaults(
        func=run_list)
    remove_verb = verbs.add_parser("remove", help="unregister a web lobby display")
    remove_verb.add_argument("name")
    remove_verb.set_defaults(func=run_remove)


def run_display_command(args) -> int:
    if args.screen is not None and args.screen < 0:
        raise ValidationError("--screen {screen} is not a monitor number.",
                              "Use 0 for the first monitor, 1 for the second, and so on.",
                              screen=args.screen)
    name = (args.name or "").strip()
    if not name or len(name) > 40:
        raise ValidationError("--name must be 1 to 40 characters.", "For example: --name lobby")
    from timedesk.ui.turns.display_app import DisplayOptions, run_display

    return run_display(DisplayOptions(args.screen, args.windowed, name,
                                      bool(getattr(args, "verbose", False))))


def _with_context(verb):
    """The command function that runs `verb(ctx, actor, args)` as the machine's administrator
    (a system actor, like every turns command) and closes the context afterwards."""

    def run(args) -> int:
        from timedesk.cli.common import cli_actor, context

        ctx = context(args)
        try:
            verb(ctx, cli_actor(), args)
        finally:
            ctx.close()
        return 0

    return run


def _register(ctx, actor, args) -> None:
    from urllib.parse import urlencode

    from timedesk.server.addresses import public_url
    from timedesk.turns.displays import register_display

    name = args.name.strip()
    key = register_display(ctx.db, actor, name)
    print(f"registered the display '{name}'. Open this address on its TV (keep it private: "
          "the key lets a screen acknowledge calls):")
    print(f"{public_url(ctx.settings)}/display?{urlencode({'name': name, 'key': key})}")


def _list(ctx, actor, args) -> None:
    from timedesk.turns.displays import list_displays

    for display in list_displays(ctx.db):
        print(f"{display.name}\tregistered {display.created_at:%Y-%m-%d %H:%M} UTC")


def _remove(ctx, actor, args) -> None:
    from timedesk.turns.displays import remove_display

    remove_display(ctx.db, actor, args.name)
    print(f"the display '{args.name.strip()}' can no longer acknowledge calls")


run_register, run_list, run_remove = map(_with_context, (_register, _list, _remove))
