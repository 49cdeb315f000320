"""`timedesk kiosk [--windowed]`: the punch kiosk of a shared PC, full screen, without signing
in. People punch with their badge code (or name) and PIN; a manager's name and password (after
Ctrl+Shift+Q) leave it."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "kiosk", help="show the punch kiosk (full screen, badge code and PIN, no sign-in; "
                      "Ctrl+Shift+Q and a manager's password leave it)")
    parser.add_argument("--windowed", action="store_true",
                        help="a 1280x720 window instead of full screen")
    parser.set_defaults(func=run_kiosk_command)


def run_kiosk_command(args) -> int:
    from timedesk.ui.punches.kiosk_app import run_kiosk

    return run_kiosk(args.windowed, bool(getattr(args, "verbose", False)))
