"""The append-only history of every change a person, a webhook or the system makes."""
