"""Settings of the Clockify module: the rules of the session log and the workspace it listens to.

Webhook tokens are not settings: they are registered with `timedesk clockify webhook add` and
only their hashes are stored (timedesk.clockify.webhooks).
"""

from timedesk.settings import declare

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

declare("clockify.overtime_hours", float, 5.0,
        "A Clockify session strictly longer than this many hours is flagged as overtime",
        minimum=0.0, maximum=168.0)
declare("clockify.edit_tolerance_minutes", float, 5.0,
        "A first correction of a session's start or end smaller than this is accepted without "
        "review; later or larger changes put the session under review", minimum=0.0,
        maximum=1440.0)
declare("clockify.manual_entries_need_review", bool, True,
        "Entries created by hand in Clockify (NEW_TIME_ENTRY) start under review")
declare("clockify.week_start", str, "monday", "First day of the week of Clockify weekly reports",
        choices=WEEKDAYS)
declare("clockify.workspace_id", str, "",
        "Clockify workspace whose events are processed; empty means any workspace")
declare("clockify.overtime_check_seconds", int, 60,
        "How often running sessions are checked for overtime (s)", minimum=5, maximum=3600)
