"""The Clockify tab: the sessions log (filters, sorting, live updates), one session's detail
with its history and the approve/reject decision, the users and the error log."""
