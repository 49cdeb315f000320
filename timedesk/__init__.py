"""timedesk: an office time-and-attendance desk (Sesame reports, Clockify log, punches, turns, tickets)."""

__version__ = "0.1.0"
