"""`timedesk` (no sub-command) and `timedesk gui`: open the main window; `--self-test`.

Imports of Qt and the UI stay inside the functions so that `timedesk --version` and the other
commands start fast.
"""

from __future__ import annotations

from timedesk.ui.self_test import MAIN, WINDOWS, run_self_test  # Qt-free

SELF_TEST_HELP = ("start the window offscreen on a temporary home as the administrator, print "
                  "'self-test ok: main window shown in X.XX s' and exit (smoke test of builds); "
                  "`--self-test sign-in` stops at the sign-in window instead")


def _add_self_test(parser) -> None:
    parser.add_argument("--self-test", nargs="?", const=MAIN, default=None, choices=WINDOWS,
                        metavar="WINDOW", help=SELF_TEST_HELP)


def register(subparsers) -> None:
    parser = subparsers.add_parser("gui", help="open the main window (the default)")
    _add_self_test(parser)
    parser.set_defaults(func=run_gui_command)


def register_top_level(parser) -> None:
    """Options of the bare `timedesk` command, which opens the window."""
    _add_self_test(parser)


def run_gui_command(args) -> int:
    verbose = bool(getattr(args, "verbose", False))
    window = getattr(args, "self_test", None)
    if window is not None:
        return run_self_test(verbose=verbose, window=window)
    from timedesk.ui.application import GuiOptions, run_gui

    return run_gui(GuiOptions(verbose=verbose))
