"""`timedesk` (no sub-command) and `timedesk gui`: open the main window; `--self-test`.

Imports of Qt and the UI stay inside the functions so that `timedesk --version` and the other
commands start fast.
"""

from __future__ import annotations

SELF_TEST_HELP = ("start the window offscreen on a temporary home as the administrator, print "
                  "'self-test ok: main window shown in X.XX s' and exit (smoke test of builds)")


def register(subparsers) -> None:
    parser = subparsers.add_parser("gui", help="open the main window (the default)")
    parser.add_argument("--self-test", action="store_true", help=SELF_TEST_HELP)
    parser.set_defaults(func=run_gui_command)


def register_top_level(parser) -> None:
    """Options of the bare `timedesk` command, which opens the window."""
    parser.add_argument("--self-test", action="store_true", help=SELF_TEST_HELP)


def run_gui_command(args) -> int:
    verbose = bool(getattr(args, "verbose", False))
    if getattr(args, "self_test", False):
        from timedesk.ui.self_test import run_self_test

        return run_self_test(verbose=verbose)
    from timedesk.ui.application import GuiOptions, run_gui

    return run_gui(GuiOptions(verbose=verbose))
