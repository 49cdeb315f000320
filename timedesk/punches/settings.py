"""Settings of the punch clock."""

from timedesk import setting_checks as checks
from timedesk.settings import declare

declare("punches.open_margin_minutes", int, 120,
        "Minutes after the end of a day's schedule (midnight on a day without one) after which "
        "a cycle without an out is flagged open and counts nothing until it is corrected",
        minimum=0, maximum=24 * 60)
declare("punches.company_name", str, "",
        "The employer named on the monthly working-time record (registro de jornada)",
        validate=checks.at_most_characters(200))
declare("punches.company_tax_id", str, "",
        "The employer's tax id (CIF/NIF) printed on the monthly working-time record",
        validate=checks.matching(r"[A-Za-z0-9][A-Za-z0-9 .-]{1,19}",
                                 "a tax id (2-20 letters, digits, spaces, dots or hyphens)"))
