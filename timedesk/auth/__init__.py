"""Login accounts, roles and permissions, password hashing, API tokens."""
