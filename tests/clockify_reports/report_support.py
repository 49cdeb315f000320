"""Constants of the Clockify report tests, importable by name (see tests/cli_support.py)."""

COORDINATION = "coordinacion@oficina.example"
