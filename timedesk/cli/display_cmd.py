"""`timedesk display [--screen N] [--windowed] [--name NAME]`: the lobby display, full screen,
without signing in (it shows public facts only). Ctrl+Shift+F leaves full screen, Ctrl+Shift+Q
closes it."""

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


def run_display_command(args) -> int:
    if args.screen is not None and args.screen < 0:
        raise ValidationError(f"--screen {args.screen} is not a monitor number.",
                              "Use 0 for the first monitor, 1 for the second, and so on.")
    name = (args.name or "").strip()
    if not name or len(name) > 40:
        raise ValidationError("--name must be 1 to 40 characters.", "For example: --name lobby")
    from timedesk.ui.turns.display_app import DisplayOptions, run_display

    return run_display(DisplayOptions(args.screen, args.windowed, name,
                                      bool(getattr(args, "verbose", False))))
