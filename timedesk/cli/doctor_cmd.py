"""`timedesk doctor [--json]`: the checklist IT runs on a PC or server (timedesk.doctor); the exit
code is the number of failed checks."""

from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "doctor", help="check this PC or server: libraries, settings, database, listener port, "
                       "keyring, mail, credentials, sound, printers, disk (exit code: failures)")
    parser.add_argument("--json", action="store_true", help="print the checks as JSON")
    parser.set_defaults(func=run_doctor_command)


def run_doctor_command(args: argparse.Namespace) -> int:
    from timedesk import doctor
    from timedesk.ui.doctor_qt import qt_checks

    checks = doctor.run_checks(doctor.machine_of()) + qt_checks()
    if args.json:
        print(doctor.as_json(checks))
    else:
        for line in doctor.as_text(checks):
            print(line)
    failed = [check.name for check in checks if check.status == doctor.FAIL]
    if failed:
        print(f"timedesk: {len(failed)} check(s) failed: {', '.join(failed)} (the fixes are "
              "above).", file=sys.stderr)
    return min(len(failed), 100)
