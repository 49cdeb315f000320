"""Settings of the Turns module: numbering, the calling order, the display and the estimates."""

from timedesk import setting_checks as checks
from timedesk.settings import declare

declare("turns.reset_time", str, "00:00",
        "Local time (HH:MM) at which every service's numbering starts again at 001",
        validate=checks.time_of_day)
declare("turns.alternate_priority", bool, False,
        "Call next alternates priority and normal turns when both wait (otherwise priority first)")
declare("turns.ack_timeout_s", float, 3.0,
        "Seconds a desk waits for the display to show its call before it warns", minimum=0.5,
        maximum=60.0)
declare("turns.display_recent", int, 6, "Previous calls listed on the lobby display",
        minimum=0, maximum=20)
declare("turns.display_message", str, "", "A message line shown at the foot of the lobby display",
        validate=checks.at_most_characters(500))
declare("turns.display_speech", str, "",
        "Spoken calls on the lobby display: es, en, or empty for none", choices=("", "es", "en"))
declare("turns.display_stale_s", float, 15.0,
        "Seconds without news from the database after which the display says it is not updated",
        minimum=2.0, maximum=3600.0)
declare("turns.desk_claim_s", float, 60.0,
        "Seconds after its last sign of life that a desk opened on another PC may be taken "
        "without asking", minimum=5.0, maximum=86400.0)
declare("turns.estimate_samples", int, 20,
        "Recent service times an estimated wait is computed from", minimum=3, maximum=500)
declare("turns.estimate_min_samples", int, 3,
        "Fewer recent service times than this and a turn gets no estimate", minimum=1,
        maximum=100)
declare("turns.ticket_print", bool, False,
        "Reception prints a ticket for every turn it issues (the receptionist can switch it)")
declare("turns.ticket_printer", str, "",
        "Printer for reception tickets, by the name the system gives it; empty saves each "
        "ticket as a PDF file in the data folder (tickets/)")
