"""Signing in: the first-run administrator dialog and the login dialog."""
