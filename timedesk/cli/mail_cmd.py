"""`timedesk mail test TO | outbox [--status S] | send-now | retry ID`."""

from __future__ import annotations

from timedesk.cli.common import cli_actor, record_id, whole_number
from timedesk.outputs import LANGUAGES


def register(subparsers) -> None:
    parser = subparsers.add_parser("mail",
                                   help="e-mail: test the SMTP set-up, see and send the outbox")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    test = verbs.add_parser("test", help="send a test e-mail now (not through the outbox)")
    test.add_argument("to", metavar="TO")
    test.add_argument("--lang", choices=LANGUAGES, default=None)
    test.set_defaults(func=run_test)
    outbox = verbs.add_parser("outbox", help="list queued, sent and failed e-mail, newest first")
    outbox.add_argument("--status", choices=("pending", "sending", "sent", "failed"))
    outbox.add_argument("--limit", type=whole_number(1, 10_000), default=50)
    outbox.set_defaults(func=run_outbox)
    verbs.add_parser("send-now", help="send the e-mail that is due, once").set_defaults(
        func=run_send_now)
    retry = verbs.add_parser("retry", help="queue a failed e-mail again")
    retry.add_argument("id", type=record_id, metavar="ID")
    retry.set_defaults(func=run_retry)


def run_test(args) -> int:
    from timedesk.app import load_settings
    from timedesk.cli.common import start_logging
    from timedesk.mail import send_test_email
    from timedesk.secrets import SecretStore

    # no database needed: the test must work before anything else is set up
    paths, settings = load_settings()
    start_logging(args, paths, settings)
    message_id = send_test_email(settings, SecretStore(settings, paths), args.to, args.lang)
    print(f"test e-mail sent to {args.to} through {settings['smtp.host']}:{settings['smtp.port']} "
          f"(Message-ID {message_id})")
    return 0


def run_outbox(args) -> int:
    from timedesk.cli.common import context
    from timedesk.mail import list_outbox

    ctx = context(args)
    try:
        for mail in list_outbox(ctx.db, cli_actor(), args.status, args.limit):
            when = mail["sent_at"] or mail["next_attempt_at"]
            print(f"{mail['id']}\t{mail['status']}\t{mail['attempts']}\t{when:%Y-%m-%d %H:%M} UTC\t"
                  f"{', '.join(mail['to'])}\t{mail['subject']}"
                  + (f"\t{mail['last_error']}" if mail["last_error"] else ""))
    finally:
        ctx.close()
    return 0


def run_send_now(args) -> int:
    from timedesk.cli.common import context
    from timedesk.mail import send_due

    ctx = context(args)
    try:
        report = send_due(ctx.db, ctx.settings, ctx.secrets, limit=500)
    finally:
        ctx.close()
    if report.skipped:
        from timedesk.cli import fail

        return fail(f"nothing sent: {report.skipped}.", 2)
    print(f"{report.sent} sent, {report.retrying} to retry later, {report.failed} failed"
          + (f", {report.recovered} interrupted sends queued again" if report.recovered else ""))
    return 0 if not report.failed and not report.retrying else 5


def run_retry(args) -> int:
    from timedesk.cli.common import context
    from timedesk.mail import retry_failed

    ctx = context(args)
    try:
        mail = retry_failed(ctx.db, cli_actor(), args.id, ctx.bus)
    finally:
        ctx.close()
    print(f"mail {mail['id']} queued again: {mail['subject']}")
    return 0
