"""What every `timedesk` verb is run with in tests/cli/test_every_verb.py, and what it must say.

`{home}` is the case's TIMEDESK_HOME, `{tag}` a name unique to the case (cases share a home and
run at the same time, so each one works on its own users, tokens, services...). Bad input (edge
dates, huge ids, NUL on stdin) must give one `timedesk: ...` line and the README's exit code:
2 input/config/database, 3 not found or conflict, 4 authentication or permission (5 and 6,
a failed file, mail server or remote API, are not met here).
"""

from __future__ import annotations

import re

from verb_runner import Case, Step

HUGE = "999999999999999999999"  # more than 64 bits
PASSWORD = "a-long-password-1\n"
BAD_INPUT = ("demo",)  # cases that do not depend on the data run on one database of each engine


def _webhook_id(results) -> str:
    return re.search(r"#(\d+)", results[0].stdout).group(1)


def _bad_dates(*argv: str) -> tuple[Step, ...]:
    """The verb refuses a date no calendar has and the edges of the calendar."""
    return tuple(Step([*argv, "--from", start, "--to", end, *rest], 2, says)
                 for start, end, rest, says in (
                     ("2026-02-30", "2026-03-01", (), "'2026-02-30' is not a date"),
                     ("0001-01-01", "0001-01-02", (), "0001-01-01"),
                     ("9999-12-30", "9999-12-31", (), "9999-12-30"),
                     ("2026-03-01", "2026-02-01", (), "--to")))


