"""Employees: the shared identity of the people whose time timedesk tracks."""
