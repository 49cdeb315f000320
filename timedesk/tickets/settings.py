"""Settings of the help desk."""

from timedesk import setting_checks as checks
from timedesk.settings import declare

declare("tickets.autoclose_days", int, 7,
        "Days after which a resolved ticket closes by itself unless its requester reopens it",
        minimum=1, maximum=365)
declare("tickets.attachment_max_bytes", int, 10 * 1024 * 1024,
        "The largest file, in bytes, that may be attached to a ticket",
        minimum=1, maximum=100 * 1024 * 1024)
declare("tickets.coordination", str, "",
        "E-mail addresses (comma-separated) told once when a ticket breaches its SLA",
        validate=checks.email_list)