CASES: list[Case] = [
    Case("version", (Step(["--version"], 0, "timedesk "),), kinds=BAD_INPUT),
    Case("help", (Step(["--help"], 0, "COMMAND"), Step(["nosuchverb"], 2, "nosuchverb")),
         kinds=BAD_INPUT),
    Case("config", (
        Step(["config", "list"], 0, "database.url"),
        Step(["config", "set", "turns.display_message", "hola {tag}"], 0),
        Step(["config", "get", "turns.display_message"], 0, "hola {tag}"),
        Step(["config", "template"], 0, "# port = 8765"),
        Step(["config", "get", "no.such"], 2, "unknown setting"),
        Step(["config", "set", "listener.port", HUGE], 2, "listener.port"))),
    Case("db", (
        Step(["db", "upgrade"], 0, "schema at revision"),
        Step(["db", "current"], 0, "up to date"),
        Step(["db", "backup", "{home}/backup-{tag}.db"], 0),
        Step(["db", "backup", "{home}/no-such-folder/b.db"], 2, "no-such-folder"))),
    Case("user fresh", (
        Step(["user", "add", "boss", "--role", "admin"], 0, "user boss created", PASSWORD),
        Step(["user", "passwd", "boss"], 0, "password of boss changed", PASSWORD),
        Step(["user", "disable", "boss"], 3, "last active administrator"),
        Step(["user", "enable", "boss"], 0, "user boss enabled"),
        Step(["user", "add", "clerk", "--role", "staff"], 0, "created", PASSWORD),
        Step(["user", "disable", "clerk"], 0, "user clerk disabled"),
        Step(["user", "enable", "clerk"], 0, "user clerk enabled"),
        Step(["user", "set", "clerk", "--role", "receptionist", "--display-name", "Clara"], 0,
             "user clerk: receptionist, Clara"),
        Step(["user", "set", "boss", "--role", "manager"], 3, "last active administrator"),
        Step(["user", "unlock", "clerk"], 0, "user clerk unlocked"),
        Step(["user", "language", "clerk", "es"], 0, "user clerk: language es"),
        Step(["user", "list", "--json"], 0, '"language": "es"'),
        Step(["user", "language", "clerk", "default"], 0, "language default"),
        Step(["user", "list", "--json"], 0, '"role": "receptionist"'),
        Step(["user", "list"], 0, "clerk\treceptionist\tactive")), kinds=("fresh",)),
    Case("user demo", (
        Step(["user", "passwd", "tecnico"], 0, "password of tecnico changed", PASSWORD),
        Step(["user", "disable", "tecnico"], 0, "user tecnico disabled"),
        Step(["user", "enable", "tecnico"], 0, "user tecnico enabled"),
        Step(["user", "add", "gerente", "--role", "staff"], 3, "already exists", PASSWORD),
        Step(["user", "list"], 0, "tecnico\ttechnician\tactive")), kinds=("demo",)),
    Case("user bad input", (
        Step(["user", "add", "x{tag}", "--role", "king"], 2, "unknown role"),
        Step(["user", "add", "Not A Name!", "--role", "staff"], 2, "not a valid user name",
             PASSWORD),
        Step(["user", "add", "nul{tag}", "--role", "staff"], 2, "NUL", "a-long\x00password\n"),
        Step(["user", "add", "short{tag}", "--role", "staff"], 2, "too short", "short\n"),
        Step(["user", "passwd", HUGE], 3, "no user", PASSWORD),
        Step(["user", "enable", "ghost"], 3, "no user 'ghost'"),
        Step(["user", "set", "ghost"], 2, "nothing to change"),
        Step(["user", "set", "ghost", "--role", "king"], 2, "unknown role"),
        Step(["user", "unlock", "ghost"], 3, "no user 'ghost'"),
        Step(["user", "language", "ghost", "es"], 3, "no user 'ghost'"),
        Step(["user", "language", "ghost", "klingon"], 2, "unknown language 'klingon'"),
        Step(["user", "disable", "x" * 300], 2, "not a valid user name")), kinds=BAD_INPUT),
    Case("api-token", (
        Step(["api-token", "create", "--name", "t-{tag}", "--role", "staff"], 0, "tdk_"),
        Step(["api-token", "create", "--name", "e-{tag}", "--role", "staff", "--days", "30"],
             0, "tdk_"),
        Step(["api-token", "list"], 0, "t-{tag}\tstaff"),
        Step(["api-token", "revoke", "--name", "t-{tag}"], 0, "token t-{tag} revoked"),
        Step(["api-token", "list", "--json"], 0, '"name": "t-{tag}"'))),
    Case("api-token of a user", (
        Step(["api-token", "create", "--name", "u-{tag}", "--user", "usuario"], 0, "tdk_"),
        Step(["api-token", "list", "--json"], 0, '"user": "usuario"'),
        Step(["api-token", "create", "--name", "x", "--user", "ghost"], 3, "no user 'ghost'")),
         kinds=("demo",)),
    Case("api-token bad input", (
        Step(["api-token", "create", "--name", "x", "--role", "king"], 2, "unknown role"),
        Step(["api-token", "create", "--name", "x", "--role", "staff", "--expires",
              "2020-01-01"], 2, "--expires 2020-01-01 is in the past"),
        Step(["api-token", "create", "--name", "x", "--role", "staff", "--expires",
              "2027-02-30"], 2, "'2027-02-30' is not a date"),
        Step(["api-token", "create", "--name", "x", "--role", "staff", "--days", HUGE], 2,
             "--days"),
        Step(["api-token", "create", "--name", "x", "--role", "staff", "--days", "0"], 2,
             "--days"),
        Step(["api-token", "revoke", "--name", HUGE], 3, "no active token")), kinds=BAD_INPUT),
    Case("secret", (
        Step(["secret", "set", "s_{tag}"], 0, "stored in UNENCRYPTED file",
             "value-of-the-secret\n"),
        Step(["secret", "list"], 0, "_SECRET\tfile"),
        Step(["secret", "delete", "s_{tag}"], 0, "_SECRET deleted"),
        Step(["secret", "delete", "s_{tag}"], 3, "no secret named"),
        Step(["secret", "set", "n_{tag}"], 2, "NUL", "value\x00with-nul\n"),
        Step(["secret", "set", "bad name!"], 2, "bad name!", "value-of-the-secret\n")),
        env={"TIMEDESK_SECRETS_FILE_STORE": "true"}),
    Case("mail", (
        Step(["mail", "test", "someone@example.com"], 2, "SMTP"),
        Step(["mail", "outbox"], 0),
        Step(["mail", "outbox", "--limit", HUGE], 2, "--limit"),
        Step(["mail", "send-now"], 2, "mail.enabled is off"),
        Step(["mail", "retry", "424242"], 3, "424242"),
        Step(["mail", "retry", HUGE], 2, HUGE),
        Step(["mail", "retry", "-1"], 2, "-1"))),
    Case("clockify webhook", (
        Step(["clockify", "webhook", "add", "--event", "NEW_TIMER_STARTED"], 0, "registered",
             "whsecret-{tag}-token-0001\n"),
        Step(["clockify", "webhook", "list"], 0, "NEW_TIMER_STARTED"),
        Step(lambda r: ["clockify", "webhook", "remove", _webhook_id(r)], 0, "removed"),
        Step(["clockify", "webhook", "remove", "424242"], 3, "424242"),
        Step(["clockify", "webhook", "remove", HUGE], 2, HUGE),
        Step(["clockify", "webhook", "add", "--event", "NEW_TIMER_STARTED"], 2, "NUL",
             "whsecret\x00token-0001-abcd\n"))),
    Case("clockify", (
        Step(["clockify", "reprocess"], 0, "processed"),
        Step(["clockify", "users"], 0),
        Step(["clockify", "report", "--from", "2026-01-01", "--to", "2026-01-31",
              "--out", "{home}/clockify-{tag}.xlsx"], 0, "clockify-{tag}.xlsx"),
        Step(["clockify", "backfill", "--from", "2026-01-01", "--to", "2026-01-02"], 2,
             "workspace"),
        *_bad_dates("clockify", "report", "--out", "{home}/bad-{tag}.xlsx"),
        Step(["clockify", "report", "send", "--week", "2026-02-30"], 2,
             "--week '2026-02-30' is not a date"),
        Step(["clockify", "report", "send", "--month", "2999-01-01"], 2, "has not ended yet"),
        *_bad_dates("clockify", "backfill"))),
    Case("sesame", (
        Step(["sesame", "test"], 2, "no Sesame token"),
        Step(["sesame", "report", "--from", "2026-01-01", "--to", "2026-01-31", "--out",
              "{home}/sesame-{tag}.xlsx"], 2, "no Sesame token")), kinds=("fresh",)),
    # `timedesk demo` turned sesame.demo on: the demo company needs this PC's listener
    Case("sesame-demo-company", (
        Step(["sesame", "test"], 2, "the demo company is served by this PC's listener"),
        Step(["sesame", "report", "--from", "2026-01-01", "--to", "2026-01-31", "--out",
              "{home}/sesame-{tag}.xlsx"], 2, "timedesk serve")), kinds=("demo",)),
    Case("turns", (
        Step(["turns", "service", "add", "--code", "T", "--name", "Trámites"], 0,
             "service T (Trámites) added"),
        Step(["turns", "service", "set", "T", "--name", "Trámites 2"], 0, "changed"),
        Step(["turns", "service", "list"], 0, "T\tTrámites 2"),
        Step(["turns", "service", "set", "T", "--priority", "no", "--colour", "#2e7d32",
              "--hours", "00:00-24:00", "--active", "yes"], 0, "changed"),
        Step(["turns", "service", "list"], 0, "T\tTrámites 2\tactive\t00:00-23:59\t#2e7d32"
                                              "\tno priority"),
        Step(["turns", "service", "add", "--code", "TX", "--name", "Spare"], 0, "added"),
        Step(["turns", "service", "delete", "TX"], 0, "service TX deleted"),
        Step(["turns", "desk", "add", "--name", "D9", "--services", "T"], 0, "desk D9 added"),
        Step(["turns", "desk", "list"], 0, "D9\tT"),
        Step(["turns", "desk", "set", "D9", "--active", "yes"], 0, "desk D9 changed"),
        Step(["turns", "desk", "add", "--name", "D8", "--services", "T"], 0, "desk D8 added"),
        Step(["turns", "desk", "delete", "D8"], 0, "desk D8 deleted"),
        Step(["turns", "issue", "T"], 0, "T001"),
        Step(["turns", "call-next", "D9"], 0, "T001\tdesk D9"),
        Step(["turns", "stats"], 0, "total"),
        Step(["turns", "export", "--out", "{home}/turns-{tag}.csv"], 0, "turns-{tag}.csv"))),
    Case("turns bad input", (
        Step(["turns", "issue", HUGE], 3, "no service"),
        Step(["turns", "call-next", HUGE], 3, "no desk"),
        Step(["turns", "service", "set", HUGE, "--name", "x"], 3, "no service"),
        Step(["turns", "desk", "set", HUGE, "--active", "no"], 3, "no desk"),
        Step(["turns", "service", "delete", HUGE], 3, "no service"),
        Step(["turns", "desk", "delete", HUGE], 3, "no desk"),
        Step(["turns", "service", "set", "T", "--priority", "maybe"], 2, "--priority"),
        Step(["turns", "stats", "--from", "2026-02-30"], 2, "not a date"),
        Step(["turns", "export", "--from", "2026-02-30", "--out", "{home}/x.csv"], 2,
             "not a date")), kinds=BAD_INPUT),
    Case("punch", (
        Step(["punch", "in", "E006"], 0, "now working"),
        Step(["punch", "break-start", "jurgen.muller@example.com"], 0, "now on_break"),
        Step(["punch", "break-end", "E006"], 0, "now working"),
        Step(["punch", "out", "E006"], 0, "now out"),
        Step(["punch", "out", "E006"], 3, "is already out since"),
        Step(["punch", "confirm", "E006", "--at", "2026-11-02T18:00:00+01:00"], 3,
             "no open day to confirm"),
        Step(["punch", "confirm", "E006", "--at", "evening"], 2, "not a date and time"),
        Step(["punch", "status", "E006", "--json"], 0, '"state": "out"'),
        Step(["punch", "list", "--employee", "E006", "--json"], 0, '"action": "break_end"'),
        Step(["punch", "in", HUGE], 3, "no employee"),
        Step(["punch", "list", "--from", "2026-02-30"], 2, "not a date")),
        kinds=("demo",), own_home=True),
    Case("employee", (
        Step(["employee", "add", "Emp {tag}", "--code", "V-{tag}", "--pin-stdin"], 0,
             "Emp {tag} added (with a PIN)", "4821\n"),
        Step(["employee", "set", "V-{tag}", "--department", "D-{tag}"], 0, "Emp {tag} changed"),
        Step(["employee", "list", "--department", "D-{tag}", "--json"], 0, '"code": "V-{tag}"'),
        Step(["employee", "disable", "V-{tag}"], 0, "Emp {tag} disabled"))),
    Case("employee bad input", (
        Step(["employee", "add", "x", "--pin-stdin"], 2, "4 to 8 digits", "12ab\n"),
        Step(["employee", "add", "x", "--pin-stdin"], 2, "NUL", "12\x0034\n"),
        Step(["employee", "set", HUGE, "--name", "x"], 3, "no employee"),
        Step(["employee", "disable", "nobody@example.com"], 3, "no employee")), kinds=BAD_INPUT),
    Case("punches", (
        Step(["punches", "sessions", "--from", "2026-12-01", "--to", "2026-12-31"], 0,
             "employee\tdate"),
        Step(["punches", "sessions", "--from", "2026-12-01", "--json"], 0, "["),
        Step(["punches", "report", "--from", "2026-12-01", "--to", "2026-12-31", "--format",
              "pdf", "--out", "{home}/record-{tag}.pdf"], 0, "record-{tag}.pdf"),
        Step(["punches", "rules"], 0, "rule:max_9h"))),
    Case("punches bad input", (
        *_bad_dates("punches", "sessions"),
        Step(["punches", "sessions", "--from", "2026-12-01", "--employee", HUGE], 3,
             "no employee"),
        Step(["punches", "report", "--from", "2026-12-01", "--out", "{home}/x.docx"], 2,
             "not a .xlsx or .csv or .pdf file")), kinds=BAD_INPUT),
    Case("hours", (
        Step(["hours", "show"], 0, "tolerance"),
        Step(["hours", "set", "--week", "mon-thu=08:00-15:00", "--week", "fri=08:00-14:00",
              "--tolerance", "10", "--timezone", "Europe/Madrid"], 0, "office hours changed"),
        Step(["hours", "show", "--json"], 0, '"fri": [["08:00", "14:00"]]'),
        Step(["hours", "holiday", "add", "2031-05-02", "Fiesta {tag}"], 0, "2031-05-02 added"),
        Step(["hours", "holiday", "list"], 0, "2031-05-02\tFri\tFiesta {tag}"),
        Step(["hours", "holiday", "list", "--json", "--year", "2031"], 0,
             '[{"date": "2031-05-02", "name": "Fiesta {tag}"}]'),
        Step(["hours", "holiday", "remove", "2031-05-02"], 0, "2031-05-02 removed"),
        Step(["hours", "schedule", "add", "part-{tag}", "--week", "mon-fri=09:00-13:00"], 0,
             "added"),
        Step(["hours", "schedule", "set", "part-{tag}", "--tolerance", "0"], 0, "changed"),
        Step(["hours", "exception", "set", "2031-05-05", "10:00-12:00", "--schedule",
              "part-{tag}"], 0, "2031-05-05 set"),
        Step(["hours", "show"], 0, "exception\tpart-{tag}\t2031-05-05\t10:00-12:00"),
        Step(["hours", "exception", "remove", "2031-05-05", "--schedule", "part-{tag}"], 0,
             "removed"),
        Step(["hours", "schedule", "remove", "part-{tag}"], 0, "removed"))),
    Case("doctor", (
        # the tests' null keyring is the one failing check (the Secret store)
        Step(["doctor"], 1, "1 check(s) failed: Secret store"),
        Step(["doctor", "--json"], 1, "Secret store")), kinds=BAD_INPUT),
    Case("hours bad input", (
        Step(["hours", "set", "--week", "mon=10:00-09:00"], 2, "ends before it starts"),
        Step(["hours", "set", "--week", "mon=09:00-14:00,13:00-18:00"], 2, "overlap"),
        Step(["hours", "set"], 2, "nothing to change"),
        Step(["hours", "set", "--tolerance", HUGE], 2, "--tolerance"),
        Step(["hours", "holiday", "add", "2026-02-30", "x"], 2, "'2026-02-30' is not a date"),
        Step(["hours", "holiday", "remove", "2031-05-03"], 3, "not a holiday"),
        Step(["hours", "schedule", "remove", "office"], 3, "cannot be removed"),
        Step(["hours", "exception", "remove", "2031-05-03", "--schedule", HUGE], 3,
             "no schedule")), kinds=BAD_INPUT),
    Case("tickets", (
        Step(["user", "add", "req{tag}", "--role", "requester"], 0, "created", PASSWORD),
        Step(["tickets", "category", "add", "Cat {tag}"], 0, "category Cat {tag} added"),
        Step(["tickets", "category", "disable", "cat {tag}"], 0, "disabled"),
        Step(["tickets", "category", "enable", "Cat {tag}"], 0, "enabled"),
        Step(["tickets", "category", "list", "--json"], 0, '"name": "Cat {tag}"'),
        Step(["tickets", "sla", "set", "--priority", "high", "--first-response", "2h",
              "--resolution", "8h"], 0, "SLA of high set"),
        Step(["tickets", "sla", "list"], 0, "high\t2h\t8h"),
        Step(["tickets", "create", "--subject", "Jam {tag}", "--requester", "req{tag}",
              "--category", "Cat {tag}"], 0, "filed for req{tag}"),
        Step(["tickets", "list", "--requester", "req{tag}", "--json"], 0,
             '"subject": "Jam {tag}"'),
        Step(lambda results: ["tickets", "show", _webhook_id(results[7:])], 0, "Jam {tag}"),
        Step(["tickets", "export", "--format", "xlsx", "--output", "{home}/t-{tag}.xlsx",
              "--requester", "req{tag}"], 0, "1 tickets written to"))),
    Case("tickets bad input", (
        Step(["tickets", "show", HUGE], 2, "out of range"),
        Step(["tickets", "show", "999999"], 3, "no ticket #999999"),
        Step(["tickets", "create", "--subject", "x", "--requester", "ghost"], 3,
             "no user 'ghost'"),
        Step(["tickets", "list", "--status", "lost"], 2, "status 'lost'"),
        Step(["tickets", "export", "--format", "csv", "--output", "{home}/x-{tag}.csv",
              "--status", "lost"], 2, "status 'lost'"),
        Step(["tickets", "sla", "set", "--priority", "asap", "--first-response", "1h",
              "--resolution", "2h"], 2, "priority 'asap'"),
        Step(["tickets", "import", "{home}/none-{tag}.csv"], 2, "none-{tag}.csv"),
        Step(["tickets", "category", "disable", "Nope {tag}"], 3, "no category")),
         kinds=BAD_INPUT),
    Case("demo", (Step(["demo"], 0, "demo data loaded"), Step(["demo"], 0, "already present")),
         kinds=("fresh",), own_home=True),
    Case("demo again", (Step(["demo"], 0, "already present"),), kinds=("demo",)),
    Case("display bad input", (
        Step(["display", "--screen", "-1"], 2, "--screen -1"),
        Step(["display", "--name", ""], 2, "--name")), kinds=BAD_INPUT),
    Case("serve bad input", (Step(["serve", "--port", "70000"], 2, "0-65535"),
                             Step(["serve", "--port", HUGE], 2, "0-65535")), kinds=BAD_INPUT),
]

# Verbs that keep running (serve, display, the window): test_every_verb.py starts and stops them.
LONG_RUNNING = ("serve", "display", "kiosk", "gui", "--self-test")
