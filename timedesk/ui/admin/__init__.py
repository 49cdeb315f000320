"""The Administration tab: users, API tokens and settings."""
