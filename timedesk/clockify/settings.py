"""Settings of the Clockify module: the rules of the session log and the workspace it listens to.

Webhook tokens are not settings: they are registered with `timedesk clockify webhook add` and
only their hashes are stored (timedesk.clockify.webhooks).
"""

from timedesk import setting_checks as checks
from timedesk.outputs import LANGUAGES
from timedesk.settings import declare

declare("clockify.overtime_hours", float, 5.0,
        "A Clockify session strictly longer than this many hours is flagged as overtime",
        minimum=0.0, maximum=168.0)
declare("clockify.edit_tolerance_minutes", float, 5.0,
        "A first correction of a session's start or end smaller than this is accepted without "
        "review; later or larger changes put the session under review", minimum=0.0,
        maximum=1440.0)
declare("clockify.manual_entries_need_review", bool, True,
        "Entries created by hand in Clockify (NEW_TIME_ENTRY) start under review")
declare("clockify.workspace_id", str, "",
        "Clockify workspace whose events are processed; empty means any workspace",
        validate=checks.matching(r"[0-9a-fA-F]{24}", "a Clockify workspace id (24 hex digits)"))
declare("clockify.demo_live", bool, False,
        "Demo: the listener plays a live Clockify session through its own inbox (a timer "
        "started a few seconds after it starts, stopped some minutes later)")
declare("clockify.overtime_check_seconds", int, 60,
        "How often running sessions are checked for overtime (s)", minimum=5, maximum=3600)
# -- reports, notices and back-fill (timedesk.clockify.reports, .schedule, .notices, .rest) ---
declare("clockify.report_csv_delimiter", str, ";",
        "Field separator of CSV reports: ';' (with a decimal comma, as Spanish Excel expects) "
        "or ','", choices=(";", ","))
declare("clockify.report_weekly_enabled", bool, True,
        "E-mail each user their weekly report, and coordination everyone's, once the week ends")
declare("clockify.report_monthly_enabled", bool, True,
        "E-mail each user their monthly report, and coordination everyone's, once the month ends")
declare("clockify.report_recipients", str, "",
        "Comma-separated addresses that receive everyone's weekly and monthly reports; empty "
        "means mail.coordination", validate=checks.email_list)
declare("clockify.notices_enabled", bool, True,
        "E-mail notices of Clockify sessions (started, stopped, edited, deleted, overtime, "
        "review); users can still opt out one by one")
declare("clockify.notice_language", str, "es",
        "Language of Clockify e-mail notices and scheduled reports", choices=LANGUAGES)
declare("clockify.api_base_url", str, "https://api.clockify.me/api/v1",
        "Base URL of Clockify's REST API, used by `timedesk clockify backfill`",
        validate=checks.http_url)
declare("clockify.api_timeout_s", float, 30.0,
        "Seconds to wait for Clockify's REST API before giving up", minimum=1.0, maximum=300.0)
