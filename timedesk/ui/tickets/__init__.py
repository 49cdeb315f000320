"""The Tickets tab: the help desk's list, a ticket, a new ticket and the dashboard."""
