"""Settings of the mail module: the SMTP server and the outbox's retry policy.

The SMTP password is not a setting: it is the secret SMTP_PASSWORD (`timedesk secret set`).
"""

from timedesk import setting_checks as checks
from timedesk.settings import declare

declare("smtp.host", str, "", "SMTP server that sends timedesk's e-mail; empty means not set up",
        validate=checks.host_or_empty)
declare("smtp.port", int, 587, "TCP port of the SMTP server (587 STARTTLS, 465 TLS, 25 plain)",
        minimum=1, maximum=65535)
declare("smtp.security", str, "starttls",
        "How the SMTP connection is protected: none, starttls (upgrade after connecting) or tls",
        choices=("none", "starttls", "tls"))
declare("smtp.user", str, "",
        "User to log in to the SMTP server with; empty means no login. The password is the "
        "secret SMTP_PASSWORD")
declare("smtp.from_address", str, "", "Sender address of timedesk's e-mail (From header)",
        validate=checks.email_or_empty)
declare("smtp.timeout_s", float, 20.0, "Seconds to wait for the SMTP server before giving up",
        minimum=1.0, maximum=300.0)
declare("smtp.ca_file", str, "",
        "PEM file of the certificate authority to trust for the SMTP server (a private mail "
        "server); empty means the system's")
declare("mail.enabled", bool, False,
        "Send queued e-mail; off until the SMTP server is set up (mail stays queued meanwhile)")
declare("mail.coordination", str, "",
        "Comma-separated addresses of the coordination team (alerts, reports)",
        validate=checks.email_list)
declare("mail.max_attempts", int, 8, "Attempts to send one e-mail before it is marked failed",
        minimum=1, maximum=100)
declare("mail.retry_base_s", int, 30,
        "Wait before the first retry (s); each later retry waits twice as long", minimum=1)
declare("mail.retry_max_s", int, 3600, "Longest wait between two retries (s)", minimum=1)
