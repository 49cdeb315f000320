"""The help desk: tickets, their lifecycle, comments, attachments and the SLA clock."""
